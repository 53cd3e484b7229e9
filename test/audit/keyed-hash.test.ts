import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyedHash } from '../../src/audit/keyed-hash.js';

const KEYS: Array<[string, Buffer]> = [
  ['an empty key', Buffer.alloc(0)],
  ['a 32-byte key (as derived for the audit)', randomBytes(32)],
  ['a 64-byte key (one block)', randomBytes(64)],
  ['a key longer than a block (hashed first)', randomBytes(100)],
];
const TEXTS: Array<[string, string]> = [
  ['empty', ''],
  ['arguments JSON', '{"message":"hello"}'],
  ['multi-byte UTF-8', 'naïve façade — 日本語 😀'],
  ['a lone surrogate (encoded as U+FFFD, as createHmac does)', 'a\ud800b'],
  ['8 KB', 'x'.repeat(8192)],
  ['one byte past a block boundary', 'y'.repeat(65)],
];

describe('keyedHash (HMAC-SHA256 with precomputed pads)', () => {
  for (const [keyName, key] of KEYS) {
    it(`equals createHmac for ${keyName}, on every kind of text, call after call`, () => {
      const hash = keyedHash(key);
      for (const [, text] of TEXTS) {
        const expected = createHmac('sha256', key).update(text, 'utf8').digest('hex');
        expect(hash(text)).toBe(expected);
        expect(hash(text)).toBe(expected); // the hasher's scratch buffer carries nothing over
      }
    });
  }
});
