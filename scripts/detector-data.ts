// Loads the injection dataset and turns each row into token features for training.
import { readFileSync } from 'node:fs';
import { extractFeatures, SLOTS } from '../src/scan/features.js';
import { normalizeDetailed } from '../src/scan/normalize.js';

export const DATASET = process.env.DETECTOR_DATASET ?? '/work/shared/data/injection/dev.jsonl';

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
  /** Feature ids, SLOTS per token. */
  ids: Int32Array;
  tokens: number;
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
    const f = extractFeatures(normalizeDetailed(row.text).text, true);
    return { row, y: row.label === 'injection' ? 1 : 0, ids: f.ids.slice(0, f.count * SLOTS), tokens: f.count };
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
