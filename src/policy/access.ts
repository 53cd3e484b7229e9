import type { CompiledAgent, CompiledTool, Guarded } from '../config/types.js';

/**
 * The one policy function behind every list and every use (tools/list and tools/call,
 * resources/list and resources/read, prompts/list and prompts/get, completion), so a host
 * never sees an item it cannot use, nor uses one it was not shown.
 */
export type AccessVerdict =
  | { ok: true }
  | { ok: false; rule: 'clearance' | 'capability'; missing: string[] };

export function checkAccess(agent: CompiledAgent, tool: Guarded): AccessVerdict {
  if (agent.clearanceRank < tool.clearanceRank) return { ok: false, rule: 'clearance', missing: [tool.clearance] };
  const missing = tool.capabilities.filter((c) => !agent.capabilities.has(c));
  return missing.length === 0 ? { ok: true } : { ok: false, rule: 'capability', missing };
}

export function reachableTools(agent: CompiledAgent, tools: Iterable<CompiledTool>): CompiledTool[] {
  return [...tools].filter((tool) => checkAccess(agent, tool).ok);
}
