// The soak: many calls through one firewall process against server-everything's echo, with the
// firewall's memory after a full GC at the start (after warm-up) and at the end. A leak shows as
// growth that scales with calls; the target is under 5 MB over 100,000 calls.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { REPO } from './firewall-setup.js';
import { connectTarget, type Target } from './targets.js';

export interface SoakMemory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  gc: boolean;
}

export interface SoakFigure {
  calls: number;
  seconds: number;
  callsPerSec: number;
  errors: number;
  start: SoakMemory;
  end: SoakMemory;
  /** After each quarter of the calls (the last one is `end`). */
  samples: SoakMemory[];
}

const WARMUP = 5000;
/** Memory is also read at each quarter: a leak grows with calls, allocator noise does not. */
const SAMPLES = 4;
const IN_FLIGHT = 16;
const TARGET_GROWTH = 5 * 1024 * 1024;

let reports = 0;

/** Asks the firewall (via the preloaded gc-signal.mjs) to collect garbage and report its memory. */
async function collect(target: Target): Promise<SoakMemory> {
  reports += 1;
  const marker = `bench-gc ${reports} `;
  process.kill(target.pid, 'SIGUSR2');
  const end = Date.now() + 30_000;
  for (;;) {
    const tail = target.stderrTail();
    const at = tail.lastIndexOf(marker);
    const eol = at < 0 ? -1 : tail.indexOf('\n', at);
    if (eol > 0) return JSON.parse(tail.slice(at + marker.length, eol)) as SoakMemory;
    if (Date.now() > end) throw new Error('the firewall did not report its memory after SIGUSR2');
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function drive(target: Target, calls: number): Promise<number> {
  let next = 0;
  let errors = 0;
  const worker = async (): Promise<void> => {
    while (next < calls) {
      next += 1;
      const result = await target.client.callTool({ name: target.spec.tool, arguments: { message: `soak ${next}` } });
      if (result.isError) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return errors;
}

export async function runSoak(configFile: string, calls: number, onPid: (pid: number) => void, progress: (text: string) => void): Promise<SoakFigure> {
  const preload = pathToFileURL(join(REPO, 'bench', 'gc-signal.mjs')).href;
  const target = await connectTarget(
    {
      label: 'soak',
      command: process.execPath,
      args: ['--expose-gc', '--import', preload, join(REPO, 'bin', 'mcp-firewall.js'), 'serve', '--config', configFile, '--agent', 'assistant'],
      cwd: REPO,
      tool: 'everything__echo',
    },
    onPid,
  );
  try {
    progress(`soak: warm-up ${WARMUP} calls`);
    await drive(target, WARMUP);
    const start = await collect(target);
    progress(`soak: ${calls} calls at ${IN_FLIGHT} in flight`);
    let seconds = 0;
    let errors = 0;
    const samples: SoakMemory[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const t0 = performance.now();
      errors += await drive(target, Math.round(calls / SAMPLES));
      seconds += (performance.now() - t0) / 1000;
      samples.push(await collect(target));
    }
    return { calls, seconds, callsPerSec: calls / seconds, errors, start, end: samples.at(-1)!, samples };
  } finally {
    await target.close();
  }
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const signed = (bytes: number): string => `${bytes >= 0 ? '+' : '-'}${mb(Math.abs(bytes))}`;

export function printSoak(figure: SoakFigure | string): void {
  process.stdout.write('\nSoak (one firewall process, server-everything echo, memory after a full GC):\n');
  if (typeof figure === 'string') {
    process.stdout.write(`  FAILED: ${figure}\n`);
    return;
  }
  const growth = figure.end.rss - figure.start.rss;
  const retained = (m: SoakMemory): number => m.heapUsed + m.external;
  const retainedGrowth = retained(figure.end) - retained(figure.start);
  process.stdout.write(
    `  ${figure.calls} calls in ${figure.seconds.toFixed(1)} s (${Math.round(figure.callsPerSec)} calls/s at ${IN_FLIGHT} in flight), ${figure.errors} refused\n` +
      `  RSS  start ${mb(figure.start.rss)}, end ${mb(figure.end.rss)}, difference ${signed(growth)}${figure.start.gc ? '' : ' (no --expose-gc: figures include garbage)'}\n` +
      `  heap used start ${mb(figure.start.heapUsed)}, end ${mb(figure.end.heapUsed)}, difference ${signed(figure.end.heapUsed - figure.start.heapUsed)}; ` +
      `heap reserved ${signed(figure.end.heapTotal - figure.start.heapTotal)}, external ${signed(figure.end.external - figure.start.external)}\n` +
      `  RSS at each quarter: ${figure.samples.map((m) => mb(m.rss)).join(', ')}; retained (heap used + external): ${figure.samples.map((m) => mb(retained(m))).join(', ')}\n` +
      `  RSS ${growth <= TARGET_GROWTH ? 'within' : 'OVER'} the 5 MB target; retained memory ${signed(retainedGrowth)}, ${retainedGrowth <= TARGET_GROWTH ? 'within' : 'OVER'} it\n` +
      '  (RSS after a GC still moves by several MB with how much heap V8 keeps reserved: see "heap reserved";\n' +
      '  a leak shows as retained memory that grows quarter after quarter)\n',
  );
}
