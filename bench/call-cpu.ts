// `npx tsx bench/call-cpu.ts`: main-thread CPU time per tools/call of each proxy process (the
// bare SDK proxy, the firewall, and BENCH_BASELINE's build if given), for echo's 5-byte and
// 8 KB real-text payloads. On a loaded, shared machine wall-clock latency swings with other
// people's work; the CPU a proxy's event loop spends per call does not, and it is what a call
// waits on when the machine is quiet. A diagnostic beside `npm run bench`, not a replacement.
// Knobs: BENCH_ROUNDS (default 5), BENCH_CPU_CALLS (calls per round and payload, default 400).
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareBareProxy, unlinkBareProxy } from './bare-setup.js';
import { REPO, writeBenchConfig } from './firewall-setup.js';
import { realTextPayload } from './real-docs.js';
import { median } from './stats.js';
import { connectTarget, sequential, warmUp, type Target, type TargetSpec } from './targets.js';
import { DEFAULT_SCAN_POLICY, scanText } from '../src/scan/index.js';

const envInt = (name: string, fallback: number): number => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const ROUNDS = envInt('BENCH_ROUNDS', 5);
const CALLS = envInt('BENCH_CPU_CALLS', 400);
const BASELINE = process.env['BENCH_BASELINE'] || undefined;

/** Nanoseconds the process's main thread has run (/proc/<pid>/schedstat, first field). */
function mainThreadNs(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
}

const dir = mkdtempSync(join(tmpdir(), 'mcp-firewall-call-cpu-'));
const config = writeBenchConfig(dir, ['everything/echo']);
const bare = prepareBareProxy(dir);
const firewall = (root: string): string[] => [join(root, 'bin', 'mcp-firewall.js'), 'serve', '--config', config, '--agent', 'assistant'];
const specs: TargetSpec[] = [
  { label: 'bare SDK proxy', command: process.execPath, args: bare.args, cwd: REPO, tool: 'echo' },
  { label: 'firewall', command: process.execPath, args: firewall(REPO), cwd: REPO, tool: 'everything__echo' },
  ...(BASELINE ? [{ label: 'firewall, baseline build', command: process.execPath, args: firewall(BASELINE), cwd: REPO, tool: 'everything__echo' }] : []),
];
const real = realTextPayload(8192, (text) => scanText(text, DEFAULT_SCAN_POLICY).verdict !== 'block').text;
const payloads = [
  { name: '5 bytes', args: { message: 'hello' } },
  { name: '8 KB real text', args: { message: real } },
];

const targets: Target[] = [];
try {
  for (const spec of specs) targets.push(await connectTarget(spec, () => undefined));
  for (const t of targets) await warmUp(t, 200);
  // cpu[payload][target] = µs per call, one value per round
  const cpu = payloads.map(() => targets.map((): number[] => []));
  const wall = payloads.map(() => targets.map((): number[] => []));
  for (let round = 0; round < ROUNDS; round++) {
    process.stderr.write(`call-cpu: round ${round + 1}/${ROUNDS}\n`);
    for (const [p, payload] of payloads.entries()) {
      // One target at a time (its CPU counter must see only its own calls), order rotating.
      for (let k = 0; k < targets.length; k++) {
        const j = (round + k) % targets.length;
        const t = targets[j]!;
        const before = mainThreadNs(t.pid);
        const [figure] = await sequential([t], CALLS, payload.args);
        cpu[p]![j]!.push((mainThreadNs(t.pid) - before) / 1000 / CALLS);
        wall[p]![j]!.push(figure!.p50);
      }
    }
  }
  const lines = [`main-thread CPU per call (µs, median of ${ROUNDS} rounds of ${CALLS} sequential calls), and p50 latency (ms)`];
  for (const [p, payload] of payloads.entries()) {
    lines.push(`${payload.name}:`);
    const bareCpu = median(cpu[p]![0]!);
    for (const [j, t] of targets.entries()) {
      const us = median(cpu[p]![j]!);
      lines.push(`  ${t.spec.label.padEnd(26)} ${us.toFixed(0).padStart(6)} µs   ${(us / bareCpu).toFixed(2)}× bare   p50 ${median(wall[p]![j]!).toFixed(3)} ms`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  for (const t of targets) await t.close();
  unlinkBareProxy(dir);
  rmSync(dir, { recursive: true, force: true });
}
