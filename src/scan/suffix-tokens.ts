// The token classes the adversarial-suffix signal (suffix.ts) counts: plain words, function
// words of common languages, words with odd punctuation glued inside, case switches inside a
// word, tokens of odd punctuation only, and the markers of code, paths, URLs and markup that
// real text uses. One token at a time, from its characters; no strings made for plain words.
import { ENGLISH_FUNCTION_WORDS, OTHER_FUNCTION_WORDS } from './function-words.js';

/** Tokens longer than this are hashes, base64, URLs or minified code, never a suffix token. */
export const MAX_TOKEN = 40;

// Token classes (bits).
export const PLAIN = 1; // a word with a plain case pattern, maybe with sentence punctuation around it
export const FUNCTION = 2; // a function word of a common language
export const GLUED = 4; // letters with odd punctuation inside ("giving**one", "oppositeley.](")
export const CAMEL = 8; // a case switch inside a word ("similarlyNow")
export const ODD = 16; // a token of odd punctuation only ("](", "{%", "\\")
export const CODE = 32; // a marker of code, paths, URLs, flags, numbers or markup that real text uses
const LONG = 64;

const FUNCTION_WORDS = new Set([...ENGLISH_FUNCTION_WORDS, ...OTHER_FUNCTION_WORDS]);

/**
 * A number naming text[s, e) lower-cased, when it is at most 7 characters of Latin-1 (160^7 is
 * under 2^53, and no digit is zero, so the number is exact and words of different lengths never
 * share one); -1 otherwise.
 */
function latinKey(text: string, s: number, e: number): number {
  if (e - s > 7) return -1;
  let key = 0;
  for (let i = e - 1; i >= s; i--) {
    let c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) c += 0x20;
    if (c < 0x61 || c > 0xff) return -1;
    key = key * 160 + (c - 0x60);
  }
  return key;
}

/** Function words by latinKey: looked up without making a string of every word of a text. */
const FUNCTION_KEYS = new Set(
  [...FUNCTION_WORDS].map((w) => {
    const key = latinKey(w, 0, w.length);
    if (key < 0) throw new Error(`function word "${w}" is not 1 to 7 Latin-1 letters`);
    return key;
  }),
);

function isFunctionWord(text: string, s: number, e: number): boolean {
  if (e - s > 7) return false;
  const key = latinKey(text, s, e);
  // letters beyond Latin-1 lower-case in ways the key does not model: ask the string itself
  return key >= 0 ? FUNCTION_KEYS.has(key) : FUNCTION_WORDS.has(text.slice(s, e).toLowerCase());
}

/** Characters that may open or close an ordinary word ("(see", "end.", "'quoted'"). */
const WRAP_OPEN = new Set('("\'`[<*_\u201c\u2018\u00ab\u00bf\u00a1');
const WRAP_CLOSE = new Set('.,;:!?)"\'`]>*_\u201d\u2019\u00bb');

export const isLower = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
export const isUpper = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** Letters of any script (code points from U+0100 are treated as letters: scripts, not symbols). */
const isLetter = (c: number): boolean => isLower(c) || isUpper(c) || (c >= 0x100 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xff20));

