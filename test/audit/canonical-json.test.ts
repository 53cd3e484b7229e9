import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/audit/canonical-json.js';
import { hashJson } from '../../src/audit/record.js';

describe('canonicalJson', () => {
  it.each([
    ['sorts keys at every depth', { b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } }, '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}'],
    ['keeps array order', [3, 1, 2], '[3,1,2]'],
    ['omits undefined object values, nulls undefined array items', { a: undefined, b: [undefined] }, '{"b":[null]}'],
    ['prints numbers like JSON.stringify', { n: [1e21, 0.1, -0, 5e-7] }, '{"n":[1e+21,0.1,0,5e-7]}'],
    ['escapes lone surrogates so the text round-trips', { s: 'x\ud800y' }, '{"s":"x\\ud800y"}'],
    ['sorts by UTF-16 code units', { é: 1, z: 2, Z: 3 }, '{"Z":3,"z":2,"é":1}'],
    ['uses toJSON', { d: new Date(0) }, '{"d":"1970-01-01T00:00:00.000Z"}'],
  ])('%s', (_name, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
    expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
  });

  it('prints every UTF-16 code unit and these numbers exactly as JSON.stringify does', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      const text = `a${String.fromCharCode(code)}b`;
      if (canonicalJson(text) !== JSON.stringify(text)) expect.fail(`code unit ${code.toString(16)}`);
    }
    for (const n of [0, -0, 1, -1.5, 1e21, 1e-7, 123456789012345680000, Number.MAX_VALUE, Number.NaN, Infinity]) {
      expect(canonicalJson(n)).toBe(JSON.stringify(n));
    }
    expect(canonicalJson([true, false, 'a\u{1F389}'])).toBe(JSON.stringify([true, false, 'a\u{1F389}']));
  });

  it('gives equal values equal hashes whatever the key order', () => {
    expect(hashJson({ a: 1, b: { c: 2, d: 3 } })).toBe(hashJson({ b: { d: 3, c: 2 }, a: 1 }));
    expect(hashJson({ a: 1 })).not.toBe(hashJson({ a: 2 }));
  });

  it.each([
    ['a circular structure', (() => { const o: Record<string, unknown> = {}; o.self = o; return o; })()],
    ['a BigInt', { n: 1n }],
    ['undefined at the top level', undefined],
    ['hostile nesting', (() => { let deep: unknown[] = []; for (let i = 0; i < 200_000; i += 1) deep = [deep]; return deep; })()],
  ])('refuses %s', (_name, value) => {
    expect(() => canonicalJson(value)).toThrow();
  });
});
