// Public entry of the untrusted-content scanner. Pure: no I/O, no globals that change.
import { windowScores, type DetectorModel } from './classifier.js';
import { combinerInputs, combinerProbability, INPUTS } from './combiner.js';
import { extractFeatures } from './features.js';
import type { TokenFeatures } from './token-features.js';
import { defaultModel } from './model/index.js';
import { findEncodedPayloads } from './encoded.js';
import { normalizeDetailed } from './normalize.js';
import { findRuleHits } from './rules/index.js';
import { redactSecrets } from './secrets.js';
import { combine, hiddenScore, verdictFor } from './scoring.js';
import type { RuleHit, ScanPolicy, TextScan } from './types.js';

export type { RuleHit, ScanPolicy, ScanVerdict, TextScan } from './types.js';
export { normalizeText } from './normalize.js';
export { redactSecrets } from './secrets.js';
export { RULES } from './rules/index.js';

/**
 * Thresholds chosen from the out-of-source evaluation (scripts/eval-detector.ts, group k-fold
 * by source): flag near the 1%-false-positive operating point (0.376 there; texts with a rule
 * hit score at least 0.5), block at the 0.5% point, so a block is rarely a false alarm.
 */
export const DEFAULT_SCAN_POLICY: ScanPolicy = Object.freeze({
  flagThreshold: 0.4,
  blockThreshold: 0.985,
  redactSecrets: true,
});

/** Rule ids reported for signals that are not regex rules. */
const TAG_RULE: RuleHit = { ruleId: 'hidden.tag-characters', category: 'hidden-text' };
const ENCODED_RULE: RuleHit = { ruleId: 'encoded.payload-instruction', category: 'encoded-payload' };

/** Scores of texts with a (non-weak) rule hit lie in [RULE_TIER, 1], of the others in [0, RULE_TIER). */
const RULE_TIER = 0.5;

export interface Analysis {
  /** Probability from the learned combiner, in [0, 1]. */
  score: number;
  rules: RuleHit[];
  /** The combiner's inputs (for training and evaluation). */
  inputs: Float64Array;
  longRuns: number[];
}

const scratch = new Float64Array(INPUTS);

/** Rules, window models and combiner on one piece of visible text (`inputs` is reused per call). */
export function analyzeText(text: string, model: DetectorModel, features: TokenFeatures = extractFeatures(text)): Analysis {
  const ws = windowScores(model, features);
  const found = findRuleHits(text, features);
  const categories = found.rules.map((r) => r.category);
  const inputs = combinerInputs(ws, found.score, categories, scratch);
  // Two tiers: a text with a rule hit always outranks one without. Out of source the rules
  // generalize far better than the window models, which only order texts within a tier.
  const p = combinerProbability(model, inputs);
  const score = Math.max(found.strong ? RULE_TIER + (1 - RULE_TIER) * p : RULE_TIER * p, found.floor);
  return { score, rules: found.rules, inputs, longRuns: features.longRuns };
}

export function scanText(input: string, policy: ScanPolicy): TextScan {
  return scanWithModel(input, policy, defaultModel());
}

/** scanText with an explicit model, so evaluation can score with per-fold models. */
export function scanWithModel(input: string, policy: ScanPolicy, model: DetectorModel): TextScan {
  const normalized = normalizeDetailed(input);
  let text = normalized.text;
  let features = extractFeatures(text);
  let secrets: string[] = [];
  if (features.maybeSecret) {
    // Only text the tokenizer saw a credential shape in pays for the secret patterns.
    const found = redactSecrets(text);
    secrets = found.secrets;
    if (policy.redactSecrets && found.text !== text) {
      text = found.text;
      features = extractFeatures(text);
    }
  }
  const main = analyzeText(text, model, features);
  const rules = [...main.rules];
  const scores = [main.score];

  const tagLetters = countLetters(normalized.tagPayload);
  scores.push(hiddenScore(normalized.hidden, tagLetters));
  if (tagLetters > 0) {
    rules.push(TAG_RULE);
    const payload = analyzeText(normalized.tagPayload, model);
    scores.push(payload.score);
    mergeRules(rules, payload.rules);
  }
  if (main.longRuns.length > 0) {
    for (const p of findEncodedPayloads(text, main.longRuns)) {
      const payload = analyzeText(p.text, model);
      if (payload.rules.length > 0 || payload.score >= 0.5) {
        scores.push(Math.max(payload.score, 0.7));
        mergeRules(rules, [ENCODED_RULE, ...payload.rules]);
      }
    }
  }
  const score = combine(scores);
  return { text, score, verdict: verdictFor(score, policy), rules, hidden: normalized.hidden, secrets };
}

function countLetters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) n++;
  }
  return n;
}

function mergeRules(into: RuleHit[], more: readonly RuleHit[]): void {
  for (const r of more) if (!into.some((x) => x.ruleId === r.ruleId)) into.push(r);
}