/** The class bits of text[start, end) and the odd punctuation it holds (as a bit set). */
export function classify(text: string, start: number, end: number, out: { cls: number; kinds: number }): void {
  out.cls = 0;
  out.kinds = 0;
  const len = end - start;
  if (len > MAX_TOKEN) {
    out.cls = LONG | CODE;
    return;
  }
  let s = start;
  let e = end;
  for (let k = 0; k < 3 && s < e && WRAP_OPEN.has(text[s]!); k++) s++;
  for (let k = 0; k < 3 && e > s && WRAP_CLOSE.has(text[e - 1]!); k++) e--;
  let letters = 0;
  let digits = 0;
  let uppers = 0;
  let others = 0;
  let camel = false;
  let prev = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      letters++;
      if (isUpper(c)) {
        uppers++;
        if (isLower(prev)) camel = true;
      }
    } else if (isDigit(c)) digits++;
    else if (c >= 0x80) {
      // symbols beyond ASCII (box drawing, arrows, bullets, emoji) are layout, not shards
    } else {
      // an apostrophe, hyphen or dot between two letters is part of a word ("don't", "e.g")
      const next = i + 1 < e ? text.charCodeAt(i + 1) : 0;
      const joins = (c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2e) && isLetter(prev) && isLetter(next);
      if (!joins) {
        others++;
        out.kinds |= 1 << (c & 31);
      }
    }
    prev = c;
  }
  if (others === 0 && digits === 0 && s === start && e === end) {
    // the common case, a bare word: no slicing, no pattern
    out.cls = camel && uppers < letters ? CAMEL : PLAIN;
    if (!camel && isFunctionWord(text, s, e)) out.cls |= FUNCTION;
    out.kinds = 0;
    return;
  }
  const token = text.slice(start, end);
  if (looksLikeCode(token, letters, digits) || DOTTED_NAME.test(text.slice(s, e))) {
    out.cls = CODE;
    out.kinds = 0;
    return;
  }
  if (letters === 0) {
    if (CODE_SYMBOLS.has(token)) {
      out.cls = CODE;
      out.kinds = 0;
    } else if (others > 0 && !PROSE_SYMBOLS.has(token)) out.cls = ODD;
    else out.kinds = 0;
    return;
  }
  if (others > 0) out.cls |= GLUED;
  if (camel && uppers < letters) out.cls |= CAMEL;
  if (others === 0 && !camel) {
    out.cls |= PLAIN;
    if (isFunctionWord(text, s, e)) out.cls |= FUNCTION;
  }
  if (out.cls === 0) out.kinds = 0;
}

/** Lone symbols between spaces: code's operators and brackets ("x = {", "} else {"). */
const CODE_SYMBOLS = new Set(['<!--', '-->', '=', '==', '===', '!=', '=>', '{', '}', '[', ']', '(', ')', '|', '||', '&&', '+=', '-=', ':=', '::', '};', '});', '{}', '[]', '()', '*/', '/*', '//', '#']);
/** Lone symbols that prose uses between words. */
const PROSE_SYMBOLS = new Set(['-', '--', '\u2013', '\u2014', '&', '/', '*', '\u2022', '>', '+', '...', '\u2026', ':', '\u00b7', '~', '->', '<-']);

// URLs, paths, flags, e-mail and @handles, identifiers with underscores or dots between names,
// calls, assignments, numbers and versions, hex colours, template placeholders (printf's "%s",
// "%2$d", "%.*s"; "$(user)", "%{name}", "{{name}}"; percent escapes), the target of a markdown
// link ("methods](#usage)", "docs](/docs/api.md)"), and HTML: a tag or an
// entity glued to a word ("await.</p></td>", "&#x3c;string>") is markup, not a shard.
const CODE_TOKEN = /\]\((?:#|\.{0,2}\/|https?:|mailto:|[\w.-]+(?:\/|\.[a-z]{2,4}\b))|%(?:\d\$)?[-+ #0]?\d*(?:\.(?:\d+|\*))?(?:hh|h|ll|l|z|j|t|L|q)?[sdiuoxXfFeEgGcpZ](?![a-z])|%%?[0-9A-F]{2}|\$\(\w|%\{\w|\{\{\s?\w|<\/?[a-z][a-z0-9]{0,10}>|&#?[a-z0-9]{2,8};|:\/\/|^[~.]{0,2}\/[\w.-]|^--?[a-z][\w-]*=?|[\w.+-]@[\w-]|^@[\w/-]+$|\w_\w|[a-z0-9]\.[a-z_$][\w$]*(?:\(|$|\.)|\w\(.*\)|[=!<>]=|\$\{|\(\?|\\[bswdn]|\?\.|=>|^\.\.\.\w|^\$\w|^#[0-9a-f]{3,8}$|^v?\d+(?:\.\d+)+|^0x[0-9a-f]+$|\w::\w|^<\/?[a-z][\w-]*>?$|^"[\w-]+"[:,]|;$|;\w|\w\(["'\w]|["']\)|\)\{|\?\?|&&|\|\||\w=[\w"'(]|^_\w|^\{['"]\w|^\.\.\.,?$|^\\?["'][\w.-]*\\?["'][,:;\]]?$/i;

/** A dotted name once sentence punctuation is stripped: "RelOp.EQ", "os.path.join", "e.g". */
const DOTTED_NAME = /^\.?[\w$]+(?:[./][\w$]+)+$/;

function looksLikeCode(token: string, letters: number, digits: number): boolean {
  if (digits > 0 && digits >= letters) return true;
  return CODE_TOKEN.test(token);
}
