// One rule catalogue and its runner, built once per catalogue: a word anchors a rule through a
// bit in a 32-bit mask, so a catalogue holds at most 32 rules and the scanner runs several.
// Short texts run every rule on the whole match view; long ones run each rule only around its
// anchor words (see anchors.ts).
import { punctBit, type TokenFeatures } from '../token-features.js';
import { MAX_ENTRIES, registerWord } from '../lexicon.js';
import type { Anchors } from './anchors.js';
import { literalAnchors } from './literal-anchors.js';
import type { Rule } from './rule.js';
import { lazyStartFilter } from './lazy-start-filter.js';
import type { StartFilter } from './start-filter.js';

const SLASH_BIT = punctBit('/');
/** Larger than the number of anchors in any text (at most one per code unit of a window). */
const ANCHOR_INDEX_SPAN = 2 ** 22;
const LESS_BIT = punctBit('<');

// A match lies within this many characters of its anchor: gaps are at most a few short words.
const MARGIN = 300;
// Characters the view folds (accented Latin, confusables, fullwidth, math letters): an anchor
// word may be disguised with them, so every rule is tried around each of them. Read in runs: in
// Greek or Cyrillic text nearly every letter is one, and a stop per character cost more than the
// rest of the anchor search.
const FOLDABLE_RUN = /(?:[\u00c0-\u024f\u0300-\u036f\u0370-\u03ff\u0400-\u052f\u1d00-\u1dbf\u2070-\u209f\u2100-\u214f\u2460-\u24ff\uff00-\uffef]|\ud835)+/g;
/** Longer than any anchor word: a folded character this far into a word still has its start in reach. */
const WORD_REACH = 64;

export interface RuleSet {
  readonly rules: readonly Rule[];
  /** Built on first use (lazy-start-filter.ts). */
  readonly filter: StartFilter;
  /** Where on `text` which of the rules are tried (rule-runner.ts runs the plans of all sets). */
  plan(text: string, features: TokenFeatures): RulePlan;
}

/**
 * Regions of a text (in text order, disjoint) and the rules (bit i = rules[i]) to try on the
 * match view of each, and the rules to try on the despaced view of the whole text, if any.
 */
export interface RulePlan {
  starts: number[];
  ends: number[];
  masks: number[];
  despaced: number;
}

/**
 * `foldedWhole`: every rule is tried around each character the view folds, since look-alikes
 * and accents can disguise anchors (for catalogues whose evasion matters; costs speed on text
 * full of accents). `filter`: the start filter of a set of the same rules, planned with other
 * anchors (building one is most of a catalogue's start-up time).
 */
