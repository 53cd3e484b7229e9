// `npm run bench`: tools/call latency and throughput, in one run, for server-everything's echo
// tool reached directly, through a bare SDK pass-through proxy, and through the firewall with the
// example policy; RSS of each proxy at idle and after the run; scanner throughput if available;
// a soak of 100,000 calls through one firewall with its memory at the start and the end.
// Ratios measured in the same run are the headline: absolute times are noise on shared machines.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { prepareBareProxy, unlinkBareProxy, type BareLaunch } from './bare-setup.js';
import { buildFirewall, REPO, writeBenchConfig } from './firewall-setup.js';
import { prepareRemote, stopRemote, type RemoteSetup } from './http-setup.js';
import { connectFrontDoor, prepareFrontDoor, type FrontDoorSetup } from './front-door.js';
import { killProcs, processTree, readMemory, type Memory } from './procs.js';
import { BASELINE_LABEL, printReport, type Row } from './report.js';
import { concurrentInterleaved, connectTarget, sequential, TargetError, warmUp, type Sequential, type Target, type TargetSpec } from './targets.js';
import type { ScannerFigure } from './scanner.js';
import { printSoak, runSoak, type SoakFigure } from './soak.js';
import { realTextPayload } from './real-docs.js';
import { DEFAULT_SCAN_POLICY, scanText } from '../src/scan/index.js';

const envInt = (name: string, fallback: number): number => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const WARMUP = envInt('BENCH_WARMUP', 200);
// Many short interleaved rounds beat a few long ones on a noisy machine: every target sees the
// same mix of quiet and busy moments. Per-round figures are combined by their median.
const SEQ_CALLS = envInt('BENCH_SEQ_CALLS', 1000);
const CONC_CALLS = envInt('BENCH_CONC_CALLS', 2000);
const ROUNDS = envInt('BENCH_ROUNDS', 6);
// Sequential calls per round echoing 8 KB of real Markdown (direct, bare proxy and firewall only).
const REAL_CALLS = envInt('BENCH_REAL_CALLS', 200);
const REAL_BYTES = 8192;
// BENCH_BASELINE=<dir>: another checkout of mcp-firewall, built (its bin/ and dist/), benchmarked
// as one more target with the same config in the same run, for before/after comparisons.
const BASELINE_DIR = process.env['BENCH_BASELINE'] || undefined;
const REAL_LABELS = new Set(['direct', 'bare SDK proxy', 'firewall', BASELINE_LABEL]);
const IN_FLIGHT = 16;
// BENCH_SOAK_CALLS=0 skips the soak.
const SOAK_CALLS = process.env['BENCH_SOAK_CALLS'] === '0' ? 0 : envInt('BENCH_SOAK_CALLS', 100_000);
const CONC_BLOCK = 500;

const EVERYTHING = join(REPO, 'node_modules', '@modelcontextprotocol', 'server-everything', 'dist', 'index.js');
const progress = (text: string): void => void process.stderr.write(`bench: ${text}\n`);

const started = new Set<number>(); // pids spawned, connected or not
const connected: Target[] = [];
let tempDir: string | undefined;
let remote: RemoteSetup | undefined;

function removeTempDir(): void {
  if (!tempDir) return;
  unlinkBareProxy(tempDir); // the symlink to the repo's node_modules goes first, on its own
  rmSync(tempDir, { recursive: true, force: true });
  tempDir = undefined;
}

function emergencyCleanup(): void {
  progress('stopping: killing the processes this benchmark started');
  for (const t of connected) t.kill();
  for (const pid of started) killProcs(processTree(pid));
  stopRemote(remote);
  removeTempDir();
}

export const HTTPS_LABEL = 'firewall → HTTPS + signing';
export const HTTP_LABEL = 'firewall → plain HTTP';
export const TAINT_OFF_LABEL = 'firewall, taint off';

