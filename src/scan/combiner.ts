// The learned combiner: a logistic regression over the separate signals (the two window
// models, rule hits per category, text length). It is fitted on out-of-source scores of the
// window models (scripts/detector-train-core.ts), so it learns how far each signal can be
// trusted on document types the models never saw, instead of a hand-set cap.
import { sigmoid, type DetectorModel, type WindowScores } from './classifier.js';

/** Rule categories with their own input; keep in sync with rules/*.ts. */
export const CATEGORIES = [
  'instruction-override',
  'encoded-payload',
  'role-marker',
  'persona-switch',
  'delimiter-spoof',
  'addressed-to-assistant',
  'hidden-instruction',
  'tool-coercion',
  'exfiltration',
] as const;

/**
 * The window models get separate slopes for texts with and without a rule hit: with a hit they
 * only reorder texts the rules already caught; without one they are the only evidence.
 */
export const INPUT_NAMES = ['ngram', 'struct', 'ngram-with-rule', 'struct-with-rule', 'any-rule', 'rules', ...CATEGORIES, 'length'] as const;
export const INPUTS = INPUT_NAMES.length;

const clip = (x: number): number => (x < -12 ? -12 : x > 12 ? 12 : x);

/** The combiner's input vector for one text. */
export function combinerInputs(ws: WindowScores, ruleScore: number, categories: readonly string[], out = new Float64Array(INPUTS)): Float64Array {
  const any = ruleScore > 0 ? 1 : 0;
  out[0] = clip(ws.ngram) * (1 - any);
  out[1] = clip(ws.struct) * (1 - any);
  out[2] = clip(ws.ngram) * any;
  out[3] = clip(ws.struct) * any;
  out[4] = any;
  out[5] = ruleScore;
  for (let k = 0; k < CATEGORIES.length; k++) out[6 + k] = 0;
  for (const c of categories) {
    const k = CATEGORIES.indexOf(c as (typeof CATEGORIES)[number]);
    if (k >= 0) out[6 + k] = 1;
  }
  out[INPUTS - 1] = Math.log1p(ws.tokens) / 5;
  return out;
}

export function combinerProbability(model: DetectorModel, x: Float64Array): number {
  const w = model.combiner.weights;
  let z = model.combiner.bias;
  for (let i = 0; i < INPUTS; i++) z += w[i]! * x[i]!;
  return sigmoid(z);
}
