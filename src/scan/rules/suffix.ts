// The adversarial-suffix signal (../suffix.ts) as a signal rule (catalogues.ts SIGNAL_RULES), so
// its hit is reported, merged over the windows of a long text and weighed like any other medium
// rule: it flags, and blocks only beside evidence of another kind (a harmful request, an override).
import { suffixScore } from '../suffix.js';
import type { Rule } from './rule.js';

/**
 * Window score from which a line's tail counts as an optimizer suffix, chosen on benign text
 * alone (real documents, translated messages, code, the development split's benign rows: about
 * one piece in 15,000 reaches it); published suffixes score 1.1 to 1.2.
 */
export const SUFFIX_THRESHOLD = 1.0;

export const SUFFIX_RULE: Rule = {
  id: 'suffix.adversarial',
  category: 'adversarial-suffix',
  weight: 0.5,
  // Decided by token statistics, not by a pattern: this one never matches.
  pattern: /(?!)/,
};

export function suffixFires(text: string): boolean {
  return suffixScore(text, SUFFIX_THRESHOLD) >= SUFFIX_THRESHOLD;
}
