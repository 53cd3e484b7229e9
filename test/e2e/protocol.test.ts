import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/host.js';
import { hostileManifest, Workspace } from '../helpers/workspace.js';

/**
 * Raw bytes on the firewall's stdin, as a broken or malicious host might send them. Every bad
 * message gets an error the host can act on, is audited, and the firewall keeps serving.
 */

const ws = new Workspace();
let child: ChildProcessWithoutNullStreams;
const responses: any[] = [];
let stdoutNoise = '';

beforeAll(async () => {
  ws.writeManifest(await hostileManifest({ fetch_page: {} }));
  ws.writeConfig({ agents: { tester: { clearance: 'public', capabilities: [] } }, stdioAgent: 'tester', limits: { maxMessageBytes: 65536, maxResultBytes: 65536, defaultTimeoutMs: 5000, maxConcurrentCalls: 4 } });
  child = spawn(process.execPath, [BIN, 'serve', '--config', ws.configFile], { stdio: 'pipe' });
  let buffer = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffer += chunk;
    let nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      try {
        responses.push(JSON.parse(line));
      } catch {
        stdoutNoise += line;
      }
    }
  });
  // (the firewall answers once it has compiled its scanner and started its server: allow a loaded machine time)
  child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: 'init', method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } })}\n`);
  await next((m) => m.id === 'init', 25_000);
  child.stdin.write('{"jsonrpc":"2.0","method":"notifications/initialized"}\n');
}, 30_000);

afterAll(async () => {
  child.stdin.end();
  await new Promise((r) => child.once('exit', r));
  ws.cleanup();
});

async function next(predicate: (m: any) => boolean, timeoutMs = 5000): Promise<any> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const found = responses.find(predicate);
    if (found) {
      responses.splice(responses.indexOf(found), 1);
      return found;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('no matching message');
}

async function exchange(message: object): Promise<any> {
  child.stdin.write(`${JSON.stringify(message)}\n`);
  return next((m) => m.id === (message as { id: unknown }).id);
}

describe('malformed input from the host', () => {
  it.each([
    ['invalid JSON', '{"jsonrpc":"2.0", "id": 1, "method": ', -32600],
    ['a JSON array (batch)', '[{"jsonrpc":"2.0","id":2,"method":"ping"}]', -32600],
    ['a wrong jsonrpc version', '{"jsonrpc":"1.0","id":3,"method":"ping"}', -32600],
    ['params that are not an object', '{"jsonrpc":"2.0","id":4,"method":"tools/list","params":[1]}', -32600],
  ])('answers %s with a JSON-RPC error', async (_label, line, code) => {
    child.stdin.write(`${line}\n`);
    const response = await next((m) => m.error !== undefined);
    expect(response.error.code).toBe(code);
    expect(response.error.data.code).toBe('INVALID_REQUEST');
    expect(response.error.data.auditId).toMatch(/^[A-Za-z0-9_-]{12}$/);
  });

  it('refuses an unknown method', async () => {
    const response = await exchange({ jsonrpc: '2.0', id: 10, method: 'sampling/createMessage', params: {} });
    expect(response.error.code).toBe(-32601);
    expect(response.error.data.code).toBe('METHOD_NOT_ALLOWED');
  });

  it('refuses an oversized message by id without buffering it, then keeps serving', async () => {
    const big = JSON.stringify({ jsonrpc: '2.0', id: 11, method: 'tools/call', params: { name: 'hostile__fetch_page', arguments: { variant: 'x'.repeat(200_000) } } });
    child.stdin.write(`${big}\n`);
    const response = await next((m) => m.id === 11);
    expect(response.error.data.code).toBe('PAYLOAD_TOO_LARGE');
    const ping = await exchange({ jsonrpc: '2.0', id: 12, method: 'ping' });
    expect(ping.result).toEqual({});
  });

  it('rejects a tools/call without a name as invalid params', async () => {
    const response = await exchange({ jsonrpc: '2.0', id: 13, method: 'tools/call', params: { arguments: {} } });
    expect(response.error.code).toBe(-32602);
    expect(response.error.data.code).toBe('ARGS_INVALID');
  });

  it('refuses arguments that are not an object as a tool error', async () => {
    const response = await exchange({ jsonrpc: '2.0', id: 14, method: 'tools/call', params: { name: 'hostile__fetch_page', arguments: ['benign'] } });
    expect(response.result.isError).toBe(true);
    expect(response.result._meta['io.github.mcp-firewall/error'].code).toBe('ARGS_INVALID');
  });

  it('still serves a valid call and wrote nothing but protocol on stdout', async () => {
    const response = await exchange({ jsonrpc: '2.0', id: 15, method: 'tools/call', params: { name: 'hostile__fetch_page', arguments: { variant: 'benign' } } });
    expect(response.result.content[0].text).toContain('revenue grew');
    expect(stdoutNoise).toBe('');
  });

  it('audited every refusal', () => {
    const reasons = ws.auditRecords().map((r) => r.reason);
    expect(reasons.filter((r) => r === 'INVALID_REQUEST').length).toBeGreaterThanOrEqual(4);
    expect(reasons).toContain('PAYLOAD_TOO_LARGE');
    expect(reasons).toContain('METHOD_NOT_ALLOWED');
  });
});
