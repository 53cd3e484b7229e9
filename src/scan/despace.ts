// Letter spacing undone: "i g n o r e  a l l  p r e v i o u s" reads "ignore all previous"
// in the despaced view (rules/rule-runner.ts runs every rule on it when the tokenizer saw
// spaced letters). Blocks whose words are not set apart (one space everywhere) are cut into
// the words the rules know (rule-runner.ts passes them), the fewest words that cover the most
// letters.
import { matchView } from './view.js';

// Letter-spaced text: single letters (with their combining marks) joined by one separator
// character, "i g n o r e" or "I-G-N-O-R-E", and words of it set apart by a longer or a
// different gap, "i g n o r e  a l l" or "I-G-N-O-R-E A-L-L" or "i g n o r e / a l l". The
// first separator of a block is its letter separator (\1). Each element consumes one letter,
// each gap at most five characters, and a gap is never a letter separator, so the pattern
// cannot backtrack over more than a few characters. The lookbehind is tried at letters only:
// tried at every combining mark of a long run of them, it read the run back to its start each time.
const SPACED_LETTER = String.raw`[\p{L}\p{N}]\p{M}*(?![\p{L}\p{N}])`;
const WORD_GAP = String.raw`(?:[^\S\n]|[\/|\u00b7\u2022.,;:_*\-]){1,5}`;
const SPACED_BLOCK = new RegExp(
  String.raw`(?=[\p{L}\p{N}])(?<![\p{L}\p{N}]\p{M}*)${SPACED_LETTER}([^\S\n]|[.\-_*|\u00b7])${SPACED_LETTER}(?:\1${SPACED_LETTER})*(?:(?!\1[\p{L}\p{N}])${WORD_GAP}${SPACED_LETTER}(?:\1${SPACED_LETTER})*)*`,
  'gu',
);
/** Fewest letters in a block that is undone: "a b c" and initials ("J. R. R.") stay as they are. */
const MIN_SPACED_LETTERS = 5;
const LETTER_OR_MARK = /[\p{L}\p{N}\p{M}]/u;
const MARK = /\p{M}/u;

/**
 * The view of `text` with letter spacing undone ("i g n o r e  a l l" reads "ignore all"), or
 * null when the text has no such block. Works on the text before the view collapses spaces:
 * a double space between spaced words is what tells the words apart.
 */
export function despacedView(text: string, isWord: (word: string) => boolean = () => false, isPrefix: (start: string) => boolean = () => true): string | null {
  let changed = false;
  const out = text.replace(SPACED_BLOCK, (block: string, sep: string) => {
    let letters = 0;
    let joined = '';
    let gap = '';
    for (const ch of block) {
      if (LETTER_OR_MARK.test(ch)) {
        if (gap !== '' && gap !== sep) joined += ' ';
        gap = '';
        joined += ch;
        if (!MARK.test(ch)) letters++;
      } else gap += ch;
    }
    if (letters < MIN_SPACED_LETTERS) return block;
    changed = true;
    // no word gaps: every word ran together ("ignoreallprevious…"); cut it into known words
    return joined.includes(' ') || letters < MIN_SEGMENTED ? joined : segmentWords(matchView(joined), isWord, isPrefix);
  });
  return changed ? matchView(out) : null;
}

/** Shorter runs are one word or initials, not a sentence that lost its spaces. */
const MIN_SEGMENTED = 10;
/** The longest word looked up (longer known words are rare; a longer run stays unknown). */
const MAX_WORD = 16;
/** Cost of a letter no known word covers, against 1 per known word: a cut must earn its words. */
const UNKNOWN_LETTER = 2;

/**
 * `run` (lower case, no spaces) cut into words (`isWord`): dynamic
 * programming over end positions, each step a known word (cost 1) or one unknown letter
 * (UNKNOWN_LETTER), so the cut with the fewest words and unknown letters wins. Unknown letters
 * stay together. O(length × MAX_WORD) lookups at most; with `isPrefix` (whether any known word
 * starts with the string) the lookups from a position stop where no known word goes on, a few
 * per letter instead of MAX_WORD (a megabyte of spaced letters spent a third of its scan here).
 */
export function segmentWords(run: string, isWord: (word: string) => boolean, isPrefix: (start: string) => boolean = () => true): string {
  const n = run.length;
  const cost = new Float64Array(n + 1).fill(Infinity);
  const from = new Int32Array(n + 1);
  cost[0] = 0;
  for (let i = 0; i < n; i++) {
    if (cost[i] === Infinity) continue;
    if (cost[i]! + UNKNOWN_LETTER < cost[i + 1]!) {
      cost[i + 1] = cost[i]! + UNKNOWN_LETTER;
      from[i + 1] = -(i + 1); // negative: one unknown letter ending at i + 1
    }
    for (let j = i + 1; j <= Math.min(n, i + MAX_WORD); j++) {
      const piece = run.slice(i, j);
      if (!isPrefix(piece)) break;
      // one-letter words only where they are words ("a", "i")
      if (j - i === 1 && run[i] !== 'a' && run[i] !== 'i') continue;
      if (!isWord(piece)) continue;
      if (cost[i]! + 1 < cost[j]!) {
        cost[j] = cost[i]! + 1;
        from[j] = i;
      }
    }
  }
  const words: string[] = [];
  let unknown = '';
  for (let j = n; j > 0; ) {
    const f = from[j]!;
    if (f < 0) {
      unknown = run[j - 1] + unknown;
      j -= 1;
      continue;
    }
    if (unknown !== '') words.push(unknown);
    unknown = '';
    words.push(run.slice(f, j));
    j = f;
  }
  if (unknown !== '') words.push(unknown);
  return words.reverse().join(' ');
}
