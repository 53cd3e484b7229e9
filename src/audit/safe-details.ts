import type { DetailValue } from './record.js';

/** Long strings in details are almost certainly payload that leaked in, not a "safe fact". */
export const MAX_DETAIL_STRING = 200;
const MAX_DETAIL_ARRAY = 100;

/**
 * Defence in depth for the audit record's `details`: callers must only put counts, scores,
 * field names and hashes there, but a mistake must not write a raw payload to disk.
 * Objects, nulls, non-finite numbers and mixed arrays are dropped (their keys are listed in
 * `detailsDropped`); strings are cut to MAX_DETAIL_STRING characters.
 */
export function sanitizeDetails(details: Record<string, unknown>): Record<string, DetailValue> {
  const safe: Record<string, DetailValue> = {};
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(details)) {
    const clean = sanitizeValue(value);
    if (clean === undefined) dropped.push(capString(key));
    else safe[capString(key)] = clean;
  }
  if (dropped.length > 0) safe.detailsDropped = dropped;
  return safe;
}

function sanitizeValue(value: unknown): DetailValue | undefined {
  if (typeof value === 'string') return capString(value);
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (!Array.isArray(value) || value.length > MAX_DETAIL_ARRAY) return undefined;
  if (value.every((item) => typeof item === 'string')) return value.map(capString);
  if (value.every((item) => typeof item === 'number' && Number.isFinite(item))) return [...value] as number[];
  return undefined;
}

function capString(text: string): string {
  return text.length > MAX_DETAIL_STRING ? text.slice(0, MAX_DETAIL_STRING) : text;
}
