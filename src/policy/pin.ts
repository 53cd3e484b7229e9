import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * A tool's pin is the sha256 of the RFC 8785 canonical JSON of its whole definition as the
 * server announces it: any change to anything the model sees (name, title, description,
 * schemas, annotations, _meta) changes the pin.
 */
export function definitionHash(definition: unknown): string {
  const canonical = canonicalize(definition);
  if (canonical === undefined) throw new Error('definition is not JSON-serializable');
  return createHash('sha256').update(canonical).digest('hex');
}

/** Top-level fields whose values differ between two definitions, for audit records and diffs. */
export function changedFields(pinned: Record<string, unknown> | undefined, live: Record<string, unknown>): string[] {
  if (!pinned) return ['(definition)'];
  const keys = new Set([...Object.keys(pinned), ...Object.keys(live)]);
  return [...keys].filter((k) => canonicalize(pinned[k]) !== canonicalize(live[k])).sort();
}
