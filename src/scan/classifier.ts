// Scores text with the trained linear model over hashed features. The text is cut into
// windows of WINDOW tokens and the highest window wins, so one injected line inside a long
// benign document is not diluted by the rest (DESIGN §11).
import { extractFeatures, HASH_SIZE, SLOTS, type TokenFeatures } from './features.js';
import { MODEL } from './model/index.js';

export interface LinearModel {
  window: number;
  bias: number;
  weights: Float32Array;
}

let contrib = new Float32Array(4096);

export interface ClassifierResult {
  /** Probability-like score in [0, 1] of the most suspicious window. */
  probability: number;
  logit: number;
  features: TokenFeatures;
}

/** Highest window logit over per-token contributions (sliding sum, stride 1). */
export function maxWindowLogit(model: LinearModel, f: TokenFeatures): number {
  const { ids, count } = f;
  const w = model.weights;
  const win = model.window;
  if (contrib.length < count) contrib = new Float32Array(Math.max(count, contrib.length * 2));
  // Unrolled over the SLOTS (5) feature slots: this loop is the classifier's hot path.
  for (let t = 0, o = 0; t < count; t++, o += SLOTS) {
    let c = 0;
    let id = ids[o]!;
    if (id >= 0) c += w[id]!;
    id = ids[o + 1]!;
    if (id >= 0) c += w[id]!;
    id = ids[o + 2]!;
    if (id >= 0) c += w[id]!;
    id = ids[o + 3]!;
    if (id >= 0) c += w[id]!;
    id = ids[o + 4]!;
    if (id >= 0) c += w[id]!;
    contrib[t] = c;
  }
  let sum = 0;
  let best = -Infinity;
  for (let t = 0; t < count; t++) {
    sum += contrib[t]!;
    if (t >= win) sum -= contrib[t - win]!;
    if (t >= win - 1 && sum > best) best = sum;
  }
  if (count < win) best = sum; // short text: one window holding everything
  return model.bias + best;
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function classify(text: string, model: LinearModel = MODEL): ClassifierResult {
  if (model.weights.length !== HASH_SIZE) throw new Error('model does not match the feature hash size');
  const features = extractFeatures(text);
  const logit = maxWindowLogit(model, features);
  return { probability: sigmoid(logit), logit, features };
}
