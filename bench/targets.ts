// A benchmark target: an SDK Client + StdioClientTransport (the host) connected to one stdio
// MCP server process, and the load patterns run against it.
import { performance } from 'node:perf_hooks';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { killProcs, mergeProcs, processTree, waitGone, type ProcId } from './procs.js';
import { percentile } from './stats.js';

export interface TargetSpec {
  label: string;
  command: string;
  args: string[];
  cwd: string;
  /** Exposed name of the echo tool on this target. */
  tool: string;
}

export interface Target {
  spec: TargetSpec;
  client: Client;
  /** pid of the process the host spawned (the proxy itself, or server-everything for direct). */
  pid: number;
  /** Calls that came back with isError: true (e.g. refused): they would distort the figures. */
  errors: number;
  /** The last few KB the process wrote to stderr. */
  stderrTail(): string;
  /** Closes the host side, waits for the process tree to exit; returns pids that had to be killed. */
  close(): Promise<number[]>;
  /** Kills the process tree at once (interrupted benchmark). */
  kill(): void;
}

const STDERR_TAIL = 4000;
const MESSAGE = { message: 'hello' };
export type CallArgs = Record<string, unknown>;

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Spawns and connects, checks the tool is listed and answers; throws with the child's stderr tail. */
export async function connectTarget(spec: TargetSpec, onPid: (pid: number) => void): Promise<Target> {
  const transport = new StdioClientTransport({ command: spec.command, args: spec.args, cwd: spec.cwd, stderr: 'pipe' });
  let tail = '';
  // Always drain stderr: a full pipe would stall the child mid-benchmark.
  transport.stderr?.on('data', (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-STDERR_TAIL);
  });
  const client = new Client({ name: 'mcp-firewall-bench', version: '0.0.0' }, { capabilities: {} });
  // The tree as seen after connect and again at close: a proxy that died mid-run has orphaned
  // its children, who are then no longer its descendants.
  let known: ProcId[] = [];
  const tree = (): ProcId[] => (transport.pid === null ? known : mergeProcs(known, processTree(transport.pid)));
  const kill = (): void => killProcs(tree());
  const close = async (): Promise<number[]> => {
    const all = tree();
    await client.close().catch(() => undefined);
    const leaked = await waitGone(all, 5000);
    killProcs(leaked);
    return leaked.map((id) => id.pid);
  };
  try {
    const connecting = client.connect(transport);
    if (transport.pid !== null) onPid(transport.pid);
    await withTimeout(connecting, 30_000, 'connect');
    if (transport.pid !== null) onPid(transport.pid); // idempotent: the caller keeps a Set
    known = tree();
    const { tools } = await withTimeout(client.listTools(), 10_000, 'tools/list');
    if (!tools.some((t) => t.name === spec.tool)) {
      throw new Error(`tool "${spec.tool}" is not listed (got: ${tools.map((t) => t.name).join(', ') || 'none'})`);
    }
    const result = await withTimeout(client.callTool({ name: spec.tool, arguments: MESSAGE }), 10_000, 'tools/call');
    const text = JSON.stringify(result.content ?? '');
    if (result.isError || !text.includes('hello')) throw new Error(`tools/call ${spec.tool} did not echo: ${text.slice(0, 300)}`);
    return { spec, client, pid: transport.pid ?? -1, errors: 0, stderrTail: () => tail, close, kill };
  } catch (err) {
    // Give the child a moment to say why it failed.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await close();
    const reason = err instanceof Error ? err.message : String(err);
    const stderr = tail.trim() ? `\n  stderr (last lines):\n    ${tail.trim().split('\n').slice(-12).join('\n    ')}` : '';
    throw new Error(`${reason}${stderr}`);
  }
}

/** A call that failed outright (connection closed, timeout): the target is out of the run. */
export class TargetError extends Error {
  constructor(readonly target: Target, cause: unknown) {
    super(`${target.spec.label}: tools/call failed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

async function call(target: Target, args: CallArgs = MESSAGE): Promise<void> {
  let result;
  try {
    result = await target.client.callTool({ name: target.spec.tool, arguments: args });
  } catch (err) {
    throw new TargetError(target, err);
  }
  if (result.isError) target.errors++;
}

export async function warmUp(target: Target, calls: number): Promise<void> {
  for (let i = 0; i < calls; i++) await call(target);
  await concurrent(target, calls, 16);
}

export interface Sequential { p50: number; p99: number; callsPerSec: number; latencies: Float64Array }

/**
 * `calls` calls per target, one at a time, the targets interleaved call by call (a, b, c, b, c,
 * a, …, the order rotating), each with `args` (echo's {message:"hello"} unless given): only one call is ever in flight, and every target sees the same
 * moments of a noisy machine, which a target-after-target loop cannot promise.
 */
export async function sequential(targets: readonly Target[], calls: number, args: CallArgs = MESSAGE): Promise<Sequential[]> {
  const latencies = targets.map(() => new Float64Array(calls));
  for (let i = 0; i < calls; i++) {
    for (let k = 0; k < targets.length; k++) {
      const j = (i + k) % targets.length;
      const t0 = performance.now();
      await call(targets[j]!, args);
      latencies[j]![i] = performance.now() - t0;
    }
  }
  return latencies.map((xs) => {
    let total = 0;
    for (const x of xs) total += x;
    return { p50: percentile(xs, 50), p99: percentile(xs, 99), callsPerSec: (calls * 1000) / total, latencies: xs };
  });
}

/** `calls` calls with `inFlight` outstanding at all times; returns the elapsed ms. */
async function burst(target: Target, calls: number, inFlight: number): Promise<number> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < calls) {
      next++;
      await call(target);
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: inFlight }, worker));
  return performance.now() - start;
}

/** `calls` calls at `inFlight` outstanding; returns calls per second. */
export async function concurrent(target: Target, calls: number, inFlight: number): Promise<number> {
  return (calls * 1000) / (await burst(target, calls, inFlight));
}

/**
 * `calls` calls per target at `inFlight` outstanding, run in blocks of `block` calls, one target
 * after another, the order rotating each block: bursts of noise hit every target alike.
 * Returns calls per second per target.
 */
export async function concurrentInterleaved(targets: readonly Target[], calls: number, inFlight: number, block: number): Promise<number[]> {
  const elapsed = targets.map(() => 0);
  const done = targets.map(() => 0);
  for (let b = 0; done.some((n) => n < calls); b++) {
    for (let k = 0; k < targets.length; k++) {
      const j = (b + k) % targets.length;
      const n = Math.min(block, calls - done[j]!);
      if (n <= 0) continue;
      elapsed[j]! += await burst(targets[j]!, n, inFlight);
      done[j]! += n;
    }
  }
  return elapsed.map((ms) => (calls * 1000) / ms);
}
