// Which of up to 32 bits (the rules of a catalogue, or the catalogues of a shared pass) are worth
// trying at a position of a view, read from the characters that start there: each bit comes
// with the strings its matches can begin with (regex-prefixes.ts), up to START_DEPTH characters
// long. Levels 1 and 2 are direct tables for ASCII; two characters with one from outside ASCII,
// and deeper levels, are hashed (a collision only adds an attempt, never loses one), and a
// deeper level is read only where some longer start extends the shorter one, so most positions
// cost one or two lookups.

/**
 * In the level-1 table, code units from 127 up share one bucket (a superset: the exact match is
 * still tested). Every other level reads them as they are: with one bucket there, every pair of
 * Cyrillic letters read like every two-character start in any script of the catalogues ("忽略",
 * "이전"), and text in such a script cost attempts at most of its letters.
 */
export const BUCKET = 127;
export const bucket = (c: number): number => (c < BUCKET ? c : BUCKET);
const SIDE = BUCKET + 1;
/**
 * Slots per hashed level: this many per distinct prefix of that length. A fuller table turns
 * collisions into regex attempts (a catalogue's five-character starts once filled 43% of a fixed
 * 16,384 slots, and a third of the attempts on real documents were such collisions); a larger
 * one turns lookups into cache misses, which cost the shared pass more than the attempts saved.
 */
const SLOTS_PER_PREFIX = 4;
const MIN_HASH_BITS = 8;
const MAX_HASH_BITS = 20;

/** A start one character longer: multiplicative hashing, read from the top bits. */
const mix = (h: number, c: number): number => Math.imul((h ^ c) + 0x7f4a7c15, 0x9e3779b1) >>> 0;

export interface PrefixIndex {
  /** Bits by the first character. */
  one: Uint32Array;
  /** Bits by the first two characters, both ASCII (index first * 128 + second). */
  two: Uint32Array;
  /** Non-zero where some start of three or more characters begins with these two. */
  deeper2: Uint8Array;
  /**
   * Bits by the first two characters where one is from BUCKET up, by their hash (pairHash): at
   * 2 × slot its bits, at 2 × slot + 1 non-zero where a longer start extends the pair.
   */
  widePairs: Uint32Array;
  widePairShift: number;
  /**
   * Levels 3 and on, by the hashed start of that many characters: at 2 × slot its bits, at
   * 2 × slot + 1 non-zero where a longer start extends it (side by side: one cache line).
   */
  levels: Uint32Array[];
  /** Per hashed level, the shift that reads its slot from the top bits of the hash. */
  shifts: Int32Array;
  /**
   * Bits by the exact first code unit, for those from BUCKET up (one bucket in the tables): box
   * drawing, emoji or a script no start opens with then costs no attempt.
   */
  wide: Uint32Array;
}

/** The `wide` table of an index whose starts all open with ASCII; never written. */
const NO_WIDE_STARTS = new Uint32Array(0x10000 - BUCKET);

/**
 * The start of the hash chain for the first two code units: their table index when both are
 * ASCII, otherwise a hash of both (kept apart from table indexes by the high bit).
 */
const pairHash = (c0: number, c1: number): number => (c0 < BUCKET && c1 < BUCKET ? c0 * SIDE + c1 : (mix(c0, c1 + 0x10000) | 0x80000000) >>> 0);

const hashBitsFor = (distinct: number): number => Math.min(MAX_HASH_BITS, Math.max(MIN_HASH_BITS, Math.ceil(Math.log2(distinct * SLOTS_PER_PREFIX + 1))));

/** How many different numbers `values` holds (sorted in place). */
function distinctCount(values: Uint32Array): number {
  values.sort();
  let count = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[i - 1]) count++;
  return count;
}

