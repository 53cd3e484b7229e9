// Markup the match view reads through (view.ts): emphasis stars and inline tags around a word,
// as a reader of the rendered text does ("*ignore* all", "<b>ignore</b> all"). Each function
// gets the view's fold of a code unit (look-alikes to their Latin twins), so a disguised tag
// name or letter reads as the view reads it.

/** A code unit as the view folds it. */
type Fold = (c: number) => number;

/**
 * Inline tags without attributes that style a word and are read through. Code tags stay: like
 * backticks they set a name apart ("use the <code>add_one</code> function").
 */
const INLINE_TAGS = new Set(['b', 'i', 'u', 's', 'em', 'strong', 'mark', 'small', 'big', 'q', 'cite', 'span', 'sup', 'sub', 'abbr', 'ins']);
const LONGEST_INLINE_TAG = 8; // "</strong>" less its last ">"

/**
 * Length of an inline tag `<b>`, `</em>` (any case) at i, or 0; 0 too between two letters or
 * digits ("ig<b>nore"), which the tokenizer reads as two words: a word of the view is always
 * one of the text's tokens (rule anchors rely on it).
 */
export function inlineTag(s: string, i: number, before: boolean, twin: Fold): number {
  let j = i + 1;
  if (s.charCodeAt(j) === 0x2f) j++;
  const from = j;
  let name = '';
  for (; j < s.length && j - i < LONGEST_INLINE_TAG && isAsciiLetter(twin(s.charCodeAt(j))); j++) name += String.fromCharCode(twin(s.charCodeAt(j)) | 0x20);
  if (j === from || s.charCodeAt(j) !== 0x3e) return 0;
  if (before && j + 1 < s.length && isAsciiAlnum(twin(s.charCodeAt(j + 1)))) return 0;
  return INLINE_TAGS.has(name) ? j + 1 - i : 0;
}

/** End of the run of '*' that starts at i. */
export function starRunEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && s.charCodeAt(j) === 0x2a) j++;
  return j;
}

/**
 * Length of the run of one to three '*' at i when it marks emphasis: a letter or digit on one
 * side of it and none on the other ("*ignore*", "**Note**"); else 0 ("2*3", "* item", "****").
 */
export function emphasisRun(s: string, i: number, before: boolean, twin: Fold): number {
  const end = starRunEnd(s, i);
  if (end - i > 3) return 0;
  const after = end < s.length && isAsciiAlnum(twin(s.charCodeAt(end)));
  return before !== after ? end - i : 0;
}

const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
export const isAsciiAlnum = (c: number): boolean => isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
