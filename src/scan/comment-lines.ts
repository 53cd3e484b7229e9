// A comment block wraps its prose the way a plain-text mail does, each line behind its marker:
// "# the checklist you were\n# handed belongs to …". A reader of the code reads the sentence on;
// the detector did not, since the marker and the break cut the phrase. It reads the break and
// the next line's marker as a space where the sentence goes on (the next comment opens with a
// lower-case letter); the host still gets the text as it was.

/** A comment line: indentation, an optional line number of a listing, the marker, a space. */
const COMMENT_LINE = /^[ \t]*(?:\d{1,6}[ \t]+)?(?:#|\/\/|--|;)[ \t]+/;
/** A lower-case letter of any script: a sentence going on. */
const LOWER = /^\p{Ll}/u;
/**
 * Where the text of a comment line ends inside a sentence: a letter or a digit (not a comma: "#
 * These imports are needed for compatibility,\n# do not change them." holds two notes).
 */
const GOES_ON = /[\p{L}\p{N}]$/u;

/** The text with each wrapped comment line joined to the next (see the module comment). */
export function joinCommentLines(text: string): string {
  if (!text.includes('\n')) return text;
  let parts: string[] | null = null;
  let copied = 0;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; lineStart = nl + 1, nl = text.indexOf('\n', lineStart)) {
    const line = text.slice(lineStart, nl);
    if (!COMMENT_LINE.test(line) || !GOES_ON.test(line.trimEnd())) continue;
    const next = nextLineHead(text, nl + 1);
    const marker = COMMENT_LINE.exec(next);
    if (marker === null || !LOWER.test(next.slice(marker[0].length))) continue;
    (parts ??= []).push(text.slice(copied, nl), ' ');
    copied = nl + 1 + marker[0].length;
  }
  if (parts === null) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/** At most the first 80 characters of the line at `from` (enough for its marker and a letter). */
function nextLineHead(text: string, from: number): string {
  const end = text.indexOf('\n', from);
  return text.slice(from, Math.min(end < 0 ? text.length : end, from + 80));
}
