// The "match view": the text as rules and the classifier see it. Look-alike letters, accents,
// case and spacing tricks are folded away so that one pattern covers their variants. The view
// is never shown to the model; it only decides the score.
import { emphasisRun, inlineTag, isAsciiAlnum, starRunEnd } from './view-markup.js';

// Cyrillic and Greek letters that render like Latin ones (lower case, after toLowerCase).
export const CONFUSABLES: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't',
  у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l',
  ɡ: 'g', ı: 'i', ℓ: 'l',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u',
  χ: 'x', γ: 'y', ω: 'w', ϲ: 'c', ϳ: 'j',
};

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;
// Where a non-ASCII symbol may be glued to an upper-case ASCII word (see splitGlued).
const GLUE_POINT = /[^\x00-\x7f\s][A-Z]/g;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;

const FOLD_TABLE = new Uint8Array(Math.max(...Object.keys(CONFUSABLES).map((c) => c.charCodeAt(0))) + 1);
for (const [from, to] of Object.entries(CONFUSABLES)) FOLD_TABLE[from.charCodeAt(0)] = to.charCodeAt(0);


/**
 * NFKC, accents removed, confusables folded, lower case, whitespace collapsed, tags spaced from
 * words, emphasis stars and inline tags around words dropped.
 */
export function matchView(text: string): string {
  let s = text;
  if (NON_ASCII.test(s)) {
    // A symbol glued to the next word ("ÿIgnore") would hide the word's start from the rules.
    s = splitGlued(s);
    return collapse(foldNonAscii(s), false);
  }
  return collapse(s, true);
}

const NON_ASCII_RUN = /[^\x00-\x7f]+/g;
/** Unicode's Final_Sigma: how Σ lower-cases depends on the letters around it. */
const CAPITAL_SIGMA = '\u03a3';

/** NFKD, marks removed, NFKC, lower case: the text as one piece (the reference form). */
function foldWhole(s: string): string {
  return s.normalize('NFKD').replace(MARKS, '').normalize('NFKC').toLowerCase();
}

/**
 * foldWhole, with only the non-ASCII runs (each with the character before it, which a mark
 * may sit on) going through normalization; the ASCII between them is only lower-cased. Exact:
 * ASCII characters are left alone by NFKD and NFKC and never compose with what precedes them,
 * and lower-casing is context-free except for Σ, which sends the text to foldWhole.
 */
function foldNonAscii(s: string): string {
  const parts: string[] = [];
  let last = 0;
  // Text of many short runs (look-alikes mixed into Latin words) is cheaper folded whole.
  let budget = 16 + (s.length >> 5);
  NON_ASCII_RUN.lastIndex = 0;
  for (let m = NON_ASCII_RUN.exec(s); m !== null; m = NON_ASCII_RUN.exec(s)) {
    if (--budget < 0) return foldWhole(s);
    const from = Math.max(last, m.index - 1);
    const end = m.index + m[0].length;
    const island = s.slice(from, end).normalize('NFKD').replace(MARKS, '').normalize('NFKC');
    if (island.includes(CAPITAL_SIGMA)) return foldWhole(s);
    parts.push(s.slice(last, from).toLowerCase(), island.toLowerCase());
    last = end;
  }
  parts.push(s.slice(last).toLowerCase());
  return parts.join('');
}

/**
 * A space after each run of one to three non-ASCII symbols that stands at a word start, glued
 * to an upper-case ASCII word: "ÿÿIGNORE", "ÿIgnore" (what the pattern
 * `(?<![\p{L}\p{N}])([^\x00-\x7f\s]{1,3})(?=[A-Z])`/gu with "$1 " does, without its scan of
 * every position). Letters inside a word ("PRÉCÉDENTES", "naïve") and look-alikes or accents
 * opening a lower-case word ("іgnоrе", "ìgnóre") are never split.
 */
function splitGlued(s: string): string {
  const parts: string[] = [];
  let last = 0;
  GLUE_POINT.lastIndex = 0;
  for (let m = GLUE_POINT.exec(s); m !== null; m = GLUE_POINT.exec(s)) {
    const word = m.index + 1;
    if (!standsAtWordStart(s, word)) continue;
    parts.push(s.slice(last, word), ' ');
    last = word;
  }
  if (parts.length === 0) return s;
  parts.push(s.slice(last));
  return parts.join('');
}

/** Whether one to three non-ASCII, non-space code points before `end` follow no letter or digit. */
function standsAtWordStart(s: string, end: number): boolean {
  let i = end;
  for (let k = 0; k < 3 && i > 0; k++) {
    const point = codePointBefore(s, i);
    if (point.charCodeAt(0) < 0x80 || SPACE.test(point)) return false;
    i -= point.length;
    if (i === 0 || !LETTER_OR_DIGIT.test(codePointBefore(s, i))) return true;
  }
  return false;
}

/** The code point (one or two code units; a lone surrogate alone) that ends at i > 0. */
function codePointBefore(s: string, i: number): string {
  const low = s.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.slice(i - 2, i);
  }
  return s[i - 1]!;
}

/** JavaScript's `\s` beyond ASCII. */
const isWideSpace = (c: number): boolean =>
  c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** A look-alike's Latin twin (one code unit for one), else the code unit itself. */
