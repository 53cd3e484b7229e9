import { describe, expect, it } from 'vitest';
import { bucket, buildPrefixIndex, candidatesAt } from '../../src/scan/rules/prefix-index.js';

const at = (index: ReturnType<typeof buildPrefixIndex>, view: string, p = 0): number => candidatesAt(index, view, p, view.length, bucket(view.charCodeAt(p)));

describe('prefix index', () => {
  const index = buildPrefixIndex([['i', 1], ['ig', 2], ['ignor', 4], ['ignit', 8], ['the ', 16], ['the', 32]], 5);

  it('an index with only ASCII starts shares the table of wide first characters, left all zeros', () => {
    const ascii = buildPrefixIndex([['abc', 1]], 5);
    const wide = buildPrefixIndex([['\u00e9t\u00e9', 2], ['abc', 1]], 5);
    expect(ascii.wide).toBe(index.wide);
    expect(wide.wide).not.toBe(index.wide);
    expect(at(wide, '\u00e9t\u00e9 chaud')).toBe(2);
    expect(ascii.wide.every((bits) => bits === 0)).toBe(true);
  });

  it('joins the bits of every start that begins the view at a position', () => {
    expect(at(index, 'ignore it')).toBe(1 | 2 | 4);
    expect(at(index, 'ignite')).toBe(1 | 2 | 8);
    expect(at(index, 'the end')).toBe(16 | 32);
    expect(at(index, 'then')).toBe(32);
    expect(at(index, 'a b', 0)).toBe(0);
  });

  it('reads positions inside the view and never past its end', () => {
    expect(at(index, 'x ignore', 2)).toBe(1 | 2 | 4);
    expect(at(index, 'igno')).toBe(1 | 2);
    expect(at(index, 'i')).toBe(1);
  });

  it('keeps every start of the depth, so a lookup is a superset of the exact starts', () => {
    const words = ['alpha', 'alpine', 'beta', 'bet', 'gamma', 'ga', 'delta', 'del.', 'ép', 'ζeta'];
    const idx = buildPrefixIndex(words.map((w, i) => [w.slice(0, 5), 1 << i] as const), 5);
    for (const text of ['alpha beta gamma', 'alpine del. ζeta', 'bet ép ga delta']) {
      for (let p = 0; p < text.length; p++) {
        const exact = words.reduce((m, w, i) => (text.startsWith(w.slice(0, 5), p) ? m | (1 << i) : m), 0);
        expect(at(idx, text, p) & exact).toBe(exact);
      }
    }
  });

  it('tells apart first characters beyond ASCII, which share one bucket in the tables', () => {
    const idx = buildPrefixIndex([['忽略', 1], ['игн', 2], ['é', 4]], 5);
    expect(at(idx, '忽略之前')).toBe(1);
    expect(at(idx, 'игнорируй')).toBe(2);
    expect(at(idx, 'été')).toBe(4);
    // box drawing, emoji and other scripts open no start: no attempt there
    for (const text of ['──────', '😀😀', '之前', 'ж']) expect(at(idx, text)).toBe(0);
  });

  it('reads the letters after the first beyond ASCII as they are, not as one bucket', () => {
    // two-character starts of other scripts, and a longer Cyrillic one
    const idx = buildPrefixIndex([['忽略', 1], ['이전', 2], ['игн', 4], ['иг', 8], ['aé', 16]], 5);
    expect(at(idx, 'игнорируй')).toBe(4 | 8);
    expect(at(idx, 'иг ')).toBe(8);
    expect(at(idx, 'aé')).toBe(16);
    // a Cyrillic word that shares only its first letter with a start offers nothing: before,
    // every pair of letters beyond ASCII read like "忽略" and "이전"
    for (const text of ['ичeck', 'из ых', 'игла', 'ae']) expect(at(idx, text) & ~8, text).toBe(0);
    expect(at(idx, 'ичeck')).toBe(0);
    expect(at(idx, 'из ых')).toBe(0);
  });

  it('refuses a start longer than its depth', () => {
    expect(() => buildPrefixIndex([['abcdef', 1]], 5)).toThrow(/1 to 5 characters/);
  });
});
