// False alarms on real technical writing the detector never trained on (scripts/docs-corpus.ts),
// scanned with the shipped model and default policy. `npm run eval:docs [-- --show]`.
import { DEFAULT_SCAN_POLICY, scanText } from '../src/scan/index.js';
import { docPieces, PIECE } from './docs-corpus.js';

const show = process.argv.includes('--show');
const files = new Set<string>();
let pieces = 0;
let bytes = 0;
const verdicts = { pass: 0, flag: 0, block: 0 };
const byRule = new Map<string, number>();
for (const piece of docPieces()) {
  files.add(piece.file);
  pieces++;
  bytes += piece.text.length;
  const r = scanText(piece.text, DEFAULT_SCAN_POLICY);
  verdicts[r.verdict]++;
  for (const rule of r.rules) byRule.set(rule.ruleId, (byRule.get(rule.ruleId) ?? 0) + 1);
  if (show && r.verdict !== 'pass') console.log(`${r.verdict} ${r.score.toFixed(3)} ${piece.file}@${piece.offset} ${r.rules.map((x) => x.ruleId).join(',')}`);
}
const pct = (n: number): string => `${((100 * n) / pieces).toFixed(2)}%`;
console.log(`${files.size} files, ${pieces} pieces of up to ${PIECE} characters, ${(bytes / 1e6).toFixed(1)} MB`);
console.log(`flagged ${verdicts.flag} (${pct(verdicts.flag)}), blocked ${verdicts.block} (${pct(verdicts.block)}) at flag ${DEFAULT_SCAN_POLICY.flagThreshold} / block ${DEFAULT_SCAN_POLICY.blockThreshold}`);
for (const [id, n] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${id} ${n}`);
