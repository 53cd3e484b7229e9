// Everything a scan builds or compiles on first use, done at once: the start filters, the large
// patterns' machine code (machine-code.ts) and the patterns every scan runs. A long-running
// process does not need it (each part is made the first time a text needs it); it is for
// measurements, whose first timed scan should not pay for compiling.
import { scanText, DEFAULT_SCAN_POLICY } from './index.js';
import { compileNow, patternsCompiledAhead, PROSE, PROSE_TWO_BYTE } from './machine-code.js';
import { buildStartFilters } from './rules/lazy-start-filter.js';

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

let prepared: Promise<void> | undefined;

/**
 * Builds and compiles everything a scan may use, a pattern per turn of the event loop (the
 * largest take tens of milliseconds). Idempotent: later calls return the first call's promise.
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
    compileNow(pattern);
    await nextTurn();
  }
  // The patterns the scanner runs on every text (normalization, views, features, secrets).
  scanText(PROSE, DEFAULT_SCAN_POLICY);
  await nextTurn();
  scanText(PROSE_TWO_BYTE, DEFAULT_SCAN_POLICY);
}
