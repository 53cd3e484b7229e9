// Scores text with two small linear models over the tokens, each summed over windows of
// WINDOW tokens; the highest window wins, so one injected line inside a long benign document is
// not diluted by the rest (DESIGN §11):
//  - ngram:  hashed words, bigrams, sentence starts, stems and shapes (learns wordings);
//  - struct: word classes (second person, imperatives, urgency, role words, punctuation
//            shapes) and class bigrams: the form of a command, independent of its topic.
// One loop computes both with rolling sums. (A per-word table distilled from word vectors was
// tried and dropped: out of source it ranked injections below benign text; see README.)
import * as featureIds from './feature-ids.js';
import * as features from './features.js';
import * as lexicon from './lexicon.js';
import * as tokenFeatures from './token-features.js';
import type { TokenFeatures } from './token-features.js';

// Imported bindings copied into module constants (see features.ts).
const { extractFeatures } = features;
const { HASH_SIZE, SLOTS } = featureIds;
if (SLOTS !== 5) throw new Error('windowScores unrolls exactly five feature slots per token');
const { AT_START } = tokenFeatures;
const CLASS_COUNT = lexicon.CLASS_COUNT;

/** Struct feature ids: (class, at start) unigrams, then (previous class, class) bigrams. */
export const STRUCT_SIZE = CLASS_COUNT * 2 + CLASS_COUNT * CLASS_COUNT;

export interface WindowModel {
  bias: number;
  weights: Float32Array;
}

export interface DetectorModel {
  window: number;
  ngram: WindowModel;
  struct: WindowModel;
  /** Logistic regression over combinerInputs (combiner.ts). */
  combiner: { bias: number; weights: Float64Array };
}

export interface WindowScores {
  /** Highest window logit of each model (bias included). */
  ngram: number;
  struct: number;
  tokens: number;
}

export function structUnigram(cls: number): number {
  return ((cls & 0x3f) << 1) | (cls & AT_START ? 1 : 0);
}

export function structBigram(prevCls: number, cls: number): number {
  return CLASS_COUNT * 2 + (prevCls & 0x3f) * CLASS_COUNT + (cls & 0x3f);
}

let ring = new Float32Array(256);
/**
 * How many tokens of the current window carry each n-gram feature (see windowScores): at most
 * 5 × the window's 32 tokens. Back at zero after every call.
 */
const present = new Uint8Array(HASH_SIZE);

/**
 * Words wholly in a script other than Latin (the tokenizer gives them no n-gram ids) add nothing
 * to either model and leave the class bigram linking the words around them. The development
 * split holds some scripts only in injections (Arabic: 61 injected rows, no benign one), so a
 * model trained on it learns the script instead of the attack and flags ordinary translated
 * text; other scripts are left to the multilingual rules, written from dictionaries.
 */
export function isScriptNeutral(ids: ArrayLike<number>, t: number): boolean {
  return ids[t * SLOTS]! < 0;
}

/**
 * Highest window logit of each model, stride 1. In the n-gram model repetition cannot build up
 * suspicion: a feature that points to an attack counts once per window, however often it
 * repeats (a column of four-digit years, a list of amounts or one word repeated, summed per
 * token, drove a window to a certainty no text earns: a table of numbers scored like an
 * attack), while one that points away counts every time, as before. The struct model counts
 * classes: their density is its signal (a run of imperatives).
 */