const twin = (c: number): number => (c < FOLD_TABLE.length && FOLD_TABLE[c] !== 0 ? FOLD_TABLE[c]! : c);

let buffer16 = new Uint16Array(1024);

/**
 * Each code unit through `ascii` ? ASCII lower-casing : its look-alike's Latin twin; escapes
 * read as what they stand for (a look-alike may spell the escape's letter); each run of
 * whitespace one newline if it holds one, else one space; a space after a tag that a word
 * follows directly. One pass, without regexes, over ASCII text or over text foldNonAscii has
 * normalized and lower-cased.
 */
function collapse(s: string, ascii: boolean): string {
  const n = s.length;
  // room for a space after every code unit (tag ends below)
  if (buffer16.length < 2 * n) buffer16 = new Uint16Array(n * 2);
  const out = buffer16;
  let o = 0;
  let run = 0;
  let inTag = false; // after "<" and a letter or "/", before ">" or a line end
  let tagEnd = false; // the last code unit out was the ">" of a tag
  let keptStars = 0; // end of a run of '*' that is not emphasis
  let last = -1; // the code unit before i as read (an escape as what it stands for)
  for (let i = 0; i < n; i++) {
    let c = ascii ? lower(s.charCodeAt(i)) : twin(s.charCodeAt(i));
    if ((c === 0x2a && i >= keptStars) || c === 0x3c) {
      // emphasis and inline tags inside a phrase ("*ignore* all", "<b>ignore</b> all") are
      // read through, as a reader of the rendered text does
      const skip = c === 0x2a ? emphasisRun(s, i, isAsciiAlnum(last), twin) : inlineTag(s, i, isAsciiAlnum(last), twin);
      if (skip > 0) {
        i += skip - 1;
        last = c === 0x2a ? 0x2a : 0x3e;
        continue;
      }
      if (c === 0x2a) keptStars = starRunEnd(s, i); // a run kept whole: no star of it starts another
    }
    if (c === 0x5c && i + 1 < n) {
      const next = s.charCodeAt(i + 1);
      const e = unescaped(ascii ? lower(next) : twin(next));
      if (e >= 0) {
        c = e;
        i++;
      }
    }
    last = c;
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && isWideSpace(c))) {
      if (c === 0x0a) {
        run = 0x0a;
        inTag = false;
      } else if (run === 0) run = 0x20;
      tagEnd = false;
      continue;
    }
    if (run !== 0) {
      out[o++] = run;
      run = 0;
    } else if (tagEnd && c !== 0x3c) {
      // page source glues a sentence to the tag before it ("<p>Transfer …"): the tag ends a
      // sentence as a line break would, so what reads a sentence start finds one there
      out[o++] = 0x20;
    }
    tagEnd = false;
    // a title's full stop ends no sentence: "Note for the assistant that manages Dr. Okafor's
    // mailbox: …" is one sentence to the rules
    if (c === 0x2e && followsTitle(out, o) && s.charCodeAt(i + 1) === 0x20 && isLetterUnit(s.charCodeAt(i + 2))) continue;
    if (c === 0x3c) {
      // (glued to a name it is a type's argument, "list<Instruction> ops", not a tag)
      const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      const d = ascii ? lower(next) : twin(next);
      inTag = (o === 0 || !isNameUnit(out[o - 1]!)) && ((d >= 0x61 && d <= 0x7a) || d === 0x2f || d === 0x21);
    } else if (c === 0x3e && inTag) {
      inTag = false;
      tagEnd = true;
    }
    out[o++] = c;
  }
  if (run !== 0) out[o++] = run;
  // (a UTF-16 decode that keeps lone surrogates as they are)
  return Buffer.from(out.buffer, out.byteOffset, o * 2).toString('utf16le');
}

const lower = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 32 : c);
const isLetterUnit = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c >= 0xc0;

/** Titles written before a name, lower case, reversed (read back from the end of the output). */
const TITLES = ['rd', 'rm', 'srm', 'sm', 'forp'];

/**
 * Whether the output before `o` ends with a title ("dr", "mr", "mrs", "ms", "prof") standing as a
 * word of its own; not "ms" after a number ("took 20 ms. Then …": milliseconds).
 */
function followsTitle(out: Uint16Array, o: number): boolean {
  for (const t of TITLES) {
    if (o < t.length) continue;
    let k = 0;
    while (k < t.length && out[o - 1 - k] === t.charCodeAt(k)) k++;
    if (k < t.length) continue;
    const before = o - t.length - 1;
    if (before >= 0 && (isNameUnit(out[before]!) || out[before]! >= 0xc0)) continue;
    if (t === 'sm' && before >= 1 && out[before - 1]! >= 0x30 && out[before - 1]! <= 0x39) continue;
    return true;
  }
  return false;
}
/** ASCII word characters and "$", as `[\w$]` reads them. */
const isNameUnit = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x24;

/** The character an escape `\x` stands for (`\n`, `\r` a newline, `\t` a space, quotes themselves), or -1. */
function unescaped(c: number): number {
  return c === 0x6e || c === 0x72 ? 0x0a : c === 0x74 ? 0x20 : c === 0x22 || c === 0x27 ? c : -1;
}

