import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledServer } from '../../src/config/types.js';
import { ServerConnection } from '../../src/downstream/server-connection.js';
import { waitFor } from '../helpers/host.js';
import { compileHttpManifest, connect, startFixture, type Fixture } from './fixture-server.js';

/**
 * The Streamable HTTP client against a real server (plain loopback HTTP here; TLS is covered
 * in tls.test.ts): size caps while reading, timeouts and cancellation reaching the server,
 * progress, list_changed re-verification, session loss and reconnection, static headers.
 */

let server: Fixture;
const cleanups: Array<() => void> = [];

beforeAll(async () => {
  server = await startFixture({ requireHeader: { name: 'authorization', value: 'Bearer t0k-123' } });
});

afterAll(async () => {
  await server?.close();
  for (const cleanup of cleanups) cleanup();
});

function manifest(extra: Record<string, unknown> = {}, env: NodeJS.ProcessEnv = { REMOTE_TOKEN: 'Bearer t0k-123' }): CompiledServer {
  const compiled = compileHttpManifest({ id: 'remote', url: `http://127.0.0.1:${server.port}/mcp`, allowInsecureLoopback: true, headers: { Authorization: 'env:REMOTE_TOKEN' }, ...extra }, {}, env);
  cleanups.push(compiled.cleanup);
  return compiled.server;
}

