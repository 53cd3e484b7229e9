// Where a rule's pattern can start matching, read from its source: the set of strings of up to
// START_DEPTH characters that every match begins with. The rule runner then tries the pattern
// only where the text has one of them, instead of at every position; a rule whose starts cannot
// be bounded (a leading `[^\s]`, `.`, a backreference, the `i` flag) is simply tried everywhere.
// The set is a superset by construction (lookarounds and anchors are treated as matching
// nothing, classes as their characters), so what fires never changes, only how fast.
// Supports the regex syntax the rules use; anything else makes the rule unbounded.
import { startAnalysis, type StartAnalysis } from './start-analysis.js';
import { BOUNDARY, chars, concat, EPSILON, growing, MAX_CLASS, NEVER, OPEN, repeat, Unbounded, union, type Starts } from './start-sets.js';

export { START_DEPTH } from './start-sets.js';
export type { StartAnalysis } from './start-analysis.js';

/** A `{min}`, `{min,}` or `{min,max}` quantifier (sticky: read at the parser's position). */
const BRACES = /\{(\d+)(,(\d*))?\}/y;

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const SPACE_CHARS = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, ...range(0x2000, 0x200a), 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
const DIGITS = range(0x30, 0x39);
const WORD_CHARS = [...DIGITS, ...range(0x41, 0x5a), 0x5f, ...range(0x61, 0x7a)];
const CONTROL_ESCAPES: Record<string, number> = { n: 0x0a, r: 0x0d, t: 0x09, f: 0x0c, v: 0x0b, '0': 0 };

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
    private readonly multiline: boolean,
    private readonly ignoreCase: boolean,
  ) {}

  /** Whether a `^` (without the m flag) was read: a branch that matches only at the text start. */
  anchored = false;

  /** Reading the rest of a branch whose starts are complete: its syntax is checked, its anchors noted, no sets built (the word lists after a rule's opening words cost most of the analysis). */
  private skipping = false;

  parse(): Starts {
    const set = this.alternation();
    if (this.i < this.src.length) throw new Unbounded();
    return set;
  }

  private peek(): string {
    return this.src[this.i] ?? '';
  }

  private alternation(): Starts {
    let set = this.sequence();
    while (this.peek() === '|') {
      this.i++;
      const branch = this.sequence();
      if (!this.skipping) set = union(set, branch);
    }
    return set;
  }

  private sequence(): Starts {
    let set = EPSILON();
    const outer = this.skipping;
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      if (!this.skipping && !growing(set)) this.skipping = true;
      const atom = this.quantified(this.atom());
      if (!this.skipping) set = concat(set, atom);
    }
    this.skipping = outer;
    return set;
  }

  private quantified(atom: Starts): Starts {
    const next = this.peek();
    let min: number;
    let max: number;
    let m: RegExpExecArray | null = null;
    if (next === '?' || next === '*' || next === '+') {
      [min, max] = next === '?' ? [0, 1] : next === '*' ? [0, Infinity] : [1, Infinity];
      this.i++;
    } else if (next === '{' && ((BRACES.lastIndex = this.i), (m = BRACES.exec(this.src)))) {
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      this.i += m[0].length;
    } else {
      return atom;
    }
    if (this.peek() === '?') this.i++; // lazy: the same set of matches
    return this.skipping ? atom : repeat(atom, min, max);
  }

  private atom(): Starts {
    const c = this.src[this.i++]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    // Without the m flag `^` only matches at the text start, where the runner tries every rule.
    if (c === '^') {
      if (this.multiline) return EPSILON();
      this.anchored = true;
      return NEVER();
    }
    if (c === '$') return EPSILON();
    if (c === '.') return OPEN();
    if (c === '\\') return this.escape();
    if (c === '*' || c === '+' || c === '?' || c === ')') throw new Unbounded();
    if (c === '{' && this.unicode) throw new Unbounded();
    return this.ignoreCase ? chars([c.charCodeAt(0)], true) : new Map([[c, true]]);
  }

  private group(): Starts {
    const rest = this.src.slice(this.i, this.i + 3);
    let zeroWidth = false;
    if (rest === '?!)') {
      // `(?!)` never matches: nothing after it can start a match (an empty lexicon list's branch)
      this.i += 3;
      return NEVER();
    }
    if (rest.startsWith('?:')) this.i += 2;
    else if (rest.startsWith('?=') || rest.startsWith('?!')) [this.i, zeroWidth] = [this.i + 2, true];
    else if (rest.startsWith('?<=') || rest.startsWith('?<!')) [this.i, zeroWidth] = [this.i + 3, true];
    else if (rest.startsWith('?<')) {
      const close = this.src.indexOf('>', this.i);
      if (close < 0) throw new Unbounded();
      this.i = close + 1;
    } else if (rest.startsWith('?')) throw new Unbounded();
    const inner = this.alternation();
    if (this.src[this.i++] !== ')') throw new Unbounded();
    // A lookaround consumes nothing: for where a match starts it counts as matching nothing.
    return zeroWidth ? EPSILON() : inner;
  }

  private escape(): Starts {
    const c = this.src[this.i++] ?? '';
    if (c === 'b') return new Map([[BOUNDARY, true]]);
    if (c === 'B') return EPSILON();
    const set = this.escapeChars(c);
    return set === null ? OPEN() : chars(set, this.ignoreCase);
  }

  /** The characters an escape stands for, null when too many to list. */
  private escapeChars(c: string): number[] | null {
    if (c === 's') return SPACE_CHARS;
    if (c === 'd') return DIGITS;
    if (c === 'w') return WORD_CHARS;
    if (c === 'S' || c === 'W' || c === 'D' || c === 'p' || c === 'P') return null;
    if (/[1-9k]/.test(c)) {
      // a backreference matches what its group matched: unknown here (its name or number skipped)
      const m = /^(?:\d*|<[^>]*>)/.exec(this.src.slice(this.i))!;
      this.i += m[0].length;
      return null;
    }
    if (c === 'c' || c === '') throw new Unbounded();
    if (c in CONTROL_ESCAPES) {
      if (c === '0' && /\d/.test(this.peek())) throw new Unbounded(); // octal
      return [CONTROL_ESCAPES[c]!];
    }
    if (c === 'x' || c === 'u') {
      const m = (c === 'x' ? /^[0-9a-fA-F]{2}/ : /^[0-9a-fA-F]{4}/).exec(this.src.slice(this.i));
      if (!m) throw new Unbounded();
      this.i += m[0].length;
      return [parseInt(m[0], 16)];
    }
    if (/[A-Za-z]/.test(c)) throw new Unbounded(); // an escape this parser does not know
    return [c.charCodeAt(0)];
  }

  private charClass(): Starts {
    const members: number[] = [];
    let open = false;
    if (this.peek() === '^') {
      this.i++;
      open = true; // negated: (almost) anything
    }
    while (this.i < this.src.length && this.peek() !== ']') {
      let from: number[] | null;
      if (this.peek() === '\\') {
        this.i++;
        const c = this.src[this.i++] ?? '';
        from = c === 'b' ? [0x08] : c === '-' ? [0x2d] : this.escapeChars(c);
      } else {
        from = [this.src.charCodeAt(this.i++)];
      }
      if (from === null) {
        open = true;
        continue;
      }
      if (from.length === 1 && this.peek() === '-' && this.src[this.i + 1] !== ']' && this.src[this.i + 1] !== undefined) {
        this.i++;
        let to: number;
        if (this.peek() === '\\') {
          this.i++;
          const esc = this.escapeChars(this.src[this.i++] ?? '');
          if (esc === null || esc.length !== 1) throw new Unbounded();
          to = esc[0]!;
        } else to = this.src.charCodeAt(this.i++);
        if (to < from[0]! || to - from[0]! > MAX_CLASS) open = true;
        else members.push(...range(from[0]!, to));
        continue;
      }
      members.push(...from);
    }
    if (this.src[this.i++] !== ']') throw new Unbounded();
    // Surrogates in a unicode-mode class stand for whole code points: not listed here.
    if (open || members.length > MAX_CLASS || (this.unicode && members.some((m) => m >= 0xd800 && m <= 0xdfff))) return OPEN();
    return chars(members, this.ignoreCase);
  }
}

