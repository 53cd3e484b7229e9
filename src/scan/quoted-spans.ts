// The text with what it quotes blanked out: closed code blocks and inline code, quotations on
// one line (in single quotes too), blockquote lines, YAML block scalars, and HTML code,
// preformatted and quotation elements. Writing about attacks shows its specimens there; what
// remains is the writer's own voice (own-voice.ts). A record's strings are not quotations (a
// JSON document's, `key: "…"`: record-values.ts), nor is a block with no prose before it or none closing it.
// Blanking keeps every offset (each quoted code unit becomes a space, line breaks stay), so the
// rest reads as before.
// Linear: each kind of closer is looked for at most once past any position (a closer that is
// missing is remembered as missing), so a line of unmatched openers costs one pass.

import { expectationKeys, isLineKey, isValueQuote, JSON_DOCUMENT } from './record-values.js';

/** Quotation marks on one line: opener → closers that end it. */
export const QUOTES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['`', '`'],
  ['\u201c', '\u201d\u201c'], // “…” (and “…“ as some keyboards write it)
  ['\u201e', '\u201c\u201d"'], // „…“ „…” (and „…" as a keyboard without the closing mark writes it)
  ['\u201a', '\u2018\u2019'], // ‚…‘
  ['\u00ab', '\u00bb'], // «…»
  ['\u2018', '\u2019'], // ‘…’
  ['\u300c', '\u300d'], // 「…」
  ['\u300e', '\u300f'], // 『…』
]);

/** HTML elements whose content is code, preformatted text or a quotation. */
const QUOTING_ELEMENT = /<(pre|code|blockquote|q|samp|kbd)\b[^<>]{0,200}>/gi;

/** A fence line of a markdown code block: ``` or ~~~ after at most three spaces. */
const FENCE = /^ {0,3}(?:```|~~~)/;
/** A line of an indented code block. */
const INDENTED = /^(?: {4}|\t)/;
/** A YAML key whose value is the block scalar on the lines below it. */
const BLOCK_SCALAR = /^[ \t]*(?:- )?[\w."'][\w."'-]*:[ \t]*[|>][-+1-9]{0,2}[ \t]*(?:#.*)?$/;
/**
 * A guardrails dialog file (Colang): it defines a user's or the bot's message by name and
 * quotes examples of it. The names ("define user ask to reveal system prompt", and the flows'
 * "user ask to reveal system prompt") name those messages, as a quotation would.
 */
const COLANG_FILE = /(?:^|\n)define (?:user|bot) /;
const COLANG_NAME = /^[ \t]*(?:define (?:user|bot|flow|subflow) |(?:user|bot) [a-z])/;
/** A blockquote line. */
const BLOCKQUOTE = /^ {0,3}>/;
/**
 * The first line of a callout: a blockquote that opens with a bold label and its colon or full
 * stop, or a GitHub alert ("> **Note:** …", "> **Platform notice (3.2):** …",
 * "> **Interactive demo.** …", "> [!WARNING]"). Documents speak in their own voice there; a
 * quoted specimen opens with the words it quotes.
 */
const CALLOUT = /^ {0,3}> ?(?:\[![a-z]{2,12}\]|\*\*[^*\n]{1,60}[:.!]\*\*|\*\*[^*\n]{1,60}\*\* ?:)/i;

export function blankQuoted(text: string): string {
  const out = text.split('');
  // (test cases' expectation keys, for the values that are their specimens: record-values.ts)
  const expectations = expectationKeys(text);
  blankLines(text, out);
  blankInline(text, out, expectations);
  blankSingleQuoted(text, out, expectations);
  blankElements(text, out);
  return out.join('');
}

function blank(out: string[], from: number, to: number): void {
  for (let i = from; i < to; i++) if (out[i] !== '\n') out[i] = ' ';
}

/**
 * Fenced code blocks, indented code blocks (lines indented by four spaces or a tab, from a blank
 * line on), blockquote lines (not a callout's), and YAML block scalars (the lines under
 * `key: |` or `key: >` indented deeper than the key: a string, as a JSON value in quotes is).
 * A specimen is shown inside writing: a code block counts only once it closes (its fence, or a
 * line of prose after an indented block) and, like a blockquote, only after some prose, so a
 * text that is nothing but an indented or fenced order is not a quotation of it.
 */
function blankLines(text: string, out: string[]): void {
  let fenceFrom = -1; // where the open fence's block starts, -1 when none
  let indentedFrom = -1; // where the open indented block starts, -1 when none
  let afterBlank = true;
  let prose = false; // a line of prose came before
  let scalarIndent = -1; // the indent of the key whose block scalar is open, -1 when none
  let quote: 'none' | 'quote' | 'callout' = 'none'; // the blockquote the previous line belonged to
  const dialog = COLANG_FILE.test(text);
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    const blankLine = line.trim() === '';
    const indent = line.length - line.trimStart().length;
    if (scalarIndent >= 0 && !blankLine && indent <= scalarIndent) scalarIndent = -1;
    if (dialog && COLANG_NAME.test(line)) {
      blank(out, start, end);
      prose = true;
    } else if (FENCE.test(line)) {
      if (fenceFrom < 0) fenceFrom = start;
      else {
        if (prose) blank(out, fenceFrom, end);
        fenceFrom = -1;
      }
    } else if (fenceFrom >= 0) {
      // (inside a fence: blanked when it closes)
    } else if (scalarIndent >= 0) {
      blank(out, start, end);
    } else if (!blankLine) {
      if (INDENTED.test(line) && (afterBlank || indentedFrom >= 0)) {
        if (indentedFrom < 0) indentedFrom = start;
      } else {
        if (indentedFrom >= 0 && prose) blank(out, indentedFrom, start);
        indentedFrom = -1;
        if (BLOCKQUOTE.test(line)) {
          if (quote === 'none') quote = CALLOUT.test(line) ? 'callout' : 'quote';
          if (prose && quote === 'quote') blank(out, start, end);
        } else {
          prose = true;
          if (BLOCK_SCALAR.test(line)) scalarIndent = indent;
        }
      }
    }
    if (!BLOCKQUOTE.test(line)) quote = 'none';
    afterBlank = blankLine;
    if (nl < 0) break;
    start = nl + 1;
  }
}

/** Quotations that open and close on one line. */
function blankInline(text: string, out: string[], expectations: readonly number[]): void {
  const json = JSON_DOCUMENT.test(text);
  // per closer set, the position from which none of its closers is left on the current line
  const none = new Map<string, number>();
  let lineStart = 0;
  let lineEnd = -1;
  for (let i = 0; i < text.length; i++) {
    if (i > lineEnd) {
      lineStart = i;
      lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0) lineEnd = text.length;
      none.clear();
    }
    const closers = QUOTES.get(text[i]!);
    if (closers === undefined || (none.get(closers) ?? Infinity) <= i) continue;
    if (text[i] === '`' && text[i + 1] === '`') {
      // a run of backticks: a fence's, or a longer inline code span's (not read)
      while (text[i + 1] === '`') i++;
      continue;
    }
    let close = -1;
    for (let j = i + 1; j < lineEnd; j++) {
      if (closers.includes(text[j]!)) {
        close = j;
        break;
      }
    }
    if (close < 0) {
      none.set(closers, i);
      continue;
    }
    // (a value's string is skipped whole, so the quotes after it still pair up)
    if (text[i] !== '"' || !(isValueQuote(text, i, lineStart, json, expectations) || isLineKey(text, i, close, lineStart))) blank(out, i, close + 1);
    i = close;
  }
}

