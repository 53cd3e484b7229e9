// Literal anchors (anchors.ts `literals`): substrings of the raw text that anchor rules, for
// punctuation the tokenizer splits apart and for scripts it does not read as words. Literals that
// open with an ASCII character are few and found with one regex pass; those that open with any
// other character (hundreds, for the multilingual catalogues) in one pass over the text that
// compares, at each non-ASCII code unit, only the literals opening with it and the units after it.
// Both passes compare with case folded (and Greek accents): text in capitals carries its anchors.
import { punctBit, type TokenFeatures } from '../token-features.js';

/** Well under 2 × the region margin (rule-set.ts), so thinned-out literal anchors still cover one unbroken region. */
const LITERAL_STEP = 64;

export interface LiteralAnchors {
  /** Pushes the position and rule mask of the literal anchors in `text` (not in text order). */
  find(text: string, features: TokenFeatures, at: number[], masks: number[]): void;
}

const isAsciiPunct = (c: number): boolean => c < 128 && !/[\p{L}\p{N}]/u.test(String.fromCharCode(c));

export function literalAnchors(literals: ReadonlyMap<string, number>): LiteralAnchors {
  const all = [...literals];
  /** The punctuation bit literal i's first character needs, 0 when it opens with a letter or digit. */
  const punctNeeded = (i: number): number => (isAsciiPunct(all[i]![0].charCodeAt(0)) ? punctBit(all[i]![0]) : 0);
  // Single characters ("@") are found with indexOf: a regex stop costs more where they are dense.
  const single = all.flatMap(([lit], i) => (lit.length === 1 && lit.charCodeAt(0) < 128 ? [i] : []));
  const ascii = all.flatMap(([lit], i) => (lit.length > 1 && lit.charCodeAt(0) < 128 ? [i] : []));
  const needs = ascii.map(punctNeeded);
  const singleNeeds = single.map(punctNeeded);
  /**
   * Where any longer ASCII literal may occur: one regex pass finds them all (half the time of an
   * indexOf pass per literal); each position it stops at is checked against every literal.
   */
  const ASCII_ANY = ascii.length > 0 ? new RegExp(ascii.map((i) => escapeRegExp(all[i]![0])).join('|'), 'gi') : null;
  /** Each literal as the pass compares it: case and Greek accents folded (FOLD, below). */
  const folded = all.map(([lit]) => foldString(lit));
  const NON_ASCII = nonAsciiTable(folded);
  // Per literal, within one call: where it was last pushed as an anchor, and last seen.
  const lastPushed = new Array<number>(all.length);
  const prevSeen = new Array<number>(all.length);

  /**
   * Literal i at p. A dense run of one literal ("@@@@…") keeps its first and last occurrence and
   * one at least every LITERAL_STEP characters: the regions (anchor ± margin, merged) come out
   * the same.
   */
  function seen(i: number, p: number, at: number[], masks: number[]): void {
    const mask = all[i]![1];
    const prev = prevSeen[i]!;
    if (prev >= 0 && p - prev > LITERAL_STEP && prev !== lastPushed[i]) push(at, masks, prev, mask);
    if (p - lastPushed[i]! >= LITERAL_STEP) {
      push(at, masks, p, mask);
      lastPushed[i] = p;
    }
    prevSeen[i] = p;
  }

  /** Every literal of the list at `list` (NON_ASCII.lists) occurs at p. */
  function seenAll(list: number, p: number, at: number[], masks: number[]): void {
    const { lists } = NON_ASCII;
    for (let k = list + 1, end = list + 1 + lists[list]!; k < end; k++) seen(lists[k]!, p, at, masks);
  }

  /** The literals of the list at `list` that occur at p (their prefix's hash matched). */
  function seenMatching(text: string, list: number, p: number, at: number[], masks: number[]): void {
    const { lists } = NON_ASCII;
    for (let k = list + 1, end = list + 1 + lists[list]!; k < end; k++) {
      const i = lists[k]!;
      if (foldedAt(text, folded[i]!, p)) seen(i, p, at, masks);
    }
  }

  function find(text: string, features: TokenFeatures, at: number[], masks: number[]): void {
    lastPushed.fill(-Infinity);
    prevSeen.fill(-1);
    // punctuation the tokenizer did not see cannot start a literal here
    for (let k = 0; k < single.length; k++) {
      if (singleNeeds[k] !== 0 && (features.punct & singleNeeds[k]!) === 0) continue;
      const lit = all[single[k]!]![0];
      for (let p = text.indexOf(lit); p >= 0; p = text.indexOf(lit, p + 1)) seen(single[k]!, p, at, masks);
    }
    let open = false;
    for (let k = 0; k < ascii.length && !open; k++) open = needs[k] === 0 || (features.punct & needs[k]!) !== 0;
    if (open && ASCII_ANY !== null) {
      ASCII_ANY.lastIndex = 0;
      for (let m = ASCII_ANY.exec(text); m !== null; m = ASCII_ANY.exec(text)) {
        const p = m.index;
        // literals may overlap ("<sys", "<system"): every one that starts here, and go on at p + 1
        for (let k = 0; k < ascii.length; k++) if (foldedAt(text, folded[ascii[k]!]!, p)) seen(ascii[k]!, p, at, masks);
        ASCII_ANY.lastIndex = p + 1;
      }
    }
    if (NON_ASCII.size > 0 && features.nonAscii) {
      // One pass over the text: at each non-ASCII code unit some literal opens with, only the
      // literals that also share its second unit are compared. (An indexOf pass per literal whose
      // first unit occurs cost as many passes as literals on text dense with them; testing every
      // literal of the first unit at each of its occurrences, tens per Arabic alif.)
      const { opens, single, pairs, triples, quads, lists } = NON_ASCII;
      const n = text.length;
      for (let p = 0; p < n; p++) {
        // (no literal here opens with ASCII, and no folded unit is ASCII: skip it unread)
        const c = text.charCodeAt(p);
        if (c < 128) continue;
        const c0 = FOLD[c]!;
        if (opens[c0] === 0) continue;
        const one = single[c0]!;
        if (one >= 0) seenAll(one, p, at, masks);
        if (p + 1 >= n) continue;
        const c1 = FOLD[text.charCodeAt(p + 1)]!;
        const two = pairs.find(pairKey(c0, c1));
        if (two < 0) continue;
        // (value: the list of two-unit literals, times two, plus whether longer ones open so)
        if (two >> 1 > 0) seenAll((two >> 1) - 1, p, at, masks);
        if ((two & 1) === 0 || p + 2 >= n) continue;
        const c2 = FOLD[text.charCodeAt(p + 2)]!;
        const three = triples.find(prefixHash(c0, c1, c2, -1));
        if (three >= 0) seenMatching(text, three, p, at, masks);
        if (p + 3 >= n) continue;
        const four = quads.find(prefixHash(c0, c1, c2, FOLD[text.charCodeAt(p + 3)]!));
        if (four >= 0) seenMatching(text, four, p, at, masks);
      }
    }
    // the last occurrence of each literal, unless it was pushed
    for (let i = 0; i < all.length; i++) if (prevSeen[i]! >= 0 && prevSeen[i] !== lastPushed[i]) push(at, masks, prevSeen[i]!, all[i]![1]);
  }
  return { find };
}

