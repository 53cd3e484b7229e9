// Literal anchors (anchors.ts `literals`): substrings of the raw text that anchor rules, for
// punctuation the tokenizer splits apart and for scripts it does not read as words. Literals that
// open with an ASCII character are few and found with one regex pass; those that open with any
// other character (hundreds, for the multilingual catalogues) in one pass over the text that
// compares, at each non-ASCII code unit, only the literals opening with it and the unit after it.
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
  const ASCII_ANY = ascii.length > 0 ? new RegExp(ascii.map((i) => escapeRegExp(all[i]![0])).join('|'), 'g') : null;
  /**
   * Non-ASCII literals by their first two code units (the second is NaN for a one-unit literal):
   * first → second → the literals (indexes into `all`) that open so.
   */
  const byFirst = new Map<number, Map<number, number[]>>();
  all.forEach(([lit], i) => {
    const first = lit.charCodeAt(0);
    if (first < 128) return;
    const bySecond = byFirst.get(first) ?? new Map<number, number[]>();
    const second = lit.length > 1 ? lit.charCodeAt(1) : NaN;
    bySecond.set(second, [...(bySecond.get(second) ?? []), i]);
    byFirst.set(first, bySecond);
  });
  /** …as an array by first code unit, for the pass over every character. */
  const FIRSTS: Array<Map<number, number[]> | undefined> = new Array(0x10000);
  for (const [first, bySecond] of byFirst) FIRSTS[first] = bySecond;
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
        for (let k = 0; k < ascii.length; k++) if (text.startsWith(all[ascii[k]!]![0], p)) seen(ascii[k]!, p, at, masks);
        ASCII_ANY.lastIndex = p + 1;
      }
    }
    if (byFirst.size > 0 && features.nonAscii) {
      // One pass over the text: at each non-ASCII code unit some literal opens with, only the
      // literals that also share its second unit are compared. (An indexOf pass per literal whose
      // first unit occurs cost as many passes as literals on text dense with them; testing every
      // literal of the first unit at each of its occurrences, tens per Arabic alif.)
      for (let p = 0; p < text.length; p++) {
        const c = text.charCodeAt(p);
        if (c < 128) continue;
        const bySecond = FIRSTS[c];
        if (bySecond === undefined) continue;
        const one = bySecond.get(NaN);
        if (one !== undefined) for (const i of one) seen(i, p, at, masks);
        const two = p + 1 < text.length ? bySecond.get(text.charCodeAt(p + 1)) : undefined;
        if (two !== undefined) for (const i of two) if (text.startsWith(all[i]![0], p)) seen(i, p, at, masks);
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
