// The start analyses (regex-prefixes.ts) of the shipped patterns, written next to the compiled
// code at build time (scripts/write-start-analyses.mjs, run by `npm run build`) and read at
// start-up. Analysing every rule takes about a second of CPU, which every firewall start and
// every `mcp-firewall scan` paid before its first scan. An analysis is a function of the
// pattern's source and flags and of the analyser's code: entries are keyed by a hash of the
// first, and the file is used only when it was written by the analyser that is running (a hash
// of its compiled code). A pattern not in the file, a file written by other code, an unreadable
// or malformed file: the pattern is analysed as before, so the store changes how fast a filter
// is built, never what it holds.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { analyzeStarts } from './regex-prefixes.js';
import { startAnalysis, type StartAnalysis } from './start-analysis.js';

const STORE_FILE = new URL('./start-analyses.json', import.meta.url);
/** The analyser's code: an edit to either changes what it computes. */
const ANALYSER_FILES = ['./regex-prefixes.js', './start-sets.js'].map((name) => new URL(name, import.meta.url));

/** A stored analysis: prefixes, the prefixes that can match inside a word, anchored; null when unbounded. */
type Stored = [string[], string[], boolean] | null;

interface StoreFile {
  analyser: string;
  analyses: Record<string, Stored>;
}

/** Hash of the running analyser's compiled code; undefined when it runs from source (tests, tsx). */
function analyserDigest(): string | undefined {
  const hash = createHash('sha256');
  try {
    for (const file of ANALYSER_FILES) hash.update(readFileSync(file)).update('\0');
  } catch {
    return undefined;
  }
  return hash.digest('base64url');
}

/** A pattern's entry in the store: a hash of its flags and source. */
export const storeKey = (pattern: RegExp): string => createHash('sha256').update(pattern.flags).update('\0').update(pattern.source).digest('base64url');

function readStore(): Map<string, Stored> {
  const digest = analyserDigest();
  if (digest === undefined) return new Map();
  try {
    const file = JSON.parse(readFileSync(STORE_FILE, 'utf8')) as StoreFile;
    if (file.analyser !== digest || typeof file.analyses !== 'object' || file.analyses === null) return new Map();
    return new Map(Object.entries(file.analyses));
  } catch {
    return new Map();
  }
}

let store: Map<string, Stored> | undefined;
/** Every analysis this process computed or read, for the build step's writer (kept only while it records). */
let used: Map<string, Stored> | undefined;

/** Keeps every analysis from now on, for writeStartAnalyses (the build step calls it before it builds the filters). */
export function recordStartAnalyses(): void {
  used ??= new Map();
}

const fromStored = (entry: Stored): StartAnalysis | null => (entry === null ? null : startAnalysis(...entry));

/** analyzeStarts, read from the build's store when it holds this pattern. */
export function storedAnalysis(pattern: RegExp): StartAnalysis | null {
  store ??= readStore();
  const key = storeKey(pattern);
  const stored = store.get(key);
  // (an entry is read once: a filter is built once, and the store is not kept beside it)
  store.delete(key);
  if (stored !== undefined && isStored(stored)) {
    used?.set(key, stored);
    return fromStored(stored);
  }
  const analysis = analyzeStarts(pattern);
  used?.set(key, analysis === null ? null : [analysis.prefixes, analysis.midWordPrefixes, analysis.anchored]);
  return analysis;
}

/** A well-formed entry (a store that parses as JSON may still hold anything). */
function isStored(entry: unknown): entry is Stored {
  if (entry === null) return true;
  if (!Array.isArray(entry) || entry.length !== 3 || typeof entry[2] !== 'boolean') return false;
  return [entry[0], entry[1]].every((list) => Array.isArray(list) && list.every((s) => typeof s === 'string' && s.length > 0));
}

/**
 * Writes the analyses of every pattern analysed since recordStartAnalyses (the build step builds
 * every filter in between), for the compiled analyser; returns how many. Throws when running
 * from source.
 */
export function writeStartAnalyses(): number {
  const digest = analyserDigest();
  if (digest === undefined) throw new Error('the start analyses are written from the compiled code (dist/), after `tsc`');
  if (used === undefined) throw new Error('recordStartAnalyses() was not called before the filters were built');
  const file: StoreFile = { analyser: digest, analyses: Object.fromEntries(used) };
  writeFileSync(STORE_FILE, JSON.stringify(file));
  return used.size;
}
