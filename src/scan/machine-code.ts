// The scanner's large patterns, compiled to machine code on their first use, whatever the text.
//
// V8 runs a regular expression on a subject shorter than 1,000 characters in its bytecode
// interpreter first, and compiles it to machine code on the next use ("tier-up"). Once a process
// has generated about 1 MB of regexp code, V8 compiles every later regexp without optimization
// (as under --no-regexp-optimization: TooMuchRegExpCode in V8's regexp.cc), for the rest of the
// process. Measured on Node 20, bytecode is what fills that budget: 220 MB of machine code
// compiled straight from long subjects never tripped it, 1.8 MB of bytecode did. The scanner's
// large patterns make that much bytecode the first time they meet short texts (one rule alone
// made 1.1 MB): after a hundred short texts, an 8 KB README scanned in 5.6 ms instead of 1.6.
// A subject of 1,000 characters or more goes straight to machine code, so a large pattern is run
// once on such a text, a Latin-1 and a two-byte one (each representation has its own code),
// right before its first real use. Compiling on first use rather than all at start-up: a
// process compiles only the patterns its texts reach (a firewall whose tools return short
// texts tries few of the rules), and starts about a second sooner. Setting V8's
// --no-regexp-tier-up from inside the process would do the same without the extra run, but it
// crashed 1 of 60 short runs (README, Benchmark).
// A leaf module, so that a rule module can register its pattern without importing the scanner.

/** Generic prose with the usual markup, longer than V8's 1,000-character tier-up threshold. */
export const PROSE = [
  '# Getting started',
  '',
  'This guide explains how to install the package, configure it, and run the first job. Read the',
  'sections in order: each one builds on the previous one. If something fails, see *Troubleshooting*',
  'at the end, or open an issue with the output of `tool --version` and the steps you took.',
  '',
  '## Install',
  '',
  '```sh',
  'npm install --save-dev example-tool',
  'npx example-tool init --config ./example.config.json',
  '```',
  '',
  'The `init` command writes a default configuration file. Review it before the first run: the',
  'defaults are safe, but the paths, the schedule and the output folder are yours to choose.',
  '',
  '## Configure',
  '',
  '| Option | Default | Meaning |',
  '| --- | --- | --- |',
  '| `outDir` | `dist` | where the results are written |',
  '| `retries` | `3` | how often a failed step is tried again |',
  '',
  'Options can also be set from the environment, for example `EXAMPLE_RETRIES=5`. See the',
  '[reference](https://example.org/docs/reference#options) for every option and its type.',
  '',
  '> Note: a configuration file found in a parent folder is ignored unless `--inherit` is given.',
  '',
  '{"name": "example", "version": "1.2.3", "scripts": {"build": "tsc -p .", "test": "vitest run"}}',
  '',
  'Thanks to everyone who reported bugs and sent patches for this release.',
].join('\n');

/** The same prose held as a two-byte string (a character outside Latin-1 that no view folds away). */
export const PROSE_TWO_BYTE = `${PROSE}\n\n入门指南：安装、配置、运行。`;

const AHEAD: RegExp[] = [];

/** Registers `pattern` as a large one (prepareScanner compiles them all at once) and returns it. */
export function compiledAhead<T extends RegExp>(pattern: T): T {
  AHEAD.push(pattern);
  return pattern;
}

export function patternsCompiledAhead(): readonly RegExp[] {
  return AHEAD;
}

const COMPILED = new WeakSet<RegExp>();

/**
 * `pattern`, compiled to machine code if this is its first use (once per pattern; later calls
 * are one set lookup). Call it right before running a pattern registered with compiledAhead.
 */
export function compiled<T extends RegExp>(pattern: T): T {
  if (!COMPILED.has(pattern)) compileNow(pattern);
  return pattern;
}

/** Compiles `pattern` to machine code for both string representations; leaves lastIndex at 0. */
export function compileNow(pattern: RegExp): void {
  for (const subject of [PROSE, PROSE_TWO_BYTE]) {
    pattern.lastIndex = 0;
    pattern.test(subject);
  }
  pattern.lastIndex = 0;
  COMPILED.add(pattern);
}
