import { definitionHash, fieldHashes } from '../../src/policy/pin.js';
import { liveTools } from './workspace.js';

type Json = Record<string, any>;

/** A manifest for a fixture server script, pinned to its live tools, approving every tool it offers. */
export async function fixtureManifest(id: string, script: string, env: Record<string, string> = {}, extra: Json = {}, tool: Json = {}): Promise<Json> {
  const tools = await liveTools(process.execPath, [script], env);
  const approved = tools.map((live) => [
    live.name,
    { clearance: 'public', capabilities: [], arguments: { ...live.inputSchema }, sha256: definitionHash(live), pins: fieldHashes(live), ...tool },
  ]);
  return { server: { id, transport: 'stdio', command: 'node', args: [script], env }, tools: Object.fromEntries(approved), ...extra };
}
