import { definitionHash, fieldHashes } from '../policy/pin.js';
import { DRAFT_MARK } from './manifest-schema.js';
import type { ServerInventory } from '../policy/server-pins.js';
import { exposeName, hasScheme } from '../policy/namespace.js';
import { compileUriTemplate } from '../policy/uri-template.js';

/**
 * Drafts manifest entries for a server's prompts, resources and resource templates, for
 * `manifest init`: pinned, at the highest clearance, marked DRAFT for review. Prompt argument
 * schemas are strings bounded in length, required as the server declares; resources allow the
 * MIME type the server lists (text/plain when it lists none) up to 1 MiB.
 */

const DEFAULT_MAX_BYTES = 1024 * 1024;
const MAX_ARGUMENT_LENGTH = 1000;

export function draftPrompt(definition: Record<string, unknown>, highestClearance: string): Record<string, unknown> {
  const args = Array.isArray(definition.arguments) ? (definition.arguments as Array<Record<string, unknown>>) : [];
  const properties = Object.fromEntries(
    args.filter((a) => typeof a.name === 'string').map((a) => [a.name as string, { type: 'string', maxLength: MAX_ARGUMENT_LENGTH, ...(typeof a.description === 'string' ? { description: a.description } : {}) }]),
  );
  const required = args.filter((a) => a.required === true && typeof a.name === 'string').map((a) => a.name as string);
  return {
    clearance: highestClearance,
    capabilities: ['content.untrusted'],
    sha256: definitionHash(definition),
    pins: fieldHashes(definition),
    arguments: { type: 'object', properties, ...(required.length ? { required } : {}) },
    review: `${DRAFT_MARK}: written by manifest init. Review clearance, capabilities and argument bounds, then remove this note.`,
  };
}

/** A resources/list entry or a resources/templates/list entry. */
export function draftResource(definition: Record<string, unknown>, highestClearance: string): Record<string, unknown> {
  const template = typeof definition.uriTemplate === 'string';
  return {
    ...(template ? { uriTemplate: definition.uriTemplate } : { uri: definition.uri }),
    clearance: highestClearance,
    capabilities: ['content.untrusted'],
    mimeTypes: [typeof definition.mimeType === 'string' ? definition.mimeType.toLowerCase() : 'text/plain'],
    maxBytes: DEFAULT_MAX_BYTES,
    sha256: definitionHash(definition),
    pins: fieldHashes(definition),
    review: `${DRAFT_MARK}: written by manifest init. Review clearance, capabilities, MIME types and size, then remove this note.`,
  };
}

/** Entry names for a server's resources: its names, made unique. */
export function draftResources(definitions: Record<string, unknown>[], highestClearance: string): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const definition of definitions) {
    if (typeof definition.uri !== 'string' && typeof definition.uriTemplate !== 'string') continue;
    const base = (typeof definition.name === 'string' && definition.name ? definition.name : 'resource').slice(0, 120);
    let key = base;
    for (let n = 2; key in out; n++) key = `${base}-${n}`;
    out[key] = draftResource(definition, highestClearance);
  }
  return out;
}

const HOST_SAFE = /^[a-zA-Z0-9_-]{1,64}$/;

/** The `prompts` and `resources` sections of a draft: only what the firewall could expose. */
export function draftItems(serverId: string, inventory: ServerInventory, highestClearance: string): { prompts?: Record<string, unknown>; resources?: Record<string, unknown> } {
  const prompts = inventory.prompts.filter((p) => typeof p.name === 'string' && HOST_SAFE.test(exposeName(serverId, p.name)));
  const listed = [...(inventory.resources ?? []), ...inventory.resourceTemplates].filter((r) => hasScheme(String(r.uri ?? r.uriTemplate ?? '')) && supportedTemplate(r.uriTemplate));
  return {
    ...(prompts.length ? { prompts: Object.fromEntries(prompts.map((p) => [p.name as string, draftPrompt(p, highestClearance)])) } : {}),
    ...(listed.length ? { resources: draftResources(listed, highestClearance) } : {}),
  };
}

/** Templates beyond RFC 6570 level 1 cannot be approved; they are left out of the draft. */
function supportedTemplate(template: unknown): boolean {
  if (typeof template !== 'string') return true;
  try {
    compileUriTemplate(template);
    return true;
  } catch {
    return false;
  }
}
