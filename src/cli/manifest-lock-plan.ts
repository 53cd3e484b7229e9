import type { ManifestDocument } from '../config/manifest-schema.js';
import type { CompiledServer } from '../config/types.js';
import type { ServerConnection } from '../downstream/server-connection.js';
import { identityMismatch, observeIdentity } from '../downstream/server-identity.js';
import { escapeName } from '../policy/name-fold.js';
import { changedPinnedFields, definitionHash, fieldHashes } from '../policy/pin.js';
import { serverPinValues } from '../policy/server-pins.js';
import { indent, parameterChanges, visible } from './manifest-report.js';
import { planItems } from './manifest-lock-items.js';

/**
 * What `manifest lock` would change in one manifest: a readable report and one edit per pin
 * that differs from the live server. Edits apply to the raw JSON so everything else the owner
 * wrote (bounds, notes, key order) is kept.
 */
export interface LockPlan {
  report: string;
  updates: Array<(raw: Record<string, any>) => void>;
  /** One line per update, for the admin audit record: what is re-pinned (names and fields, no text). */
  pinned: string[];
}

const TEXT_FIELDS = new Set(['description', 'title', 'name']);

export function planLock(server: CompiledServer, doc: ManifestDocument, connection: ServerConnection): LockPlan {
  let report = '';
  const updates: LockPlan['updates'] = [];
  const pinned: string[] = [];
  const live = new Map<string, Record<string, unknown>[]>();
  for (const t of connection.announced) live.set(t.name as string, [...(live.get(t.name as string) ?? []), t]);
  for (const tool of server.tools.values()) {
    const definitions = live.get(tool.tool);
    const state = connection.toolState(tool.tool);
    if (!definitions) {
      report += `  ${tool.tool}: MISSING: the server no longer offers it (kept; remove it by hand if it is gone for good)\n`;
      continue;
    }
    if (state.state === 'conflict') {
      report += `  ${tool.tool}: NOT PINNED: the server announces a ${state.kind} name (${state.names.join(', ')}); fix the server first\n`;
      continue;
    }
    const definition = definitions[0]!;
    const liveHash = definitionHash(definition);
    const hashes = fieldHashes(definition);
    if (liveHash === tool.pin) {
      if (!sameKeys(tool.fieldPins, hashes)) {
        report += `  ${tool.tool}: unchanged; adding per-field pins\n`;
        updates.push((raw) => (raw.tools[tool.tool].pins = hashes));
        pinned.push(`${escapeName(tool.tool)}: per-field pins added`);
      }
      continue;
    }
    const fields = changedPinnedFields(tool.fieldPins, hashes);
    report += `  ${tool.tool}: CHANGED ${fields.join(', ')}\n`;
    const shown = fields[0] === '(definition)' ? Object.keys(definition) : fields;
    for (const field of shown) {
      if (field === 'inputSchema') for (const line of parameterChanges(doc.tools[tool.tool]?.arguments, definition.inputSchema)) report += `    ${line}\n`;
      report += `    ${field} now:\n${indent(visible(definition[field]), TEXT_FIELDS.has(field) ? '      | ' : '      ')}`;
    }
    updates.push((raw) => {
      raw.tools[tool.tool].sha256 = liveHash;
      raw.tools[tool.tool].pins = hashes;
    });
    pinned.push(`${escapeName(tool.tool)}: re-pinned (${fields.join(', ')}) to ${liveHash}`);
  }
  const unlisted = connection.announced.map((t) => t.name as string).filter((n) => !server.tools.has(n));
  if (unlisted.length) report += `  not approved (stay hidden; add them by hand or with manifest init): ${unlisted.map(escapeName).join(', ')}\n`;
  report += planItems(server, connection, updates, pinned);
  report += planServer(server, connection, updates, pinned);
  return { report, updates, pinned };
}

function planServer(server: CompiledServer, connection: ServerConnection, updates: LockPlan['updates'], repinned: string[]): string {
  let report = '';
  const values = serverPinValues(connection.inventory);
  const pinned = server.pins ?? {};
  const changed = (['instructions', 'prompts', 'resourceTemplates'] as const).filter((k) => pinned[k] !== values[k]);
  if (changed.length) {
    report += `  server: ${server.pins ? 'CHANGED' : 'pinning'} ${changed.join(', ')}\n`;
    if (changed.includes('instructions')) report += `    instructions now:\n${indent(visible(connection.inventory.instructions ?? '(none)'), '      | ')}`;
    if (changed.includes('prompts')) report += `    prompts now: ${connection.inventory.prompts.map((p) => escapeName(String(p.name))).join(', ') || '(none)'}\n`;
    if (changed.includes('resourceTemplates')) report += `    resource templates now: ${connection.inventory.resourceTemplates.length}\n`;
    updates.push((raw) => (raw.server.pins = values));
    repinned.push(`server pins: ${changed.join(', ')}`);
  }
  const identity = server.transport === 'stdio' ? server.identity : undefined;
  if (identity && identityMismatch(identity).length) {
    const observed = observeIdentity(identity.file);
    report += `  server identity: CHANGED ${identityMismatch(identity).join(', ')}: ${observed.package ? `${observed.package.name}@${observed.package.version}` : 'no npm package'}, sha256 ${observed.sha256}\n`;
    updates.push((raw) => {
      if (raw.server.identity.sha256) raw.server.identity.sha256 = observed.sha256;
      if (raw.server.identity.package && observed.package) raw.server.identity.package = observed.package;
    });
    repinned.push(`server identity: ${identityMismatch(identity).join(', ')}`);
  } else if (identity?.package && identity.package.tree === undefined) {
    // Older manifests pin name, version and lockfile integrity only: add the files' tree hash.
    const tree = observeIdentity(identity.file).package?.tree;
    if (tree) {
      report += `  server identity: pinning identity.package.tree ${tree}\n`;
      updates.push((raw) => (raw.server.identity.package.tree = tree));
      repinned.push('server identity: identity.package.tree');
    }
  }
  return report;
}

function sameKeys(a: Readonly<Record<string, string>> | undefined, b: Record<string, string>): boolean {
  if (!a) return false;
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((k) => a[k] === b[k]);
}
