// Runs the plans of every rule catalogue (rule-set.ts) on one text together. Catalogues whose
// regions coincide (dense documents often make one region of the whole text for each) share
// the region's match view and one pass of the start filters over it (start-filter.ts
// firedInAll), instead of a view and a pass per catalogue.
import type { TokenFeatures } from '../token-features.js';
import { RegionViews } from '../view.js';
import type { RulePlan, RuleSet } from './rule-set.js';
import { buildStartGate, firedInAll, type StartGate } from './start-filter.js';

export interface RuleRunner {
  readonly sets: readonly RuleSet[];
  /** The rules that fire on `text`: a bit mask per set (bit i = sets[k].rules[i]). */
  fired(text: string, features: TokenFeatures): number[];
}

export function ruleRunner(sets: readonly RuleSet[]): RuleRunner {
  const gate: StartGate = buildStartGate(sets.map((s) => s.filter));
  return { sets, fired: (text, features) => runPlans(gate, text, sets.map((s) => s.plan(text, features))) };
}

/**
 * Each region of each plan is tried once; regions of several plans with the same bounds in
 * one shared pass. A rule that fired already is not tried again (the result is the same).
 */
function runPlans(gate: StartGate, text: string, plans: readonly RulePlan[]): number[] {
  const k = plans.length;
  const fired = new Array<number>(k).fill(0);
  const next = new Array<number>(k).fill(0); // per plan, its next region
  const todo = new Array<number>(k).fill(0);
  const views = new RegionViews(text);
  for (;;) {
    // the region that comes first (by start, then end) among the plans' next regions
    let start = Infinity;
    let end = Infinity;
    for (let c = 0; c < k; c++) {
      const i = next[c]!;
      const plan = plans[c]!;
      if (i >= plan.starts.length) continue;
      const s = plan.starts[i]!;
      const e = plan.ends[i]!;
      if (s < start || (s === start && e < end)) [start, end] = [s, e];
    }
    if (start === Infinity) break;
    let any = 0;
    for (let c = 0; c < k; c++) {
      const i = next[c]!;
      const plan = plans[c]!;
      todo[c] = 0;
      if (i < plan.starts.length && plan.starts[i] === start && plan.ends[i] === end) {
        todo[c] = plan.masks[i]! & ~fired[c]!;
        any |= todo[c]!;
        next[c]!++;
      }
    }
    if (any !== 0) orInto(fired, firedInAll(gate, views.view(start, end), todo));
  }
  let any = 0;
  for (let c = 0; c < k; c++) any |= todo[c] = plans[c]!.despaced & ~fired[c]!;
  if (any !== 0) {
    const despaced = views.despaced(0, text.length);
    if (despaced !== null) orInto(fired, firedInAll(gate, despaced, todo));
  }
  return fired;
}

function orInto(into: number[], more: readonly number[]): void {
  for (let c = 0; c < into.length; c++) into[c]! |= more[c]!;
}
