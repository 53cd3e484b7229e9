// The "match view": the text as rules and the classifier see it. Look-alike letters, accents,
// case and spacing tricks are folded away so that one pattern covers their variants. The view
// is never shown to the model; it only decides the score.

// Cyrillic and Greek letters that render like Latin ones (lower case, after toLowerCase).
export const CONFUSABLES: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't',
  у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l',
  ɡ: 'g', ı: 'i', ℓ: 'l',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u',
  χ: 'x', γ: 'y', ω: 'w', ϲ: 'c', ϳ: 'j',
};
const CONFUSABLE_CHARS = Object.keys(CONFUSABLES).join('');
const CONFUSABLE_ONE = new RegExp(`[${CONFUSABLE_CHARS}]`, 'g');

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;
// Horizontal whitespace runs (and any exotic space) become one space; newlines survive so
// rules can anchor on line starts.
const SPACE_RUN = /[^\S\n]{2,}|[^\S\n ]/g;
// A whitespace run holding a newline becomes one newline (blank lines and indentation go).
const NEWLINE_RUN = / ?\n\s*/g;
// A run of non-ASCII symbols standing at a word start, glued to an upper-case ASCII word:
// "ÿÿIGNORE", "ÿIgnore". Letters inside a word ("PRÉCÉDENTES", "naïve") and look-alikes or
// accents opening a lower-case word ("іgnоrе", "ìgnóre") are never split.
const GLUED_WORD = /(?<![\p{L}\p{N}])([^\x00-\x7f\s]{1,3})(?=[A-Z])/gu;
// What every GLUED_WORD match needs (a non-ASCII code unit right before an upper-case letter),
// as a quick test without the unicode flag: most texts have none and skip the replace.
const MAYBE_GLUED = /[^\x00-\x7f\s][A-Z]/;
const ESCAPED = /\\[nrt"']/g;
const UNESCAPE: Record<string, string> = { n: '\n', r: '\n', t: ' ', '"': '"', "'": "'" };

/**
 * Every look-alike becomes its Latin twin. (This is what the earlier word-by-word form
 * `[a-z+C]*[C][a-z+C]*` computed too, since it had no word boundaries: every look-alike lies
 * in such a run. Per character it is linear; that form backtracked over every run of plain
 * Latin letters, quadratic on a long token.)
 */
function foldConfusables(s: string): string {
  CONFUSABLE_ONE.lastIndex = 0;
  const first = CONFUSABLE_ONE.exec(s);
  if (first === null) return s;
  // One table lookup per code unit (every look-alike is one code unit with a one-letter twin).
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i] = c < FOLD_TABLE.length && FOLD_TABLE[c] !== 0 ? FOLD_TABLE[c]! : c;
  }
  // fromCharCode in slices, not a UTF-16 decoder: it would turn lone surrogates into U+FFFD
  let folded = '';
  for (let i = 0; i < out.length; i += 8192) folded += String.fromCharCode(...out.subarray(i, i + 8192));
  return folded;
}
const FOLD_TABLE = new Uint8Array(Math.max(...Object.keys(CONFUSABLES).map((c) => c.charCodeAt(0))) + 1);
for (const [from, to] of Object.entries(CONFUSABLES)) FOLD_TABLE[from.charCodeAt(0)] = to.charCodeAt(0);


/** NFKC, accents removed, confusables folded, lower case, whitespace collapsed. */
export function matchView(text: string): string {
  let s = text;
  if (NON_ASCII.test(s)) {
    // A symbol glued to the next word ("ÿIgnore") would hide the word's start from the rules.
    if (MAYBE_GLUED.test(s)) s = s.replace(GLUED_WORD, '$1 ');
    return collapseSpaces(foldConfusables(foldNonAscii(s)));
  }
  return lowerCollapseAscii(s);
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

/** Escapes read as what they stand for; each run of whitespace becomes one newline if it holds one, else one space. */
function collapseSpaces(s: string): string {
  // Newlines, tabs and quotes escaped inside JSON strings or logs read like the real ones.
  if (s.includes('\\')) s = s.replace(ESCAPED, (e) => UNESCAPE[e[1]!]!);
  s = s.replace(SPACE_RUN, ' ');
  if (s.includes('\n')) s = s.replace(NEWLINE_RUN, '\n');
  return s;
}

/** The character an escape `\x` stands for (ESCAPED, UNESCAPE), or -1. */
function unescaped(c: number): number {
  return c === 0x6e || c === 0x72 ? 0x0a : c === 0x74 ? 0x20 : c === 0x22 || c === 0x27 ? c : -1;
}

let buffer8 = new Uint8Array(1024);

/** toLowerCase then collapseSpaces, in one pass without regexes, for ASCII text. */
function lowerCollapseAscii(s: string): string {
  const n = s.length;
  if (buffer8.length < n) buffer8 = new Uint8Array(n * 2);
  const out = buffer8;
  let o = 0;
  let run = 0;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c === 0x5c && i + 1 < n) {
      const next = s.charCodeAt(i + 1);
      // upper-case N, R, T too: the reference lower-cases the text first
      const e = unescaped(next >= 0x41 && next <= 0x5a ? next + 32 : next);
      if (e >= 0) {
        c = e;
        i++;
      }
    }
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
      if (c === 0x0a) run = 0x0a;
      else if (run === 0) run = 0x20;
      continue;
    }
    if (run !== 0) {
      out[o++] = run;
      run = 0;
    }
    out[o++] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
  }
  if (run !== 0) out[o++] = run;
  return Buffer.from(out.buffer, out.byteOffset, o).toString('latin1');
}
