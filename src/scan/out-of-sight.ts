// The hidden-request signal (rules/hidden-request.ts) on a whole text: what its markup hides from
// view, hidden elements and comments (hidden-markup.ts), read on its own. A page's structure, not
// a window's words: read once per text, like the role-play frame.
import { outOfSightText } from './hidden-markup.js';
import { firedRulesOf } from './own-voice.js';
import { RULE_SETS, SIGNAL_RULES, summarizeRules, type RuleMask } from './rules/index.js';
import { HIDDEN_REQUEST_RULE, speaksToMachine } from './rules/hidden-request.js';

const HIDDEN_REQUEST_BIT = 1 << SIGNAL_RULES.indexOf(HIDDEN_REQUEST_RULE);

/**
 * Adds the signal to the fired rules of a whole text when what it hides from view speaks to a
 * machine reader or holds what the rules' catalogues flag on its own.
 */
export function markOutOfSight(mask: RuleMask, text: string): RuleMask {
  const hidden = outOfSightText(text);
  if (hidden === '') return mask;
  if (speaksToMachine(hidden) || flaggedOnItsOwn(hidden)) mask[RULE_SETS.length] = (mask[RULE_SETS.length] ?? 0) | HIDDEN_REQUEST_BIT;
  return mask;
}

/**
 * Whether the rules' catalogues flag hidden text read on its own. Not the signals read from a
 * text's shape (a genre break, a role-play opening): hidden text cut out of its page has no
 * carrier left to break from, and a newsletter pop-up's "Sign me up" would read as one.
 */
function flaggedOnItsOwn(hidden: string): boolean {
  const fired = firedRulesOf(hidden).slice(0, RULE_SETS.length);
  return summarizeRules(fired).strong;
}
