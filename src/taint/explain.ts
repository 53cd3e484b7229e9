import type { CompiledTool, FirewallPolicy } from '../config/types.js';
import { reachableTools } from '../policy/access.js';
import { egressCapabilitiesOf, labelsOf, taintModeOf, type TaintMode } from './taint-policy.js';

/**
 * The taint policy in words, for `agent list` and `check`: the capability classes, and per
 * agent its mode and the tools that can label its sessions or send data out. Computed from the
 * same compiled policy serve enforces.
 */

const MODE_TEXT: Record<TaintMode, (timeoutS: number) => string> = {
  deny: () => 'deny: egress calls in a tainted session are refused (TAINT_EGRESS_DENIED)',
  approve: (s) => `approve: egress calls in a tainted session wait for the user's yes (MCP elicitation, ${s} s); no yes, or a host that cannot ask, refuses them`,
  warn: () => 'warn: egress calls in a tainted session go out and are audited as "warned"',
  off: () => 'off: no labels are tracked and no egress is checked',
};

export function describeMode(policy: FirewallPolicy, mode: TaintMode): string {
  return MODE_TEXT[mode](Math.round(policy.taint.approvalTimeoutMs / 1000));
}

export function renderTaintPolicy(policy: FirewallPolicy): string[] {
  const taint = policy.taint;
  const list = (set: ReadonlySet<string>): string => [...set].join(', ') || '(none)';
  const lines = [
    'session taint: a session that has read private data and untrusted content is tainted; its egress calls then follow the agent\'s mode',
    `  private   results of tools with ${list(taint.privateCapabilities)}`,
    `  untrusted results of tools with ${list(taint.untrustedCapabilities)}, and any result the scanner flagged`,
    `  egress    tools with ${list(taint.egressCapabilities)}`,
  ];
  if (taint.scratchRoots.length) lines.push(`  scratch   fs.write inside ${taint.scratchRoots.join(', ')} is no egress`);
  for (const agent of policy.agents.values()) {
    const mode = taintModeOf(taint, agent);
    lines.push(`  ${agent.id}: ${describeMode(policy, mode)}`);
    if (mode === 'off') continue;
    const tools = reachableTools(agent, policy.tools.values());
    const privateFrom = names(tools, (t) => labelsOf(taint, t.capabilities).includes('private'));
    const untrustedFrom = names(tools, (t) => labelsOf(taint, t.capabilities).includes('untrusted'));
    const egress = names(tools, (t) => egressCapabilitiesOf(taint, t.capabilities).length > 0);
    lines.push(`    private from:   ${privateFrom}`, `    untrusted from: ${untrustedFrom}, or any flagged result`);
    lines.push(`    egress through: ${egress === 'no tool' ? 'no tool (the rule never holds a call back)' : egress}`);
  }
  return lines;
}

function names(tools: readonly CompiledTool[], keep: (tool: CompiledTool) => boolean): string {
  const kept = tools.filter(keep).map((t) => t.exposed);
  if (kept.length === 0) return 'no tool';
  return kept.length <= 4 ? kept.join(', ') : `${kept.slice(0, 4).join(', ')} and ${kept.length - 4} more`;
}