function specs(bare: BareLaunch, configFile: string | undefined, remoteConfigs: RemoteSetup['configs'] | undefined): TargetSpec[] {
  const list: TargetSpec[] = [
    { label: 'direct', command: process.execPath, args: [EVERYTHING, 'stdio'], cwd: REPO, tool: 'echo' },
    { label: 'bare SDK proxy', command: process.execPath, args: bare.args, cwd: REPO, tool: 'echo' },
  ];
  if (configFile) {
    list.push({
      label: 'firewall',
      command: process.execPath,
      args: [join(REPO, 'bin', 'mcp-firewall.js'), 'serve', '--config', configFile, '--agent', 'assistant'],
      cwd: REPO,
      tool: 'everything__echo',
    });
    if (BASELINE_DIR) {
      list.push({
        label: BASELINE_LABEL,
        command: process.execPath,
        args: [join(BASELINE_DIR, 'bin', 'mcp-firewall.js'), 'serve', '--config', variantConfig(configFile, 'baseline', {}), '--agent', 'assistant'],
        cwd: REPO,
        tool: 'everything__echo',
      });
    }
    // The same firewall with session taint off for every agent: the baseline for what the taint
    // stages cost a session that holds no labels.
    list.push({
      label: TAINT_OFF_LABEL,
      command: process.execPath,
      args: [join(REPO, 'bin', 'mcp-firewall.js'), 'serve', '--config', variantConfig(configFile, 'taint-off', { taint: { onEgress: 'off' } }), '--agent', 'assistant'],
      cwd: REPO,
      tool: 'everything__echo',
    });
  }
  if (remoteConfigs) {
    for (const [label, config] of [[HTTPS_LABEL, remoteConfigs.https], [HTTP_LABEL, remoteConfigs.http]] as const) {
      list.push({ label, command: process.execPath, args: [join(REPO, 'bin', 'mcp-firewall.js'), 'serve', '--config', config], cwd: REPO, tool: 'remote__echo' });
    }
  }
  return list;
}

/** A copy of the bench config with `changes` and its own audit file (one writer per file). */
function variantConfig(configFile: string, name: string, changes: Record<string, unknown>): string {
  const config = { ...(JSON.parse(readFileSync(configFile, 'utf8')) as Record<string, unknown>), ...changes };
  config['audit'] = { file: configFile.replace(/mcp\.config\.json$/, `bench-${name}.audit.ndjson`) };
  const file = configFile.replace(/mcp\.config\.json$/, `mcp.config.${name}.json`);
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return file;
}

/**
 * Scanner throughput is measured in a fresh process on the compiled dist/ scanner, the code the
 * firewall runs: a process that has just driven thousands of calls has a larger heap and colder
 * caches, which halves the figure and measures the harness rather than the scanner. With
 * BENCH_BASELINE, that build's scanner is measured too, each in its own process, alternating:
 * two scanners loaded into one process are not comparable (V8 compiles the regular expressions
 * of the second without optimizations once the first has used its budget).
 */
async function runScanner(root?: string): Promise<ScannerFigure[] | string | undefined> {
  const script = join(REPO, 'bench', 'scanner.ts');
  if (!existsSync(script)) return undefined;
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...(root ? [root] : [])], { cwd: REPO, encoding: 'utf8', timeout: 300_000 });
  if (run.status !== 0) return `bench/scanner.ts failed: ${(run.stderr || run.stdout || '').trim().split('\n').slice(-3).join(' / ')}`;
  try {
    return JSON.parse(run.stdout) as ScannerFigure[];
  } catch {
    return 'bench/scanner.ts printed no JSON';
  }
}

/** Runs of this build's and the baseline's scanner, alternating; each row keeps its median run. */
const SCANNER_ALTERNATIONS = 3;
async function runScannerAgainstBaseline(baseline: string): Promise<{ current: ScannerFigure[] | string | undefined; baseline: ScannerFigure[] | string | undefined }> {
  const current: Array<ScannerFigure[] | string | undefined> = [];
  const base: Array<ScannerFigure[] | string | undefined> = [];
  for (let i = 0; i < SCANNER_ALTERNATIONS; i++) {
    current.push(await runScanner());
    base.push(await runScanner(baseline));
  }
  return { current: medianRuns(current), baseline: medianRuns(base) };
}

/** Per input, the run whose median pass is the median of the runs' (or the first failure). */
function medianRuns(runs: ReadonlyArray<ScannerFigure[] | string | undefined>): ScannerFigure[] | string | undefined {
  const failed = runs.find((r) => !Array.isArray(r));
  if (failed !== undefined || runs.length === 0) return failed;
  const all = runs as ScannerFigure[][];
  return all[0]!.map((row, i) => {
    const byMedian = all.map((r) => r[i]!).sort((a, b) => a.mbPerSec - b.mbPerSec);
    return { ...byMedian[Math.floor(byMedian.length / 2)]!, name: row.name };
  });
}

