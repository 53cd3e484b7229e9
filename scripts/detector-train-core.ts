// Trains the detector: two window models (hashed n-grams, word-class structure) and the
// logistic-regression combiner on top of them. (A per-word table distilled from word vectors is
// trained only as a diagnostic, in detector-words-train.ts: out of source it did not help.)
//
// Window models: logistic regression over WINDOW-token windows. Injected documents are "bags"
// of windows of which only some hold the injection. Where the dataset also holds the clean
// carrier an injected row was made from, the windows richest in words the carrier lacks are the
// positives. Elsewhere training alternates (multiple-instance learning): first every window of
// an injected document counts as positive, then only its highest-scoring windows do.
//
// Combiner: fitted on out-of-source scores of the window models (each group of sources is
// scored by models trained without it), so its weights reflect how the signals behave on
// documents of a kind the models never saw.
import { STRUCT_SIZE, windowScores, type DetectorModel, type WindowModel } from '../src/scan/classifier.js';
import { combinerInputs, INPUTS } from '../src/scan/combiner.js';
import { fitCombiner } from './detector-combiner-fit.js';
import { HASH_SIZE, SLOTS } from '../src/scan/feature-ids.js';
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

export const NGRAM_TRAIN: TrainOptions = { seed: 20240601, epochs: 3, rounds: 3, l2: 1e-6, rate: 0.05, topK: 2 };
export const STRUCT_TRAIN: TrainOptions = { seed: 20240602, epochs: 3, rounds: 3, l2: 1e-4, rate: 0.05, topK: 2 };

interface Instance {
  doc: Doc;
  start: number;
  end: number;
  y: number;
  weight: number;
}

export function windowsOf(doc: Doc): Array<[number, number]> {
  if (doc.tokens <= WINDOW) return [[0, doc.tokens]];
  const out: Array<[number, number]> = [];
  for (let s = 0; s + WINDOW <= doc.tokens; s += STRIDE) out.push([s, s + WINDOW]);
  if ((doc.tokens - WINDOW) % STRIDE !== 0) out.push([doc.tokens - WINDOW, doc.tokens]);
  return out;
}

/** How one model family reads a document. */
export interface Family {
  logit(m: WindowModel, doc: Doc, start: number, end: number): number;
  /** Adds -rate-scaled gradient g for the window to the model. */
  update(m: WindowModel, g2: Float32Array, doc: Doc, start: number, end: number, g: number, opts: TrainOptions): void;
  size: number;
}

/**
 * A linear model over the feature ids of a window's tokens. With `once`, a feature of positive
 * weight counts once per window and one of negative weight at every occurrence (as windowScores
 * reads the n-gram model); otherwise every feature counts as often as it occurs.
 */
export function sparseFamily(get: (d: Doc) => Int32Array, slots: number, size: number, once = false): Family {
  // the window each feature was last counted in (a stamp per call, so nothing is cleared)
  const stamp = new Int32Array(size);
  let serial = 0;
  const fresh = (id: number): boolean => {
    if (!once) return true;
    if (stamp[id] === serial) return false;
    stamp[id] = serial;
    return true;
  };
  return {
    size,
    logit(m, doc, start, end) {
      const ids = get(doc);
      let z = m.bias;
      serial++;
      for (let o = start * slots; o < end * slots; o++) {
        const id = ids[o]!;
        if (id >= 0 && (fresh(id) || m.weights[id]! < 0)) z += m.weights[id]!;
      }
      return z;
    },
    update(m, g2, doc, start, end, g, opts) {
      const ids = get(doc);
      const w = m.weights;
      serial++;
      for (let o = start * slots; o < end * slots; o++) {
        const id = ids[o]!;
        if (id < 0 || !(fresh(id) || w[id]! < 0)) continue;
        const gi = g + opts.l2 * w[id]!;
        g2[id]! += gi * gi;
        w[id]! -= (opts.rate * gi) / Math.sqrt(g2[id]!);
      }
    },
  };
}

export function topWindows(f: Family, m: WindowModel, doc: Doc, k: number): Array<[number, number]> {
  return windowsOf(doc)
    .map((w) => ({ w, z: f.logit(m, doc, w[0], w[1]) }))
    .sort((a, b) => b.z - a.z || a.w[0] - b.w[0])
    .slice(0, k)
    .map((x) => x.w);
}

type Seed = (d: Doc) => Array<[number, number]>;

/** The windows of an injected doc holding the most tokens its clean carrier lacks (Doc.novel). */
function novelWindows(doc: Doc, k: number): Array<[number, number]> {
  const novel = doc.novel!;
  return windowsOf(doc)
    .map((w) => {
      let n = 0;
      for (let t = w[0]; t < w[1]; t++) n += novel[t]!;
      return { w, n };
    })
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n || a.w[0] - b.w[0])
    .slice(0, k)
    .map((x) => x.w);
}

const LOCALIZE = process.env.DETECTOR_LOCALIZE !== '0';

