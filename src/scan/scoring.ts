// Turns the separate signals (rule hits, classifier probability, hidden characters) into one
// score in [0, 1]. Signals combine like independent pieces of evidence (noisy-OR), so any one
// strong signal is enough and weak ones add up without exceeding 1.
import type { ScanPolicy, ScanVerdict } from './types.js';

/** Evidence from stripped hidden characters, by class and amount. */
export function hiddenScore(hidden: Record<string, number>, tagPayloadLetters: number): number {
  let keep = 1;
  const n = (cls: string): number => hidden[cls] ?? 0;
  if (n('tag') > 0) keep *= tagPayloadLetters >= 4 ? 0.2 : 0.5; // tags outside emoji flags carry text
  if (n('bidi') > 0) keep *= n('bidi') >= 3 ? 0.6 : 0.75; // ('bidi-mark', in right-to-left text: none)
  if (n('zero-width') > 0) keep *= n('zero-width') >= 10 ? 0.65 : n('zero-width') >= 3 ? 0.85 : 0.97;
  if (n('variation-selector') > 0) keep *= n('variation-selector') >= 8 ? 0.4 : 0.9;
  if (n('private-use') > 0) keep *= n('private-use') >= 16 ? 0.85 : 0.97;
  if (n('ansi') > 0) keep *= 0.95;
  if (n('control') > 0) keep *= n('control') >= 8 ? 0.85 : 0.95;
  return 1 - keep;
}

export function combine(scores: readonly number[]): number {
  let keep = 1;
  for (const s of scores) keep *= 1 - Math.min(1, Math.max(0, s));
  return 1 - keep;
}

export function verdictFor(score: number, policy: ScanPolicy): ScanVerdict {
  if (score >= policy.blockThreshold) return 'block';
  if (score >= policy.flagThreshold) return 'flag';
  return 'pass';
}
