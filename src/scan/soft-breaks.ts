// Hard-wrapped prose (a plain-text e-mail at 72 columns, page source wrapped at 80) breaks its
// sentences across lines. A reader reads on; the rules and the sentence-start reading saw a new
// line, so a wrapped injection lost its phrases ("ignore all previous\ninstructions") and a
// wrapped benign text gained lines that seemed to open with an order. The detector reads such a
// break as a space; the host still gets the text as it was.

/** How a line of code or markup opens: heading, quote, table, fence, list item, comment, tag, keyword. */
const CODE_OPENING = /^(?:[#>|`*+-]|\d+[.)] |\/\/|<|(?:import|from|def|class|return|const|let|var|function|if|for|while)\b)/;
/** Characters of TeX, templates, shell and code that prose lines do not hold (on either side of the break). */
const MARKUP = /[\\{}$&|=]/;
/** Lines shorter than this were not wrapped. */
const MIN_WRAPPED = 30;

/**
 * The text with each soft break read as a space: a line long enough to have been wrapped,
 * ending inside a sentence (isWrappedProse), and a next line that opens with a lower-case word
 * and holds no markup. One pass over the line breaks.
 */
export function joinSoftBreaks(text: string): string {
  let parts: string[] | null = null;
  let copied = 0; // text before this is in parts
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; lineStart = nl + 1, nl = text.indexOf('\n', lineStart)) {
    if (nl - lineStart < MIN_WRAPPED) continue;
    const line = text.slice(lineStart, nl);
    // (a capital opens the next line after a word no sentence ends on: "send to\nIlse"; not a
    // line that reads as a header, "To the assistant handling this:", which the rules read at a
    // line's start)
    if (!opensLowerCase(text, nl + 1) && !(LINKING_END.test(line) && opensUpperCase(text, nl + 1) && !HEADER.test(nextLineHead(text, nl + 1)))) continue;
    if (!isWrappedProse(line) || MARKUP.test(nextLineHead(text, nl + 1))) continue;
    (parts ??= []).push(text.slice(copied, nl), ' ');
    copied = nl + 1;
  }
  if (parts === null) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/**
 * A line that ends on a word no sentence ends on (an article, a preposition, a possessive): what
 * follows continues the sentence, even a name with its capital (not a conjunction: a text cut
 * off there and a line after it is as likely).
 */
const LINKING_END = /(?:^|[ \t])(?:a|an|the|of|to|from|with|for|by|at|in|on|into|her|his|their|my|your|our|its)$/i;
/** A colon in a line's first 80 characters: a header or a label, read where it stands. */
const HEADER = /^[^\n]{0,80}:/;

/** Whether the line at `from` opens, after spaces and tabs, with an upper-case ASCII letter. */
function opensUpperCase(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  const c = text.charCodeAt(i);
  return c >= 0x41 && c <= 0x5a;
}

/** Whether the line at `from` opens, after spaces and tabs, with a lower-case ASCII letter. */
function opensLowerCase(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  const c = text.charCodeAt(i);
  return c >= 0x61 && c <= 0x7a;
}

/** At most the first 200 characters of the line at `from`. */
function nextLineHead(text: string, from: number): string {
  const end = text.indexOf('\n', from);
  return text.slice(from, Math.min(end < 0 ? text.length : end, from + 200));
}

/**
 * Four or more words ending inside a sentence (a letter, a digit or a comma last), not opening
 * like code or markup nor holding markup characters in its first 200. Reads at most the line's
 * first and last 200 characters.
 */
function isWrappedProse(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  const isLetterOrDigit = (last >= 0x61 && last <= 0x7a) || (last >= 0x41 && last <= 0x5a) || (last >= 0x30 && last <= 0x39);
  if (!isLetterOrDigit && last !== 0x2c) return false;
  const head = line.slice(0, 200).trimStart();
  if (CODE_OPENING.test(head) || MARKUP.test(head)) return false;
  let gaps = 0;
  for (let i = Math.max(1, line.length - 200); i < line.length && gaps < 3; i++) {
    const c = line.charCodeAt(i);
    if ((c === 0x20 || c === 0x09) && line.charCodeAt(i - 1) !== 0x20 && line.charCodeAt(i - 1) !== 0x09) gaps++;
  }
  return gaps >= 3;
}