/** An index of `depth` levels over (start, bits) pairs; bits of a start repeated are joined. */
export function buildPrefixIndex(entries: Iterable<readonly [string, number]>, depth: number): PrefixIndex {
  const levels = Math.max(0, depth - 2);
  const list = [...entries];
  // the distinct prefixes of each hashed level, counted by their hashes (what the slots hold):
  // sorted typed arrays, as a set of numbers took most of the build for the larger indexes
  const hashes = Array.from({ length: levels }, () => new Uint32Array(list.length));
  const counts = new Int32Array(levels);
  const pairs = new Uint32Array(list.length);
  let pairCount = 0;
  for (const [start] of list) {
    if (start.length < 2) continue;
    let h = pairHash(start.charCodeAt(0), start.charCodeAt(1));
    if (h >= SIDE * SIDE) pairs[pairCount++] = h;
    for (let i = 2; i < start.length && i < depth; i++) hashes[i - 2]![counts[i - 2]!++] = h = mix(h, start.charCodeAt(i));
  }
  const hashBits = hashes.map((level, i) => hashBitsFor(distinctCount(level.subarray(0, counts[i]!))));
  const pairBits = hashBitsFor(distinctCount(pairs.subarray(0, pairCount)));
  const index: PrefixIndex = {
    one: new Uint32Array(SIDE),
    two: new Uint32Array(SIDE * SIDE),
    deeper2: new Uint8Array(SIDE * SIDE),
    widePairs: new Uint32Array(2 << pairBits),
    widePairShift: 32 - pairBits,
    levels: hashBits.map((bits) => new Uint32Array(2 << bits)),
    shifts: Int32Array.from(hashBits, (bits) => 32 - bits),
    // (most indexes have no start outside ASCII: they share one table of zeros, 256 KB each saved)
    wide: list.some(([start]) => start.charCodeAt(0) >= BUCKET) ? new Uint32Array(0x10000 - BUCKET) : NO_WIDE_STARTS,
  };
  for (const [start, bits] of list) {
    if (start.length === 0 || start.length > depth) throw new Error(`a start of 1 to ${depth} characters, not "${start}"`);
    if (start.charCodeAt(0) >= BUCKET) index.wide[start.charCodeAt(0) - BUCKET]! |= bits;
    if (start.length === 1) {
      index.one[bucket(start.charCodeAt(0))]! |= bits;
      continue;
    }
    let h = pairHash(start.charCodeAt(0), start.charCodeAt(1));
    if (h < SIDE * SIDE) {
      if (start.length === 2) index.two[h]! |= bits;
      else index.deeper2[h] = 1;
    } else {
      const cell = 2 * (h >>> index.widePairShift);
      if (start.length === 2) index.widePairs[cell]! |= bits;
      else index.widePairs[cell + 1] = 1;
    }
    for (let i = 2; i < start.length; i++) {
      h = mix(h, start.charCodeAt(i));
      const slot = h >>> index.shifts[i - 2]!;
      if (i === start.length - 1) index.levels[i - 2]![2 * slot]! |= bits;
      else index.levels[i - 2]![2 * slot + 1] = 1;
    }
  }
  return index;
}

/** The bits worth trying at position p of `view` (of length n), whose character's bucket is `a`. */
export function candidatesAt(index: PrefixIndex, view: string, p: number, n: number, a: number): number {
  if (a !== BUCKET) return deepCandidates(index, view, p, n, a);
  const wide = index.wide[view.charCodeAt(p) - BUCKET]!;
  return wide === 0 ? 0 : deepCandidates(index, view, p, n, a) & wide;
}

function deepCandidates(index: PrefixIndex, view: string, p: number, n: number, a: number): number {
  let m = index.one[a]!;
  if (p + 1 >= n) return m;
  const c1 = view.charCodeAt(p + 1);
  let h: number;
  if (a !== BUCKET && c1 < BUCKET) {
    h = a * SIDE + c1;
    m |= index.two[h]!;
    if (index.deeper2[h] === 0) return m;
  } else {
    h = pairHash(view.charCodeAt(p), c1);
    const cell = 2 * (h >>> index.widePairShift);
    m |= index.widePairs[cell]!;
    if (index.widePairs[cell + 1] === 0) return m;
  }
  const { levels, shifts } = index;
  for (let level = 0; level < levels.length && p + 2 + level < n; level++) {
    h = mix(h, view.charCodeAt(p + 2 + level));
    const cell = 2 * (h >>> shifts[level]!);
    const table = levels[level]!;
    m |= table[cell]!;
    if (table[cell + 1] === 0) break;
  }
  return m;
}
