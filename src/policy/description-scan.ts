import { scanText, type ScanPolicy } from '../scan/index.js';
import { describedStrings } from './described-strings.js';

/**
 * Tool poisoning: a description (or title, or a parameter's description) the model reads as
 * instructions. Scanned once per live definition at verify time, never per call. A text the
 * scanner blocks, or one carrying characters a reviewer cannot see, withholds the tool.
 */

export interface DescriptionVerdict {
  poisoned: boolean;
  /** Scanner rule ids, plus `hidden.<class>` for invisible characters. Safe to audit. */
  rules: string[];
}

// Emoji presentation selectors (U+FE0E/FE0F) are routine in descriptions; only runs of them
// (data smuggled in variation selectors) count as hidden text.
const VARIATION_SELECTOR_ALLOWANCE = 4;
/**
 * A description is written to the model, so speaking to it ("cite the sources in your response",
 * "before you answer, ...") is its job, not a sign of poisoning. Rules of these categories alone
 * never withhold a tool; every other category (override, hidden instructions, exfiltration,
 * coercion, markers, encoded payloads, persona switches) does.
 */
const EXPECTED_IN_DESCRIPTIONS = new Set(['addressed-to-assistant']);

export function scanDefinition(definition: Record<string, unknown>, policy: ScanPolicy): DescriptionVerdict {
  const rules = new Set<string>();
  let poisoned = false;
  for (const text of describedStrings(definition)) {
    const result = scanText(text, policy);
    if (result.verdict === 'block') {
      const telling = result.rules.filter((r) => !EXPECTED_IN_DESCRIPTIONS.has(r.category));
      if (telling.length > 0 || result.rules.length === 0) {
        poisoned = true;
        for (const rule of telling) rules.add(rule.ruleId);
        if (result.rules.length === 0) rules.add('scan.score');
      }
    }
    for (const [cls, count] of Object.entries(result.hidden)) {
      if (count <= 0 || (cls === 'variation-selector' && count <= VARIATION_SELECTOR_ALLOWANCE)) continue;
      poisoned = true;
      rules.add(`hidden.${cls}`);
    }
  }
  return { poisoned, rules: [...rules].sort() };
}
