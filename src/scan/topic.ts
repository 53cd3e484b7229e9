// Whether a question a text asks is about what the text tells. Prose asks questions of its own
// and answers them ("Who painted the Mona Lisa? Leonardo da Vinci, …", "What is the population
// of the city proper? About 2.1 million people live within the city …"); a question planted in
// it is about something else ("What is the chemical symbol for gold?" in a history of the
// Hanseatic League). Read as shared words: content words of the question that the rest of the
// text also uses, compared by their first letters so "capitals" meets "capital".
import { ENGLISH_FUNCTION_WORDS } from './function-words.js';

const FUNCTION = new Set(ENGLISH_FUNCTION_WORDS);
/** Letters two words must share at their start to count as the same word ("painting", "painted"). */
const STEM = 5;
const MIN_WORD = 4;
/**
 * At least one in this many of the span's content words must recur for it to be on the text's
 * topic: one word in common is chance in a long request ("a cover letter … highlighting customer
 * service experience" in a 311 ticket's "Service Request"), a quarter of them is its subject.
 */
const SHARED_PART = 4;
const WORD = /[a-z][a-z'-]*[a-z]/g;

/** Counts of the content words of `s` (lower case, as the match view has it), cut to their stems. */
function stemCounts(s: string): Map<string, number> {
  const out = new Map<string, number>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m !== null; m = WORD.exec(s)) {
    const w = m[0];
    if (w.length < MIN_WORD || FUNCTION.has(w)) continue;
    const stem = w.slice(0, STEM);
    out.set(stem, (out.get(stem) ?? 0) + 1);
  }
  return out;
}

// The counts of the last view asked about: a text's questions are all checked against one view,
// and counting it once per question would cost the view's length times their number.
let countedView: string | undefined;
let viewCounts = new Map<string, number>();

/**
 * Whether the span [from, to) of `view` (a match view: lower case) shares its content words with
 * the rest of the view (one at least, and a quarter of them: SHARED_PART); `frame` holds the
 * words that make its shape rather than its topic ("what", "many", "year"), which never count.
 */
export function sharesTopic(view: string, from: number, to: number, frame: ReadonlySet<string>): boolean {
  if (view !== countedView) {
    viewCounts = stemCounts(view);
    countedView = view;
  }
  const own = stemCounts(view.slice(from, to));
  for (const f of frame) own.delete(f.slice(0, STEM));
  if (own.size === 0) return true; // nothing to tell a topic by: the text's own
  let shared = 0;
  for (const [stem, n] of own) if ((viewCounts.get(stem) ?? 0) > n) shared++;
  return shared > 0 && shared * SHARED_PART >= own.size;
}
