import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { CompiledAgentKey } from '../config/types.js';

/**
 * Agent API keys. A key is 256 random bits; the config stores only its sha256. A slow KDF
 * guards guessable passwords, but nobody can search a 2^256 space, so one sha256 is as strong
 * here and costs microseconds per request instead of milliseconds.
 */

export const KEY_PREFIX = 'mfwk_';
/** Longer headers are refused before hashing, so a huge header cannot cost CPU. */
const MAX_KEY_CHARS = 200;

export function newAgentKey(): { key: string; sha256: string; id: string } {
  const key = KEY_PREFIX + randomBytes(32).toString('base64url');
  return { key, sha256: hashAgentKey(key).toString('hex'), id: `k-${randomBytes(6).toString('hex')}` };
}

export function hashAgentKey(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

export type AuthResult =
  | { ok: true; agent: string; keyId: string }
  | { ok: false; why: 'missing' | 'malformed' | 'unknown' | 'expired' | 'not-yet-valid'; keyId?: string };

/** The keys a running front door accepts; replaced wholesale when the config changes. */
export class KeyRing {
  constructor(private keys: readonly CompiledAgentKey[]) {}

  replace(keys: readonly CompiledAgentKey[]): void {
    this.keys = keys;
  }

  get size(): number {
    return this.keys.length;
  }

  /**
   * Checks an Authorization header. The presented key's hash is compared with every stored hash
   * in constant time and without stopping at a match, so timing tells nothing about which
   * stored key came close.
   */
  authenticate(header: string | undefined, now: number): AuthResult {
    if (header === undefined || header === '') return { ok: false, why: 'missing' };
    const match = /^Bearer +([\x21-\x7e]+)$/i.exec(header.length <= MAX_KEY_CHARS + 10 ? header : '');
    if (!match || match[1]!.length > MAX_KEY_CHARS) return { ok: false, why: 'malformed' };
    const presented = hashAgentKey(match[1]!);
    let found: CompiledAgentKey | undefined;
    for (const key of this.keys) {
      if (timingSafeEqual(presented, key.sha256) && !found) found = key;
    }
    if (!found) return { ok: false, why: 'unknown' };
    if (now < found.notBefore) return { ok: false, why: 'not-yet-valid', keyId: found.id };
    if (now >= found.expires) return { ok: false, why: 'expired', keyId: found.id };
    return { ok: true, agent: found.agent, keyId: found.id };
  }
}
