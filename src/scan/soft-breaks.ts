// Hard-wrapped prose (a plain-text e-mail at 72 columns, page source wrapped at 80) breaks its
// sentences across lines. A reader reads on; the rules and the sentence-start reading saw a new
// line, so a wrapped injection lost its phrases ("ignore all previous\ninstructions") and a
// wrapped benign text gained lines that seemed to open with an order. The detector reads such a
// break as a space; the host still gets the text as it was.

/** A line long enough to have been wrapped, and the break after it when a lower-case word follows. */
const SOFT_BREAK = /(?<=^|\n)([^\n]{30,})\n(?=[ \t]*[a-z])/g;
/** How a line of code or markup opens: heading, quote, table, fence, list item, comment, tag, keyword. */
const CODE_OPENING = /^(?:[#>|`*+-]|\d+[.)] |\/\/|<|(?:import|from|def|class|return|const|let|var|function|if|for|while)\b)/;

/** Characters of TeX, templates, shell and code that prose lines do not hold (on either side of the break). */
const MARKUP = /[\\{}$&|=]/;

export function joinSoftBreaks(text: string): string {
  if (!text.includes('\n')) return text;
  return text.replace(SOFT_BREAK, (whole: string, line: string, at: number) => {
    const next = text.slice(at + whole.length, at + whole.length + 200);
    return isWrappedProse(line) && !MARKUP.test(next.split('\n', 1)[0]!) ? `${line} ` : whole;
  });
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
