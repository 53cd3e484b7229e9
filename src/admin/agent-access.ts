import type { CompiledTool, FirewallPolicy } from '../config/types.js';
import { reachableTools } from '../policy/access.js';
import { renderTable } from '../cli/table.js';
import { renderTaintPolicy } from '../taint/explain.js';

/**
 * What agents can reach, always computed with reachableTools over the compiled policy: the same
 * function serve uses for tools/list and tools/call, so this report cannot drift from enforcement.
 */

export function reachableNames(policy: FirewallPolicy, agentId: string): string[] {
  const drafts = draftServers(policy);
  return reachableByPolicy(policy, agentId).filter((t) => !drafts.has(t.server)).map((t) => t.exposed);
}

/** Tools the agent would reach once their DRAFT manifests are approved: serve refuses drafts. */
export function pendingDraftNames(policy: FirewallPolicy, agentId: string): string[] {
  const drafts = draftServers(policy);
  return reachableByPolicy(policy, agentId).filter((t) => drafts.has(t.server)).map((t) => t.exposed);
}

function reachableByPolicy(policy: FirewallPolicy, agentId: string): CompiledTool[] {
  const agent = policy.agents.get(agentId);
  return agent ? reachableTools(agent, policy.tools.values()) : [];
}

function draftServers(policy: FirewallPolicy): Set<string> {
  return new Set(policy.servers.filter((s) => s.drafts?.length).map((s) => s.id));
}

export function renderAgentList(policy: FirewallPolicy): string {
  const total = policy.tools.size;
  const ids = [...policy.agents.keys()];
  const rows = [...policy.agents.values()].map((agent) => [
    agent.id + (agent.id === policy.stdioAgent ? ' *' : ''),
    agent.clearance,
    [...agent.capabilities].join(', ') || '-',
    `${reachableNames(policy, agent.id).length} of ${total}`,
  ]);
  const out = [
    `config ${policy.configFile}: ${ids.length} agents, ${total} approved tools`,
    `clearance levels, lowest first: ${policy.clearanceLevels.join(' < ')}`,
    '',
    renderTable(['agent', 'clearance', 'capabilities', 'tools'], rows).trimEnd(),
    policy.stdioAgent === undefined
      ? 'no stdioAgent: serve needs --agent for stdio sessions'
      : `* stdioAgent: stdio sessions run as ${policy.stdioAgent} unless serve is given --agent`,
  ];
  for (const id of ids) {
    const names = reachableNames(policy, id);
    out.push('', `${id} reaches ${names.length} ${names.length === 1 ? 'tool' : 'tools'}${names.length ? ':' : ''}`, ...names.map((n) => `  ${n}`));
  }
  out.push('', ...renderTaintPolicy(policy));
  return out.join('\n') + '\n';
}

/** Lines reporting the tools an agent gains and loses; `before` is undefined if the old config did not load. */
export function renderAccessChange(agentId: string, before: FirewallPolicy | undefined, after: FirewallPolicy, granted: readonly string[]): string[] {
  const now = reachableNames(after, agentId);
  const lines: string[] = [];
  if (!before) {
    lines.push(`  the config did not load before this change, so there is nothing to compare; ${agentId} now reaches ${now.length} tools:`, ...now.map((n) => `    ${n}`));
  } else {
    const was = reachableNames(before, agentId);
    const gained = now.filter((n) => !was.includes(n));
    const lost = was.filter((n) => !now.includes(n));
    if (gained.length === 0 && lost.length === 0) lines.push(`  access unchanged: ${agentId} reaches the same ${now.length} tools`);
    else {
      lines.push(...toolLines('gains', gained), ...toolLines('loses', lost));
      lines.push(`  now reaches ${now.length} of ${after.tools.size} tools`);
    }
  }
  const pending = pendingDraftNames(after, agentId).filter((n) => !before || !pendingDraftNames(before, agentId).includes(n));
  if (pending.length) lines.push(`  not counted: ${pending.length} more tool(s) in DRAFT manifests, which serve refuses until they are approved: ${pending.join(', ')}`);
  // A capability no approved tool asks for is legal (a future manifest may) but is often a typo.
  const used = new Set([...after.tools.values()].flatMap((t) => t.capabilities));
  const unused = granted.filter((c) => !used.has(c));
  if (unused.length) lines.push(`  note: no approved tool needs ${unused.join(', ')} (check the spelling against the manifests)`);
  return lines;
}

function toolLines(verb: 'gains' | 'loses', names: readonly string[]): string[] {
  if (names.length === 0) return [`  ${verb} no tools`];
  return [`  ${verb} ${names.length} ${names.length === 1 ? 'tool' : 'tools'}:`, ...names.map((n) => `    ${n}`)];
}