export function windowScores(model: DetectorModel, f: Pick<TokenFeatures, 'ids' | 'cls' | 'count'>): WindowScores {
  const { ids, cls, count } = f;
  const signed = signedWeights(model.ngram.weights);
  const ws = model.struct.weights;
  const win = model.window;
  if (ring.length < win) ring = new Float32Array(win);
  const r = ring;
  let sn = 0;
  let ss = 0;
  let bn = -Infinity;
  let bs = -Infinity;
  let prevCls = 0;
  for (let t = 0, o = 0, slot = 0; t < count; t++, o += SLOTS) {
    if (t >= win) {
      // the token leaving the window: its negative weights, and the positive ones no other
      // token in the window carries
      ss -= r[slot]!;
      // the five slots unrolled: this loop is the classifier's hot path
      const j = o - win * SLOTS;
      sn -= leaving(ids[j]!, signed) + leaving(ids[j + 1]!, signed) + leaving(ids[j + 2]!, signed) + leaving(ids[j + 3]!, signed) + leaving(ids[j + 4]!, signed);
    }
    let cs = 0;
    if (ids[o]! >= 0) {
      const k = cls[t]!;
      cs = ws[((k & 0x3f) << 1) | (k >>> 7)]! + ws[CLASS_COUNT * 2 + (prevCls & 0x3f) * CLASS_COUNT + (k & 0x3f)]!;
      prevCls = k;
    }
    r[slot] = cs;
    ss += cs;
    sn += entering(ids[o]!, signed) + entering(ids[o + 1]!, signed) + entering(ids[o + 2]!, signed) + entering(ids[o + 3]!, signed) + entering(ids[o + 4]!, signed);
    if (t >= win - 1) {
      if (sn > bn) bn = sn;
      if (ss > bs) bs = ss;
    }
    slot = slot + 1 === win ? 0 : slot + 1;
  }
  if (count < win) {
    // short text: one window holding everything
    bn = sn;
    bs = ss;
  }
  // the last window's features, counted back to zero for the next call
  for (let j = Math.max(0, count - win) * SLOTS; j < count * SLOTS; j++) {
    const id = ids[j]!;
    if (id >= 0) present[id]!--;
  }
  return { ngram: model.ngram.bias + bn, struct: model.struct.bias + bs, tokens: count };
}

/** What feature `id` (NONE: nothing) adds as it enters the window: its positive part only if no other token there has it. */
function entering(id: number, signed: Float32Array): number {
  if (id < 0) return 0;
  const at = id << 1;
  return present[id]!++ === 0 ? signed[at]! + signed[at + 1]! : signed[at]!;
}

/** What feature `id` takes away as it leaves the window (the mirror of entering). */
function leaving(id: number, signed: Float32Array): number {
  if (id < 0) return 0;
  const at = id << 1;
  return --present[id]! === 0 ? signed[at]! + signed[at + 1]! : signed[at]!;
}

/**
 * The n-gram weights split by sign (a weight is in one part, 0 in the other), per weights
 * array: windowScores adds the negative part at every occurrence and the positive part once,
 * without a branch on the sign. The parts of a feature sit side by side (negative at 2 × id,
 * positive after it), so a token's lookup reads one cache line of the 2 MB table, not one in
 * each of two tables. Weights must not change once a text has been scored with them.
 */
const SIGNED = new WeakMap<Float32Array, Float32Array>();
function signedWeights(w: Float32Array): Float32Array {
  let split = SIGNED.get(w);
  if (split === undefined) {
    split = new Float32Array(w.length * 2);
    for (let i = 0; i < w.length; i++) split[w[i]! > 0 ? 2 * i + 1 : 2 * i] = w[i]!;
    SIGNED.set(w, split);
  }
  return split;
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function checkModel(model: DetectorModel): void {
  if (model.ngram.weights.length !== HASH_SIZE || model.struct.weights.length !== STRUCT_SIZE) {
    throw new Error('model does not match the feature sizes');
  }
  // `present` counts a feature's tokens in one window in a byte
  if (!Number.isInteger(model.window) || model.window < 1 || model.window * SLOTS > 255) throw new Error(`model window of ${model.window} tokens: 1 to ${Math.floor(255 / SLOTS)} supported`);
}

/** Tokenizes and scores one text (tests and tools; the scanner reuses its own features). */
export function classify(text: string, model: DetectorModel): WindowScores & { features: TokenFeatures } {
  const features = extractFeatures(text);
  return { ...windowScores(model, features), features };
}
