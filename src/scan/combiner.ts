// The learned combiner: a logistic regression over the window models' scores and the text's
// length. It is fitted on out-of-source scores of the window models
// (scripts/detector-train-core.ts), so it learns how far they can be trusted on document types
// they never saw.
//
// Rule hits are deliberately not among its inputs. The rules were written with the development
// split in view, so on that split they fire on almost no benign row, and a combiner fitted there
// learns to trust every rule category far more than text elsewhere warrants (it did: weights of
// 2 to 5 per category). Rule evidence enters the score instead through hand-set quantities that
// no fit on the development split can inflate: the tier a hit puts a text in, and the rules'
// own weights (analyze.ts).
import { sigmoid, type DetectorModel, type WindowScores } from './classifier.js';

export const INPUT_NAMES = ['ngram', 'struct', 'length'] as const;
export const INPUTS = INPUT_NAMES.length;

const clip = (x: number): number => (x < -12 ? -12 : x > 12 ? 12 : x);

/** The combiner's input vector for one text. */
export function combinerInputs(ws: WindowScores, out = new Float64Array(INPUTS)): Float64Array {
  out[0] = clip(ws.ngram);
  out[1] = clip(ws.struct);
  out[2] = Math.log1p(ws.tokens) / 5;
  return out;
}

export function combinerProbability(model: DetectorModel, x: Float64Array): number {
  const w = model.combiner.weights;
  let z = model.combiner.bias;
  for (let i = 0; i < INPUTS; i++) z += w[i]! * x[i]!;
  return sigmoid(z);
}
