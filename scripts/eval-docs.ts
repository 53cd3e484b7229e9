// False alarms on real technical writing the detector never trained on (scripts/docs-corpus.ts:
// the dependencies' documents, or any tree with --root DIR, one half of its packages with
// --half dev|held; under /usr/share/locale a package is a language, and a file a catalog of
// translated program messages),
// scanned with the shipped model and default policy, and the scanner's speed on it (CPU time).
// `npm run eval:docs [-- --show] [--root /usr/share/doc --half dev]`; also the real-document section of `npm run eval:detector`.
import { cpuUsage } from 'node:process';
import { fileURLToPath } from 'node:url';
import { prepareScanner, DEFAULT_SCAN_POLICY, scanText } from '../src/scan/index.js';
import { docPieces, PIECE, type Half } from './docs-corpus.js';

// many texts in one process: the scanner's patterns compiled first stay fast (src/scan/prepare.ts)
await prepareScanner();

export interface RealDocumentFigures {
  files: number;
  pieces: number;
  bytes: number;
  flagged: number;
  blocked: number;
  byRule: Map<string, number>;
  mbPerSecond: number;
}

export function realDocumentFigures(show = false, root?: string, half?: Half): RealDocumentFigures {
  const files = new Set<string>();
  const all = [...docPieces(root, half)];
  let bytes = 0;
  const verdicts = { pass: 0, flag: 0, block: 0 };
  const byRule = new Map<string, number>();
  let cpu = 0;
  for (const piece of all) {
    files.add(piece.file);
    bytes += piece.text.length;
    const t0 = cpuUsage();
    const r = scanText(piece.text, DEFAULT_SCAN_POLICY);
    const t = cpuUsage(t0);
    cpu += t.user + t.system;
    verdicts[r.verdict]++;
    for (const rule of r.rules) byRule.set(rule.ruleId, (byRule.get(rule.ruleId) ?? 0) + 1);
    if (show && r.verdict !== 'pass') console.log(`${r.verdict} ${r.score.toFixed(3)} ${piece.file}@${piece.offset} ${r.rules.map((x) => x.ruleId).join(',')}`);
  }
  return { files: files.size, pieces: all.length, bytes, flagged: verdicts.flag, blocked: verdicts.block, byRule, mbPerSecond: bytes / 1e6 / (cpu / 1e6) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  const half = arg('--half');
  if (half !== undefined && half !== 'dev' && half !== 'held') throw new Error('--half takes dev or held');
  const f = realDocumentFigures(process.argv.includes('--show'), arg('--root'), half);
  const pct = (n: number): string => `${((100 * n) / f.pieces).toFixed(2)}%`;
  console.log(`${f.files} files, ${f.pieces} pieces of up to ${PIECE} characters, ${(f.bytes / 1e6).toFixed(1)} MB, ${f.mbPerSecond.toFixed(1)} MB/s of CPU time`);
  console.log(`flagged ${f.flagged} (${pct(f.flagged)}), blocked ${f.blocked} (${pct(f.blocked)}) at flag ${DEFAULT_SCAN_POLICY.flagThreshold} / block ${DEFAULT_SCAN_POLICY.blockThreshold}`);
  for (const [id, n] of [...f.byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${id} ${n}`);
}
