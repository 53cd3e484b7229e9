import type { FirewallPolicy } from '../config/types.js';
import { redactSecrets, scanText, type ScanVerdict } from '../scan/index.js';

/**
 * The scan pipeline for texts that are not tool results (sampling messages, elicitation
 * prompts, log messages, progress messages): the same normalization, rules, classifier and
 * secret redaction, tallied over every text of one message. With scanning off, secrets are
 * still redacted when the policy says so.
 */
export interface ScreenTally {
  verdict: ScanVerdict;
  score: number;
  rules: Set<string>;
  categories: Set<string>;
  secrets: Set<string>;
  changed: boolean;
}

const RANK = { pass: 0, flag: 1, block: 2 } as const;

export type TextScreen = (text: string, tally: ScreenTally) => string;

export const newTally = (): ScreenTally => ({ verdict: 'pass', score: 0, rules: new Set(), categories: new Set(), secrets: new Set(), changed: false });

export function textScreen(policy: FirewallPolicy['scan']): TextScreen {
  return (text, tally) => {
    if (!policy.enabled) {
      if (!policy.redactSecrets) return text;
      const found = redactSecrets(text);
      for (const s of found.secrets) tally.secrets.add(s);
      if (found.text !== text) tally.changed = true;
      return found.text;
    }
    const report = scanText(text, policy);
    if (report.text !== text) tally.changed = true;
    tally.score = Math.max(tally.score, report.score);
    if (RANK[report.verdict] > RANK[tally.verdict]) tally.verdict = report.verdict;
    for (const hit of report.rules) {
      tally.rules.add(hit.ruleId);
      if (report.verdict !== 'pass') tally.categories.add(hit.category);
    }
    for (const s of report.secrets) tally.secrets.add(s);
    return report.text;
  };
}

/** Audit facts of a tally: rule ids, score, verdict, secret types; never the text. */
export function tallyDetails(tally: ScreenTally): Record<string, unknown> {
  return {
    scanVerdict: tally.verdict,
    scanScore: Math.round(tally.score * 1000) / 1000,
    ...(tally.secrets.size ? { secretsRedacted: [...tally.secrets].sort() } : {}),
  };
}

export function tallyRules(tally: ScreenTally): string[] {
  return [...tally.rules].map((r) => `scan:${r}`);
}

export function categoriesOf(tally: ScreenTally): string {
  return [...tally.categories].sort().join(', ') || 'unsafe content';
}