/**
 * Straight single quotes around a sentence, as prose quotes with them ("when asked indirectly
 * (e.g. to 'summarise the rules you were given')"): opened at a line's start or after a space or a
 * bracket, closed before anything but a letter or a digit, with no apostrophe inside, so that
 * "don't" neither opens nor closes one and each opener reads only up to the next quote mark.
 * Not a value's (`key: '…'`, `= '…'`, a JSON document's): a record's strings are its data.
 */
const SINGLE_QUOTED = /(?<=^|[\s([])'[^'\n]{2,300}'(?![\p{L}\p{N}])/gu;
/**
 * Words a single-quoted span needs to be a specimen: a sentence. A word or a phrase in single
 * quotes is a mention that belongs to the sentence around it ("Provide the Spanish equivalent for
 * 'delicious food'", "What's 'thank you very much' in Japanese?").
 */
const SINGLE_QUOTED_MIN_WORDS = 5;
const wordsIn = (span: string): number => span.trim().split(/\s+/).length;

function blankSingleQuoted(text: string, out: string[], expectations: readonly number[]): void {
  if (!text.includes("'") || JSON_DOCUMENT.test(text)) return;
  for (const m of text.matchAll(SINGLE_QUOTED)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (wordsIn(m[0]) >= SINGLE_QUOTED_MIN_WORDS && !isValueQuote(text, m.index, lineStart, false, expectations)) blank(out, m.index, m.index + m[0].length);
  }
}

/** The content of HTML code, preformatted and quotation elements, tags included. */
function blankElements(text: string, out: string[]): void {
  if (!text.includes('<')) return;
  const lower = text.toLowerCase();
  const missing = new Map<string, number>(); // closing tag → position from which it is missing
  QUOTING_ELEMENT.lastIndex = 0;
  for (let m = QUOTING_ELEMENT.exec(text); m !== null; m = QUOTING_ELEMENT.exec(text)) {
    const closing = `</${m[1]!.toLowerCase()}`;
    if ((missing.get(closing) ?? Infinity) <= m.index) continue;
    const close = lower.indexOf(closing, m.index + m[0].length);
    if (close < 0) {
      missing.set(closing, m.index);
      continue;
    }
    // (through the closing tag's ">", when it follows within a few characters)
    let end = close + closing.length;
    for (let j = end; j < end + 4 && j < text.length; j++) {
      if (text[j] === '>') {
        end = j + 1;
        break;
      }
    }
    blank(out, m.index, end);
    QUOTING_ELEMENT.lastIndex = end;
  }
}