async function main(): Promise<number> {
  const t0 = performance.now();
  const failures = new Map<string, string>();

  // BENCH_NO_BUILD=1 benchmarks dist/ as it is (e.g. while src/ is mid-edit); the default rebuilds.
  const noBuild = process.env['BENCH_NO_BUILD'] === '1';
  progress(noBuild ? 'BENCH_NO_BUILD=1: using dist/ as it is' : 'building dist/ (tsc -p tsconfig.build.json)…');
  const buildError = noBuild ? undefined : buildFirewall();
  tempDir = mkdtempSync(join(tmpdir(), 'mcp-firewall-bench-'));
  let configFile: string | undefined;
  if (buildError) {
    const heads = buildError.split('\n').filter((line) => /error TS\d+/.test(line));
    const shown = (heads.length ? heads : buildError.split('\n')).slice(0, 8);
    failures.set(
      'firewall',
      `build failed (tsc -p tsconfig.build.json), ${heads.length || 'some'} error(s); not benchmarking a stale dist/.\n` +
        `    ${shown.join('\n    ')}\n` +
        '  Fix the build, or run with BENCH_NO_BUILD=1 to benchmark the dist/ that is there.',
    );
  } else {
    configFile = writeBenchConfig(tempDir, ['everything/echo']);
  }
  const bare = prepareBareProxy(tempDir);
  if (configFile) {
    progress('starting the HTTPS and plain HTTP echo servers…');
    try {
      remote = await prepareRemote(tempDir);
    } catch (err) {
      failures.set(HTTPS_LABEL, `could not start the remote echo servers: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  const targets: Target[] = [];
  let frontDoor: FrontDoorSetup | undefined;
  if (configFile) {
    try {
      frontDoor = prepareFrontDoor(tempDir, configFile, 'assistant');
    } catch (err) {
      failures.set('front door', err instanceof Error ? err.message : String(err));
    }
  }
  for (const spec of specs(bare, configFile, remote?.configs)) {
    progress(`starting ${spec.label}…`);
    try {
      const target = await connectTarget(spec, (pid) => started.add(pid));
      connected.push(target);
      targets.push(target);
    } catch (err) {
      failures.set(spec.label, `could not start or call ${spec.tool}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  // The same firewall serving Streamable HTTP over loopback, plain and with TLS 1.3.
  for (const [label, file] of frontDoor ? ([['front door http', frontDoor.plainConfig], ['front door https', frontDoor.tlsConfig]] as const) : []) {
    progress(`starting ${label}…`);
    try {
      const target = await connectFrontDoor(label, file, frontDoor!, (pid) => started.add(pid));
      connected.push(target);
      targets.push(target);
    } catch (err) {
      failures.set(label, `could not start or call: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const idle = new Map<Target, Memory | undefined>(targets.map((t) => [t, readMemory(t.pid)]));
  const fw = targets.find((t) => t.spec.label === 'firewall');
  // e.g. "mcp-firewall ready: agent=assistant (clearance internal) servers=3/3 tools=20 approved and verified"
  const fwReady = fw?.stderrTail().split('\n').find((line) => line.includes('ready:'))?.replace(/,\s*audit=.*$/, '');

  // A target whose calls fail outright (e.g. the firewall crashed) leaves the run; the others go on.
  const drop = (err: unknown): void => {
    if (!(err instanceof TargetError)) throw err;
    const tail = err.target.stderrTail().trim();
    failures.set(err.target.spec.label, `${err.message}${tail ? `\n  stderr (last lines):\n    ${tail.split('\n').slice(-12).join('\n    ')}` : ''}`);
    targets.splice(targets.indexOf(err.target), 1);
  };

  progress(`warm-up: ${WARMUP} sequential + ${WARMUP} concurrent calls each`);
  for (const t of [...targets]) await warmUp(t, WARMUP).catch(drop);
  for (const t of targets) t.errors = 0;

  const seq = new Map<Target, Sequential[]>(targets.map((t) => [t, []]));
  const conc = new Map<Target, number[]>(targets.map((t) => [t, []]));
  // The same echo with a real document as the message: the firewall scans and wraps 8 KB of
  // Markdown where the small call has 5 bytes. A text the scanner would block is skipped.
  const real = realTextPayload(REAL_BYTES, (text) => scanText(text, DEFAULT_SCAN_POLICY).verdict !== 'block');
  const realSeq = new Map<Target, Sequential[]>(targets.filter((t) => REAL_LABELS.has(t.spec.label)).map((t) => [t, []]));
  for (let round = 1; round <= ROUNDS; round++) {
    progress(`round ${round}/${ROUNDS}: ${SEQ_CALLS} sequential, then ${CONC_CALLS} at ${IN_FLIGHT} in flight, per target`);
    try {
      const seqRound = await sequential(targets, SEQ_CALLS);
      targets.forEach((t, i) => seq.get(t)!.push(seqRound[i]!));
      const concRound = await concurrentInterleaved(targets, CONC_CALLS, IN_FLIGHT, CONC_BLOCK);
      targets.forEach((t, i) => conc.get(t)!.push(concRound[i]!));
      const realTargets = targets.filter((t) => realSeq.has(t));
      if (realTargets.length > 0) {
        const realRound = await sequential(realTargets, REAL_CALLS, { message: real.text });
        realTargets.forEach((t, i) => realSeq.get(t)!.push(realRound[i]!));
      }
    } catch (err) {
      drop(err);
      // This round's figures are incomplete for everyone: drop them, keep the earlier rounds.
      for (const t of targets) {
        seq.get(t)!.length = round - 1;
        conc.get(t)!.length = round - 1;
        if (realSeq.has(t)) realSeq.get(t)!.length = round - 1;
      }
      round--;
    }
  }
  const after = new Map<Target, Memory | undefined>(targets.map((t) => [t, readMemory(t.pid)]));

  progress('closing clients and waiting for every child process to exit…');
  const leaked: string[] = [];
  for (const t of connected) {
    const pids = await t.close();
    if (pids.length) leaked.push(`${t.spec.label}: killed ${pids.length} leftover process(es) (${pids.join(', ')}) after close`);
  }
  stopRemote(remote);
  remote = undefined;

  // Its own firewall process, after the others are gone, so their load does not blur its memory.
  let soak: SoakFigure | string | undefined;
  if (configFile && SOAK_CALLS > 0) {
    soak = await runSoak(configFile, SOAK_CALLS, (pid) => started.add(pid), progress).catch((err: unknown) => (err instanceof Error ? err.message : String(err)));
  }
  removeTempDir();

  progress(BASELINE_DIR ? `scanner throughput, alternating with the baseline's (${SCANNER_ALTERNATIONS} runs each)…` : 'scanner throughput…');
  const scanners = BASELINE_DIR ? await runScannerAgainstBaseline(BASELINE_DIR) : { current: await runScanner(), baseline: undefined };
  const scanner = scanners.current;

  const rows: Row[] = targets.map((t) => ({
    label: t.spec.label,
    isProxy: t.spec.label !== 'direct',
    sequential: seq.get(t)!,
    concurrent: conc.get(t)!,
    idle: idle.get(t),
    after: after.get(t),
    errors: t.errors,
    realText: realSeq.get(t),
  }));
  printReport({
    rows,
    failures,
    leaked,
    scanner,
    scannerBaseline: scanners.baseline,
    bareHow: bare.how,
    baseline: BASELINE_DIR,
    realText: { source: real.source, bytes: Buffer.byteLength(real.text), calls: REAL_CALLS },
    firewallReady: fwReady,
    settings: { concBlock: CONC_BLOCK, warmup: WARMUP, seqCalls: SEQ_CALLS, concCalls: CONC_CALLS, rounds: ROUNDS, inFlight: IN_FLIGHT, cores: availableParallelism() },
    seconds: (performance.now() - t0) / 1000,
  });
  if (soak !== undefined) printSoak(soak);
  return failures.size || leaked.length || rows.some((r) => r.errors > 0) ? 1 : 0;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    emergencyCleanup();
    process.exit(130);
  });
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    emergencyCleanup();
    process.exit(2);
  },
);
