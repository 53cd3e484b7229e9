import type { CompiledPrompt, CompiledResource } from '../config/types.js';
import { scanDefinition, type DescriptionVerdict } from '../policy/description-scan.js';
import { changedPinnedFields, definitionHash, fieldHashes } from '../policy/pin.js';
import type { ServerInventory } from '../policy/server-pins.js';
import type { ScanPolicy } from '../scan/index.js';
import type { ErrorCode } from '../errors.js';
import type { DetailValue } from '../audit/record.js';
import type { ScanCache } from './tool-verify.js';

/**
 * What each approved prompt and resource entry is worth, given what its server listed: the
 * same checks as a tool (pin, per-field pins naming the changed field, poisoned descriptions,
 * duplicates). Pure; the firewall recomputes it whenever the server's lists change.
 */

export type ItemState =
  | { ok: true; key: 'ok'; definition: Record<string, unknown> | undefined }
  | { ok: false; key: string; reason: ErrorCode; rules?: string[]; details: Record<string, DetailValue> };

const UNAVAILABLE: ItemState = { ok: false, key: 'missing', reason: 'DOWNSTREAM_UNAVAILABLE', details: { state: 'missing' } };

/** Prompt text a model reads: its title, description and each argument's description. */
function promptProse(definition: Record<string, unknown>): Record<string, unknown> {
  const args = Array.isArray(definition.arguments) ? (definition.arguments as Array<Record<string, unknown>>) : [];
  const properties = Object.fromEntries(args.map((a, i) => [String(i), { title: a.name, description: a.description }]));
  return { title: definition.title, description: definition.description, inputSchema: { properties } };
}

export function scanCached(definition: Record<string, unknown>, scan: ScanPolicy | undefined, cache: ScanCache): DescriptionVerdict {
  if (!scan) return { poisoned: false, rules: [] };
  const hash = definitionHash(definition);
  let verdict = cache.get(hash);
  if (!verdict) {
    verdict = scanDefinition(definition, scan);
    cache.set(hash, verdict);
  }
  return verdict;
}

function judge(
  pin: { pin?: string | undefined; fieldPins?: Readonly<Record<string, string>> | undefined },
  found: Record<string, unknown>[],
  prose: Record<string, unknown> | undefined,
  scan: ScanPolicy | undefined,
  cache: ScanCache,
): ItemState {
  if (found.length > 1) return { ok: false, key: 'duplicate', reason: 'NAME_CONFLICT', details: { kind: 'duplicate' } };
  const definition = found[0];
  if (!definition) return pin.pin === undefined ? { ok: true, key: 'ok', definition: undefined } : UNAVAILABLE;
  if (pin.pin !== undefined) {
    const live = definitionHash(definition);
    if (live !== pin.pin) {
      const changedFields = changedPinnedFields(pin.fieldPins, fieldHashes(definition));
      return { ok: false, key: `PIN_MISMATCH:${live}`, reason: 'PIN_MISMATCH', details: { changedFields, pinned: pin.pin, live } };
    }
  }
  const verdict = scanCached(prose ?? definition, scan, cache);
  if (verdict.poisoned) return { ok: false, key: `TOOL_POISONED:${definitionHash(definition)}`, reason: 'TOOL_POISONED', rules: verdict.rules, details: { state: 'poisoned' } };
  return { ok: true, key: 'ok', definition };
}

export function verifyPrompt(prompt: CompiledPrompt, inventory: ServerInventory, scan: ScanPolicy | undefined, cache: ScanCache): ItemState {
  const found = inventory.prompts.filter((p) => p.name === prompt.prompt);
  const state = judge(prompt, found, found[0] ? promptProse(found[0]) : undefined, scan, cache);
  // A prompt is always pinned: one the server does not list does not exist.
  return state.ok && !state.definition ? UNAVAILABLE : state;
}

export function verifyResource(resource: CompiledResource, inventory: ServerInventory, scan: ScanPolicy | undefined, cache: ScanCache): ItemState {
  const found =
    resource.kind === 'template'
      ? inventory.resourceTemplates.filter((t) => t.uriTemplate === resource.source)
      : (inventory.resources ?? []).filter((r) => r.uri === resource.source);
  return judge(resource, found, undefined, scan, cache);
}
