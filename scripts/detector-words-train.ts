// The word-vector diagnostic of the evaluation (not shipped): a per-word weight table distilled
// from word vectors, scored like a window model. Out of source it ranked injections below benign
// text, which is why the detector does not use it; eval-detector.ts prints it when the vectors
// are installed by hand.
import type { DetectorModel, WindowModel } from '../src/scan/classifier.js';
import { HASH_SIZE, SLOTS } from '../src/scan/feature-ids.js';
import type { Doc } from './detector-data.js';
import { solve } from './detector-combiner-fit.js';
import { sparseFamily, topWindows, windowsOf } from './detector-train-core.js';
import { DIM, type WordVectors } from './detector-words.js';

/**
 * Word weights by distillation: each word's log-odds of appearing in injected versus benign
 * documents (class-balanced, smoothed), regressed on its vector (ridge, weighted by how often
 * the word was seen). Every word with a vector then gets the weight its neighbourhood earned,
 * including words the training data never had.
 */
export function trainWordsDistilled(docs: readonly Doc[], wv: WordVectors, positive: (d: Doc) => Array<[number, number]>): WindowModel {
  const pos = new Float64Array(wv.rows);
  const neg = new Float64Array(wv.rows);
  let nPos = 0;
  let nNeg = 0;
  const seen = new Int32Array(wv.rows).fill(-1);
  docs.forEach((d, i) => {
    d.y === 1 ? nPos++ : nNeg++;
    // Injected documents count only their most suspicious windows: the carrier around an
    // injection is ordinary text and must not teach that its words are hostile.
    const spans: Array<[number, number]> = d.y === 1 ? positive(d) : [[0, d.tokens]];
    for (const [start, end] of spans) {
      for (let t = start; t < end; t++) {
        const r = d.wv![t]!;
        if (r < 0 || seen[r] === i) continue;
        seen[r] = i;
        d.y === 1 ? pos[r]!++ : neg[r]!++;
      }
    }
  });
  const A = Array.from({ length: DIM + 1 }, () => new Float64Array(DIM + 1));
  const b = new Float64Array(DIM + 1);
  for (let r = 0; r < wv.rows; r++) {
    const n = pos[r]! + neg[r]!;
    if (n < 3) continue;
    const target = Math.log((pos[r]! + 0.5) / (nPos + 1)) - Math.log((neg[r]! + 0.5) / (nNeg + 1));
    const w = Math.log1p(n);
    for (let a = 0; a <= DIM; a++) {
      const xa = a === DIM ? 1 : wv.vectors[r * DIM + a]! * WORD_SCALE;
      b[a]! += w * xa * target;
      for (let c = 0; c <= a; c++) A[a]![c]! += w * xa * (c === DIM ? 1 : wv.vectors[r * DIM + c]! * WORD_SCALE);
    }
  }
  for (let a = 0; a <= DIM; a++) {
    for (let c = 0; c < a; c++) A[c]![a] = A[a]![c]!;
    A[a]![a]! += WORDS_RIDGE;
  }
  const beta = solve(A, b);
  const weights = new Float32Array(HASH_SIZE);
  for (let id = 0; id < HASH_SIZE; id++) {
    const r = wv.rowOf[id]!;
    if (r < 0) continue;
    let s = beta[DIM]!;
    for (let k = 0; k < DIM; k++) s += beta[k]! * wv.vectors[r * DIM + k]! * WORD_SCALE;
    weights[id] = s;
  }
  return { bias: 0, weights };
}
const WORD_SCALE = 32; // undo the window division of the stored vectors
const WORDS_RIDGE = 1;

/** Highest window sum of a per-word table (diagnostic for the word-vector experiment). */
export function wordsScore(table: WindowModel, doc: Doc): number {
  let best = -Infinity;
  for (const [start, end] of windowsOf(doc)) {
    let z = table.bias;
    for (let t = start; t < end; t++) z += table.weights[doc.ids[t * SLOTS]!] ?? 0;
    best = Math.max(best, z);
  }
  return best;
}

/** Seed windows for the word-vector experiment: the n-gram model's most suspicious ones. */
export function ngramSeed(model: DetectorModel): (d: Doc) => Array<[number, number]> {
  const f = sparseFamily((d) => d.ids, SLOTS, HASH_SIZE, true);
  return (d) => topWindows(f, model.ngram, d, 2);
}
