// Sets of starts (regex-prefixes.ts): for each string a match of a (sub)pattern can begin with,
// whether the whole match is exactly that string. Concatenation, alternation and repetition of
// patterns become operations on these sets, each keeping starts to START_DEPTH characters.

/**
 * Prefixes are kept to this many characters. Three left common words ("the ", "stat", "app.")
 * opening attempts of rules that start with longer words; five cut the attempts on real
 * documents to about a quarter, six by a further third (a sentence start and one word: ". wri",
 * "\nsyst" said too little). The largest rule's set (the multilingual harmful request, about
 * 12,000 starts) stays well under MAX_SET, which bounds the sets built on the way too; seven
 * left several rules unbounded.
 */
export const START_DEPTH = 6;
const K = START_DEPTH;
/** A class with more characters than this ends the prefix. */
export const MAX_CLASS = 96;
const MAX_SET = 32768;

/** Prefix → true when the whole (sub)match is exactly that string, false when it goes on. */
export type Starts = Map<string, boolean>;

export class Unbounded extends Error {}

export const EPSILON = (): Starts => new Map([['', true]]);
export const OPEN = (): Starts => new Map([['', false]]); // something unknown comes first
export const NEVER = (): Starts => new Map(); // no match (`^` away from the text start)

/**
 * Stands for a leading `\b` in a start: the character before the match is not a word character
 * when the start's first one is. It is not counted in a start's K characters.
 */
export const BOUNDARY = '\ufdd0';

export function add(set: Starts, s: string, done: boolean): void {
  const limit = s.startsWith(BOUNDARY) ? K + 1 : K;
  const key = s.length >= limit ? s.slice(0, limit) : s;
  const complete = done && s.length < limit;
  const had = set.get(key);
  set.set(key, had === undefined ? complete : had && complete);
  if (set.size > MAX_SET) throw new Unbounded();
}

/** Whether some start is a whole (sub)match, which what follows would extend. */
export function growing(set: Starts): boolean {
  for (const done of set.values()) if (done) return true;
  return false;
}

export function concat(a: Starts, b: Starts): Starts {
  if (!growing(a)) return a; // every start is already as long as it gets
  const out: Starts = new Map();
  for (const [s, done] of a) {
    if (!done) add(out, s, false);
    // a boundary after the first character says nothing about where the match starts
    else for (const [t, d] of b) add(out, s !== '' && t.startsWith(BOUNDARY) ? s + t.slice(1) : s + t, d);
  }
  return out;
}

/** Adds b's starts to a (a set the caller owns) and returns it. */
export function union(a: Starts, b: Starts): Starts {
  for (const [s, d] of b) add(a, s, d);
  return a;
}

export function repeat(a: Starts, min: number, max: number): Starts {
  if (min >= 2) {
    // The first `min` repetitions always occur: their starts are spelled out while the set stays
    // small ("==" for `={2,}` rather than "=", which every "=" in a text would open).
    let out = a;
    let spelled = 1;
    for (; spelled < min && out.size * a.size <= UNROLL_LIMIT; spelled++) out = concat(out, a);
    return spelled === min && max === min ? out : openEnded(out);
  }
  // one repetition at most keeps its exact strings; more may follow them
  const once = max <= 1 ? a : openEnded(a);
  return min === 0 ? union(EPSILON(), max === 0 ? new Map() : once) : once;
}

/** A repetition is spelled out while its set stays this small (a letter class twice is 676 starts, which crowd the hashed levels). */
const UNROLL_LIMIT = 256;

/** The same starts, each marked as going on (something unknown may follow). */
function openEnded(a: Starts): Starts {
  return new Map([...a].map(([s]) => [s, false] as [string, boolean]));
}

/**
 * The one-character strings of `codes`; with `ignoreCase`, letters in both cases (without the u
 * flag, `i` matches an ASCII letter only to its ASCII twin, and a letter beyond ASCII to its
 * one-code-unit upper and lower case; the u flag is not analysed).
 */
export function chars(codes: readonly number[], ignoreCase = false): Starts {
  if (ignoreCase) {
    const both = new Set<number>(codes);
    for (const c of codes) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) both.add(c ^ 0x20);
      else if (c >= 0x80) for (const twin of [String.fromCharCode(c).toUpperCase(), String.fromCharCode(c).toLowerCase()]) if (twin.length === 1) both.add(twin.charCodeAt(0));
    }
    codes = [...both];
  }
  if (codes.length > MAX_CLASS) return OPEN();
  return new Map(codes.map((c) => [String.fromCharCode(c), true] as [string, boolean]));
}
