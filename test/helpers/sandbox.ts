import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { definitionHash, fieldHashes } from '../../src/policy/pin.js';
import { liveTools, REPO } from './workspace.js';

type Json = Record<string, any>;

export const ESCAPE_SERVER = join(REPO, 'test/fixtures/escape-server.mjs');

/**
 * bwrap is required unless MCP_FIREWALL_TEST_NO_BWRAP=1 says this machine cannot run it; CI
 * installs it, so the sandbox tests never skip there silently.
 */
export const BWRAP_SKIP = process.env.MCP_FIREWALL_TEST_NO_BWRAP === '1';

/** A pinned manifest for the escape fixture; `marker` is an ignored argument that names the test run in `ps`. */
export async function escapeManifest(id: string, sandbox: Json | undefined, marker: string, capabilities: Record<string, string[]> = {}): Promise<Json> {
  const tools = await liveTools(process.execPath, [ESCAPE_SERVER]);
  return {
    server: { id, transport: 'stdio', command: 'node', args: [ESCAPE_SERVER, marker], ...(sandbox ? { sandbox } : {}) },
    tools: Object.fromEntries(
      tools.map((tool) => [
        tool.name,
        { clearance: 'public', capabilities: capabilities[tool.name] ?? [], arguments: { ...tool.inputSchema, additionalProperties: false }, sha256: definitionHash(tool), pins: fieldHashes(tool) },
      ]),
    ),
  };
}

/** Pids of live processes whose command line contains `marker`, except `exclude`. */
export function processesWith(marker: string, exclude: number[] = []): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || exclude.includes(pid) || pid === process.pid) continue;
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker)) pids.push(pid);
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}
