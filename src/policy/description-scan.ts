import { scanText, type ScanPolicy } from '../scan/index.js';

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

const MAX_STRINGS = 500;
const MAX_DEPTH = 12;
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

/** The model-visible prose of a definition: titles and descriptions, at any depth of its schemas. */
export function describedStrings(definition: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const key of ['title', 'description']) {
    if (typeof definition[key] === 'string') out.push(definition[key]);
  }
  const annotations = definition.annotations as Record<string, unknown> | undefined;
  if (typeof annotations?.title === 'string') out.push(annotations.title);
  collect(definition.inputSchema, out, 0);
  collect(definition.outputSchema, out, 0);
  return out;
}

// Schema keywords whose string values the model reads as prose.
const TEXT_KEYS = new Set(['title', 'description', 'default', 'examples', 'enum', 'const']);

function collect(node: unknown, out: string[], depth: number, textual = false): void {
  if (depth > MAX_DEPTH || out.length >= MAX_STRINGS) return;
  if (typeof node === 'string') {
    if (textual) out.push(node);
    return;
  }
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collect(item, out, depth + 1, textual);
    return;
  }
  for (const [key, value] of Object.entries(node)) collect(value, out, depth + 1, TEXT_KEYS.has(key));
}

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
