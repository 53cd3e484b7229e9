// Scores the generated check set (scripts/synthetic-check.ts): aggregate figures, then the share
// of each injection function flagged or blocked at the defaults and of each hard-negative kind
// flagged or blocked. `npm run eval:synthetic [-- --show]` (--show prints missed rows: the set is
// ours, not a locked split).
import { prepareScanner, DEFAULT_SCAN_POLICY, scanText } from '../src/scan/index.js';
import { figuresOf, reportLocked } from './eval-validation.js';
import { syntheticCheck } from './synthetic-check.js';

// many texts in one process: the scanner's patterns compiled first stay fast (src/scan/prepare.ts)
await prepareScanner();

export function reportSynthetic(show = false): void {
  const rows = syntheticCheck();
  reportLocked(figuresOf(rows), 'Generated check set (written with the rules in view: a sanity check, in-sample in spirit)');
  const by = new Map<string, { n: number; flag: number; block: number }>();
  for (const row of rows) {
    if (row.label === 'benign' && !row.hard_negative) continue;
    const key = row.fn ?? row.kind;
    const r = scanText(row.text, DEFAULT_SCAN_POLICY);
    const c = by.get(key) ?? { n: 0, flag: 0, block: 0 };
    c.n++;
    if (r.verdict !== 'pass') c.flag++;
    if (r.verdict === 'block') c.block++;
    by.set(key, c);
    if (show && (row.label === 'injection') === (r.verdict === 'pass')) console.log(`${row.label} ${r.verdict} ${r.score.toFixed(3)} ${r.rules.map((x) => x.ruleId).join(',')}: ${JSON.stringify(row.text.slice(0, 300))}`);
  }
  console.log('\n| function or hard-negative kind | rows | flagged or blocked | blocked |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [k, c] of by) console.log(`| ${k} | ${c.n} | ${((100 * c.flag) / c.n).toFixed(0)}% | ${((100 * c.block) / c.n).toFixed(0)}% |`);
}

if (process.argv[1]?.endsWith('eval-synthetic.ts')) reportSynthetic(process.argv.includes('--show'));
