// Trains the windowed linear classifier: logistic regression over hashed token features,
// scored on WINDOW-token windows. Injected documents are "bags" of windows of which only some
// hold the injection, so training alternates (multiple-instance learning): first every window
// of an injected document counts as positive, then only its highest-scoring windows do.
import { maxWindowLogit, type LinearModel } from '../src/scan/classifier.js';
import { HASH_SIZE, SLOTS } from '../src/scan/features.js';
import { rng, shuffle, type Doc } from './detector-data.js';

export const WINDOW = 32;
const CALIBRATION_QUANTILE = 0.995;
const STRIDE = 16;

export interface TrainOptions {
  seed: number;
  epochs: number;
  rounds: number;
  l2: number;
  rate: number;
  /** Positive windows kept per injected document after the first round. */
  topK: number;
}

export const DEFAULT_TRAIN: TrainOptions = { seed: 20240601, epochs: 3, rounds: 3, l2: 1e-6, rate: 0.05, topK: 2 };

interface Instance {
  doc: Doc;
  start: number;
  end: number;
  y: number;
  weight: number;
}

function windowsOf(doc: Doc): Array<[number, number]> {
  if (doc.tokens <= WINDOW) return [[0, doc.tokens]];
  const out: Array<[number, number]> = [];
  for (let s = 0; s + WINDOW <= doc.tokens; s += STRIDE) out.push([s, s + WINDOW]);
  if ((doc.tokens - WINDOW) % STRIDE !== 0) out.push([doc.tokens - WINDOW, doc.tokens]);
  return out;
}

function windowLogit(m: LinearModel, doc: Doc, start: number, end: number): number {
  let z = m.bias;
  for (let o = start * SLOTS; o < end * SLOTS; o++) {
    const id = doc.ids[o]!;
    if (id >= 0) z += m.weights[id]!;
  }
  return z;
}

function topWindows(m: LinearModel, doc: Doc, k: number): Array<[number, number]> {
  return windowsOf(doc)
    .map((w) => ({ w, z: windowLogit(m, doc, w[0], w[1]) }))
    .sort((a, b) => b.z - a.z || a.w[0] - b.w[0])
    .slice(0, k)
    .map((x) => x.w);
}

function buildInstances(docs: readonly Doc[], model: LinearModel | null, opts: TrainOptions): Instance[] {
  const out: Instance[] = [];
  for (const doc of docs) {
    const wins = doc.y === 1 && model ? topWindows(model, doc, opts.topK) : windowsOf(doc);
    // Each document weighs the same in total, so long documents do not dominate.
    for (const [start, end] of wins) out.push({ doc, start, end, y: doc.y, weight: 1 / wins.length });
  }
  // Balance the classes: injections are ~60% of rows but far fewer windows.
  let pos = 0;
  let neg = 0;
  for (const x of out) x.y === 1 ? (pos += x.weight) : (neg += x.weight);
  for (const x of out) x.weight *= x.y === 1 ? (pos + neg) / (2 * pos) : (pos + neg) / (2 * neg);
  return out;
}

function sgd(instances: Instance[], opts: TrainOptions, seed: number): LinearModel {
  const weights = new Float32Array(HASH_SIZE);
  const g2 = new Float32Array(HASH_SIZE).fill(1e-2); // AdaGrad accumulators
  let bias = 0;
  let bias2 = 1e-2;
  const rnd = rng(seed);
  const model: LinearModel = { window: WINDOW, bias, weights };
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(instances, rnd);
    for (const x of instances) {
      model.bias = bias;
      const z = windowLogit(model, x.doc, x.start, x.end);
      const g = (1 / (1 + Math.exp(-z)) - x.y) * x.weight;
      bias2 += g * g;
      bias -= (opts.rate * g) / Math.sqrt(bias2);
      for (let o = x.start * SLOTS; o < x.end * SLOTS; o++) {
        const id = x.doc.ids[o]!;
        if (id < 0) continue;
        const gi = g + opts.l2 * weights[id]!;
        g2[id]! += gi * gi;
        weights[id]! -= (opts.rate * gi) / Math.sqrt(g2[id]!);
      }
    }
  }
  model.bias = bias;
  return model;
}

/** Highest stride-1 window logit of a document, as the runtime computes it. */
export function docLogit(m: LinearModel, doc: Doc): number {
  return maxWindowLogit(m, { ids: doc.ids, starts: new Int32Array(0), count: doc.tokens, longRuns: [], spacedLetters: false });
}

export function train(docs: readonly Doc[], opts: TrainOptions = DEFAULT_TRAIN): LinearModel {
  let model: LinearModel | null = null;
  for (let round = 0; round < opts.rounds; round++) {
    model = sgd(buildInstances(docs, model, opts), opts, opts.seed + round);
  }
  // Calibrate: a document's score is its most suspicious window, so benign documents score
  // far above a single window's logit. Shift the bias so that the benign training document at
  // the CALIBRATION_QUANTILE lands at probability 0.5; the classifier then only speaks up on
  // text that stands out from everything benign it has seen.
  const benign = docs.filter((d) => d.y === 0).map((d) => docLogit(model!, d)).sort((a, b) => a - b);
  const q = benign[Math.min(benign.length - 1, Math.floor(CALIBRATION_QUANTILE * benign.length))] ?? 0;
  model!.bias -= q;
  return model!;
}
