import { extractFeatures } from '/work/main/src/scan/features.js';
import { normalizeDetailed } from '/work/main/src/scan/normalize.js';
import { findRuleHits } from '/work/main/src/scan/rules/index.js';
import { loadRows } from '/work/main/scripts/detector-data.js';
const kinds = process.argv.slice(2);
const out: string[] = [];
for (const row of loadRows()) {
  if (row.label !== 'injection' || !kinds.some((k) => row.kind.startsWith(k))) continue;
  const text = normalizeDetailed(row.text).text;
  if (!findRuleHits(text, extractFeatures(text)).strong) out.push(`${row.source.slice(0, 4)} ${row.kind.slice(0, 14)} ${JSON.stringify(row.text.slice(0, 200))}`);
}
const step = Math.max(1, Math.floor(out.length / 40));
console.log(out.length, 'missed');
console.log(out.filter((_, i) => i % step === 0).join('\n'));