export function ruleSet(RULES: readonly Rule[], RULE_ANCHORS: Record<string, Anchors>, foldedWhole = true, filter?: () => StartFilter): RuleSet {
  if (RULES.length > 32) throw new Error('anchor masks hold at most 32 rules');
  // Each rule is tried only where one of its possible starts occurs in a view (start-filter.ts).
  const START_FILTER = filter ?? lazyStartFilter(RULES.map((r) => r.pattern));
  const ALL_RULES = RULES.length === 32 ? -1 : (1 << RULES.length) - 1;
  /** For each lexicon entry (the tokenizer's word table), a bit per rule anchored on the word. */
  const ANCHOR_MASK = new Uint32Array(MAX_ENTRIES);
  RULES.forEach((rule, bit) => {
    const anchors = RULE_ANCHORS[rule.id];
    if (!anchors) throw new Error(`rule ${rule.id} has no anchors`);
    for (const word of anchors.words) ANCHOR_MASK[registerWord(word)]! |= 1 << bit;
  });
  /** Rules whose anchors need a companion nearby (anchors.ts `near`), and the companions. */
  let NEEDS_NEAR = 0;
  const NEAR_WORD_MASK = new Uint32Array(MAX_ENTRIES);
  const NEAR_PUNCT_MASK = new Uint32Array(128);
  const NEAR_BEFORE: number[] = [];
  const NEAR_AFTER: number[] = [];
  RULES.forEach((rule, bit) => {
    const near = RULE_ANCHORS[rule.id]!.near;
    NEAR_BEFORE[bit] = near?.before ?? 0;
    NEAR_AFTER[bit] = near?.after ?? 0;
    if (!near) return;
    NEEDS_NEAR |= 1 << bit;
    for (const word of near.words ?? []) NEAR_WORD_MASK[registerWord(word)]! |= 1 << bit;
    for (const ch of near.punct ?? '') NEAR_PUNCT_MASK[ch.charCodeAt(0)]! |= 1 << bit;
  });
  /** Literal anchors (punctuation the tokenizer splits, scripts it does not read as words). */
  const LITERALS = new Map<string, number>();
  RULES.forEach((rule, bit) => {
    for (const lit of RULE_ANCHORS[rule.id]!.literals ?? []) LITERALS.set(lit, (LITERALS.get(lit) ?? 0) | (1 << bit));
  });
  const LITERAL_ANCHORS = literalAnchors(LITERALS);

  /** Closing-tag anchors: tag name (lower case) → mask of the rules it anchors. */
  const CLOSING_TAGS = new Map<string, number>();
  RULES.forEach((rule, bit) => {
    for (const tag of RULE_ANCHORS[rule.id]!.closingTags ?? []) CLOSING_TAGS.set(tag, (CLOSING_TAGS.get(tag) ?? 0) | (1 << bit));
  });
  const LONGEST_TAG = Math.max(0, ...[...CLOSING_TAGS.keys()].map((t) => t.length));

  /** Pushes the position and rule mask of every anchoring closing tag `</name>` in `text`. */
  function closingTagAnchors(text: string, at: number[], masks: number[]): void {
    for (let p = text.indexOf('</'); p >= 0; p = text.indexOf('</', p + 2)) {
      // the '>' is looked for only as far as the longest tag name reaches (linear on "</</</...")
      let close = p + 2;
      const limit = Math.min(text.length, p + 3 + LONGEST_TAG);
      while (close < limit && text.charCodeAt(close) !== 0x3e) close++;
      if (close >= limit) continue;
      const mask = CLOSING_TAGS.get(text.slice(p + 2, close).toLowerCase());
      if (mask !== undefined) {
        at.push(p);
        masks.push(mask);
      }
    }
  }

  function regionPlan(text: string, features: TokenFeatures): RulePlan {
    // Spaced-out anchors ("i g n o r e") exist only in the despaced view, where every rule runs;
    // what the view itself holds, its anchors find.
    const plan: RulePlan = { starts: [], ends: [], masks: [], despaced: features.spacedLetters ? ALL_RULES : 0 };
    // (position, rule mask) pairs, from anchor words and literal anchors
    const at: number[] = [];
    const masks: number[] = [];
    const { entry, starts, count } = features;
    for (let t = 0; t < count; t++) {
      const e = entry[t]!;
      if (e < 0) continue;
      let mask = ANCHOR_MASK[e]!;
      if ((mask & NEEDS_NEAR) !== 0) mask = withCompanions(text, features, t, mask);
      if (mask !== 0) {
        at.push(starts[t]!);
        masks.push(mask);
      }
    }
    LITERAL_ANCHORS.find(text, features, at, masks);
    if (foldedWhole && features.nonAscii) foldedAnchors(text, at, masks);
    if (CLOSING_TAGS.size > 0 && (features.punct & SLASH_BIT) !== 0 && (features.punct & LESS_BIT) !== 0) closingTagAnchors(text, at, masks);
    if (at.length === 0) return plan;
    // Anchors in text order: position and index packed into one number, sorted natively (a
    // comparator sort is the slowest step on a text made of thousands of anchors).
    const keys = new Float64Array(at.length);
    for (let i = 0; i < at.length; i++) keys[i] = at[i]! * ANCHOR_INDEX_SPAN + i;
    keys.sort();
    let start = -1;
    let end = -1;
    let pending = 0; // rules anchored in the current region
    for (let k = 0; k < keys.length; k++) {
      const i = keys[k]! % ANCHOR_INDEX_SPAN;
      const from = Math.max(0, at[i]! - MARGIN);
      const to = Math.min(text.length, at[i]! + MARGIN);
      if (from > end) {
        pushRegion(plan, start, end, pending);
        start = from;
        pending = 0;
      }
      end = Math.max(end, to);
      pending |= masks[i]!;
    }
    pushRegion(plan, start, end, pending);
    return plan;
  }

  /**
   * Pushes every rule at each character the view folds, and WORD_REACH before it (the start of
   * the word it may sit in); a dense run keeps one at least every WORD_REACH characters, and its
   * last, so the regions come out as if every one were pushed.
   */
  function foldedAnchors(text: string, at: number[], masks: number[]): void {
    let last = -Infinity;
    let prev = -1;
    const pushPair = (p: number): void => {
      at.push(Math.max(0, p - WORD_REACH), p);
      masks.push(ALL_RULES, ALL_RULES);
      last = p;
    };
    FOLDABLE_RUN.lastIndex = 0;
    for (let m = FOLDABLE_RUN.exec(text); m !== null; m = FOLDABLE_RUN.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (prev >= 0 && start - prev > WORD_REACH && prev !== last) pushPair(prev);
      if (start - last >= WORD_REACH) pushPair(start);
      // the run's other characters are one apart: one every WORD_REACH characters is pushed
      for (let p = Math.max(start + 1, last + WORD_REACH); p < end; p = last + WORD_REACH) pushPair(p);
      prev = end - 1;
    }
    if (prev >= 0 && prev !== last) pushPair(prev);
  }

  /** Drops from `mask` the rules whose anchor at token t has no companion within reach. */
  function withCompanions(text: string, f: TokenFeatures, t: number, mask: number): number {
    let pending = mask & NEEDS_NEAR;
    let ok = mask & ~NEEDS_NEAR;
    let lo = t;
    let hi = t;
    for (let bit = 0; bit < RULES.length; bit++) {
      if ((pending & (1 << bit)) === 0) continue;
      lo = Math.min(lo, t - NEAR_BEFORE[bit]!);
      hi = Math.max(hi, t + NEAR_AFTER[bit]!);
    }
    lo = Math.max(0, lo);
    hi = Math.min(f.count - 1, hi);
    for (let u = lo; u <= hi && pending !== 0; u++) {
      const e = f.entry[u]!;
      let m = 0;
      if (e >= 0) m = NEAR_WORD_MASK[e]!;
      else {
        const c = text.charCodeAt(f.starts[u]!);
        if (c < 128) m = NEAR_PUNCT_MASK[c]!;
      }
      m &= pending;
      while (m !== 0) {
        const bit = 31 - Math.clz32(m);
        m &= ~(1 << bit);
        if (u >= t - NEAR_BEFORE[bit]! && u <= t + NEAR_AFTER[bit]!) {
          ok |= 1 << bit;
          pending &= ~(1 << bit);
        }
      }
    }
    return ok;
  }

  return {
    rules: RULES,
    get filter() {
      return START_FILTER();
    },
    plan: regionPlan,
  };
}

/** Adds [start, end) with the rules anchored in it to `plan`, unless it is empty or has none. */
function pushRegion(plan: RulePlan, start: number, end: number, pending: number): void {
  if (pending === 0 || end <= start) return;
  plan.starts.push(start);
  plan.ends.push(end);
  plan.masks.push(pending);
}
