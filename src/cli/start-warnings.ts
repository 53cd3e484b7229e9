import type { FirewallPolicy } from '../config/types.js';
import type { ServerConnection } from '../downstream/server-connection.js';

/**
 * What an admin must hear when `serve` starts with less than the config promises: a firewall
 * that starts "fine" with nothing behind it, or without a tool its manifest approves, looks
 * healthy to the host while the user wonders where the tools went.
 */

export function emptyManifestsWarning(manifestDir: string): string {
  return `no manifests in ${manifestDir}: no tool is exposed. Fix: write one with \`mcp-firewall manifest init <server> -- <command> [args…]\`, or correct "manifests" in the config`;
}

export function startWarnings(policy: FirewallPolicy, connections: Iterable<ServerConnection>): string[] {
  const warnings: string[] = [];
  if (policy.servers.length === 0) warnings.push(emptyManifestsWarning(policy.manifestDir));
  const unsandboxed = policy.servers.filter((server) => server.transport === 'stdio' && !server.launch.sandbox).map((server) => server.id);
  if (unsandboxed.length) {
    warnings.push(
      `tool server${unsandboxed.length > 1 ? 's' : ''} ${unsandboxed.join(', ')} run${unsandboxed.length > 1 ? '' : 's'} unsandboxed: ${unsandboxed.length > 1 ? 'each' : 'it'} can read and write whatever the firewall's user can, and reach the network. Fix: add a "sandbox" to the manifest (README, "Sandboxed tool servers")`,
    );
  }
  for (const connection of connections) {
    const server = connection.server;
    if (connection.status !== 'ready') {
      warnings.push(`tool server ${server.id} did not start (its stderr is in the log above); it is retried with backoff and its tools stay hidden meanwhile`);
      continue;
    }
    const missing = [...server.tools.values()].filter((tool) => connection.toolState(tool.tool).state === 'missing').map((tool) => tool.tool);
    if (missing.length) {
      warnings.push(`tool server ${server.id} does not offer ${missing.map((n) => `"${n}"`).join(', ')}, approved in ${server.manifestFile}: hidden until it does. Fix: run \`mcp-firewall check\`, then correct the tool name or remove it from the manifest`);
    }
  }
  return warnings;
}
