// The naive MCP proxy the firewall is compared against: an SDK `Server` whose tools/list and
// tools/call handlers forward to an SDK `Client` connected to server-everything. No policy,
// no scanning, no audit: only what the SDK itself costs per message, twice.
//
// Run as its own process: `node --import tsx bench/bare-proxy.ts` (stdio MCP server).
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';

const EVERYTHING = fileURLToPath(new URL('../node_modules/@modelcontextprotocol/server-everything/dist/index.js', import.meta.url));

async function main(): Promise<void> {
  const downstream = new Client({ name: 'bare-proxy', version: '0.0.0' }, { capabilities: {} });
  const childTransport = new StdioClientTransport({ command: process.execPath, args: [EVERYTHING, 'stdio'], stderr: 'ignore' });
  await downstream.connect(childTransport);

  const server = new Server({ name: 'bare-proxy', version: '0.0.0' }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, (request, extra) => downstream.listTools(request.params, { signal: extra.signal }));
  server.setRequestHandler(CallToolRequestSchema, (request, extra) => downstream.callTool(request.params, undefined, { signal: extra.signal }));

  // An SDK stdio proxy does not exit when its stdin closes (the downstream child keeps the event
  // loop alive): exit, and stop the child, as soon as the host goes away.
  let closing = false;
  const shutdown = (): void => {
    if (closing) return;
    closing = true;
    void downstream.close().finally(() => process.exit(0));
  };
  server.onclose = shutdown;
  process.stdin.once('end', shutdown);
  process.stdin.once('close', shutdown);
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  downstream.onclose = () => {
    // Downstream died: nothing left to proxy.
    if (!closing) process.exit(1);
  };

  await server.connect(new StdioServerTransport());
}

main().catch((err: unknown) => {
  process.stderr.write(`bare-proxy: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
