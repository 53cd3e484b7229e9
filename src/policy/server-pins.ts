import { definitionHash } from './pin.js';
import type { ServerPins } from '../config/types.js';

/**
 * Server-level pins: what a server tells the model besides its tools. The initialize
 * `instructions`, the prompt definitions and the resource templates are hashed as canonical
 * JSON (lists sorted, so order changes are not changes).
 */

export interface ServerInventory {
  instructions: unknown;
  prompts: Record<string, unknown>[];
  resourceTemplates: Record<string, unknown>[];
  /** resources/list, fetched when the manifest approves resources (not part of any server pin). */
  resources?: Record<string, unknown>[];
}

const sortedBy = (key: string, items: Record<string, unknown>[]): Record<string, unknown>[] =>
  [...items].sort((a, b) => String(a[key] ?? '').localeCompare(String(b[key] ?? '')));

export function serverPinValues(inventory: ServerInventory): Required<ServerPins> {
  return {
    instructions: definitionHash(typeof inventory.instructions === 'string' ? inventory.instructions : null),
    prompts: definitionHash(sortedBy('name', inventory.prompts)),
    resourceTemplates: definitionHash(sortedBy('uriTemplate', inventory.resourceTemplates)),
  };
}

/** `server.<field>` for each pinned field whose live value differs; unpinned fields are not checked. */
export function serverPinChanges(pins: ServerPins | undefined, inventory: ServerInventory): string[] {
  if (!pins) return [];
  const live = serverPinValues(inventory);
  return (['instructions', 'prompts', 'resourceTemplates'] as const).filter((k) => pins[k] !== undefined && pins[k] !== live[k]).map((k) => `server.${k}`);
}
