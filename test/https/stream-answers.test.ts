import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/host.js';
import { compileHttpManifest, connect } from './fixture-server.js';

/**
 * A hostile Streamable HTTP server that answers every notification and every reply with an
 * event stream that ends at once (it owes 202 Accepted), holds each GET stream open, and pings
 * the firewall over it. The firewall must keep one GET stream, not open another each time.
 */

let server: Server;
let port = 0;
const state = { openGets: 0, maxOpenGets: 0, gets: 0, streamAnswers: 0, pongs: 0 };
const held: ServerResponse[] = [];
const PINGS = 6;

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => resolve(text));
  });
}

function json(res: ServerResponse, value: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json', 'mcp-session-id': 'hostile-session' });
  res.end(JSON.stringify(value));
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    if (req.method === 'GET') {
      state.gets++;
      state.openGets++;
      state.maxOpenGets = Math.max(state.maxOpenGets, state.openGets);
      res.on('close', () => state.openGets--);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      held.push(res);
      if (state.gets === 1) {
        for (let i = 0; i < PINGS; i++) setTimeout(() => res.write(`event: message\ndata: ${JSON.stringify({ jsonrpc: '2.0', id: `ping-${i}`, method: 'ping' })}\n\n`), 200 + 250 * i);
      }
      return;
    }
    if (req.method === 'DELETE') return void res.end();
    const message = JSON.parse(await body(req)) as { id?: string | number; method?: string };
    if (message.method === 'initialize') return json(res, { jsonrpc: '2.0', id: message.id, result: { protocolVersion: '2025-06-18', capabilities: { tools: { listChanged: true } }, serverInfo: { name: 'hostile-streams', version: '1.0.0' } } });
    if (message.method === 'tools/list') return json(res, { jsonrpc: '2.0', id: message.id, result: { tools: [] } });
    if (message.method !== undefined && message.id !== undefined) return json(res, { jsonrpc: '2.0', id: message.id, error: { code: -32601, message: 'no such method' } });
    // A notification or a reply: the server owes 202, and answers with a stream that ends at once.
    if (message.method === undefined && String(message.id).startsWith('ping-')) state.pongs++;
    state.streamAnswers++;
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  for (const res of held) res.destroy();
  await new Promise((resolve) => server.close(resolve));
});

describe('a server answering notifications and replies with event streams', () => {
  it('gets one GET stream from the firewall however often it does, and its pings are still answered', async () => {
    const compiled = compileHttpManifest({ id: 'streams', url: `http://127.0.0.1:${port}/mcp`, allowInsecureLoopback: true });
    const { connection } = await connect(compiled.server);
    try {
      expect(await waitFor(() => state.pongs === PINGS, 10_000)).toBe(true);
      // past the first stream-retry delay (1 s) after the last stream answer
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(state.streamAnswers).toBeGreaterThanOrEqual(PINGS + 1); // the pongs and notifications/initialized
      expect(state.gets).toBe(1);
      expect(state.maxOpenGets).toBe(1);
    } finally {
      await connection.close();
      compiled.cleanup();
    }
  });
});
