// Rules with a condition on their matches (Rule.confirm): the shared passes report that the
// pattern matched somewhere; the condition is then read on each match in the whole text's view.
// Rare (it runs only when such a rule fired), so a plain global search is enough.
import type { Rule } from './rule.js';

const searches = new WeakMap<Rule, RegExp>();

/** Whether some match of `rule` in `view` meets its condition (true for a rule without one). */
export function confirmedIn(rule: Rule, view: string): boolean {
  const confirm = rule.confirm;
  if (confirm === undefined) return true;
  let all = searches.get(rule);
  if (all === undefined) {
    all = new RegExp(rule.pattern.source, `${rule.pattern.flags.replace(/[gy]/g, '')}g`);
    searches.set(rule, all);
  }
  all.lastIndex = 0;
  for (let m = all.exec(view); m !== null; m = all.exec(view)) {
    if (confirm(view, m.index, m.index + m[0].length)) return true;
    if (m[0].length === 0) all.lastIndex++;
  }
  return false;
}
