// Process helpers for the benchmark, Linux only: memory from /proc/<pid>/status, the process
// tree from /proc/*/stat, and waiting until processes we started are gone.
import { readdirSync, readFileSync } from 'node:fs';

export interface Memory {
  /** Resident set size now, in bytes. */
  rss: number;
  /** Peak resident set size since start (VmHWM), in bytes. */
  peak: number;
}

function statusField(text: string, field: string): number | undefined {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
  return match ? Number(match[1]) * 1024 : undefined;
}

/** RSS and peak RSS of a live process, or undefined if it is gone. */
export function readMemory(pid: number): Memory | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const rss = statusField(text, 'VmRSS');
  const peak = statusField(text, 'VmHWM');
  return rss === undefined ? undefined : { rss, peak: peak ?? rss };
}

interface Stat { pid: number; ppid: number; state: string; start: string }

/** A process identity that survives pid reuse: the pid plus its start time (in clock ticks). */
export interface ProcId { pid: number; start: string }

function readStat(pid: number): Stat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid ..." where comm may itself contain spaces and parentheses.
    const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // Fields after comm, 0-based: 0 state, 1 ppid, …, 19 starttime.
    return { pid, state: rest[0] ?? '?', ppid: Number(rest[1]), start: rest[19] ?? '' };
  } catch {
    return undefined;
  }
}

/** Every live descendant of `root` (children, grandchildren…), found by scanning /proc. */
export function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readStat(Number(name));
    if (!stat) continue;
    const list = children.get(stat.ppid) ?? [];
    list.push(stat.pid);
    children.set(stat.ppid, list);
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length) {
    for (const child of children.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** `root` and its live descendants, as identities safe to check or kill later. */
export function processTree(root: number): ProcId[] {
  return [root, ...descendants(root)].flatMap((pid) => {
    const stat = readStat(pid);
    return stat ? [{ pid, start: stat.start }] : [];
  });
}

/** True while that very process exists and is not a zombie waiting to be reaped. */
export function isAlive(id: ProcId): boolean {
  const stat = readStat(id.pid);
  return stat !== undefined && stat.start === id.start && stat.state !== 'Z' && stat.state !== 'X';
}

/** Waits until none of `ids` is alive; returns those still alive after `timeoutMs`. */
export async function waitGone(ids: readonly ProcId[], timeoutMs: number): Promise<ProcId[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const alive = ids.filter(isAlive);
    if (alive.length === 0 || Date.now() >= deadline) return alive;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** SIGKILL each process that is still the one recorded (never a later process reusing the pid). */
export function killProcs(ids: readonly ProcId[]): void {
  for (const id of ids) {
    if (!isAlive(id)) continue;
    try {
      process.kill(id.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Merges identity lists, dropping duplicates. */
export function mergeProcs(...lists: ProcId[][]): ProcId[] {
  const seen = new Map<string, ProcId>();
  for (const id of lists.flat()) seen.set(`${id.pid}:${id.start}`, id);
  return [...seen.values()];
}