/**
 * The literals that open with a non-ASCII code unit, looked up by their first units: `opens`
 * (whether any literal opens with a unit), `single` (the one-unit literals), `pairs` (exact
 * first two units: the two-unit literals, and whether longer ones open so), `triples` (hash of
 * the first three units: the three-unit literals) and `quads` (hash of the first four: the
 * longer ones). Lists are runs in `lists`: a count, then that many literal indexes. Typed arrays
 * and open-addressing tables, because this lookup runs at every character of text in other
 * scripts: with Map lookups by two units and a comparison of each literal sharing them, the
 * literal pass was most of a catalogue's planning on Cyrillic text.
 */
interface NonAsciiTable {
  size: number;
  opens: Uint8Array;
  single: Int32Array;
  pairs: HashTable;
  triples: HashTable;
  quads: HashTable;
  lists: Int32Array;
}

function nonAsciiTable(literals: readonly string[]): NonAsciiTable {
  const single = new Map<number, number[]>();
  const pairs = new Map<number, { two: number[]; longer: boolean }>();
  const triples = new Map<number, number[]>();
  const quads = new Map<number, number[]>();
  const opens = new Uint8Array(0x10000);
  const add = (into: Map<number, number[]>, key: number, i: number): void => {
    into.set(key, [...(into.get(key) ?? []), i]);
  };
  literals.forEach((lit, i) => {
    const u = (k: number): number => lit.charCodeAt(k);
    if (u(0) < 128) return;
    opens[u(0)] = 1;
    if (lit.length === 1) return add(single, u(0), i);
    const pair = pairs.get(pairKey(u(0), u(1))) ?? { two: [], longer: false };
    pairs.set(pairKey(u(0), u(1)), pair);
    if (lit.length === 2) pair.two.push(i);
    else {
      pair.longer = true;
      if (lit.length === 3) add(triples, prefixHash(u(0), u(1), u(2), -1), i);
      else add(quads, prefixHash(u(0), u(1), u(2), u(3)), i);
    }
  });
  const lists: number[] = [];
  const listOf = (indexes: readonly number[]): number => {
    lists.push(indexes.length, ...indexes);
    return lists.length - indexes.length - 1;
  };
  const singleAt = new Int32Array(0x10000).fill(-1);
  for (const [c, indexes] of single) singleAt[c] = listOf(indexes);
  const pairEntries = [...pairs].map(([key, { two, longer }]): [number, number] => [key, ((two.length > 0 ? listOf(two) + 1 : 0) << 1) | (longer ? 1 : 0)]);
  const listed = (m: Map<number, number[]>): HashTable => hashTable([...m].map(([key, indexes]) => [key, listOf(indexes)]));
  return {
    size: single.size + pairs.size,
    opens,
    single: singleAt,
    pairs: hashTable(pairEntries),
    triples: listed(triples),
    quads: listed(quads),
    lists: Int32Array.from(lists),
  };
}

