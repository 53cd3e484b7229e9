// Rules with a condition on their matches (Rule.confirm): the shared passes report that the
// pattern matched somewhere; the condition is then read on each match in the whole text's view.
// Rare (it runs only when such a rule fired).
import type { Rule } from './rule.js';
import { matchesOf } from './start-matches.js';

/** [start, end) of each match of `rule` in `view`, left to right. */
export function matchSpans(rule: Rule, view: string): Generator<[number, number]> {
  return matchesOf(rule.pattern, view);
}

/** Whether some match of `rule` in `view` meets its condition (true for a rule without one). */
export function confirmedIn(rule: Rule, view: string): boolean {
  const confirm = rule.confirm;
  if (confirm === undefined) return true;
  for (const [from, to] of matchSpans(rule, view)) if (confirm(view, from, to)) return true;
  return false;
}
