// Runs a set of rule patterns on one match view, trying each pattern only at the positions
// where one of its possible starts (regex-prefixes.ts) occurs. `pattern.test(view)` is true
// exactly when a match starts at some position; a sticky copy of the pattern, tried at every
// position where a match could start, answers the same question. Most rules start with a
// word few positions carry, so this replaces ~30 full passes over the view with one pass of
// table lookups (prefix-index.ts) and a handful of anchored attempts. Several filters (the rule
// catalogues) can share that pass over one view (firedInAll): each character is read once for
// all of them.
import { bucket, BUCKET, buildPrefixIndex, candidatesAt, type PrefixIndex } from './prefix-index.js';
import { START_DEPTH } from './regex-prefixes.js';
import { storedAnalysis } from './start-analysis-store.js';
import { compiled, compiledAhead } from '../machine-code.js';

/** ASCII word characters, as `\b` sees them (non-ASCII is never a word character to it). */
export const WORD = new Uint8Array(BUCKET + 1);
for (let c = 0; c < BUCKET; c++) WORD[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;

export interface StartFilter {
  /** Rules (bit i = patterns[i]) worth trying at a position, by the characters starting there. */
  index: PrefixIndex;
  /**
   * The same for a position inside a word (after an ASCII word character), from the starts with
   * no `\b` before them: the few that can match there. The full index would offer every rule
   * with a start spelled like the rest of the word ("act as" in "fact as"), and read deep into
   * its tables at every such position.
   */
  midIndex: PrefixIndex;
  /** Every rule's starts, for a gate over several filters. */
  starts: ReadonlySet<string>;
  /** The starts that can match inside a word. */
  midStarts: ReadonlySet<string>;
  /** Rules with no known starts: tried with a plain `test` on the whole view. */
  unbounded: number;
  /** Rules with a branch that matches only at the text start (`^`): always tried there. */
  anchored: number;
  /** Rules that can start at a word character right after another (the others never inside a word). */
  midWord: number;
  /** …by that character (ASCII word characters only). */
  midWordAt: Uint32Array;
  sticky: RegExp[];
  /** Which sticky copies have their machine code (a bit per pattern): stickyAt. */
  compiled: number;
  plain: readonly RegExp[];
}

/** Where each pattern given to a filter sits in it, for matchesOf (start-matches.ts). */
const PLACE = new WeakMap<RegExp, { filter: StartFilter; bit: number }>();

/** The filter a pattern was given to, and its bit there (none before its filter is built). */
export function placeOf(pattern: RegExp): { filter: StartFilter; bit: number } | undefined {
  return PLACE.get(pattern);
}

export function buildStartFilter(patterns: readonly RegExp[]): StartFilter {
  if (patterns.length > 32) throw new Error('a start filter holds at most 32 patterns');
  const entries: Array<[string, number]> = [];
  const midEntries: Array<[string, number]> = [];
  let unbounded = 0;
  let anchored = 0;
  const midWordAt = new Uint32Array(BUCKET + 1);
  patterns.forEach((pattern, bit) => {
    const starts = storedAnalysis(pattern);
    if (starts === null) {
      unbounded |= 1 << bit;
      return;
    }
    for (const c of starts.midWordFirsts) midWordAt[c.charCodeAt(0)]! |= 1 << bit;
    if (starts.anchored) anchored |= 1 << bit;
    for (const p of starts.prefixes) entries.push([p, 1 << bit]);
    for (const p of starts.midWordPrefixes) midEntries.push([p, 1 << bit]);
  });
  // Copies: a global pattern's `test` would read and move its lastIndex.
  const flags = (p: RegExp): string => p.flags.replace(/[gy]/g, '');
  const sticky = patterns.map((p) => compiledAhead(new RegExp(p.source, `${flags(p)}y`)));
  // (only the patterns with no known starts run unanchored: firedAtStart)
  const plain = patterns.map((p, bit) => {
    const copy = new RegExp(p.source, flags(p));
    return unbounded & (1 << bit) ? compiledAhead(copy) : copy;
  });
  const index = buildPrefixIndex(entries, START_DEPTH);
  const midIndex = buildPrefixIndex(midEntries, START_DEPTH);
  const midWord = midWordAt.reduce((all, bits) => all | bits, 0);
  const starts = new Set(entries.map(([p]) => p));
  const midStarts = new Set(midEntries.map(([p]) => p));
  const filter: StartFilter = { index, midIndex, starts, midStarts, unbounded, anchored, midWord, midWordAt, sticky, compiled: 0, plain };
  patterns.forEach((pattern, bit) => PLACE.set(pattern, { filter, bit }));
  return filter;
}

/** The filters one pass serves, and what any of them may start with (bit k = filters[k]). */
export interface StartGate {
  readonly filters: readonly StartFilter[];
  index: PrefixIndex;
  /** …and which may start inside a word (StartFilter.midIndex). */
  midIndex: PrefixIndex;
  /** Filters with a rule that can start inside a word at this (ASCII word) character. */
  midWordAt: Uint32Array;
}

export function buildStartGate(filters: readonly StartFilter[]): StartGate {
  if (filters.length > 32) throw new Error('a start gate holds at most 32 filters');
  const entries = filters.flatMap((f, k) => [...f.starts].map((p): [string, number] => [p, 1 << k]));
  const midEntries = filters.flatMap((f, k) => [...f.midStarts].map((p): [string, number] => [p, 1 << k]));
  const midWordAt = new Uint32Array(BUCKET + 1);
  filters.forEach((f, k) => f.midWordAt.forEach((bits, c) => (midWordAt[c]! |= bits !== 0 ? 1 << k : 0)));
  return { filters, index: buildPrefixIndex(entries, START_DEPTH), midIndex: buildPrefixIndex(midEntries, START_DEPTH), midWordAt };
}

/** The patterns among `todo` (a bit mask) that match somewhere in `view`, as a bit mask. */
export function firedIn(filter: StartFilter, view: string, todo: number): number {
  let fired = firedAtStart(filter, view, todo);
  let pending = todo & ~filter.unbounded & ~fired;
  if (pending === 0) return fired;
  const { index, midIndex, midWordAt } = filter;
  const n = view.length;
  let word = WORD[bucket(view.charCodeAt(0))]!; // is the character before p a word character
  for (let p = 1; p < n; p++) {
    const a = bucket(view.charCodeAt(p));
    const before = word;
    word = WORD[a]!;
    // Inside a word only the rules that may start mid-word are candidates.
    const inWord = before & word;
    const candidates = inWord !== 0 ? pending & midWordAt[a]! : pending;
    if (candidates === 0) continue;
    let m = candidatesAt(inWord !== 0 ? midIndex : index, view, p, n, a) & candidates;
    while (m !== 0) {
      const bit = 31 - Math.clz32(m);
      m &= ~(1 << bit);
      const re = stickyAt(filter, bit);
      re.lastIndex = p;
      if (re.test(view)) {
        fired |= 1 << bit;
        pending &= ~(1 << bit);
        if (pending === 0) return fired;
      }
    }
  }
  return fired;
}

/**
 * firedIn for every filter of `gate` at once, in one pass over `view`: todo[k] is what to test
 * of gate.filters[k]; returns what fired of each (same order). With one filter to run, its own
 * loop (firedIn) is faster: the gate only pays when it spares a second pass.
 */
export function firedInAll(gate: StartGate, view: string, todo: readonly number[]): number[] {
  const { filters } = gate;
  const k = filters.length;
  let only = -1;
  for (let f = 0; f < k; f++) {
    if ((todo[f] ?? 0) === 0) continue;
    only = only === -1 ? f : -2;
  }
  if (only >= 0) {
    const fired = new Array<number>(k).fill(0);
    fired[only] = firedIn(filters[only]!, view, todo[only]!);
    return fired;
  }
  const fired = new Array<number>(k).fill(0);
  const pending = new Array<number>(k).fill(0);
  let active = 0; // filters with something pending
  let anyMidWord = 0; // filters with a pending rule that may start inside a word
  for (let f = 0; f < k; f++) {
    const filter = filters[f]!;
    const want = todo[f] ?? 0;
    fired[f] = firedAtStart(filter, view, want);
    pending[f] = want & ~filter.unbounded & ~fired[f]!;
    if (pending[f] !== 0) active |= 1 << f;
    if ((pending[f]! & filter.midWord) !== 0) anyMidWord |= 1 << f;
  }
  const n = view.length;
  let word = WORD[bucket(view.charCodeAt(0))]!; // is the character before p a word character
  for (let p = 1; p < n && active !== 0; p++) {
    const a = bucket(view.charCodeAt(p));
    const inWord = word & WORD[a]!;
    word = WORD[a]!;
    // Inside a word only the rules that may start mid-word are candidates.
    const midHere = inWord !== 0 ? anyMidWord & gate.midWordAt[a]! : 0;
    if (inWord !== 0 && midHere === 0) continue;
    let g = inWord !== 0 ? candidatesAt(gate.midIndex, view, p, n, a) & midHere : candidatesAt(gate.index, view, p, n, a) & active;
    while (g !== 0) {
      const f = 31 - Math.clz32(g);
      g &= ~(1 << f);
      const filter = filters[f]!;
      const m = inWord !== 0 ? candidatesAt(filter.midIndex, view, p, n, a) & pending[f]! & filter.midWordAt[a]! : candidatesAt(filter.index, view, p, n, a) & pending[f]!;
      if (m === 0) continue;
      const hit = tryAt(filter, view, p, m);
      if (hit === 0) continue;
      fired[f]! |= hit;
      pending[f]! &= ~hit;
      if (pending[f] === 0) active &= ~(1 << f);
      if ((pending[f]! & filter.midWord) === 0) anyMidWord &= ~(1 << f);
    }
  }
  return fired;
}

/**
 * Rules with no known starts, tested on the whole view, and position 0 (which the passes skip)
 * tried for the rules that can start there: a pattern anchored with `^` has no listed start for
 * it, the others are looked up like any other position.
 */
function firedAtStart(filter: StartFilter, view: string, todo: number): number {
  let fired = 0;
  let open = todo & filter.unbounded;
  while (open !== 0) {
    const bit = 31 - Math.clz32(open);
    open &= ~(1 << bit);
    if (compiled(filter.plain[bit]!).test(view)) fired |= 1 << bit;
  }
  // At the text start: the rules with a `^` branch, and the others where one of their starts is.
  const n = view.length;
  const at0 = filter.anchored | (n > 0 ? candidatesAt(filter.index, view, 0, n, bucket(view.charCodeAt(0))) : 0);
  let first = todo & ~filter.unbounded & at0;
  while (first !== 0) {
    const bit = 31 - Math.clz32(first);
    first &= ~(1 << bit);
    const re = stickyAt(filter, bit);
    re.lastIndex = 0;
    if (re.test(view)) fired |= 1 << bit;
  }
  return fired;
}

/** The candidates `m` (a bit mask) that match at p. */
function tryAt(filter: StartFilter, view: string, p: number, m: number): number {
  let hit = 0;
  while (m !== 0) {
    const bit = 31 - Math.clz32(m);
    m &= ~(1 << bit);
    const re = stickyAt(filter, bit);
    re.lastIndex = p;
    if (re.test(view)) hit |= 1 << bit;
  }
  return hit;
}

/** The sticky copy of the filter's pattern `bit`, compiled to machine code on its first use. */
export function stickyAt(filter: StartFilter, bit: number): RegExp {
  const re = filter.sticky[bit]!;
  if ((filter.compiled & (1 << bit)) === 0) {
    // (through the shared record: prepareScanner may have compiled it already)
    compiled(re);
    filter.compiled |= 1 << bit;
  }
  return re;
}
