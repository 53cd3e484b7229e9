// Scanner throughput (MB/s of input) on benign prose and hostile text, 1 KB and 1 MB inputs.
// Texts are generated deterministically; each case is warmed up, then timed several times
// and the median reported. bench/run.ts prints the result.
import { DEFAULT_SCAN_POLICY, scanText } from '../src/scan/index.js';
import { benignProse, hostileText } from './scanner-texts.js';

const REPEATS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Seconds for one pass of scanText over `texts` (a batch, so 1 KB inputs are measurable). */
function timeBatch(texts: readonly string[]): number {
  const t0 = performance.now();
  for (const t of texts) scanText(t, DEFAULT_SCAN_POLICY);
  return (performance.now() - t0) / 1000;
}

function measure(name: string, texts: readonly string[]): { name: string; mbPerSec: number } {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (let i = 0; i < 3; i++) timeBatch(texts); // warm-up: let the JIT optimise the hot loops
  const secs = median(Array.from({ length: REPEATS }, () => timeBatch(texts)));
  return { name, mbPerSec: Math.round((bytes / 1e6 / secs) * 10) / 10 };
}

export async function benchScanner(): Promise<Array<{ name: string; mbPerSec: number }>> {
  const small = (gen: (bytes: number, seed: number) => string): string[] => Array.from({ length: 1000 }, (_, i) => gen(1024, i + 1));
  return [
    measure('scanText benign prose 1 KB', small(benignProse)),
    measure('scanText benign prose 1 MB', [benignProse(1 << 20, 1)]),
    measure('scanText hostile 1 KB', small(hostileText)),
    measure('scanText hostile 1 MB', [hostileText(1 << 20, 2)]),
  ];
}
