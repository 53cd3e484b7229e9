// Rules with a condition on their matches (Rule.confirm): the shared passes report that the
// pattern matched somewhere; the condition is then read on each match in the whole text's view.
// Rare (it runs only when such a rule fired), so a plain global search is enough.
import type { Rule } from './rule.js';

const searches = new WeakMap<Rule, RegExp>();

/** [start, end) of each match of `rule` in `view`, left to right (a global copy of its pattern). */
export function* matchSpans(rule: Rule, view: string): Generator<[number, number]> {
  let all = searches.get(rule);
  if (all === undefined) {
    all = new RegExp(rule.pattern.source, `${rule.pattern.flags.replace(/[gy]/g, '')}g`);
    searches.set(rule, all);
  }
  all.lastIndex = 0;
  for (let m = all.exec(view); m !== null; m = all.exec(view)) {
    const at = m.index;
    const end = at + m[0].length;
    if (end === at) all.lastIndex++;
    yield [at, end];
  }
}

/** Whether some match of `rule` in `view` meets its condition (true for a rule without one). */
export function confirmedIn(rule: Rule, view: string): boolean {
  const confirm = rule.confirm;
  if (confirm === undefined) return true;
  for (const [from, to] of matchSpans(rule, view)) if (confirm(view, from, to)) return true;
  return false;
}
