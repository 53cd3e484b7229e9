// Public entry of the untrusted-content scanner. Pure: no I/O, no globals that change.
import { classify, type LinearModel } from './classifier.js';
import { MODEL } from './model/index.js';
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

/** Thresholds chosen from the out-of-source evaluation (scripts/eval-detector.ts). */
export const DEFAULT_SCAN_POLICY: ScanPolicy = Object.freeze({
  flagThreshold: 0.5,
  blockThreshold: 0.85,
  redactSecrets: true,
});

/**
 * The classifier's share of the score. Out of source it ranks well but is poorly calibrated
 * on document types it never saw (benign READMEs score high), so alone it can reach at most
 * this weight: below the flag threshold, a rule hit or hidden text is needed to flag.
 */
const CLASSIFIER_WEIGHT = 0.4;

/** Rule ids reported for signals that are not regex rules. */
const TAG_RULE: RuleHit = { ruleId: 'hidden.tag-characters', category: 'hidden-text' };
const ENCODED_RULE: RuleHit = { ruleId: 'encoded.payload-instruction', category: 'encoded-payload' };

interface Analysis {
  score: number;
  rules: RuleHit[];
}

/** Rules and classifier on one piece of visible text. */
function analyze(text: string, model: LinearModel): Analysis & { longRuns: number[] } {
  const clf = classify(text, model);
  const { rules, score: rScore } = findRuleHits(text, clf.features);
  return { score: combine([rScore, CLASSIFIER_WEIGHT * clf.probability]), rules, longRuns: clf.features.longRuns.slice() };
}

/** Payloads hidden from a human reader (tag characters, base64/hex) get the same analysis. */
function analyzePayload(text: string, model: LinearModel): Analysis {
  const clf = classify(text, model);
  const { rules, score } = findRuleHits(text, clf.features);
  return { score: combine([score, CLASSIFIER_WEIGHT * clf.probability]), rules };
}

export function scanText(input: string, policy: ScanPolicy): TextScan {
  return scanWithModel(input, policy, MODEL);
}

/** scanText with an explicit classifier, so evaluation can score with per-fold models. */
export function scanWithModel(input: string, policy: ScanPolicy, model: LinearModel): TextScan {
  const normalized = normalizeDetailed(input);
  const found = redactSecrets(normalized.text);
  const text = policy.redactSecrets ? found.text : normalized.text;
  const main = analyze(text, model);
  const rules = [...main.rules];
  const scores = [main.score];

  const tagLetters = normalized.tagPayload.replace(/[^a-z]/gi, '').length;
  scores.push(hiddenScore(normalized.hidden, tagLetters));
  if (tagLetters > 0) {
    rules.push(TAG_RULE);
    const payload = analyzePayload(normalized.tagPayload, model);
    scores.push(payload.score);
    mergeRules(rules, payload.rules);
  }
  if (main.longRuns.length > 0) {
    for (const p of findEncodedPayloads(text, main.longRuns)) {
      const payload = analyzePayload(p.text, model);
      if (payload.rules.length > 0 || payload.score >= 0.5) {
        scores.push(Math.max(payload.score, 0.7));
        mergeRules(rules, [ENCODED_RULE, ...payload.rules]);
      }
    }
  }
  const score = combine(scores);
  return { text, score, verdict: verdictFor(score, policy), rules, hidden: normalized.hidden, secrets: found.secrets };
}

function mergeRules(into: RuleHit[], more: readonly RuleHit[]): void {
  for (const r of more) if (!into.some((x) => x.ruleId === r.ruleId)) into.push(r);
}
