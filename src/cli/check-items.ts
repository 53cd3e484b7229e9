import type { ServerConnection } from '../downstream/server-connection.js';
import { verifyPrompt, verifyResource, type ItemState } from '../downstream/item-verify.js';
import type { FirewallPolicy } from '../config/types.js';
import { renderTable } from './table.js';

/**
 * `check`'s report on a server's approved prompts and resources: each with its exposed name
 * (or URI), clearance, capabilities and live state, judged by the same pure verification that
 * serve uses. Returns the table text and whether every item is usable.
 */
export function itemReport(connection: ServerConnection, policy: FirewallPolicy): { text: string; sound: boolean } {
  const server = connection.server;
  const prompts = [...(server.prompts?.values() ?? [])];
  const resources = server.resources ?? [];
  if (prompts.length === 0 && resources.length === 0) return { text: '', sound: true };
  const scan = policy.scan.scanDescriptions ? policy.scan : undefined;
  const cache = new Map();
  const ready = connection.status === 'ready' && connection.quarantined.length === 0;
  let sound = true;
  const status = (state: ItemState | undefined): string => {
    if (!state) return 'unavailable';
    if (state.ok) return 'ok';
    sound = false;
    if (state.reason === 'PIN_MISMATCH') return `MISMATCH (${String(state.details.changedFields ?? '')})`;
    if (state.reason === 'TOOL_POISONED') return `POISONED (${(state.rules ?? []).join(',')})`;
    if (state.reason === 'NAME_CONFLICT') return 'DUPLICATE';
    return 'NOT OFFERED';
  };
  if (!ready) sound = false;
  const rows = [
    ...prompts.map((p) => ['prompt', p.exposed, p.clearance, p.capabilities.join(',') || '-', status(ready ? verifyPrompt(p, connection.inventory, scan, cache) : undefined)]),
    ...resources.map((r) => [r.kind === 'template' ? 'template' : 'resource', r.exposed, r.clearance, r.capabilities.join(',') || '-', status(ready ? verifyResource(r, connection.inventory, scan, cache) : undefined)]),
  ];
  return { text: renderTable(['kind', 'exposed', 'clearance', 'capabilities', 'state'], rows), sound };
}
