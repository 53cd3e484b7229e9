// Timing for the linear-time tests: the process's CPU time, which does not grow while other
// processes run on a shared machine, and the best of a few runs, so one pause does not decide.

/** CPU time of one call in ms. */
export function cpuMs(fn: () => unknown): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The best CPU time of `runs` calls, in ms. */
export function bestOf(runs: number, fn: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, cpuMs(fn));
  return best;
}

/**
 * The best CPU time of up to `runs` calls, stopping at the first under `enough` ms: a run
 * under the limit settles it, and only a run over it (a pause, or the first run of a pattern
 * V8 has not yet compiled to machine code) is measured again.
 */
export function bestUnder(enough: number, runs: number, fn: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < runs && best >= enough; i++) best = Math.min(best, cpuMs(fn));
  return best;
}
