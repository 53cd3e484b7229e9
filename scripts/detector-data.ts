// Loads the injection dataset and turns each row into what training needs: token features for
// the window models and the rule findings the combiner reads.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { structBigram, structUnigram } from '../src/scan/classifier.js';
import { SLOTS } from '../src/scan/feature-ids.js';
import { extractFeatures } from '../src/scan/features.js';
import { normalizeDetailed } from '../src/scan/normalize.js';
import { findRuleHits } from '../src/scan/rules/index.js';

/** The development split, from `../shared` beside the repository unless DETECTOR_DATASET names another file. */
export const DATASET = process.env.DETECTOR_DATASET ?? fileURLToPath(new URL('../../shared/data/injection/dev.jsonl', import.meta.url));

export interface Row {
  id: string;
  text: string;
  label: 'injection' | 'benign';
  source: string;
  kind: string;
}

export interface Doc {
  row: Row;
  y: 0 | 1;
  /** N-gram feature ids, SLOTS per token. */
  ids: Int32Array;
  /** Struct feature ids, 2 per token. */
  struct: Int32Array;
  /** Word class per token (features.ts `cls`). */
  cls: Uint8Array;
  tokens: number;
  /** Rule findings on the normalized text (fixed: rules are not trained). */
  ruleScore: number;
  categories: string[];
  /** Row of each token in the word-vector matrix, -1 when the word has none (set by words.ts). */
  wv?: Int32Array;
}

export function loadRows(path = DATASET): Row[] {
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
  // Stable order regardless of file order: training must be deterministic.
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function featurize(rows: readonly Row[]): Doc[] {
  return rows.map((row) => {
    const text = normalizeDetailed(row.text).text;
    const f = extractFeatures(text, true);
    const struct = new Int32Array(2 * f.count);
    let prev = 0;
    for (let t = 0; t < f.count; t++) {
      struct[2 * t] = structUnigram(f.cls[t]!);
      struct[2 * t + 1] = structBigram(prev, f.cls[t]!);
      prev = f.cls[t]!;
    }
    const found = findRuleHits(text, f);
    return {
      row,
      y: row.label === 'injection' ? 1 : 0,
      ids: f.ids.slice(0, f.count * SLOTS),
      struct,
      cls: f.cls.slice(0, f.count),
      tokens: f.count,
      ruleScore: found.score,
      categories: found.rules.map((r) => r.category),
    };
  });
}

/** Seeded PRNG (mulberry32): every shuffle in training and evaluation is reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(xs: T[], rnd: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}
