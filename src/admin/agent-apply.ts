import { configSchema, type ConfigDocument } from '../config/config-schema.js';
import { commitConfigEdit, readConfigText, serializeLike, type ConfigText } from '../config/edit-config.js';
import { loadPolicy } from '../config/load-config.js';
import type { FirewallPolicy } from '../config/types.js';
import { loadErrorFromZod } from '../config/zod-issues.js';
import { LoadError } from '../errors.js';
import { renderAccessChange } from './agent-access.js';
import { spliceEdits, type EditOp } from './agent-json-splice.js';
import type { AgentPlan } from './agent-plan.js';
import type { AdminChange } from '../audit/admin-record.js';

export type Planner = (file: string, doc: ConfigDocument) => AgentPlan;

/**
 * Runs one agent edit end to end: plan on the parsed config, render the candidate text in the
 * file's own format, validate and install it atomically, then report the change in access.
 * Returns the lines to print; throws LoadError (file untouched) on anything invalid.
 */
export function applyAgentEdit(path: string, planner: Planner, options: { dryRun: boolean; onCommitted?: (change: AdminChange) => void }): string[] {
  const original = readConfigText(path);
  const parsed = configSchema.safeParse(original.doc);
  if (!parsed.success) throw loadErrorFromZod(original.file, parsed.error, 'schemas/config.schema.json');
  const plan = planner(original.file, parsed.data);
  if (plan.kind === 'unchanged') return [plan.message];
  const before = loadBefore(original.file);
  const after = commitConfigEdit(original, candidateText(original, plan.ops), { dryRun: options.dryRun, skipBrokenManifests: true });
  if (!options.dryRun) options.onCommitted?.(adminChange(plan, parsed.data, after));
  return [
    `${plan.agentId}:`,
    ...plan.changes.map((c) => `  ${c}`),
    ...renderAccessChange(plan.agentId, before, after, plan.granted),
    ...brokenManifestNotes(after),
    options.dryRun ? `dry run: the edit is valid; ${original.file} was not changed` : `updated ${original.file}`,
  ];
}

/**
 * Edits only the bytes of the changed member when it can, so inline arrays and the rest of the
 * admin's layout survive; the parse check guarantees the text is exactly the intended document.
 */
export function candidateText(original: ConfigText, ops: readonly EditOp[]): string {
  const doc = applyToDocument(structuredClone(original.doc), ops);
  const wanted = JSON.stringify(doc);
  const spliced = spliceEdits(original.text, ops, original);
  if (spliced !== undefined && JSON.stringify(JSON.parse(spliced)) === wanted) return spliced;
  return serializeLike(original, doc);
}

/** The same ops on the parsed document; assigning an existing key keeps its place, so key order holds. */
function applyToDocument(doc: Record<string, unknown>, ops: readonly EditOp[]): Record<string, unknown> {
  for (const op of ops) {
    let target = doc;
    for (const key of op.path.slice(0, -1)) target = target[key] as Record<string, unknown>;
    const key = op.path.at(-1)!;
    if ('delete' in op) delete target[key];
    else target[key] = op.value;
  }
  return doc;
}

/** What the audit log keeps of an agent edit: which agent, which fields, which capabilities. */
function adminChange(plan: Extract<AgentPlan, { kind: 'edit' }>, doc: ConfigDocument, after: FirewallPolicy): AdminChange {
  const was = Object.hasOwn(doc.agents, plan.agentId) ? doc.agents[plan.agentId] : undefined;
  const now = after.agents.get(plan.agentId);
  const wasCaps = was?.capabilities ?? [];
  const nowCaps = now ? [...now.capabilities] : [];
  return {
    command: '',
    target: plan.agentId,
    details: {
      agent: plan.agentId,
      fields: plan.ops.map((op) => op.path.slice(2).join('.') || (('delete' in op) ? 'agent (removed)' : 'agent (added)')),
      changes: plan.changes,
      ...(was?.clearance !== now?.clearance ? { clearance: `${was?.clearance ?? '-'} -> ${now?.clearance ?? '-'}` } : {}),
      capabilitiesAdded: nowCaps.filter((c) => !wasCaps.includes(c)),
      capabilitiesRemoved: wasCaps.filter((c) => !nowCaps.includes(c)),
      configSha256: after.configSha256,
    },
  };
}

/** Says which manifests were left out of the comparison, and that serve will refuse them. */
export function brokenManifestNotes(policy: FirewallPolicy): string[] {
  const broken = policy.brokenManifests ?? [];
  if (!broken.length) return [];
  const files = [...new Set(broken.map((p) => p.file))];
  return [
    `  warning: ${files.length} manifest(s) do not load and were left out (this edit does not depend on them; serve and check refuse them until fixed):`,
    ...broken.map((p) => `    ${p.message}`),
  ];
}

/** An edit may be what repairs a config that does not load; then there is no "before" to compare. */
function loadBefore(file: string): FirewallPolicy | undefined {
  try {
    return loadPolicy(file, process.env, { skipBrokenManifests: true });
  } catch (err) {
    if (err instanceof LoadError) return undefined;
    throw err;
  }
}
