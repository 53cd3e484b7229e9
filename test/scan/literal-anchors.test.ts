import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../src/scan/features.js';
import { literalAnchors } from '../../src/scan/rules/literal-anchors.js';

/** (position, mask) pairs the literal anchors push on `text`, in text order. */
function anchorsOf(literals: Record<string, number>, text: string): Array<[number, number]> {
  const at: number[] = [];
  const masks: number[] = [];
  literalAnchors(new Map(Object.entries(literals))).find(text, { ...extractFeatures(text) }, at, masks);
  return at.map((p, i): [number, number] => [p, masks[i]!]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

describe('literal anchors', () => {
  it('finds literals that overlap or start at the same place', () => {
    const literals = { '<sys': 1, '<system': 2, 'stem': 4 };
    expect(anchorsOf(literals, 'a <system> b')).toEqual([[2, 1], [2, 2], [5, 4]]);
    expect(anchorsOf(literals, '<sys and <system')).toEqual([[0, 1], [9, 1], [9, 2], [12, 4]]);
  });

  it('finds literals that open with a letter in text without punctuation', () => {
    expect(anchorsOf({ nweisung: 1 }, 'Befolge die Anweisungen')).toEqual([[13, 1]]);
  });

  it('finds literals beyond ASCII and mixed ones', () => {
    expect(anchorsOf({ '忽略': 1, 'système': 2 }, '请忽略 le système')).toEqual([[1, 1], [7, 2]]);
  });

  it('finds nothing where no literal occurs, and treats regex characters literally', () => {
    expect(anchorsOf({ '<|': 1, '![': 2 }, 'a | b ! c [d] <e>')).toEqual([]);
    expect(anchorsOf({ '<|': 1, '![': 2 }, 'x<|im_start|> ![a](b)')).toEqual([[1, 1], [14, 2]]);
    expect(anchorsOf({}, 'anything')).toEqual([]);
  });

  it('finds non-ASCII literals of every length, sharing prefixes, up to the text end', () => {
    const literals = { 'и': 1, 'ин': 2, 'инс': 4, 'инст': 8, 'инстр': 16, 'инструкц': 32, 'нстр': 64 };
    expect(anchorsOf(literals, 'инструкц')).toEqual([[0, 1], [0, 2], [0, 4], [0, 8], [0, 16], [0, 32], [1, 64]]);
    expect(anchorsOf(literals, 'x инс')).toEqual([[2, 1], [2, 2], [2, 4]]);
    expect(anchorsOf(literals, 'инстрX')).toEqual([[0, 1], [0, 2], [0, 4], [0, 8], [0, 16], [1, 64]]);
  });

  it('finds literals in capitals, and Greek without its accents', () => {
    expect(anchorsOf({ 'инструкц': 1, 'οδηγίες': 2, 'système': 4 }, 'ИНСТРУКЦИИ; ΟΔΗΓΙΕΣ; SYSTÈME')).toEqual([[0, 1], [12, 2], [21, 4]]);
    expect(anchorsOf({ 'αγνόησ': 1 }, 'Αγνοήστε, ΑΓΝΟΗΣΕ')).toEqual([[0, 1], [10, 1]]);
  });

  it('pushes each occurrence a comparison at every position finds, or one within 64 of it', () => {
    // Short literals over a small alphabet: every length, shared prefixes and dense overlaps.
    const alphabet = 'инстрaб ';
    let x = 0x2545f491;
    const next = (k: number): number => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0) % k;
    };
    const word = (len: number): string => Array.from({ length: len }, () => alphabet[next(alphabet.length)]).join('');
    const literals: Record<string, number> = {};
    for (let bit = 0; Object.keys(literals).length < 31; bit = Object.keys(literals).length) literals['инс'[next(3)] + word(next(6))] ??= 1 << bit;
    const text = word(5000);
    const got = anchorsOf(literals, text);
    let occurrences = 0;
    for (const [lit, mask] of Object.entries(literals)) {
      const found: number[] = [];
      for (let p = text.indexOf(lit); p >= 0; p = text.indexOf(lit, p + 1)) found.push(p);
      occurrences += found.length;
      const pushed = got.filter(([, m]) => m === mask).map(([p]) => p);
      expect(pushed.every((p) => found.includes(p))).toBe(true);
      if (found.length === 0) continue;
      expect([pushed[0], pushed.at(-1)]).toEqual([found[0], found.at(-1)]);
      expect(found.every((q) => pushed.some((p) => Math.abs(p - q) <= 64))).toBe(true);
    }
    expect(occurrences).toBeGreaterThan(1000);
  });
});
