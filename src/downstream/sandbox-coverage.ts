import { sep } from 'node:path';
import type { StdioServer } from '../config/types.js';
import { SYSTEM_DIRS } from './sandbox-bwrap.js';

/**
 * Whether a server's sandbox and its tools' argument bounds agree. Bounds that name a
 * directory the sandbox does not mount (or mounts read-only for a tool that writes) let a
 * call through the firewall only to fail inside the sandbox: the owner should hear it from
 * `check`, not from a user.
 */
export function sandboxWarnings(server: StdioServer): string[] {
  const plan = server.launch.sandbox;
  if (!plan) {
    return [
      `server ${server.id} runs WITHOUT A SANDBOX: it can read and write whatever the firewall's user can, and reach the network. Fix: add "sandbox": {"mode": "bwrap", "writable": [the directories its tools work in]} to ${server.manifestFile} (see README, "Sandboxed tool servers")`,
    ];
  }
  const readable = plan.mode === 'bwrap' ? [...plan.readable, ...SYSTEM_DIRS] : plan.readable;
  const warnings: string[] = [];
  for (const tool of server.tools.values()) {
    const writes = tool.capabilities.includes('fs.write');
    for (const root of new Set((tool.pathRoots ?? []).flat())) {
      if (plan.writable.some((dir) => within(root, dir))) continue;
      if (readable.some((dir) => within(root, dir))) {
        if (writes) warnings.push(`server ${server.id}: tool ${tool.tool} (fs.write) may be given paths under ${root}, which its sandbox mounts read-only: its writes there fail. Fix: add it to "sandbox.writable" in ${server.manifestFile}`);
        continue;
      }
      warnings.push(
        `server ${server.id}: tool ${tool.tool} may be given paths under ${root}, which its sandbox does not mount: calls there pass the firewall and fail inside the sandbox. Fix: add it to "sandbox.${writes ? 'writable' : 'readable'}" in ${server.manifestFile}, or narrow "x-path-within"`,
      );
    }
  }
  return warnings;
}

function within(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}
