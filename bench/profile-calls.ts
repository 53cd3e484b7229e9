// Drives one proxy with sequential echo calls, for profiling it, e.g.
//   PROFILE_BYTES=8192 PROFILE_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" npx tsx bench/profile-calls.ts
// PROFILE_TARGET=bare profiles the bare SDK proxy instead of `mcp-firewall serve` (example
// policy, bench config); PROFILE_BYTES=5 sends "hello"; PROFILE_CALLS sets the count (3000).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { REPO, writeBenchConfig } from './firewall-setup.js';
import { realTextPayload } from './real-docs.js';
import { DEFAULT_SCAN_POLICY, scanText } from '../src/scan/index.js';

const bytes = Number(process.env['PROFILE_BYTES'] ?? 8192);
const calls = Number(process.env['PROFILE_CALLS'] ?? 3000);
const nodeArgs = (process.env['PROFILE_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
const dir = mkdtempSync(join(tmpdir(), 'mcp-firewall-profile-'));
const config = writeBenchConfig(dir, ['everything/echo']);
const message = bytes <= 5 ? 'hello' : realTextPayload(bytes, (t) => scanText(t, DEFAULT_SCAN_POLICY).verdict !== 'block').text;
const bare = process.env['PROFILE_TARGET'] === 'bare';
const args = bare ? [...nodeArgs, '--import', 'tsx', join(REPO, 'bench', 'bare-proxy.ts')] : [...nodeArgs, join(REPO, 'bin', 'mcp-firewall.js'), 'serve', '--config', config, '--agent', 'assistant'];
const tool = bare ? 'echo' : 'everything__echo';
const transport = new StdioClientTransport({ command: process.execPath, args, cwd: REPO, stderr: 'inherit' });
const client = new Client({ name: 'profile', version: '0' }, { capabilities: {} });
await client.connect(transport);
const t0 = performance.now();
for (let i = 0; i < calls; i++) {
  const r = await client.callTool({ name: tool, arguments: { message } });
  if (r.isError) throw new Error(JSON.stringify(r.content).slice(0, 300));
}
const ms = performance.now() - t0;
process.stderr.write(`${calls} calls of ${Buffer.byteLength(message)} bytes: ${(ms / calls).toFixed(3)} ms/call\n`);
await client.close();
