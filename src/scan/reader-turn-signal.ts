// The reader-turn figures (reader-turn.ts) as a rule hit: a task handed to the reader inside a
// carrier that gives none, unless the carrier is a conversation written down.
import { readerTurn, type ReaderTurn } from './reader-turn.js';
import { markup, transcript } from './reader-turn-carrier.js';
import type { TokenFeatures } from './token-features.js';
import type { Rule } from './rules/rule.js';

/**
 * Reader-turn score from which the signal reports a hit, when no other prose sentence of the
 * carrier is an instruction and it has no documentation markup. Chosen on the development split and real documents (scripts/
 * eval-reader-turn.ts): no real document reaches it; medium evidence, so a hit flags.
 */
export const READER_TURN_THRESHOLD = 1.8;

/**
 * How much more a sentence must weigh in a page's or a template's markup: its text nodes all
 * open after a tag, so each reads as a cell (reader-turn-sentence.ts), and a form's help text
 * ("Find it in the top right corner of your notice", "Tell us your language when you call")
 * speaks to whoever fills it in. The shape of a request to a visitor is not enough there; one
 * aimed at the model reading the page, or with a target of its own, still is.
 */
const MARKUP_MARGIN = 0.3;

/** The signal as a rule hit: a task handed to the reader inside a carrier that gives none. */
export const READER_TURN_RULE: Rule = {
  id: 'reader.genre-break',
  category: 'addressed-to-assistant',
  weight: 0.4,
  // not a pattern: the signal is computed from the tokens (readerTurnFires)
  pattern: /(?!)/,
};

export function readerTurnFires(text: string, f: Pick<TokenFeatures, 'cls' | 'entry' | 'starts' | 'count'>): boolean {
  return turnFires(readerTurn(text, f), text);
}

/**
 * readerTurnFires on a text's reader-turn figures. A conversation written down asks in its turns
 * (reader-turn-carrier.ts transcript): its requests are no break; markup needs more (MARKUP_MARGIN).
 */
export function turnFires(r: ReaderTurn, text: string): boolean {
  return r.score >= READER_TURN_THRESHOLD && r.density === 0 && !r.documentation && !transcript(text) && (r.score >= READER_TURN_THRESHOLD + MARKUP_MARGIN || !markup(text));
}
