// Adversarial suffixes: the strings an optimizer appends to a request so that a model complies
// (sub-word fragments, punctuation glued to words, case switches inside words, markdown and
// LaTeX shards, words of several languages, about twenty tokens on the request's own line).
// No word list can name them, but their statistics differ from every kind of real text: prose
// is mostly plain words and function words; code, paths, URLs, hashes and base64 carry their
// own markers (operators, identifiers, dots between names, balanced brackets); gibberish glues
// punctuation of many kinds to words, switches case mid-word and leaves brackets unbalanced,
// and does so right after a sentence of ordinary prose on the same line. One pass over the
// text, per line: token classes (suffix-tokens.ts) in bounded windows compared with the prose
// that precedes them.
import { CAMEL, classify, CODE, FUNCTION, GLUED, isLower, isUpper, MAX_TOKEN, ODD, PLAIN } from './suffix-tokens.js';

/** Tokens per window (and the longest suffix the statistics look at). */
const WINDOW = 16;
/** Fewest tokens of a window (a suffix at the end of a line may be shorter than WINDOW). */
const MIN_WINDOW = 7;
/** Tokens of ordinary prose that must precede the window on its line. */
const HEAD = 6;

const scratch = { cls: 0, kinds: 0 };

/** ASCII characters other than letters and digits (the whitespace among them never reaches it). */
const SYMBOL = new Uint8Array(128);
for (let c = 0; c < 128; c++) SYMBOL[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 0 : 1;

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

/**
 * The strongest suffix evidence in `text`: the highest window score over the lines that can
 * reach 1 (the others count 0), where a window scores only if ordinary prose precedes it on its
 * line. At least 1 is a suffix. With `enough`, the first line scoring that much ends the search
 * (its score is returned).
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
    // Tokens that may be weird (suffix-tokens.ts GLUED, CAMEL, ODD): an ASCII symbol inside, or
    // a lower-case letter followed by an upper-case one. A window scores 1 or more only with
    // weird tokens making up 0.3 of at least MIN_WINDOW tokens, so it holds three of them, and
    // its tokens follow the HEAD tokens of prose: a line needs three such tokens after its
    // HEAD-th, within one window's WINDOW tokens. On prose and markup most lines have none and
    // skip the classification.
    let odd = false;
    let prev = 0;
    let oddLast = -WINDOW; // token numbers of the last two such tokens
    let oddBefore = -WINDOW;
    let reach = false;
    // A line ends at a newline, a carriage return or their escapes ("\n", "\r" in JSON); spaces
    // as spaceAt reads them, inline: this loop reads every character of the text.
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || c === 0x0d) break;
      if (c === 0x5c) {
        const d = text.charCodeAt(i + 1);
        if (d === 0x6e || d === 0x72) break;
        if (d === 0x74) {
          inToken = false;
          i += 2;
          continue;
        }
      }
      if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000) {
        inToken = false;
        i++;
        continue;
      }
      if (!inToken) {
        tokens++;
        odd = false;
        prev = 0;
      }
      if (!odd && ((c < 0x80 && SYMBOL[c] === 1) || (isUpper(c) && isLower(prev)))) {
        odd = true;
        if (tokens > HEAD) {
          if (tokens - oddBefore < WINDOW) reach = true;
          oddBefore = oddLast;
          oddLast = tokens;
        }
      }
      prev = c;
      inToken = true;
      i++;
    }
    if (tokens >= HEAD + MIN_WINDOW && reach && !isTemplateMarkup(text, lineStart, i)) best = Math.max(best, scoreLine(tokenize(text, lineStart, i)));
    if (best >= enough) return best;
    lineStart = i + (i < n && text.charCodeAt(i) === 0x5c ? 2 : 1);
  }
  return best;
}

/**
 * A template's statement on the line: `{% for category, msg in messages %}<div class=…>`.
 * Template markup glues punctuation to words as a suffix does, and its statements read like
 * prose before it; an optimizer's string pairs no such delimiters (a bare `{{compose}}` it may
 * well hold, and an element's tags wrap an injected line as often as markup: `<div
 * style="display:none">…</div>` is no exemption). (A bounded gap: a line of unclosed tags
 * costs linear time.)
 */
const TEMPLATE_MARKUP = /\{%[^\n]{1,200}?%\}/;

function isTemplateMarkup(text: string, from: number, to: number): boolean {
  return TEMPLATE_MARKUP.test(text.slice(from, to));
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
