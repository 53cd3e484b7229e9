// Rule-only report on the dataset: recall per kind, and every benign row a rule fires on with
// the matched span, so a rule change can be judged in seconds (rules are not trained, so no
// fold structure is needed). `npm run eval:rules [-- --show RULE_ID]`.
import { extractFeatures } from '../src/scan/features.js';
import { normalizeDetailed } from '../src/scan/normalize.js';
import { findRuleHits, RULES } from '../src/scan/rules/index.js';
import { matchView } from '../src/scan/view.js';
import { loadRows } from './detector-data.js';

const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : undefined;
const rows = loadRows();
const perKind = new Map<string, { n: number; hit: number }>();
const perRule = new Map<string, { pos: number; neg: number }>();
let pos = 0;
let posHit = 0;
let neg = 0;
let negHit = 0;
for (const row of rows) {
  const text = normalizeDetailed(row.text).text;
  const found = findRuleHits(text, extractFeatures(text));
  const y = row.label === 'injection';
  const hit = found.rules.length > 0;
  if (y) {
    pos++;
    if (hit) posHit++;
    const k = perKind.get(row.kind) ?? { n: 0, hit: 0 };
    k.n++;
    if (hit) k.hit++;
    perKind.set(row.kind, k);
  } else {
    neg++;
    if (hit) negHit++;
  }
  for (const r of found.rules) {
    const c = perRule.get(r.ruleId) ?? { pos: 0, neg: 0 };
    y ? c.pos++ : c.neg++;
    perRule.set(r.ruleId, c);
    if (!y || show === r.ruleId) {
      const view = matchView(text);
      // signals (rules/catalogues.ts SIGNAL_RULES) have no pattern to show a span of
      // (the multilingual catalogues share ids: the first of their patterns that matches)
      const m = RULES.filter((x) => x.id === r.ruleId).map((x) => x.pattern.exec(view)).find((found) => found !== null);
      const at = m ? m.index : 0;
      process.stdout.write(`${y ? 'POS' : 'NEG'} ${r.ruleId} ${row.id}: ${JSON.stringify(view.slice(Math.max(0, at - 60), at + 100))}\n`);
    }
  }
}
console.log(`\nrecall ${((100 * posHit) / pos).toFixed(1)}% (${posHit}/${pos}); benign hit rate ${((100 * negHit) / neg).toFixed(2)}% (${negHit}/${neg})`);
for (const [id, c] of [...perRule].sort((a, b) => b[1].pos - a[1].pos)) console.log(`${id.padEnd(40)} inj ${String(c.pos).padStart(5)} benign ${c.neg}`);
if (process.argv.includes('--kinds')) for (const [k, c] of [...perKind].sort((a, b) => a[1].hit / a[1].n - b[1].hit / b[1].n)) console.log(`${k.padEnd(40)} ${((100 * c.hit) / c.n).toFixed(0).padStart(4)}% of ${c.n}`);
