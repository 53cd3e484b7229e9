// The patterns prepare.ts compiles before the first scan: the rule catalogues' sticky copies and
// the few other large patterns that run on short slices of a text. A leaf module, so that a
// rule module can register its pattern without importing the scanner.
const AHEAD: RegExp[] = [];

/** Registers `pattern` to be compiled ahead (prepare.ts) and returns it. */
export function compiledAhead<T extends RegExp>(pattern: T): T {
  AHEAD.push(pattern);
  return pattern;
}

export function patternsCompiledAhead(): readonly RegExp[] {
  return AHEAD;
}
