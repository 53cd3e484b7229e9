// Scanner throughput (MB/s of input) on real documents (every Markdown file of the installed
// dependencies, each scanned whole), and on generated benign prose and hostile text, 1 KB and
// 1 MB inputs. Each case is warmed up, then timed several times.
// Both the median and the best pass are reported: on a shared machine noise only ever adds
// time, so the best pass is the closest to the scanner's own cost, and the median is what a
// busy machine gives. bench/run.ts prints the result. The process loads only the scanner it
// measures: a second one loaded beside it would share V8's budget for compiling regular
// expressions, and measure less than the build.
import { pathToFileURL } from 'node:url';
import type { ScanPolicy, TextScan } from '../src/scan/types.js';
import { realDocuments } from './real-docs.js';
import { benignProse, hostileText } from './scanner-texts.js';

const REPEATS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** A build's scanner and its default policy. */
export interface Scanner {
  scanText(text: string, policy: ScanPolicy): TextScan;
  DEFAULT_SCAN_POLICY: ScanPolicy;
  /** What `serve` and `scan --jsonl` run first (absent from builds before it existed). */
  prepareScanner?: () => Promise<void>;
}

/** Seconds for one pass of the scanner over `texts` (a batch, so 1 KB inputs are measurable). */
function timeBatch(scan: Scanner, texts: readonly string[]): number {
  const t0 = performance.now();
  for (const t of texts) scan.scanText(t, scan.DEFAULT_SCAN_POLICY);
  return (performance.now() - t0) / 1000;
}

export interface ScannerFigure {
  name: string;
  /** MB/s of the median pass. */
  mbPerSec: number;
  /** MB/s of the fastest pass. */
  bestMbPerSec: number;
}

function measure(scan: Scanner, name: string, texts: readonly string[]): ScannerFigure {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (let i = 0; i < 3; i++) timeBatch(scan, texts); // warm-up: let the JIT optimise the hot loops
  const passes = Array.from({ length: REPEATS }, () => timeBatch(scan, texts));
  const rate = (secs: number): number => Math.round((bytes / 1e6 / secs) * 10) / 10;
  return { name, mbPerSec: rate(median(passes)), bestMbPerSec: rate(Math.min(...passes)) };
}

export async function benchScanner(scan: Scanner): Promise<ScannerFigure[]> {
  const small = (gen: (bytes: number, seed: number) => string): string[] => Array.from({ length: 1000 }, (_, i) => gen(1024, i + 1));
  const docs = realDocuments();
  const docBytes = docs.reduce((n, t) => n + Buffer.byteLength(t), 0);
  await scan.prepareScanner?.();
  return [
    measure(scan, `scanText real docs (${docs.length} dependency .md files, ${(docBytes / 1e6).toFixed(1)} MB)`, docs),
    measure(scan, 'scanText benign prose 1 KB', small(benignProse)),
    measure(scan, 'scanText benign prose 1 MB', [benignProse(1 << 20, 1)]),
    measure(scan, 'scanText hostile 1 KB', small(hostileText)),
    measure(scan, 'scanText hostile 1 MB', [hostileText(1 << 20, 2)]),
  ];
}

// Run as a script (by bench/run.ts): measure the compiled scanner in dist/ (or the build whose
// directory is the first argument, on this checkout's inputs) and print JSON.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = process.argv[2] ? pathToFileURL(`${process.argv[2].replace(/\/$/, '')}/`) : new URL('../', import.meta.url);
  const dist = (await import(new URL('dist/scan/index.js', root).href)) as Scanner;
  process.stdout.write(`${JSON.stringify(await benchScanner(dist))}\n`);
}
