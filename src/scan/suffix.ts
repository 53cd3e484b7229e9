// Adversarial suffixes: the strings an optimizer appends to a request so that a model complies
// (sub-word fragments, punctuation glued to words, case switches inside words, markdown and
// LaTeX shards, words of several languages, about twenty tokens on the request's own line).
// No word list can name them, but their statistics differ from every kind of real text: prose
// is mostly plain words and function words; code, paths, URLs, hashes and base64 carry their
// own markers (operators, identifiers, dots between names, balanced brackets); gibberish glues
// punctuation of many kinds to words, switches case mid-word and leaves brackets unbalanced,
// and does so right after a sentence of ordinary prose on the same line. One pass over the
// text, per line: token classes in bounded windows compared with the prose that precedes them.

/** Tokens per window (and the longest suffix the statistics look at). */
const WINDOW = 16;
/** Fewest tokens of a window (a suffix at the end of a line may be shorter than WINDOW). */
const MIN_WINDOW = 7;
/** Tokens of ordinary prose that must precede the window on its line. */
const HEAD = 6;
/** Tokens longer than this are hashes, base64, URLs or minified code, never a suffix token. */
const MAX_TOKEN = 40;

// Token classes (bits).
const PLAIN = 1; // a word with a plain case pattern, maybe with sentence punctuation around it
const FUNCTION = 2; // a function word of a common language
const GLUED = 4; // letters with odd punctuation inside ("giving**one", "oppositeley.](")
const CAMEL = 8; // a case switch inside a word ("similarlyNow")
const ODD = 16; // a token of odd punctuation only ("](", "{%", "\\")
const CODE = 32; // a marker of code, paths, URLs, flags, numbers or markup that real text uses
const LONG = 64;

const FUNCTION_WORDS = new Set(
  (
    'a an the and or but if then so as of to in on at by for with from into onto about over under after before than that this these those there here ' +
    'is are was were be been being am do does did have has had will would can could should may might must shall not no nor ' +
    'i me my we us our you your he him his she her it its they them their who whom whose which what when where why how all any each every some ' +
    'one two very also just only too again more most such own same other up down out off still yet because while until ' +
    'der die das den dem des ein eine einen und oder nicht ist sind war mit von zu im am auf für wie ich du sie es wir ' +
    'le la les un une des et ou est sont du au aux pour avec dans sur que qui pas je tu il elle nous vous ' +
    'el los las y o es son del al por con en que una unos ' +
    'il lo gli e di da per con che non sono ' +
    'o os as um uma e de do da em com que não ' +
    'het een en van op te dat niet ik je zijn'
  ).split(' '),
);

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

const isLower = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const isUpper = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** Letters of any script (code points from U+0100 are treated as letters: scripts, not symbols). */
const isLetter = (c: number): boolean => isLower(c) || isUpper(c) || (c >= 0x100 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xff20));

/** The class bits of text[start, end) and the odd punctuation it holds (as a bit set). */
function classify(text: string, start: number, end: number, out: { cls: number; kinds: number }): void {
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
// calls, assignments, numbers and versions, hex colours, template placeholders, and HTML: a
// tag or an entity glued to a word ("await.</p></td>", "&#x3c;string>") is markup, not a shard.
const CODE_TOKEN = /<\/?[a-z][a-z0-9]{0,10}>|&#?[a-z0-9]{2,8};|:\/\/|^[~.]{0,2}\/[\w.-]|^--?[a-z][\w-]*=?|[\w.+-]@[\w-]|^@[\w/-]+$|\w_\w|[a-z0-9]\.[a-z_$][\w$]*(?:\(|$|\.)|\w\(.*\)|[=!<>]=|\$\{|\(\?|\\[bswdn]|\?\.|=>|^\.\.\.\w|^\$\w|^#[0-9a-f]{3,8}$|^v?\d+(?:\.\d+)+|^0x[0-9a-f]+$|\w::\w|^<\/?[a-z][\w-]*>?$|^"[\w-]+"[:,]|;$|;\w|\w\(["'\w]|["']\)|\)\{|\?\?|&&|\|\||\w=[\w"'(]|^_\w|^\{['"]\w|^\.\.\.,?$|^\\?["'][\w.-]*\\?["'][,:;\]]?$/i;

/** A dotted name once sentence punctuation is stripped: "RelOp.EQ", "os.path.join", "e.g". */
const DOTTED_NAME = /^\.?[\w$]+(?:[./][\w$]+)+$/;

function looksLikeCode(token: string, letters: number, digits: number): boolean {
  if (digits > 0 && digits >= letters) return true;
  return CODE_TOKEN.test(token);
}

const scratch = { cls: 0, kinds: 0 };

/** Running sums of the token classes over one line, for O(1) statistics of any token range. */
interface LineTokens {
  n: number;
  plain: Int32Array;
  fn: Int32Array;
  weird: Int32Array;
  code: Int32Array;
  kinds: Int32Array; // kinds of the token itself (not a running sum)
  brackets: Int32Array; // running bracket depth (opens minus closes) after each token
}

let buffers: LineTokens = allocate(256);

function allocate(size: number): LineTokens {
  return {
    n: 0,
    plain: new Int32Array(size + 1),
    fn: new Int32Array(size + 1),
    weird: new Int32Array(size + 1),
    code: new Int32Array(size + 1),
    kinds: new Int32Array(size + 1),
    brackets: new Int32Array(size + 1),
  };
}

function bracketDelta(text: string, start: number, end: number): number {
  let d = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0x5b || c === 0x7b) d++;
    else if (c === 0x29 || c === 0x5d || c === 0x7d) d--;
  }
  return d;
}

