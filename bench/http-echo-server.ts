// A minimal MCP tool server over Streamable HTTP (JSON responses) offering `echo`, for the
// HTTPS-vs-HTTP rows: the same server code answers over TLS 1.3 (verifying the firewall's
// request signatures with the package's verifyRequestSignature) or plain loopback HTTP, so the
// difference between the two rows is what TLS and signing cost.
//   node --import tsx bench/http-echo-server.ts '{"cert":…,"key":…,"signingKeys":{…}}'
// Prints {"port":…} on stdout; exits when stdin closes.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import { createReplayCache, verifyRequestSignature } from '../src/index.js';

export const ECHO_TOOL = {
  name: 'echo',
  description: 'Echoes back the input.',
  inputSchema: { type: 'object', properties: { message: { type: 'string', description: 'Message to echo' } }, required: ['message'] },
};

interface Options {
  cert?: string;
  key?: string;
  signingKeys?: Record<string, string>;
}

function answer(message: { id?: unknown; method?: string; params?: Record<string, any> }): unknown {
  switch (message.method) {
    case 'initialize':
      return { protocolVersion: message.params?.protocolVersion, capabilities: { tools: {} }, serverInfo: { name: 'bench-echo', version: '1.0.0' } };
    case 'tools/list':
      return { tools: [ECHO_TOOL] };
    case 'tools/call':
      return { content: [{ type: 'text', text: `Echo: ${String(message.params?.arguments?.message)}` }] };
    default:
      return undefined;
  }
}

function serve(options: Options): void {
  const replayCache = createReplayCache();
  const sessions = new Set<string>();
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (options.signingKeys && !verifyRequestSignature({ method: req.method!, url: req.url!, headers: req.headers, body }, { keys: options.signingKeys, replayCache }).ok) {
        res.writeHead(401).end();
        return;
      }
      if (req.method === 'GET') return void res.writeHead(405).end();
      if (req.method === 'DELETE') return void res.writeHead(200).end();
      const message = JSON.parse(body.toString('utf8'));
      if (message.id === undefined) return void res.writeHead(202).end();
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (message.method === 'initialize') {
        const id = randomUUID();
        sessions.add(id);
        headers['mcp-session-id'] = id;
      } else if (!sessions.has(String(req.headers['mcp-session-id']))) return void res.writeHead(404).end();
      const result = answer(message);
      res.writeHead(200, headers).end(JSON.stringify(result === undefined ? { jsonrpc: '2.0', id: message.id, error: { code: -32601, message: 'not found' } } : { jsonrpc: '2.0', id: message.id, result }));
    });
  };
  const server = options.cert
    ? https.createServer({ cert: readFileSync(options.cert), key: readFileSync(options.key!), minVersion: 'TLSv1.3' }, handler)
    : http.createServer(handler);
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ port: (server.address() as { port: number }).port })}\n`));
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) serve(JSON.parse(process.argv[2] ?? '{}') as Options);
