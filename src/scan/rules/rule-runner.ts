// Runs the plans of every rule catalogue (rule-set.ts) on one text together. The catalogues'
// regions are joined where they overlap: each joined region is folded into its match view once
// and scanned by one pass of the start filters of every catalogue with a region inside it
// (start-filter.ts firedInAll), so no character goes through two views or two passes. A rule
// tried on more text than its own regions decides the same: every match of a rule holds one of
// its anchors (anchors.ts), and the anchor's own region holds the match.
import type { TokenFeatures } from '../token-features.js';
import { despacedView } from '../despace.js';
import { ENGLISH_FUNCTION_WORDS } from '../function-words.js';
import { matchView } from '../view.js';
import type { RulePlan, RuleSet } from './rule-set.js';
import { buildStartGate, firedInAll, type StartGate } from './start-filter.js';

export interface RuleRunner {
  readonly sets: readonly RuleSet[];
  /** The rules that fire on `text`: a bit mask per set (bit i = sets[k].rules[i]). */
  fired(text: string, features: TokenFeatures): number[];
}

export function ruleRunner(sets: readonly RuleSet[]): RuleRunner {
  // (built on the first text, with the filters: lazy-start-filter.ts)
  let gate: StartGate | undefined;
  const vocabulary = ruleVocabulary(sets);
  const prefixes = new Set([...vocabulary].flatMap((w) => Array.from({ length: w.length }, (_, k) => w.slice(0, k + 1))));
  const words: Words = { isWord: (word) => vocabulary.has(word), isPrefix: (start) => prefixes.has(start) };
  return { sets, fired: (text, features) => runPlans((gate ??= buildStartGate(sets.map((s) => s.filter))), text, sets.map((s) => s.plan(text, features)), words) };
}

/**
 * The words the rules' patterns spell out (letter runs of their sources, two or more long),
 * and the English function words: what a letter-spaced sentence is cut back into.
 */
function ruleVocabulary(sets: readonly RuleSet[]): Set<string> {
  const words = new Set(ENGLISH_FUNCTION_WORDS);
  for (const set of sets) {
    for (const rule of set.rules) {
      // drop escapes (\b, \s, \u00e9) first: their letters are not words
      const source = rule.pattern.source.replace(/\\(?:u\{?[0-9a-f]+\}?|x[0-9a-f]{2}|[a-z])/gi, ' ');
      for (const w of source.toLowerCase().match(/[a-z]{2,16}/g) ?? []) words.add(w);
    }
  }
  return words;
}

/** The words a letter-spaced run is cut back into, and the starts of any of them. */
interface Words {
  isWord(word: string): boolean;
  isPrefix(start: string): boolean;
}

/** Regions of all plans, joined where they overlap; a rule that fired is not tried again. */
function runPlans(gate: StartGate, text: string, plans: readonly RulePlan[], words: Words): number[] {
  const k = plans.length;
  const fired = new Array<number>(k).fill(0);
  const next = new Array<number>(k).fill(0); // per plan, its next region
  const todo = new Array<number>(k).fill(0);
  for (;;) {
    // the joined region opens with the earliest next region of any plan…
    let start = Infinity;
    for (let c = 0; c < k; c++) {
      const i = next[c]!;
      if (i < plans[c]!.starts.length) start = Math.min(start, plans[c]!.starts[i]!);
    }
    if (start === Infinity) break;
    // …and takes in every region that starts before it ends (each plan's regions are in order)
    let end = start;
    todo.fill(0);
    for (let grew = true; grew; ) {
      grew = false;
      for (let c = 0; c < k; c++) {
        const plan = plans[c]!;
        for (let i = next[c]!; i < plan.starts.length && plan.starts[i]! <= end; i = ++next[c]!) {
          todo[c]! |= plan.masks[i]!;
          if (plan.ends[i]! > end) {
            end = plan.ends[i]!;
            grew = true;
          }
        }
      }
    }
    let any = 0;
    for (let c = 0; c < k; c++) any |= todo[c]! &= ~fired[c]!;
    if (any === 0) continue;
    const view = matchView(text.slice(start, end));
    orInto(fired, firedInAll(gate, view, todo));
  }
  let any = 0;
  for (let c = 0; c < k; c++) any |= todo[c] = plans[c]!.despaced & ~fired[c]!;
  if (any !== 0) {
    const despaced = despacedView(text, words.isWord, words.isPrefix);
    if (despaced !== null) orInto(fired, firedInAll(gate, despaced, todo));
  }
  return fired;
}

function orInto(into: number[], more: readonly number[]): void {
  for (let c = 0; c < into.length; c++) into[c]! |= more[c]!;
}
