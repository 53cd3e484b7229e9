// False alarms on real technical writing the detector never trained on: every README, Markdown
// and text file of this project's installed dependencies (pinned by package-lock.json, so the
// corpus is the same on every machine), cut into 4,000-character pieces like tool results and
// scanned with the shipped model and default policy. `npm run eval:docs [-- --show]`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SCAN_POLICY, scanText } from '../src/scan/index.js';

const ROOT = new URL('../node_modules', import.meta.url).pathname;
const PIECE = 4000;
const DOC = /(^readme|^changelog|^history|^license|\.md$|\.markdown$|\.txt$)/i;

function* docs(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) yield* docs(path);
    else if (DOC.test(name) && st.size < 1_000_000) yield path;
  }
}

const show = process.argv.includes('--show');
let files = 0;
let pieces = 0;
let bytes = 0;
const verdicts = { pass: 0, flag: 0, block: 0 };
const byRule = new Map<string, number>();
for (const file of docs(ROOT)) {
  files++;
  const text = readFileSync(file, 'utf8');
  for (let o = 0; o < text.length; o += PIECE) {
    const piece = text.slice(o, o + PIECE);
    pieces++;
    bytes += piece.length;
    const r = scanText(piece, DEFAULT_SCAN_POLICY);
    verdicts[r.verdict]++;
    for (const rule of r.rules) byRule.set(rule.ruleId, (byRule.get(rule.ruleId) ?? 0) + 1);
    if (show && r.verdict !== 'pass') console.log(`${r.verdict} ${r.score.toFixed(3)} ${file.slice(ROOT.length + 1)}@${o} ${r.rules.map((x) => x.ruleId).join(',')}`);
  }
}
const pct = (n: number): string => `${((100 * n) / pieces).toFixed(2)}%`;
console.log(`${files} files, ${pieces} pieces of up to ${PIECE} characters, ${(bytes / 1e6).toFixed(1)} MB`);
console.log(`flagged ${verdicts.flag} (${pct(verdicts.flag)}), blocked ${verdicts.block} (${pct(verdicts.block)}) at flag ${DEFAULT_SCAN_POLICY.flagThreshold} / block ${DEFAULT_SCAN_POLICY.blockThreshold}`);
for (const [id, n] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${id} ${n}`);