describe('Streamable HTTP client', () => {
  it('sends the referenced header; without the right one the server refuses and the category is unauthenticated', async () => {
    const ok = await connect(manifest());
    expect(ok.connection.status).toBe('ready');
    expect(ok.connection.announced.map((t) => t.name)).toContain('echo');
    await ok.connection.close();
    const refused = await connect(manifest({}, { REMOTE_TOKEN: 'Bearer wrong' }));
    await refused.connection.close();
    expect(refused.faults.find((f) => f.event === 'start-failed')?.details).toMatchObject({ code: 'DOWNSTREAM_UNAVAILABLE', category: 'unauthenticated', status: 401 });
  });

  it('caps a result while reading it and stays usable', async () => {
    const { connection } = await connect(manifest());
    try {
      const small = await connection.call('big', { bytes: 10 }, { timeoutMs: 5000, maxBytes: 2000 });
      expect(small.bytes).toBeLessThan(2000);
      const refused = await connection.call('big', { bytes: 50_000_000 }, { timeoutMs: 20_000, maxBytes: 100_000 }).catch((err) => err);
      expect(refused.code).toBe('RESULT_TOO_LARGE');
      const after = await connection.call('echo', { message: 'still here' }, { timeoutMs: 5000 });
      expect(JSON.stringify(after.result)).toContain('Echo: still here');
    } finally {
      await connection.close();
    }
  });

  it('forwards progress, and a timeout or a host cancellation reaches the server as notifications/cancelled', async () => {
    const { connection } = await connect(manifest());
    try {
      const progress: number[] = [];
      await connection.call('slow', { ms: 50 }, { timeoutMs: 5000, onProgress: (p) => progress.push(p.progress) });
      expect(progress).toEqual([1]);
      const cancelledBefore = server.events.filter((e) => e.event === 'cancelled').length;
      const timedOut = await connection.call('slow', { ms: 10_000 }, { timeoutMs: 300 }).catch((err) => err);
      expect(timedOut.code).toBe('DOWNSTREAM_TIMEOUT');
      const controller = new AbortController();
      const pending = connection.call('slow', { ms: 10_000 }, { timeoutMs: 10_000, signal: controller.signal }).catch((err) => err);
      setTimeout(() => controller.abort(), 200);
      expect((await pending).code).toBe('CANCELLED');
      expect(await waitFor(() => server.events.filter((e) => e.event === 'cancelled').length === cancelledBefore + 2)).toBe(true);
    } finally {
      await connection.close();
    }
  });

  it('re-verifies the tool list when the server announces a change on its event stream', async () => {
    const { connection } = await connect(manifest());
    try {
      const before = connection.announced.length;
      await connection.call('announce', {}, { timeoutMs: 5000 });
      expect(await waitFor(() => connection.announced.length === before + 1)).toBe(true);
      expect(connection.announced.some((t) => String(t.name).startsWith('added-'))).toBe(true);
    } finally {
      await connection.close();
    }
  });

  it('a session the server forgot is a lost link: reconnected with a new session and re-verified', async () => {
    const { connection, faults } = await connect(manifest());
    try {
      server.send({ endSessions: true });
      await server.waitFor((e) => e.event === 'sessions-ended');
      const lost = await connection.call('echo', { message: 'x' }, { timeoutMs: 5000 }).catch((err) => err);
      expect(lost.code).toBe('DOWNSTREAM_UNAVAILABLE');
      expect(faults.some((f) => f.details.category === 'session-expired')).toBe(true);
      expect(await waitFor(() => connection.status === 'ready', 10_000)).toBe(true);
      const again = await connection.call('echo', { message: 'back' }, { timeoutMs: 5000 });
      expect(JSON.stringify(again.result)).toContain('Echo: back');
    } finally {
      await connection.close();
    }
  });

  it('a server that is not there is unavailable with the category connection-refused', async () => {
    const gone = await startFixture({});
    const port = gone.port;
    await gone.close();
    const compiled = compileHttpManifest({ id: 'remote', url: `http://127.0.0.1:${port}/mcp`, allowInsecureLoopback: true });
    cleanups.push(compiled.cleanup);
    const { connection, faults } = await connect(compiled.server);
    await connection.close();
    expect(faults.find((f) => f.event === 'start-failed')?.details).toMatchObject({ code: 'DOWNSTREAM_UNAVAILABLE', category: 'connection-refused' });
  });

  it('falls back to the older HTTP+SSE transport when the server refuses the Streamable HTTP initialize', async () => {
    const old = await startFixture({ legacySse: true, signingKeys: { k1: 'l'.repeat(40) } });
    try {
      const compiled = compileHttpManifest({ id: 'remote', url: `http://127.0.0.1:${old.port}/mcp`, allowInsecureLoopback: true, signing: { keys: [{ id: 'k1', secret: 'env:KEY' }] } }, {}, { KEY: 'l'.repeat(40) });
      cleanups.push(compiled.cleanup);
      const { connection } = await connect(compiled.server);
      try {
        expect(connection.status).toBe('ready');
        expect(connection.linkReport()?.facts.transport).toMatch(/older/);
        const progress: number[] = [];
        const slow = await connection.call('slow', { ms: 20 }, { timeoutMs: 5000, onProgress: (p) => progress.push(p.progress) });
        expect(JSON.stringify(slow.result)).toContain('slept 20');
        expect(progress).toEqual([1]);
        const refused = await connection.call('big', { bytes: 200_000 }, { timeoutMs: 5000, maxBytes: 10_000 }).catch((err) => err);
        expect(refused.code).toBe('RESULT_TOO_LARGE');
        const before = connection.announced.length;
        await connection.call('announce', {}, { timeoutMs: 5000 });
        expect(await waitFor(() => connection.announced.length === before + 1)).toBe(true);
      } finally {
        await connection.close();
      }
      expect(old.events.some((e) => e.event === 'legacy-stream')).toBe(true);
      expect(old.events.filter((e) => e.event === 'signature').every((e) => e.ok)).toBe(true);
    } finally {
      await old.close();
    }
  });
});

describe('requests from an HTTP tool server', () => {
  it('arrive tied to the call they were made for (its response stream), and are answered through the link', async () => {
    const compiled = manifest();
    const seen: Array<{ method: string; related: unknown }> = [];
    const connection = new ServerConnection(compiled, 4_000_000, {
      toolsChanged: () => undefined,
      fault: () => undefined,
      serverRequest: (_id, request, reply, related) => {
        seen.push({ method: request.method, related });
        reply({ jsonrpc: '2.0', id: request.id, result: { role: 'assistant', content: { type: 'text', text: 'forty-two' }, model: 'm' } });
      },
    });
    await connection.start();
    try {
      let sentAs: unknown;
      const { result } = await connection.call('ask', { prompt: 'The answer?' }, { timeoutMs: 5000, onSent: (id) => (sentAs = id) });
      expect(JSON.stringify(result)).toContain('answered: forty-two');
      expect(seen).toEqual([{ method: 'sampling/createMessage', related: sentAs }]);
      expect(sentAs).toBeDefined();
    } finally {
      await connection.close();
    }
  });
});
