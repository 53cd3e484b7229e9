// Whether writing about attacks makes a claim of its own that the rules flag: a strong hit that
// stands outside everything the text quotes (quoted-spans.ts). Writing about attacks shows its
// specimens in code, quotes and blockquotes; an injection planted in such a text, or one that
// names attacks only to borrow the frame ("this page covers prompt injection"), speaks in the
// text's own voice, and the frame does not explain it (analyze.ts). A role-play request's frame
// likewise explains nothing said in an HTML comment: no prompt of a collection is kept there,
// and no human reading the page sees it.
import { extractFeatures } from './features.js';
import { blankDescribedAttempts } from './described-attempts.js';
import { htmlComments } from './hidden-markup.js';
import { blankQuoted } from './quoted-spans.js';
import { firedRules, mergeMasks, summarizeRules, type RuleMask } from './rules/index.js';
import { windowBounds, WINDOW_SIZE } from './windows.js';

/**
 * Longer texts are not read a second time: the frame then explains nothing (their hits keep
 * the text flagged), so a hostile server gains nothing by sending one.
 */
export const OWN_VOICE_MAX = 256 * 1024;

export function strongHitInOwnVoice(text: string): boolean {
  if (text.length > OWN_VOICE_MAX) return true;
  return summarizeRules(firedRulesOf(blankDescribedAttempts(blankQuoted(text)))).strong;
}

/** A strong hit in the text's HTML comments (each comment read as a paragraph of its own). */
export function strongHitInComments(text: string): boolean {
  if (text.length > OWN_VOICE_MAX) return true;
  const comments = htmlComments(text);
  return comments !== '' && summarizeRules(firedRulesOf(comments)).strong;
}

/** The rules that fire on a text, window by window for a long one (as analyze.ts reads it). */
export function firedRulesOf(text: string): RuleMask {
  if (text.length <= WINDOW_SIZE) return firedRules(text, extractFeatures(text));
  const fired: RuleMask = [];
  for (const [start, end] of windowBounds(text)) {
    const piece = text.slice(start, end);
    mergeMasks(fired, firedRules(piece, extractFeatures(piece)));
  }
  return fired;
}
