// Fits the detector's combiner: class-balanced, L2-regularised logistic regression over the few
// combiner inputs, solved exactly by Newton's method so the fit is deterministic.
import { INPUTS } from '../src/scan/combiner.js';

const COMBINER_L2 = 1;
/**
 * Extra weight of benign rows in the combiner fit. The operating point is at a low false-positive
 * rate, so errors on benign text matter more than the log-loss on injections.
 */
const COMBINER_NEG_WEIGHT = Number(process.env.COMBINER_NEG_WEIGHT ?? 4);

/** Class-balanced L2 logistic regression by Newton's method (few inputs: exact and deterministic). */
export function fitCombiner(xs: readonly Float64Array[], ys: readonly number[], l2 = COMBINER_L2): { bias: number; weights: Float64Array } {
  const d = INPUTS + 1;
  const pos = ys.filter((y) => y === 1).length;
  const neg = ys.length - pos;
  const cw = [(COMBINER_NEG_WEIGHT * ys.length) / (2 * Math.max(1, neg)), ys.length / (2 * Math.max(1, pos))];
  const beta = new Float64Array(d);
  for (let iter = 0; iter < 30; iter++) {
    const grad = new Float64Array(d);
    const hess = Array.from({ length: d }, () => new Float64Array(d));
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i]!;
      let z = beta[d - 1]!;
      for (let k = 0; k < INPUTS; k++) z += beta[k]! * x[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const w = cw[ys[i]!]!;
      const r = (p - ys[i]!) * w;
      const s = p * (1 - p) * w;
      for (let a = 0; a < d; a++) {
        const xa = a === d - 1 ? 1 : x[a]!;
        grad[a]! += r * xa;
        for (let b = 0; b <= a; b++) hess[a]![b]! += s * xa * (b === d - 1 ? 1 : x[b]!);
      }
    }
    for (let a = 0; a < d; a++) {
      for (let b = 0; b < a; b++) hess[b]![a] = hess[a]![b]!;
      if (a < d - 1) {
        grad[a]! += l2 * beta[a]!;
        hess[a]![a]! += l2;
      }
      hess[a]![a]! += 1e-9;
    }
    const step = solve(hess, grad);
    let change = 0;
    for (let a = 0; a < d; a++) {
      beta[a]! -= step[a]!;
      change = Math.max(change, Math.abs(step[a]!));
    }
    if (change < 1e-8) break;
  }
  return { bias: beta[d - 1]!, weights: beta.slice(0, INPUTS) };
}

export function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[piv]![c]!)) piv = r;
    [m[c], m[piv]] = [m[piv]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return Float64Array.from(m.map((row, i) => row[n]! / row[i]!));
}
