// Compiles the scanner's large patterns to machine code before the first scan, in both of V8's
// string representations, so that they are compiled optimized and stay so.
//
// V8 runs a regular expression on a subject shorter than 1,000 characters in its bytecode
// interpreter first, and compiles it to machine code on the next use ("tier-up"). Once a process
// has generated about 1 MB of regexp code, V8 compiles every later regexp without optimization
// (as under --no-regexp-optimization: TooMuchRegExpCode in V8's regexp.cc), for the rest of the
// process. Measured on Node 20, bytecode is what fills that budget: 220 MB of machine code
// compiled straight from long subjects never tripped it, 1.8 MB of bytecode did. The scanner's
// large patterns make that much bytecode the first time they meet short texts (one rule alone
// made 1.1 MB): after a hundred short texts, an 8 KB README scanned in 5.6 ms instead of 1.6,
// and through the firewall, whose start scans the tools' short descriptions, every call paid
// for it. A subject of 1,000 characters or more goes straight to machine code, so one run of
// each large pattern on such a text compiles it at once, optimized, with no bytecode; a Latin-1
// and a two-byte text cover the two representations, each of which has its own code.
import { scanText, DEFAULT_SCAN_POLICY } from './index.js';
import { patternsCompiledAhead } from './compiled-ahead.js';
import { buildStartFilters } from './rules/lazy-start-filter.js';

/** Generic prose with the usual markup, longer than V8's 1,000-character tier-up threshold. */
const PROSE = [
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
const PROSE_TWO_BYTE = `${PROSE}\n\n入门指南：安装、配置、运行。`;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

let prepared: Promise<void> | undefined;

/**
 * Compiles the scanner's large patterns (compiled-ahead.ts), a pattern per turn of the event loop
 * (the largest take tens of milliseconds). Call it before the first scan: a server awaits it
 * before it starts its tool servers (whose descriptions it scans). Idempotent: later calls
 * return the first call's promise.
 */
export function prepareScanner(): Promise<void> {
  prepared ??= compileAll();
  return prepared;
}

async function compileAll(): Promise<void> {
  // (the catalogues' sticky copies are made with their start filters, built on first use)
  buildStartFilters();
  await nextTurn();
  for (const pattern of patternsCompiledAhead()) {
    for (const subject of [PROSE, PROSE_TWO_BYTE]) {
      pattern.lastIndex = 0;
      pattern.test(subject);
    }
    pattern.lastIndex = 0;
    await nextTurn();
  }
  // The patterns the scanner runs on every text (normalization, views, features, secrets).
  scanText(PROSE, DEFAULT_SCAN_POLICY);
  await nextTurn();
  scanText(PROSE_TWO_BYTE, DEFAULT_SCAN_POLICY);
}
