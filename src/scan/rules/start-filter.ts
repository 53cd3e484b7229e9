// Runs a set of rule patterns on one match view, trying each pattern only at the positions
// where one of its possible starts (regex-prefixes.ts) occurs. `pattern.test(view)` is true
// exactly when a match starts at some position; a sticky copy of the pattern, tried at every
// position where a match could start, answers the same question. Most rules start with a
// word few positions carry, so this replaces ~30 full passes over the view with one pass of
// table lookups and a handful of anchored attempts. Several filters (the rule catalogues) can
// share that pass over one view (firedInAll): each character is read once for all of them.
import { analyzeStarts } from './regex-prefixes.js';

/** Code units from 127 up share one bucket (a superset: the exact match is still tested). */
const BUCKET = 127;
const bucket = (c: number): number => (c < BUCKET ? c : BUCKET);
const THREE_SIZE = 1 << 16;
/** ASCII word characters, as `\b` sees them (non-ASCII is never a word character to it). */
const WORD = new Uint8Array(BUCKET + 1);
for (let c = 0; c < BUCKET; c++) WORD[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;
const hash3 = (a: number, b: number, c: number): number => (((a << 14) | (b << 7) | c) * 0x9e3779b1) >>> 16;

export interface StartFilter {
  /** Rules (bit i = patterns[i]) worth trying at a position, by its first character. */
  one: Uint32Array;
  /** …by its first two characters (index first * 128 + second). */
  two: Uint32Array;
  /** …by its first three characters, hashed (a collision only adds an attempt). */
  three: Uint32Array;
  /** Non-zero where some three-character start begins with these two (skips the hash). */
  hasThree: Uint8Array;
  /** Rules with no known starts: tried with a plain `test` on the whole view. */
  unbounded: number;
  /** Rules that can also start inside a word (the others only after a non-word character). */
  midWord: number;
  sticky: RegExp[];
  plain: readonly RegExp[];
}

export function buildStartFilter(patterns: readonly RegExp[]): StartFilter {
  if (patterns.length > 32) throw new Error('a start filter holds at most 32 patterns');
  const one = new Uint32Array(BUCKET + 1);
  const two = new Uint32Array((BUCKET + 1) * (BUCKET + 1));
  const three = new Uint32Array(THREE_SIZE);
  const hasThree = new Uint8Array((BUCKET + 1) * (BUCKET + 1));
  let unbounded = 0;
  let midWord = 0;
  patterns.forEach((pattern, bit) => {
    const starts = analyzeStarts(pattern);
    if (starts === null) {
      unbounded |= 1 << bit;
      return;
    }
    if (!starts.wordStart) midWord |= 1 << bit;
    for (const p of starts.prefixes) {
      const a = bucket(p.charCodeAt(0));
      if (p.length === 1) one[a]! |= 1 << bit;
      else if (p.length === 2) two[a * (BUCKET + 1) + bucket(p.charCodeAt(1))]! |= 1 << bit;
      else {
        three[hash3(a, bucket(p.charCodeAt(1)), bucket(p.charCodeAt(2)))]! |= 1 << bit;
        hasThree[a * (BUCKET + 1) + bucket(p.charCodeAt(1))] = 1;
      }
    }
  });
  // Copies: a global pattern's `test` would read and move its lastIndex.
  const flags = (p: RegExp): string => p.flags.replace(/[gy]/g, '');
  const sticky = patterns.map((p) => new RegExp(p.source, `${flags(p)}y`));
  const plain = patterns.map((p) => new RegExp(p.source, flags(p)));
  return { one, two, three, hasThree, unbounded, midWord, sticky, plain };
}

/**
 * The filters one pass serves, and what any of them may start with: by first, first two and
 * first three characters, a bit per filter (bit i = filters[i]); zero skips the position.
 */
export interface StartGate {
  readonly filters: readonly StartFilter[];
  one: Uint32Array;
  two: Uint32Array;
  three: Uint32Array;
  hasThree: Uint8Array;
}

export function buildStartGate(filters: readonly StartFilter[]): StartGate {
  if (filters.length > 32) throw new Error('a start gate holds at most 32 filters');
  const one = new Uint32Array(BUCKET + 1);
  const two = new Uint32Array((BUCKET + 1) * (BUCKET + 1));
  const three = new Uint32Array(THREE_SIZE);
  const hasThree = new Uint8Array((BUCKET + 1) * (BUCKET + 1));
  filters.forEach((f, k) => {
    for (let i = 0; i < one.length; i++) if (f.one[i] !== 0) one[i]! |= 1 << k;
    for (let i = 0; i < two.length; i++) {
      if (f.two[i] !== 0) two[i]! |= 1 << k;
      if (f.hasThree[i] !== 0) hasThree[i] = 1;
    }
    for (let i = 0; i < three.length; i++) if (f.three[i] !== 0) three[i]! |= 1 << k;
  });
  return { filters, one, two, three, hasThree };
}

/** The patterns among `todo` (a bit mask) that match somewhere in `view`, as a bit mask. */
export function firedIn(filter: StartFilter, view: string, todo: number): number {
  let fired = firedAtStart(filter, view, todo);
  let pending = todo & ~filter.unbounded & ~fired;
  if (pending === 0) return fired;
  const { one, two, three, hasThree, sticky } = filter;
  const n = view.length;
  // a, b, c: the buckets of the characters at p, p + 1, p + 2 (-1 past the end)
  let b = n > 1 ? bucket(view.charCodeAt(1)) : -1;
  let c = n > 2 ? bucket(view.charCodeAt(2)) : -1;
  let word = WORD[bucket(view.charCodeAt(0))]!; // is the character before p a word character
  for (let p = 1; p < n; p++) {
    const a = b;
    b = c;
    c = p + 2 < n ? bucket(view.charCodeAt(p + 2)) : -1;
    const before = word;
    word = WORD[a]!;
    // Inside a word only the rules that may start mid-word are candidates.
    const candidates = before & word ? pending & filter.midWord : pending;
    if (candidates === 0) continue;
    let m = one[a]!;
    if (b >= 0) {
      const ab = a * (BUCKET + 1) + b;
      m |= two[ab]!;
      if (c >= 0 && hasThree[ab] !== 0) m |= three[hash3(a, b, c)]!;
    }
    m &= candidates;
    while (m !== 0) {
      const bit = 31 - Math.clz32(m);
      m &= ~(1 << bit);
      const re = sticky[bit]!;
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
  const { one, two, three, hasThree } = gate;
  let word = WORD[bucket(view.charCodeAt(0))]!; // is the character before p a word character
  for (let p = 1; p < n && active !== 0; p++) {
    const a = bucket(view.charCodeAt(p));
    const inWord = word & WORD[a]!;
    word = WORD[a]!;
    // Inside a word only the rules that may start mid-word are candidates.
    if (inWord !== 0 && anyMidWord === 0) continue;
    let g = one[a]!;
    let ab = -1;
    let h = -1;
    if (p + 1 < n) {
      ab = a * (BUCKET + 1) + bucket(view.charCodeAt(p + 1));
      g |= two[ab]!;
      if (p + 2 < n && hasThree[ab] !== 0) {
        h = hash3(a, ab & BUCKET, bucket(view.charCodeAt(p + 2)));
        g |= three[h]!;
      }
    }
    g &= inWord !== 0 ? anyMidWord : active;
    while (g !== 0) {
      const f = 31 - Math.clz32(g);
      g &= ~(1 << f);
      const filter = filters[f]!;
      let m = filter.one[a]!;
      if (ab >= 0) m |= filter.two[ab]!;
      if (h >= 0) m |= filter.three[h]!;
      m &= inWord !== 0 ? pending[f]! & filter.midWord : pending[f]!;
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
 * Rules with no known starts, tested on the whole view, and position 0 tried for every rule (a
 * pattern anchored with `^` has no listed start).
 */
function firedAtStart(filter: StartFilter, view: string, todo: number): number {
  let fired = 0;
  let open = todo & filter.unbounded;
  while (open !== 0) {
    const bit = 31 - Math.clz32(open);
    open &= ~(1 << bit);
    if (filter.plain[bit]!.test(view)) fired |= 1 << bit;
  }
  let first = todo & ~filter.unbounded;
  while (first !== 0) {
    const bit = 31 - Math.clz32(first);
    first &= ~(1 << bit);
    const re = filter.sticky[bit]!;
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
    const re = filter.sticky[bit]!;
    re.lastIndex = p;
    if (re.test(view)) hit |= 1 << bit;
  }
  return hit;
}
