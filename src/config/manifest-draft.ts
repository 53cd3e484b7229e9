import { definitionHash, fieldHashes } from '../policy/pin.js';
import { inlineLocalRefs } from './inline-refs.js';
import { DRAFT_MARK } from './manifest-schema.js';

/**
 * Drafts a tool's manifest entry from its live definition, for `manifest init`. Everything is
 * pinned; everything else is a proposal the owner must review: the highest clearance, and
 * capabilities read from the annotations, assuming the worst where a hint is absent (the MCP
 * defaults: not read-only, destructive, open world).
 */

export interface DraftTool {
  clearance: string;
  capabilities: string[];
  sha256: string;
  pins: Record<string, string>;
  arguments: Record<string, unknown>;
  result: { structuredContent?: Record<string, unknown> };
  review: string;
}

export { DRAFT_MARK };

export function proposeCapabilities(annotations: unknown): { capabilities: string[]; hints: string } {
  const a = (annotations && typeof annotations === 'object' ? annotations : {}) as Record<string, unknown>;
  const readOnly = a.readOnlyHint === true;
  const destructive = !readOnly && a.destructiveHint !== false;
  const openWorld = a.openWorldHint !== false;
  const capabilities = new Set<string>();
  if (!readOnly) capabilities.add('data.write');
  if (destructive) capabilities.add('data.delete');
  if (openWorld) capabilities.add('net.egress').add('content.untrusted');
  const show = (name: string): string => `${name}=${typeof a[name] === 'boolean' ? String(a[name]) : 'absent'}`;
  return { capabilities: [...capabilities].sort(), hints: [show('readOnlyHint'), show('destructiveHint'), show('openWorldHint')].join(', ') };
}

export function draftTool(definition: Record<string, unknown>, highestClearance: string): DraftTool {
  const { capabilities, hints } = proposeCapabilities(definition.annotations);
  const input = schemaObject(definition.inputSchema) ?? { type: 'object', properties: {} };
  const output = schemaObject(definition.outputSchema);
  return {
    clearance: highestClearance,
    capabilities,
    sha256: definitionHash(definition),
    pins: fieldHashes(definition),
    arguments: input,
    result: output ? { structuredContent: output } : {},
    review: `${DRAFT_MARK}: written by manifest init. Capabilities proposed from annotations (${hints}); review clearance, capabilities and argument bounds, then remove this note.`,
  };
}

/**
 * A copy of a JSON Schema object without `$schema`, which says nothing about the arguments,
 * and with its local references written out (the manifest's schemas have none).
 */
function schemaObject(schema: unknown): Record<string, unknown> | undefined {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return undefined;
  const { $schema: _ignored, ...rest } = schema as Record<string, unknown>;
  return inlineLocalRefs(structuredClone(rest));
}
