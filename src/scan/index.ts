// Public entry of the untrusted-content scanner. Pure: no I/O, no globals that change.
import { analyzeText, orderWithinTier } from './analyze.js';
import type { DetectorModel } from './classifier.js';
import { findEncodedPayloads } from './encoded.js';
import { extractFeatures } from './features.js';
import { defaultModel } from './model/index.js';
import { normalizeDetailed } from './normalize.js';
import { redactSecrets } from './secrets.js';
import { decodeReferences } from './references.js';
import { joinCommentLines } from './comment-lines.js';
import { joinSoftBreaks } from './soft-breaks.js';
import { unfoldContentLines } from './unfold.js';
import { splitJoinedWords } from './joined-words.js';
import type { TokenFeatures } from './token-features.js';
import { WINDOW_SIZE } from './windows.js';
import { combine, hiddenScore, verdictFor } from './scoring.js';
import { DEFAULT_SCAN_POLICY } from './default-policy.js';
import type { RuleHit, ScanPolicy, TextScan } from './types.js';

export type { FrameMode, RuleHit, ScanPolicy, ScanVerdict, TextScan } from './types.js';
export { analyzeText, type Analysis } from './analyze.js';
export { normalizeText } from './normalize.js';
export { redactSecrets } from './secrets.js';
export { RULES } from './rules/index.js';
export { prepareScanner } from './prepare.js';
export { DEFAULT_SCAN_POLICY } from './default-policy.js';

/** Rule ids reported for signals that are not regex rules. */
const TAG_RULE: RuleHit = { ruleId: 'hidden.tag-characters', category: 'hidden-text' };
const ENCODED_RULE: RuleHit = { ruleId: 'encoded.payload-instruction', category: 'encoded-payload' };

export function scanText(input: string, policy: ScanPolicy): TextScan {
  return scanWithModel(input, policy, defaultModel());
}

/** scanText with an explicit model, so evaluation can score with per-fold models. */
export function scanWithModel(input: string, policy: ScanPolicy, model: DetectorModel): TextScan {
  const normalized = normalizeDetailed(input);
  let text = normalized.text;
  // The detector reads a calendar's folded lines unfolded (unfold.ts), references and escapes
  // decoded (references.ts), words strung together apart (joined-words.ts) and wrapped comment
  // lines and prose joined (comment-lines.ts, soft-breaks.ts); the host gets `text`.
  // Long texts are tokenized window by window inside analyzeText, never whole.
  let seen = readable(text);
  const long = seen.length > WINDOW_SIZE;
  let features: TokenFeatures | undefined = long ? undefined : extractFeatures(seen);
  let secrets: string[] = [];
  if (features?.maybeSecret ?? true) {
    // Only text the tokenizer saw a credential shape in pays for the secret patterns (a long
    // text goes straight to them: redactSecrets has its own cheap pre-test).
    const found = redactSecrets(text);
    secrets = found.secrets;
    if (policy.redactSecrets && found.text !== text) {
      text = found.text;
      seen = readable(text);
      features = seen.length > WINDOW_SIZE ? undefined : extractFeatures(seen);
    }
  }
  const frames = policy.frames ?? DEFAULT_SCAN_POLICY.frames;
  const main = analyzeText(seen, model, features, frames);
  const rules = [...main.rules];
  const scores = [main.score];

  const tagLetters = countLetters(normalized.tagPayload);
  scores.push(hiddenScore(normalized.hidden, tagLetters));
  if (tagLetters > 0) {
    rules.push(TAG_RULE);
    const payload = analyzeText(normalized.tagPayload, model, undefined, frames);
    scores.push(payload.score);
    mergeRules(rules, payload.rules);
  }
  if (main.longRuns.length > 0) {
    for (const p of findEncodedPayloads(seen, main.longRuns)) {
      const payload = analyzeText(p.text, model, undefined, frames);
      if (payload.rules.length > 0 || payload.score >= 0.5) {
        scores.push(Math.max(payload.score, 0.7));
        mergeRules(rules, [ENCODED_RULE, ...payload.rules]);
      }
    }
  }
  const score = orderWithinTier(combine(scores), main);
  return { text, score, verdict: verdictFor(score, policy), rules, hidden: normalized.hidden, secrets };
}

/** The text as the detector reads it: references decoded, joined words apart, wrapped prose joined. */
const readable = (text: string): string => joinSoftBreaks(joinCommentLines(splitJoinedWords(decodeReferences(unfoldContentLines(text)))));

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
