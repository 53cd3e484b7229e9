import type { CompiledAgent, CompiledTool } from '../config/types.js';

/**
 * The one policy function behind both tools/list and tools/call, so a host never sees a tool
 * it cannot call, nor calls one it was not shown.
 */
export type AccessVerdict =
  | { ok: true }
  | { ok: false; rule: 'clearance' | 'capability'; missing: string[] };

export function checkAccess(agent: CompiledAgent, tool: CompiledTool): AccessVerdict {
  if (agent.clearanceRank < tool.clearanceRank) return { ok: false, rule: 'clearance', missing: [tool.clearance] };
  const missing = tool.capabilities.filter((c) => !agent.capabilities.has(c));
  return missing.length === 0 ? { ok: true } : { ok: false, rule: 'capability', missing };
}

export function reachableTools(agent: CompiledAgent, tools: Iterable<CompiledTool>): CompiledTool[] {
  return [...tools].filter((tool) => checkAccess(agent, tool).ok);
}
