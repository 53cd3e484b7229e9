// Words strung together by hyphens, underscores, dots or plus signs ("ignore-all-previous-
// instructions", "reveal_your_system_prompt") read as a sentence to a model, and as one token
// to the rules and their anchors. The detector reads such a run with spaces between its words;
// the host still gets the text as it was. A URL's path or query, a file name and an address
// keep their separators (a blog post's slug names an attack without making one), and so do
// the names of code and config (below). Words listed one per line or one per comma are read
// as the sentence they spell in the same way.

/**
 * A run of four or more letter groups joined by separators (an identifier, "remove_cv_t" or
 * "REMOVE_ALL_FILES", is shorter as a rule), read from a word's start. Letters and separators
 * never overlap, so each run is read once.
 */
const JOINED = /[A-Za-z]+(?:[-_.+][A-Za-z]+){3,}/y;
/**
 * Where such a run may be: the middle of one, found from its separators (a search from every
 * word's start took 30 ms per pass over 1.8 MB of real documents, this 12 ms with the lists).
 */
const JOINED_MIDDLE = /[-_.+][A-Za-z]+[-_.+][A-Za-z]+[-_.+][A-Za-z]/g;
/** A cheap test that the text may hold one. */
const MAY_HOLD = /[A-Za-z][-_.+][A-Za-z]+[-_.+][A-Za-z]/;
/** Before a run: it continues a word, a path, a query, an anchor, an address or a number. */
const CONTINUES_BEFORE = /[\w/#=@%&?:.\\+-]/;
/** After a run: a path, a query, an address, a word or a number goes on. */
const CONTINUES_AFTER = /[\w/@%&?=#\\+-]/;
const SEPARATOR = /[-_.+]/g;
/**
 * Words of a sentence that names of code and config rarely hold ("is_lvalue_reference_v",
 * "input_or_output_iterator"): a run is read apart only if it holds one.
 */
const SENTENCE_WORD = /^(?:you|your|yours|yourself|the|all|and|my|me|now|this|these|everything|anything|every|any|previous|above|prior|before|instead)$/i;
const holdsSentenceWord = (words: readonly string[]): boolean => words.some((w) => SENTENCE_WORD.test(w));

/**
 * One word per line, or one word per comma ("ignore, all, previous, instructions", also with
 * a line break after each comma): four or more single words, each alone on its line or
 * between commas. A run starts only where no letter went before (a line's run: at a line's
 * start), so each is read once.
 */
const WORD_PER_LINE = /(?<![^\n])[ \t]*[A-Za-z']+[ \t]*(?:\r?\n[ \t]*[A-Za-z']+[ \t]*){3,}(?![^\r\n])/g;
const WORD_PER_COMMA = /[A-Za-z']+(?:,[ \t]*(?:\r?\n[ \t]*)?[A-Za-z']+){3,}/y;
/** The middle of a list of words, found from its commas (as JOINED_MIDDLE). */
const COMMA_MIDDLE = /,[ \t]*(?:\r?\n[ \t]*)?[A-Za-z']+,[ \t]*(?:\r?\n[ \t]*)?[A-Za-z']+,[ \t]*(?:\r?\n[ \t]*)?[A-Za-z']/g;
const LISTED_MAY_HOLD = /[A-Za-z'][ \t]*\n[ \t]*[A-Za-z']+[ \t]*\n|[A-Za-z'],\s?[A-Za-z']+,\s?[A-Za-z]/;
// from a run of blanks' first only: split() tries every position, and from each blank of a long
// run that ends in no separator the run was read to its end again
const LIST_SEPARATOR = /(?<![ \t])[ \t]*(?:,[ \t]*(?:\r?\n[ \t]*)?|\r?\n[ \t]*)/;

export function splitJoinedWords(text: string): string {
  return splitListedWords(splitStrungWords(text));
}

/** Words listed one per line or one per comma, read as the sentence they spell when it has a sentence word. */
function splitListedWords(text: string): string {
  if (!LISTED_MAY_HOLD.test(text)) return text;
  const read = (run: string): string => {
    const words = run.trim().split(LIST_SEPARATOR);
    return holdsSentenceWord(words) ? words.join(' ') : run;
  };
  const lines = text.replace(WORD_PER_LINE, read);
  return replaceRuns(lines, COMMA_MIDDLE, WORD_PER_COMMA, /[A-Za-z']/, (run, at) => (at > 0 && lines[at - 1] === ',' ? run : read(run)));
}

function splitStrungWords(text: string): string {
  if (!MAY_HOLD.test(text)) return text;
  return replaceRuns(text, JOINED_MIDDLE, JOINED, /[A-Za-z]/, (run, at) => {
    const end = at + run.length;
    if (at > 0 && CONTINUES_BEFORE.test(text[at - 1]!)) return run;
    if (end < text.length && (CONTINUES_AFTER.test(text[end]!) || (text[end] === '.' && /[A-Za-z0-9]/.test(text[end + 1] ?? '')))) return run;
    const separators = new Set(run.match(SEPARATOR));
    const words = run.split(SEPARATOR);
    // one separator throughout: "ignore-all-the-rules.md" is a file name
    if (separators.size > 1 || !holdsSentenceWord(words)) return run;
    return words.join(' ');
  });
}

/**
 * Each run `whole` (sticky) reads from the start of the word before a `middle` match, replaced
 * by `replace`. The search goes on after the run, so each character is read a bounded number
 * of times.
 */
function replaceRuns(text: string, middle: RegExp, whole: RegExp, letter: RegExp, replace: (run: string, at: number) => string): string {
  let parts: string[] | null = null;
  let copied = 0;
  middle.lastIndex = 0;
  for (let m = middle.exec(text); m !== null; m = middle.exec(text)) {
    let start = m.index;
    while (start > 0 && letter.test(text[start - 1]!)) start--;
    whole.lastIndex = start;
    const run = start < m.index ? whole.exec(text)?.[0] : undefined;
    if (run === undefined) {
      middle.lastIndex = m.index + 1;
      continue;
    }
    const read = replace(run, start);
    if (read !== run) {
      (parts ??= []).push(text.slice(copied, start), read);
      copied = start + run.length;
    }
    middle.lastIndex = start + run.length;
  }
  if (parts === null) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}
