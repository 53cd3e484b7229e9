// The reference the start filter is held to (start-filter.test.ts): views of the texts the rules
// meet, and what a plain global search of each pattern finds on them.
import { benignProse, hostileText } from '../../bench/scanner-texts.js';
import { docPieces } from '../../scripts/docs-corpus.js';
import type { Rule } from '../../src/scan/rules/index.js';
import { buildStartFilter } from '../../src/scan/rules/start-filter.js';
import { despacedView } from '../../src/scan/despace.js';
import { matchView } from '../../src/scan/view.js';
import { RULE_CASES } from './rule-cases.js';
import { MORE_LANGUAGE_BENIGN, MORE_LANGUAGE_HITS } from './multilingual-more-cases.js';

/**
 * One catalogue's rules, the filter built from them, and what a plain global search of each
 * pattern finds on the views: the reference the filter is held to. The search runs once per
 * catalogue (the first test that asks) and every test reads it.
 */
export function catalogue(RULES: readonly Rule[]) {
  const PATTERNS = RULES.map((r) => r.pattern);
  const FILTER = buildStartFilter(PATTERNS);
  const ALL = PATTERNS.length === 32 ? -1 : (1 << PATTERNS.length) - 1;
  const names = (mask: number): string[] => RULES.filter((_, bit) => (mask & (1 << bit)) !== 0).map((r) => r.id);
  let found: PlainSearch[] | undefined;
  /** Per view: the rules a plain test of every pattern fires (what the rule runner computed before the start filter), and where each match starts. */
  const plain = (): PlainSearch[] => {
    const globals = PATTERNS.map((p) => new RegExp(p.source, `${p.flags}g`));
    found ??= allViews().map((view) => {
      let mask = 0;
      const starts: number[][] = [];
      globals.forEach((global, bit) => {
        starts[bit] = [...view.matchAll(global)].map((m) => m.index);
        if (starts[bit]!.length > 0) mask |= 1 << bit;
      });
      return { view, mask, starts };
    });
    return found;
  };
  return { RULES, FILTER, ALL, names, plain };
}

export interface PlainSearch {
  view: string;
  mask: number;
  /** By rule bit, the positions where a global search of its pattern finds a match. */
  starts: number[][];
}

let viewsMemo: string[] | undefined;
/** Views of the texts the rules meet: rule cases alone and inside prose, real docs, hostile text. */
function allViews(): string[] {
  if (viewsMemo) return viewsMemo;
  const texts: string[] = [];
  for (const c of Object.values(RULE_CASES)) {
    texts.push(c.hit, c.miss, `${benignProse(600, 5)} ${c.hit}\n${benignProse(300, 6)}`, `${c.hit}${c.miss}`);
  }
  // (the second multilingual catalogue's rules fire only on its own languages)
  for (const [, hit] of MORE_LANGUAGE_HITS) texts.push(hit, `${benignProse(600, 5)} ${hit}\n${benignProse(300, 6)}`);
  for (const [, miss] of MORE_LANGUAGE_BENIGN) texts.push(miss);
  let i = 0;
  for (const piece of docPieces()) if (i++ % 4 === 0) texts.push(piece.text);
  for (let seed = 1; seed <= 20; seed++) texts.push(hostileText(3000, seed));
  const out: string[] = [];
  for (const t of texts) {
    const v = matchView(t);
    out.push(v, v.slice(1), v.slice(0, v.length >> 1));
    const d = despacedView(t);
    if (d) out.push(d);
  }
  viewsMemo = out;
  return out;
}
