import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { setMaxListeners } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { BIN } from './host.js';

export interface FrontDoorProcess {
  url: URL;
  child: ChildProcess;
  stderr(): string;
  stop(): Promise<number | null>;
}

/** Starts `mcp-firewall serve --http ADDRESS` and waits for the line naming the bound URL. */
export async function startFrontDoor(configFile: string, address = '127.0.0.1:0', env: Record<string, string> = {}, startTimeoutMs = 20_000): Promise<FrontDoorProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--http', address, '--config', configFile], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  let stderr = '';
  const url = await new Promise<URL>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`front door did not start:\n${stderr}`));
    }, startTimeoutMs);
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      const match = /listening on (\S+)/.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(new URL(match[1]!));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`front door exited with ${code}:\n${stderr}`));
    });
  });
  return {
    url,
    child,
    stderr: () => stderr,
    stop: async () => {
      if (child.exitCode !== null) return child.exitCode;
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/**
 * A fetch for the SDK transport built on node:http / node:https with keep-alive agents: it can
 * trust `ca` (the test's own certificate authority), which the global fetch cannot per call, and
 * gives HTTP and HTTPS the same client stack, so the two can be compared.
 */
export function nodeFetch(options: { ca?: string } = {}): typeof fetch {
  const agents = { 'http:': new HttpAgent({ keepAlive: true }), 'https:': new HttpsAgent({ keepAlive: true, ...(options.ca ? { ca: options.ca } : {}) }) };
  return ((input: string | URL | Request, init: RequestInit = {}) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(String(input instanceof Request ? input.url : input));
      const headers = Object.fromEntries(new Headers(init.headers).entries());
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const agent = agents[url.protocol as 'http:' | 'https:'];
      // The SDK hands every request the same long-lived signal: listen only while this request lives.
      const signal = init.signal ?? undefined;
      const abort = (): void => void req.destroy(new DOMException('aborted', 'AbortError'));
      const req = send(url, { method: init.method ?? 'GET', headers, agent }, (res) => {
        res.once('close', () => signal?.removeEventListener('abort', abort));
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') responseHeaders.set(name, value);
        const empty = res.statusCode === 202 || res.statusCode === 204 || res.statusCode === 304;
        if (empty) res.resume();
        resolve(new Response(empty ? null : (Readable.toWeb(res) as ReadableStream), { status: res.statusCode ?? 500, headers: responseHeaders }));
      });
      if (signal?.aborted) abort();
      // One listener per request in flight: 16 at once is expected, not a leak.
      if (signal) setMaxListeners(0, signal);
      signal?.addEventListener('abort', abort, { once: true });
      req.once('error', (err) => {
        signal?.removeEventListener('abort', abort);
        reject(err);
      });
      req.end(typeof init.body === 'string' ? init.body : undefined);
    })) as typeof fetch;
}

export interface HttpHost {
  client: Client;
  transport: StreamableHTTPClientTransport;
  close(): Promise<void>;
}

/** The real SDK client over Streamable HTTP, sending `key` as its bearer token. */
export async function connectHttp(url: URL, key: string | undefined, options: { origin?: string; fetch?: typeof fetch } = {}): Promise<HttpHost> {
  const headers: Record<string, string> = {};
  if (key !== undefined) headers.authorization = `Bearer ${key}`;
  if (options.origin !== undefined) headers.origin = options.origin;
  const transport = new StreamableHTTPClientTransport(url, { requestInit: { headers }, ...(options.fetch ? { fetch: options.fetch } : {}) });
  const client = new Client({ name: 'remote-host', version: '1.0.0' });
  await client.connect(transport);
  return {
    client,
    transport,
    close: async () => {
      await transport.terminateSession().catch(() => undefined);
      await client.close();
    },
  };
}

/** Runs `mcp-firewall agent key …` through the real CLI. */
export function keyCli(configFile: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, 'agent', 'key', ...args, '--config', configFile], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A throwaway CA and a server certificate for localhost / 127.0.0.1, made with the openssl CLI. */
export function makeCertificates(dir: string): { ca: string; cert: string; key: string; caFile: string; certFile: string; keyFile: string } {
  const f = (name: string): string => join(dir, name);
  const openssl = (...args: string[]): void => {
    const run = spawnSync('/usr/bin/openssl', args, { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`openssl ${args[0]} failed: ${run.stderr}`);
  };
  openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', f('ca.key'), '-out', f('ca.crt'), '-days', '2', '-subj', '/CN=mcp-firewall test CA');
  openssl('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', f('server.key'), '-out', f('server.csr'), '-subj', '/CN=localhost');
  const ext = f('server.ext');
  writeFileSync(ext, 'subjectAltName=DNS:localhost,IP:127.0.0.1\n');
  openssl('x509', '-req', '-in', f('server.csr'), '-CA', f('ca.crt'), '-CAkey', f('ca.key'), '-CAcreateserial', '-out', f('server.crt'), '-days', '2', '-extfile', ext);
  const read = (name: string): string => readFileSync(f(name), 'utf8');
  return { ca: read('ca.crt'), cert: read('server.crt'), key: read('server.key'), caFile: f('ca.crt'), certFile: f('server.crt'), keyFile: f('server.key') };
}

/** POSTs raw JSON-RPC to the front door, returning the status, headers and parsed body. */
export async function rawPost(url: URL, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; body: any }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON (e.g. an empty 202)
  }
  return { status: res.status, headers: res.headers, body: parsed };
}

export const INITIALIZE = { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } };
