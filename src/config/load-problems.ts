import { LoadError } from '../errors.js';

/**
 * Every load problem found in one pass, so an admin fixes them all in one round instead of
 * meeting them one per run. It is a LoadError (the first problem's file and path) so every
 * caller that handles one handles this; the message lists each problem with its own fix.
 */
export class LoadProblems extends LoadError {
  constructor(readonly problems: readonly LoadError[]) {
    const first = problems[0]!;
    super(first.file, first.jsonPath, first.problem, first.fix);
    this.message = `${problems.length} problems:\n${problems.map((p, i) => `  ${i + 1}. ${p.message}`).join('\n')}`;
  }
}

/** Runs `step`, keeping its LoadError in `problems` instead of stopping; other errors propagate. */
export function collect<T>(problems: LoadError[], step: () => T): T | undefined {
  try {
    return step();
  } catch (err) {
    if (err instanceof LoadProblems) problems.push(...err.problems);
    else if (err instanceof LoadError) problems.push(err);
    else throw err;
    return undefined;
  }
}

/** Throws nothing for no problems, the problem itself for one, LoadProblems for several. */
export function throwProblems(problems: readonly LoadError[]): void {
  if (problems.length === 1) throw problems[0]!;
  if (problems.length > 1) throw new LoadProblems(problems);
}