/**
 * Strings of one to three characters such that every match of `pattern` that does not start at
 * the text's first position starts with one of them, or null when no such bound is known (the
 * pattern may start anywhere, or match empty).
 */
export function startPrefixes(pattern: RegExp): string[] | null {
  return analyzeStarts(pattern)?.prefixes ?? null;
}

const ASCII_WORD = /^[A-Za-z0-9_]/;

/** startPrefixes, and whether matches can start inside a word. */
export function analyzeStarts(pattern: RegExp): StartAnalysis | null {
  const { flags } = pattern;
  if (flags.includes('v') || (flags.includes('i') && flags.includes('u'))) return null; // case folding beyond ASCII
  try {
    const parser = new Parser(pattern.source, flags.includes('u'), flags.includes('m'), flags.includes('i'));
    const prefixes = new Set<string>();
    const midWordPrefixes = new Set<string>();
    const starts = parser.parse();
    for (const key of starts.keys()) {
      const guarded = key.startsWith(BOUNDARY);
      const start = guarded ? key.slice(1) : key;
      if (start === '') return null;
      if (!guarded && ASCII_WORD.test(start)) midWordPrefixes.add(start);
      prefixes.add(start);
    }
    return startAnalysis([...prefixes], [...midWordPrefixes], parser.anchored);
  } catch (err) {
    if (err instanceof Unbounded) return null;
    throw err;
  }
}
