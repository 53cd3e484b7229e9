import type { CompiledServer } from '../config/types.js';
import type { ServerConnection } from '../downstream/server-connection.js';
import { escapeName } from '../policy/name-fold.js';
import { changedPinnedFields, definitionHash, fieldHashes } from '../policy/pin.js';
import { indent, visible } from './manifest-report.js';
import type { LockPlan } from './manifest-lock-plan.js';

/**
 * `manifest lock` for the `prompts` and `resources` sections: each pinned item whose live
 * definition differs is shown (changed fields and their new text) and re-pinned on
 * confirmation, exactly like a tool. Resources without a pin stay unpinned.
 */
export function planItems(server: CompiledServer, connection: ServerConnection, updates: LockPlan['updates'], pinned: string[]): string {
  let report = '';
  const inventory = connection.inventory;
  const items = [
    ...[...(server.prompts?.values() ?? [])].map((p) => ({ section: 'prompts', name: p.prompt, pin: p.pin, fieldPins: p.fieldPins, live: inventory.prompts.filter((d) => d.name === p.prompt) })),
    ...(server.resources ?? [])
      .filter((r) => r.pin !== undefined)
      .map((r) => ({
        section: 'resources',
        name: r.key,
        pin: r.pin!,
        fieldPins: r.fieldPins,
        live: r.kind === 'template' ? inventory.resourceTemplates.filter((t) => t.uriTemplate === r.source) : (inventory.resources ?? []).filter((d) => d.uri === r.source),
      })),
  ];
  for (const item of items) {
    const label = `${item.section === 'prompts' ? 'prompt' : 'resource'} ${escapeName(item.name)}`;
    if (item.live.length !== 1) {
      report += `  ${label}: ${item.live.length ? 'NOT PINNED: listed twice; fix the server first' : 'MISSING: the server no longer lists it (kept; remove it by hand if it is gone for good)'}\n`;
      continue;
    }
    const definition = item.live[0]!;
    const liveHash = definitionHash(definition);
    if (liveHash === item.pin) continue;
    const hashes = fieldHashes(definition);
    const fields = changedPinnedFields(item.fieldPins, hashes);
    report += `  ${label}: CHANGED ${fields.join(', ')}\n`;
    for (const field of fields[0] === '(definition)' ? Object.keys(definition) : fields) report += `    ${field} now:\n${indent(visible(definition[field]), '      | ')}`;
    updates.push((raw) => {
      raw[item.section][item.name].sha256 = liveHash;
      raw[item.section][item.name].pins = hashes;
    });
    pinned.push(`${label}: re-pinned (${fields.join(', ')}) to ${liveHash}`);
  }
  return report;
}
