import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonical-json.js';

/**
 * A tool's pin is the sha256 of the RFC 8785 canonical JSON of its whole definition as the
 * server announces it: any change to anything the model sees (name, title, description,
 * schemas, annotations, _meta) changes the pin.
 */
export function definitionHash(definition: unknown): string {
  if (definition === undefined) throw new Error('definition is not JSON-serializable');
  return createHash('sha256').update(canonicalJson(definition)).digest('hex');
}

/** Top-level fields whose values differ between two definitions, for audit records and diffs. */
export function changedFields(pinned: Record<string, unknown> | undefined, live: Record<string, unknown>): string[] {
  if (!pinned) return ['(definition)'];
  const keys = new Set([...Object.keys(pinned), ...Object.keys(live)]);
  const same = (a: unknown, b: unknown): boolean => (a === undefined || b === undefined ? a === b : canonicalJson(a) === canonicalJson(b));
  return [...keys].filter((k) => !same(pinned[k], live[k])).sort();
}

/**
 * Per-field pins: the hash of each top-level field of a definition. Stored next to the
 * whole-definition pin so a mismatch can name what changed without the manifest or the audit
 * log ever holding the text. A field whose value is absent has no entry.
 */
export function fieldHashes(definition: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(definition).sort()) {
    if (definition[key] !== undefined) out[key] = definitionHash(definition[key]);
  }
  return out;
}

/** Fields whose live hash differs from the pinned one; '(definition)' when no field pins exist. */
export function changedPinnedFields(pins: Readonly<Record<string, string>> | undefined, live: Record<string, string>): string[] {
  if (!pins) return ['(definition)'];
  const keys = new Set([...Object.keys(pins), ...Object.keys(live)]);
  const changed = [...keys].filter((k) => pins[k] !== live[k]).sort();
  // The whole-definition pin is authoritative: field pins that agree cannot clear a mismatch.
  return changed.length ? changed : ['(definition)'];
}