/** True when a whitespace character (or an escaped newline or tab in JSON) starts at i. */
function spaceAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000) return 1;
  if (c === 0x5c) {
    const d = text.charCodeAt(i + 1);
    if (d === 0x6e || d === 0x74 || d === 0x72) return 2;
  }
  return 0;
}

/** Whether a backtick follows within a short stretch of the same line. */
function closesSoon(text: string, from: number): boolean {
  const end = Math.min(text.length, from + 120);
  for (let j = from; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x60) return true;
    if (c === 0x0a) return false;
  }
  return false;
}

function isLineBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x0a || c === 0x0d || (c === 0x5c && (text.charCodeAt(i + 1) === 0x6e || text.charCodeAt(i + 1) === 0x72));
}

/**
 * The strongest suffix evidence in `text`: the highest window score over all lines, where a
 * window scores only if ordinary prose precedes it on its line. At least 1 is a suffix. With
 * `enough`, the first line scoring that much ends the search (its score is returned).
 */
export function suffixScore(text: string, enough = Infinity): number {
  let best = 0;
  const n = text.length;
  let lineStart = 0;
  while (lineStart < n) {
    // find the line's end and count its tokens: short lines cannot hold prose plus a suffix
    let i = lineStart;
    let tokens = 0;
    let inToken = false;
    while (i < n && !isLineBreak(text, i)) {
      const sp = spaceAt(text, i);
      if (sp > 0) {
        inToken = false;
        i += sp;
      } else {
        if (!inToken) tokens++;
        inToken = true;
        i++;
      }
    }
    if (tokens >= HEAD + MIN_WINDOW) best = Math.max(best, scoreLine(tokenize(text, lineStart, i)));
    if (best >= enough) return best;
    lineStart = i + (i < n && text.charCodeAt(i) === 0x5c ? 2 : 1);
  }
  return best;
}

/** Running sums of the token classes of text[from, to) (one line). */
function tokenize(text: string, from: number, to: number): LineTokens {
  let b = buffers;
  b.n = 0;
  let depth = 0;
  let quoted = false; // inside a backtick span: markdown code, never a suffix
  let i = from;
  while (i < to) {
    const sp = spaceAt(text, i);
    if (sp > 0) {
      i += sp;
      continue;
    }
    const start = i;
    let ticks = 0;
    while (i < to && spaceAt(text, i) === 0) {
      if (text.charCodeAt(i) === 0x60) ticks++;
      i++;
    }
    if (quoted || ticks > 0) {
      scratch.cls = CODE;
      scratch.kinds = 0;
    } else classify(text, start, i, scratch);
    // an odd backtick opens a code span only if it closes further on (a lone one is a shard)
    if (ticks % 2 === 1) quoted = quoted ? false : closesSoon(text, i);
    if (b.n + 1 >= b.plain.length) {
      const grown = allocate(b.plain.length * 2);
      for (const key of ['plain', 'fn', 'weird', 'code', 'kinds', 'brackets'] as const) grown[key].set(b[key]);
      grown.n = b.n;
      buffers = b = grown;
    }
    const t = ++b.n;
    const c = scratch.cls;
    b.plain[t] = b.plain[t - 1]! + (c & PLAIN ? 1 : 0);
    b.fn[t] = b.fn[t - 1]! + (c & FUNCTION ? 1 : 0);
    b.weird[t] = b.weird[t - 1]! + (c & (GLUED | CAMEL | ODD) ? 1 : 0);
    b.code[t] = b.code[t - 1]! + (c & CODE ? 1 : 0);
    b.kinds[t] = scratch.kinds;
    depth += i - start <= MAX_TOKEN ? bracketDelta(text, start, i) : 0;
    b.brackets[t] = depth;
  }
  return b;
}

/** Best window score of one line (tokens 1..n in the running sums). */
function scoreLine(b: LineTokens): number {
  let best = 0;
  for (let s = HEAD; s + MIN_WINDOW <= b.n; s++) {
    // the prose before the window: mostly plain words, a fair share of function words
    const h0 = s - HEAD;
    const headPlain = b.plain[s]! - b.plain[h0]!;
    const headFn = b.fn[s]! - b.fn[h0]!;
    if (headPlain < HEAD - 1 || headFn < 2) continue;
    const e = Math.min(b.n, s + WINDOW);
    const w = e - s;
    const weird = (b.weird[e]! - b.weird[s]!) / w;
    const fn = (b.fn[e]! - b.fn[s]!) / w;
    const code = (b.code[e]! - b.code[s]!) / w;
    let kinds = 0;
    for (let t = s + 1; t <= e; t++) kinds |= b.kinds[t]!;
    let kindCount = 0;
    for (let k = kinds; k !== 0; k &= k - 1) kindCount++;
    // brackets left open or closed without an opening inside the window
    let low = 0;
    for (let t = s + 1; t <= e; t++) low = Math.min(low, b.brackets[t]! - b.brackets[s]!);
    const unbalanced = Math.abs(b.brackets[e]! - b.brackets[s]!) + -low > 0 ? 1 : 0;
    const score = (weird / 0.3) * (kindCount >= 4 ? 1 : kindCount / 4) * (fn <= 0.25 ? 1 : 0.25 / fn) * (code <= 0.2 ? 1 : 0.2 / code) * (unbalanced ? 1 : 0.8);
    if (score > best) best = score;
  }
  return best;
}