function buildInstances(f: Family, docs: readonly Doc[], model: WindowModel | null, opts: TrainOptions, seed?: Seed): Instance[] {
  const out: Instance[] = [];
  for (const doc of docs) {
    // Where the dataset shows where the attack sits, train on that, not on a guess.
    const located = LOCALIZE && doc.y === 1 && doc.novel ? novelWindows(doc, opts.topK) : [];
    const wins = located.length > 0 ? located : doc.y === 1 && model ? topWindows(f, model, doc, opts.topK) : doc.y === 1 && seed ? seed(doc) : windowsOf(doc);
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

function sgd(f: Family, instances: Instance[], opts: TrainOptions, seed: number): WindowModel {
  const model: WindowModel = { bias: 0, weights: new Float32Array(f.size) };
  const g2 = new Float32Array(f.size).fill(1e-2); // AdaGrad accumulators
  let bias2 = 1e-2;
  const rnd = rng(seed);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(instances, rnd);
    for (const x of instances) {
      const z = f.logit(model, x.doc, x.start, x.end);
      const g = (1 / (1 + Math.exp(-z)) - x.y) * x.weight;
      bias2 += g * g;
      model.bias -= (opts.rate * g) / Math.sqrt(bias2);
      f.update(model, g2, x.doc, x.start, x.end, g, opts);
    }
  }
  return model;
}

function trainFamily(f: Family, docs: readonly Doc[], opts: TrainOptions, seed?: Seed): WindowModel {
  let model: WindowModel | null = null;
  for (let round = 0; round < opts.rounds; round++) model = sgd(f, buildInstances(f, docs, model, opts, seed), opts, opts.seed + round);
  return model!;
}

const featuresOf = (d: Doc) => ({ ids: d.ids, cls: d.cls, count: d.tokens });

/** Combiner inputs of each document under `model` (rules come precomputed with the doc). */
export function inputsOf(model: DetectorModel, docs: readonly Doc[]): Float64Array[] {
  return docs.map((d) => combinerInputs(windowScores(model, featuresOf(d))));
}

/**
 * Calibrates each window model: a document's score is its most suspicious window, so benign
 * documents score far above a single window's logit. The bias is shifted so that the benign
 * training document at CALIBRATION_QUANTILE lands at logit 0.
 */
function calibrate(model: DetectorModel, docs: readonly Doc[]): void {
  const benign = docs.filter((d) => d.y === 0);
  for (const key of ['ngram', 'struct'] as const) {
    const zs = benign.map((d) => windowScores(model, featuresOf(d))[key]).sort((a, b) => a - b);
    model[key].bias -= zs[Math.min(zs.length - 1, Math.floor(CALIBRATION_QUANTILE * zs.length))] ?? 0;
  }
}

/** The window models, calibrated; the combiner is left empty. */
export function trainWindowModels(docs: readonly Doc[]): DetectorModel {
  const t0 = performance.now();
  const ngramFamily = sparseFamily((d) => d.ids, SLOTS, HASH_SIZE, true);
  const ngram = trainFamily(ngramFamily, docs, NGRAM_TRAIN);
  // The other two start from the n-gram model's most suspicious windows, not whole carriers.
  const seed: Seed = (d) => topWindows(ngramFamily, ngram, d, 2);
  const t1 = performance.now();
  const struct = trainFamily(sparseFamily((d) => d.struct, 2, STRUCT_SIZE), docs, STRUCT_TRAIN, process.env.STRUCT_ALL ? undefined : seed);
  const t2 = performance.now();
  if (process.env.DETECTOR_TIMING) process.stderr.write(`ngram ${(t1 - t0).toFixed(0)} struct ${(t2 - t1).toFixed(0)} ms\n`);
  const model: DetectorModel = { window: WINDOW, ngram, struct, combiner: { bias: 0, weights: new Float64Array(INPUTS) } };
  calibrate(model, docs);
  return model;
}

/** Splits documents into at most `k` groups of whole sources (deterministic). */
export function sourceGroups(docs: readonly Doc[], k: number): Doc[][] {
  const bySource = new Map<string, Doc[]>();
  for (const d of docs) bySource.set(d.row.source, [...(bySource.get(d.row.source) ?? []), d]);
  const sources = [...bySource.keys()].sort((a, b) => bySource.get(b)!.length - bySource.get(a)!.length || (a < b ? -1 : 1));
  const groups: Doc[][] = Array.from({ length: Math.min(k, sources.length) }, () => []);
  sources.forEach((s, i) => groups[i % groups.length]!.push(...bySource.get(s)!));
  return groups;
}

/**
 * The full detector: combiner fitted on out-of-source window-model scores (one model per
 * group, scoring that group), then window models retrained on everything.
 */
export function trainDetector(docs: readonly Doc[], innerGroups: number, log = (_: string): void => {}): DetectorModel {
  const xs: Float64Array[] = [];
  const ys: number[] = [];
  for (const group of sourceGroups(docs, innerGroups)) {
    const held = new Set(group);
    const model = trainWindowModels(docs.filter((d) => !held.has(d)));
    xs.push(...inputsOf(model, group));
    ys.push(...group.map((d) => d.y));
    log(`inner group of ${group.length} rows done`);
  }
  const combiner = fitCombiner(xs, ys);
  const model = trainWindowModels(docs);
  model.combiner = combiner;
  return model;
}
