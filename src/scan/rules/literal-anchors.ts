// Literal anchors (anchors.ts `literals`): substrings of the raw text that anchor rules, for
// punctuation the tokenizer splits apart and for scripts it does not read as words. Literals that
// open with an ASCII character are few and found with one regex pass; those that open with any
// other character (hundreds, for the multilingual catalogues) in one pass over the text that
// compares, at each non-ASCII code unit, only the literals opening with it and the units after it.
// Both passes compare with case folded (and Greek accents): text in capitals carries its anchors.
import { punctBit, type TokenFeatures } from '../token-features.js';
import { FOLD, foldedAt, foldString, nonAsciiTable, pairKey, prefixHash } from './literal-tables.js';

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
  /** Each literal as the pass compares it: case and Greek accents folded (FOLD, literal-tables.ts). */
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

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function push(at: number[], masks: number[], p: number, mask: number): void {
  at.push(p);
  masks.push(mask);
}
