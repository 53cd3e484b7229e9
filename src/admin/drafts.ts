import type { FirewallPolicy } from '../config/types.js';

/**
 * Manifests that still carry the DRAFT note of `manifest init`: every tool at the highest
 * clearance with guessed capabilities, never reviewed. serve refuses to start on one; check
 * reports it. `manifest approve` is the way out.
 */

export function approveCommand(serverId: string, levels: readonly string[]): string {
  return `mcp-firewall manifest approve ${serverId} --clearance <${levels.join('|')}> [--cap CAPABILITY …]`;
}

/** One line per draft manifest: the file, its draft tools and the command that approves them. */
export function draftNotices(policy: FirewallPolicy): string[] {
  return policy.servers
    .filter((server) => server.drafts?.length)
    .map((server) => `${server.manifestFile} is a DRAFT written by manifest init (tools: ${server.drafts!.join(', ')}). Fix: review it, then approve it with \`${approveCommand(server.id, policy.clearanceLevels)}\``);
}
