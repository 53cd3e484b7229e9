import { CAPABILITY, IDENTIFIER, type AgentDocument, type ConfigDocument } from '../config/config-schema.js';
import { childPath } from '../config/json-path.js';
import { LoadError } from '../errors.js';
import type { EditOp } from './agent-json-splice.js';
import { TAINT_MODES, type TaintMode } from '../config/taint-schema.js';

/**
 * What an agent command would change, decided on the parsed config before any file is touched.
 * Bad input is refused here with the JSON path and the fix; loadPolicy re-checks the result.
 */
export type AgentPlan =
  | { kind: 'unchanged'; message: string }
  | { kind: 'edit'; agentId: string; ops: EditOp[]; changes: string[]; granted: string[] };

const quote = (s: string): string => JSON.stringify(s);
const list = (caps: readonly string[]): string => (caps.length ? caps.join(', ') : '(none)');

/** `default` as a taint mode removes the agent's own mode, so the config's `taint.onEgress` applies. */
export const TAINT_DEFAULT = 'default';

/** Sets the clearance, the session-taint mode, or both, in one edit. */
export function planSet(file: string, doc: ConfigDocument, id: string, wanted: { clearance?: string | undefined; taint?: string | undefined }): AgentPlan {
  const agent = requireAgent(file, doc, id);
  const ops: EditOp[] = [];
  const changes: string[] = [];
  const same: string[] = [];
  if (wanted.clearance !== undefined) {
    requireLevel(file, doc, id, wanted.clearance);
    if (agent.clearance === wanted.clearance) same.push(`clearance ${wanted.clearance}`);
    else {
      ops.push({ path: ['agents', id, 'clearance'], value: wanted.clearance });
      changes.push(`clearance: ${agent.clearance} -> ${wanted.clearance}`);
    }
  }
  if (wanted.taint !== undefined) {
    const mode = requireTaintMode(file, id, wanted.taint);
    const fallback = `${doc.taint.onEgress} (the config's taint.onEgress)`;
    const before = agent.taint ?? fallback;
    if (mode === undefined ? agent.taint === undefined : agent.taint === mode) same.push(`taint ${before}`);
    else {
      ops.push(mode === undefined ? { path: ['agents', id, 'taint'], delete: true } : { path: ['agents', id, 'taint'], value: mode });
      changes.push(`taint: ${before} -> ${mode ?? fallback}`);
    }
  }
  if (ops.length === 0) return { kind: 'unchanged', message: `${id} already has ${same.join(' and ')}; nothing changed` };
  return edit(id, ops, changes);
}

export function planGrant(file: string, doc: ConfigDocument, id: string, capabilities: string[]): AgentPlan {
  const agent = requireAgent(file, doc, id);
  requireCapabilities(file, id, capabilities);
  const added = unique(capabilities).filter((c) => !agent.capabilities.includes(c));
  if (added.length === 0) return { kind: 'unchanged', message: `${id} already holds ${list(unique(capabilities))}; nothing changed` };
  const next = [...agent.capabilities, ...added];
  return { ...edit(id, [{ path: ['agents', id, 'capabilities'], value: next }], [`capabilities: ${list(agent.capabilities)} -> ${list(next)}`]), granted: added };
}

export function planRevoke(file: string, doc: ConfigDocument, id: string, capabilities: string[]): AgentPlan {
  const agent = requireAgent(file, doc, id);
  requireCapabilities(file, id, capabilities);
  const removed = unique(capabilities).filter((c) => agent.capabilities.includes(c));
  if (removed.length === 0) return { kind: 'unchanged', message: `${id} holds none of ${list(unique(capabilities))}; nothing changed` };
  const next = agent.capabilities.filter((c) => !removed.includes(c));
  const notHeld = unique(capabilities).filter((c) => !removed.includes(c));
  const changes = [`capabilities: ${list(agent.capabilities)} -> ${list(next)}`, ...(notHeld.length ? [`not held, so not revoked: ${list(notHeld)}`] : [])];
  return edit(id, [{ path: ['agents', id, 'capabilities'], value: next }], changes);
}

export function planAdd(file: string, doc: ConfigDocument, id: string, level: string, capabilities: string[], description: string | undefined): AgentPlan {
  const path = childPath('$', 'agents', id);
  if (!IDENTIFIER.test(id)) {
    throw new LoadError(file, path, `${quote(id)} is not a valid agent id`, 'use 1 to 32 lowercase letters, digits and dashes, starting with a letter or digit');
  }
  if (Object.hasOwn(doc.agents, id)) {
    throw new LoadError(file, path, `agent ${quote(id)} already exists`, 'change it with "agent set", "agent grant" or "agent revoke"');
  }
  requireLevel(file, doc, id, level);
  requireCapabilities(file, id, capabilities);
  const caps = unique(capabilities);
  // Same key order as the example config, so a new entry reads like its neighbours.
  const agent = { ...(description === undefined ? {} : { description }), clearance: level, capabilities: caps };
  return { ...edit(id, [{ path: ['agents', id], value: agent }], [`added with clearance ${level}, capabilities ${list(caps)}`]), granted: caps };
}

export function planRemove(file: string, doc: ConfigDocument, id: string): AgentPlan {
  const agent = requireAgent(file, doc, id);
  if (doc.stdioAgent === id) {
    throw new LoadError(file, '$.stdioAgent', `agent ${quote(id)} is the stdioAgent`, 'point "stdioAgent" at another agent first');
  }
  return edit(id, [{ path: ['agents', id], delete: true }], [`removed (was clearance ${agent.clearance}, capabilities ${list(agent.capabilities)})`]);
}

function edit(agentId: string, ops: EditOp[], changes: string[]): Extract<AgentPlan, { kind: 'edit' }> {
  return { kind: 'edit', agentId, ops, changes, granted: [] };
}

function requireAgent(file: string, doc: ConfigDocument, id: string): AgentDocument {
  const agent = Object.hasOwn(doc.agents, id) ? doc.agents[id] : undefined;
  if (agent) return agent;
  const known = Object.keys(doc.agents);
  throw new LoadError(
    file,
    childPath('$', 'agents', id),
    `agent ${quote(id)} is not defined`,
    `use one of: ${known.join(', ') || '(no agents yet)'}, or create it with "mcp-firewall agent add ${id} --clearance LEVEL"`,
  );
}

function requireLevel(file: string, doc: ConfigDocument, id: string, level: string): void {
  if (doc.clearanceLevels.includes(level)) return;
  throw new LoadError(file, childPath('$', 'agents', id, 'clearance'), `unknown clearance level ${quote(level)}`, `use one of: ${doc.clearanceLevels.join(', ')} (lowest first)`);
}

function requireTaintMode(file: string, id: string, mode: string): TaintMode | undefined {
  if (mode === TAINT_DEFAULT) return undefined;
  if ((TAINT_MODES as readonly string[]).includes(mode)) return mode as TaintMode;
  throw new LoadError(file, childPath('$', 'agents', id, 'taint'), `unknown taint mode ${quote(mode)}`, `use one of: ${TAINT_MODES.join(', ')}, or ${TAINT_DEFAULT} to follow taint.onEgress`);
}

function requireCapabilities(file: string, id: string, capabilities: readonly string[]): void {
  const bad = capabilities.find((c) => !CAPABILITY.test(c));
  if (bad === undefined) return;
  throw new LoadError(file, childPath('$', 'agents', id, 'capabilities'), `${quote(bad)} is not a capability name`, 'use lowercase dot-separated words such as fs.read, net.egress or data.private');
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