/** Two UTF-16 code units as one key (never 0: the first is non-ASCII). */
const pairKey = (first: number, second: number): number => ((first << 16) | second) >>> 0;

/** A hash of three or four code units (`d` -1 for three), never 0; equal prefixes hash equal. */
function prefixHash(a: number, b: number, c: number, d: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b;
  h = Math.imul(h, 0x85ebca6b) ^ c;
  h = Math.imul(h, 0xc2b2ae35) ^ d;
  h ^= h >>> 15;
  return h >>> 0 || 1;
}

interface HashTable {
  /** The value stored for `key`, or -1. */
  find(key: number): number;
}

/** An open-addressing table from keys ≠ 0 (uint32) to values ≥ 0, at most half full. */
function hashTable(entries: ReadonlyArray<[number, number]>): HashTable {
  let bits = 4;
  while (1 << bits < 2 * entries.length) bits++;
  const mask = (1 << bits) - 1;
  const shift = 32 - bits;
  const keys = new Uint32Array(1 << bits);
  const values = new Int32Array(1 << bits).fill(-1);
  const slotOf = (key: number): number => Math.imul(key, 0x9e3779b1) >>> shift;
  for (const [key, value] of entries) {
    let s = slotOf(key);
    while (keys[s] !== 0) s = (s + 1) & mask;
    keys[s] = key;
    values[s] = value;
  }
  return {
    find(key) {
      for (let s = slotOf(key); ; s = (s + 1) & mask) {
        const k = keys[s]!;
        if (k === key) return values[s]!;
        if (k === 0) return -1;
      }
    },
  };
}

/**
 * Each UTF-16 code unit folded as the literal pass compares it: lower case (one unit to one), and
 * Greek without its accents and with one sigma, since Greek in capitals drops them
 * ("ΑΓΝΟΗΣΕ ΤΙΣ ΟΔΗΓΙΕΣ" is "αγνόησε τις οδηγίες"). Text in capitals in any cased script would
 * otherwise carry none of its catalogue's literals, and no rule would be tried on it.
 */
const FOLD = ((): Uint16Array => {
  const fold = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) fold[c] = c;
  const greek = (c: number): boolean => (c >= 0x370 && c < 0x400) || (c >= 0x1f00 && c < 0x2000);
  const cased: Array<[number, number]> = [[0x41, 0x5b], [0xc0, 0x250], [0x370, 0x530], [0x1e00, 0x2000], [0xff21, 0xff3b]];
  for (const [from, to] of cased) {
    for (let c = from; c < to; c++) {
      let f = String.fromCharCode(c).toLowerCase();
      if (greek(c)) f = f.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace('\u03c2', '\u03c3');
      // (a unit beyond ASCII never folds into ASCII: the pass skips ASCII unread)
      if (f.length === 1 && (c < 128 || f.charCodeAt(0) >= 128)) fold[c] = f.charCodeAt(0);
    }
  }
  return fold;
})();

function foldString(s: string): string {
  let out = '';
  for (let k = 0; k < s.length; k++) out += String.fromCharCode(FOLD[s.charCodeAt(k)]!);
  return out;
}

/** Whether `text` at p holds `lit` (already folded), compared unit by unit through FOLD. */
function foldedAt(text: string, lit: string, p: number): boolean {
  if (p + lit.length > text.length) return false;
  for (let k = 0; k < lit.length; k++) if (FOLD[text.charCodeAt(p + k)] !== lit.charCodeAt(k)) return false;
  return true;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function push(at: number[], masks: number[], p: number, mask: number): void {
  at.push(p);
  masks.push(mask);
}
