import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import { connect as tlsConnect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, texts, waitFor } from '../helpers/host.js';
import { connectHttp, nodeFetch, INITIALIZE, keyCli, makeCertificates, rawPost, startFrontDoor, type FrontDoorProcess } from '../helpers/front-door.js';
import { hostileManifest, Workspace } from '../helpers/workspace.js';

/**
 * The HTTP front door through the real CLI, the real SDK client (Streamable HTTP) and a real
 * downstream server that logs every tool call it receives: a refused request must leave that log
 * untouched, which proves it never reached a tool server.
 */

const ws = new Workspace();
const callLog = join(ws.dir, 'downstream-calls.log');
const ALLOWED_ORIGIN = 'https://console.example.com';
let door: FrontDoorProcess;
const keys: Record<string, string> = {};
let revokedId = '';

/** The HTTP status the SDK client reports for a refused request (StreamableHTTPError.code). */
async function statusOf(attempt: Promise<unknown>): Promise<number | undefined> {
  try {
    await attempt;
    return 200;
  } catch (err) {
    return (err as { code?: number }).code;
  }
}

const downstreamCalls = (): number => (existsSync(callLog) ? readFileSync(callLog, 'utf8').split('\n').filter(Boolean).length : 0);

function storedKey(id: string, notBefore: string, expires: string): { key: string; entry: object } {
  const key = `mfwk_${randomBytes(32).toString('base64url')}`;
  return { key, entry: { id, sha256: createHash('sha256').update(key).digest('hex'), notBefore, expires } };
}

function addKey(agent: string, ...flags: string[]): { key: string; id: string } {
  const run = keyCli(ws.configFile, 'add', agent, ...flags);
  expect(run.status, run.stderr).toBe(0);
  const id = /added key (k-[0-9a-f]{12})/.exec(run.stderr)![1]!;
  return { key: run.stdout.trim(), id };
}

beforeAll(async () => {
  ws.writeManifest(await hostileManifest({ fetch_page: {}, flood: { clearance: 'internal' } }, { HOSTILE_LOG: callLog }));
  const expired = storedKey('k-0000000000e1', '2020-01-01T00:00:00Z', '2021-01-01T00:00:00Z');
  keys.expired = expired.key;
  ws.writeConfig({
    agents: {
      bot: { clearance: 'internal', capabilities: [], keys: [expired.entry] },
      guest: { clearance: 'public', capabilities: [] },
    },
    stdioAgent: undefined,
    http: { allowedOrigins: [ALLOWED_ORIGIN] },
  });
  keys.a = addKey('bot').key;
  keys.b = addKey('bot', '--expires', '30d').key;
  keys.future = addKey('bot', '--not-before', '30d', '--expires', '60d').key;
  keys.guest = addKey('guest').key;
  const revoked = addKey('bot');
  keys.revoked = revoked.key;
  revokedId = revoked.id;
  door = await startFrontDoor(ws.configFile);
}, 60_000);

afterAll(async () => {
  await door?.stop();
  ws.cleanup();
});

describe('agent keys', () => {
  it('stores only hashes: no key appears in the config, the audit log or the firewall output', () => {
    const config = readFileSync(ws.configFile, 'utf8');
    const audit = existsSync(ws.auditFile) ? readFileSync(ws.auditFile, 'utf8') : '';
    for (const key of Object.values(keys)) {
      expect(key).toMatch(/^mfwk_[A-Za-z0-9_-]{43}$/);
      expect(config).not.toContain(key);
      expect(audit).not.toContain(key);
      expect(door.stderr()).not.toContain(key);
    }
  });

  it('two overlapping keys of one agent both open working sessions', async () => {
    for (const key of [keys.a!, keys.b!]) {
      const host = await connectHttp(door.url, key);
      const result = await host.client.callTool({ name: 'hostile__fetch_page', arguments: { variant: 'benign' } });
      expect(texts(result).join('')).toContain('quarterly report');
      await host.close();
    }
  });

  it.each([
    ['no key', undefined, 'missing'],
    ['a wrong key', `mfwk_${randomBytes(32).toString('base64url')}`, 'unknown'],
    ['an expired key', 'expired', 'expired'],
    ['a key that is not yet valid', 'future', 'not-yet-valid'],
  ])('%s gets 401 with a Bearer challenge, is audited, and reaches no tool server', async (_label, which, why) => {
    const key = which === undefined ? undefined : (keys[which] ?? which);
    const before = downstreamCalls();
    expect(await statusOf(connectHttp(door.url, key))).toBe(401);
    const call = { jsonrpc: '2.0', id: 7, method: 'tools/call', params: { name: 'hostile__fetch_page', arguments: { variant: 'benign' } } };
    const raw = await rawPost(door.url, call, key === undefined ? {} : { authorization: `Bearer ${key}` });
    expect(raw.status).toBe(401);
    expect(raw.headers.get('www-authenticate')).toMatch(/^Bearer realm="mcp-firewall"/);
    expect(raw.body.error.data.code).toBe('UNAUTHENTICATED');
    expect(downstreamCalls()).toBe(before);
    const refusals = ws.auditRecords().filter((r) => r.method === 'http/auth' && r.details.why === why);
    expect(refusals.length).toBeGreaterThanOrEqual(2);
    expect(refusals.every((r) => r.decision === 'deny' && r.reason === 'UNAUTHENTICATED' && r.details.status === 401)).toBe(true);
    if (key !== undefined) expect(readFileSync(ws.auditFile, 'utf8')).not.toContain(key.slice(5, 25));
  });

  it('a revoked key stops working in the running front door; the other keys keep working', async () => {
    const host = await connectHttp(door.url, keys.revoked!);
    await host.client.callTool({ name: 'hostile__fetch_page', arguments: { variant: 'benign' } });
    const run = keyCli(ws.configFile, 'revoke', revokedId);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(ws.configFile, 'utf8')).not.toContain(revokedId);
    const headers = { authorization: `Bearer ${keys.revoked}` };
    expect(await waitFor(() => ws.auditRecords().some((r) => r.method === 'http/keys-reload'), 5000)).toBe(true);
    const before = downstreamCalls();
    // The session it opened is refused too: every request is authenticated, not only the first.
    expect(await statusOf(host.client.callTool({ name: 'hostile__fetch_page', arguments: { variant: 'benign' } }))).toBe(401);
    expect((await rawPost(door.url, INITIALIZE, headers)).status).toBe(401);
    expect(downstreamCalls()).toBe(before);
    const other = await connectHttp(door.url, keys.a!);
    await other.close();
    await host.client.close();
  });

  it('a session belongs to the key that opened it: another key gets 404 and nothing is forwarded', async () => {
    const host = await connectHttp(door.url, keys.a!);
    const sessionId = host.transport.sessionId!;
    const before = downstreamCalls();
    for (const key of [keys.b!, keys.guest!]) {
      const raw = await rawPost(
        door.url,
        { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'hostile__fetch_page', arguments: { variant: 'benign' } } },
        { authorization: `Bearer ${key}`, 'mcp-session-id': sessionId, 'mcp-protocol-version': '2025-06-18' },
      );
      expect(raw.status).toBe(404);
      expect(raw.body.error.data.code).toBe('SESSION_UNKNOWN');
    }
    expect(downstreamCalls()).toBe(before);
    expect(ws.auditRecords().filter((r) => r.method === 'http/session' && r.details.why === 'other-key')).toHaveLength(2);
    expect(JSON.stringify(ws.auditRecords())).not.toContain(sessionId);
    await host.close();
  });
});

describe('what the key decides', () => {
  it('a guest-cleared key sees and calls only public tools; an internal key sees both', async () => {
    const guest = await connectHttp(door.url, keys.guest!);
    expect((await guest.client.listTools()).tools.map((t) => t.name)).toEqual(['hostile__fetch_page']);
    const before = downstreamCalls();
    const denied = await guest.client.callTool({ name: 'hostile__flood', arguments: { count: 0 } });
    expect(errorCode(denied)).toBe('POLICY_DENIED');
    expect(downstreamCalls()).toBe(before);
    await guest.close();
    const bot = await connectHttp(door.url, keys.a!);
    expect((await bot.client.listTools()).tools.map((t) => t.name).sort()).toEqual(['hostile__fetch_page', 'hostile__flood']);
    await bot.close();
    const records = ws.auditRecords().filter((r) => r.method === 'tools/list');
    expect(records.some((r) => r.agent === 'guest')).toBe(true);
    expect(records.some((r) => r.agent === 'bot')).toBe(true);
  });
});

describe('origins and requests', () => {
  it('refuses a request from a disallowed Origin with 403 before checking anything else', async () => {
    const before = downstreamCalls();
    expect(await statusOf(connectHttp(door.url, keys.a!, { origin: 'http://evil.example' }))).toBe(403);
    const raw = await rawPost(door.url, INITIALIZE, { authorization: `Bearer ${keys.a}`, origin: 'http://localhost.evil.example:1234' });
    expect(raw.status).toBe(403);
    expect(raw.body.error.data.code).toBe('ORIGIN_DENIED');
    expect(downstreamCalls()).toBe(before);
    expect(ws.auditRecords().filter((r) => r.method === 'http/origin' && r.decision === 'deny').length).toBeGreaterThanOrEqual(2);
    const allowed = await connectHttp(door.url, keys.a!, { origin: ALLOWED_ORIGIN });
    expect((await allowed.client.listTools()).tools.length).toBe(2);
    await allowed.close();
  });

  it('refuses a Host that is not a loopback name on a loopback address (DNS rebinding) with 403', async () => {
    const status = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = httpRequest(door.url, { method: 'POST', headers: { host, 'content-type': 'application/json', authorization: `Bearer ${keys.a}` } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.once('error', reject);
        req.end(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping' }));
      });
    const before = downstreamCalls();
    expect(await status(`attacker.example:${door.url.port}`)).toBe(403);
    expect(await status('127.0.0.1.nip.io')).toBe(403);
    expect(ws.auditRecords().filter((r) => r.method === 'http/host' && r.reason === 'HOST_DENIED')).toHaveLength(2);
    // Loopback names pass on to the next checks (here: no session header).
    expect(await status(`localhost:${door.url.port}`)).toBe(400);
    expect(await status(`[::1]:${door.url.port}`)).toBe(400);
    expect(downstreamCalls()).toBe(before);
  });

  it('streams progress on the request that asked for it, and ends a session on DELETE', async () => {
    const host = await connectHttp(door.url, keys.a!);
    const progress: number[] = [];
    const result = await host.client.callTool({ name: 'hostile__fetch_page', arguments: { variant: 'benign' } }, undefined, { onprogress: (p) => progress.push(p.progress) });
    expect(texts(result).join('')).toContain('quarterly report');
    const sessionId = host.transport.sessionId!;
    await host.transport.terminateSession();
    const after = await rawPost(door.url, { jsonrpc: '2.0', id: 2, method: 'tools/list' }, { authorization: `Bearer ${keys.a}`, 'mcp-session-id': sessionId });
    expect(after.status).toBe(404);
    expect(ws.auditRecords().some((r) => r.method === 'http/session-end' && r.details.why === 'deleted')).toBe(true);
    await host.client.close();
  });

  it('refuses a body over the limit with 413, and a request without a session with 400', async () => {
    const auth = { authorization: `Bearer ${keys.a}` };
    const huge = await rawPost(door.url, JSON.stringify({ ...INITIALIZE, padding: 'x'.repeat(9 * 1024 * 1024) }), auth);
    expect(huge.status).toBe(413);
    const orphan = await rawPost(door.url, { jsonrpc: '2.0', id: 3, method: 'tools/list' }, auth);
    expect(orphan.status).toBe(400);
    expect(orphan.body.error.data.code).toBe('SESSION_UNKNOWN');
    const form = await rawPost(door.url, JSON.stringify(INITIALIZE), { ...auth, 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    const future = await rawPost(door.url, INITIALIZE, { ...auth, 'mcp-protocol-version': '2099-01-01' });
    expect(future.status).toBe(400);
    expect(future.body.error.data.code).toBe('INVALID_REQUEST');
    const wrongPath = await fetch(new URL('/admin', door.url), { method: 'POST', headers: auth });
    expect(wrongPath.status).toBe(404);
  });
});

describe('notifications', () => {
  it('tells every open session, on its GET stream, when a tool is quarantined', async () => {
    const rug = new Workspace();
    try {
      rug.writeManifest(await hostileManifest({ fetch_page: {}, big: {} }, { HOSTILE_RUGPULL_AFTER: '1' }));
      rug.writeConfig({ agents: { bot: { clearance: 'public', capabilities: [] } }, stdioAgent: undefined });
      const key = keyCli(rug.configFile, 'add', 'bot').stdout.trim();
      const server = await startFrontDoor(rug.configFile);
      try {
        const [caller, watcher] = await Promise.all([connectHttp(server.url, key), connectHttp(server.url, key)]);
        const heard: string[] = [];
        watcher.client.fallbackNotificationHandler = async (n) => void heard.push(n.method);
        expect((await watcher.client.listTools()).tools.map((t) => t.name)).toContain('hostile__fetch_page');
        await caller.client.callTool({ name: 'hostile__fetch_page', arguments: { variant: 'benign' } });
        expect(await waitFor(() => heard.includes('notifications/tools/list_changed'), 5000)).toBe(true);
        expect((await watcher.client.listTools()).tools.map((t) => t.name)).not.toContain('hostile__fetch_page');
        await Promise.all([caller.close(), watcher.close()]);
      } finally {
        expect(await server.stop()).toBe(0);
      }
    } finally {
      rug.cleanup();
    }
  });
});

describe('session lifetime', () => {
  it('ends sessions idle for longer than idleTimeoutSeconds', async () => {
    const idle = new Workspace();
    try {
      idle.writeManifest(await hostileManifest({ fetch_page: {}, hang: { timeoutMs: 2500 } }));
      idle.writeConfig({ agents: { bot: { clearance: 'public', capabilities: [] } }, stdioAgent: undefined, http: { idleTimeoutSeconds: 1 } });
      const key = keyCli(idle.configFile, 'add', 'bot').stdout.trim();
      const server = await startFrontDoor(idle.configFile);
      try {
        const host = await connectHttp(server.url, key);
        // A call running longer than the idle timeout keeps its session alive.
        expect(errorCode(await host.client.callTool({ name: 'hostile__hang', arguments: {} }))).toBe('DOWNSTREAM_TIMEOUT');
        expect((await host.client.listTools()).tools).toHaveLength(2);
        expect(idle.auditRecords().some((r) => r.method === 'http/session-end')).toBe(false);
        const sessionId = host.transport.sessionId!;
        expect(await waitFor(() => idle.auditRecords().some((r) => r.method === 'http/session-end' && r.details.why === 'idle'), 5000)).toBe(true);
        const late = await rawPost(server.url, { jsonrpc: '2.0', id: 9, method: 'tools/list' }, { authorization: `Bearer ${key}`, 'mcp-session-id': sessionId });
        expect(late.status).toBe(404);
        await host.client.close();
      } finally {
        expect(await server.stop()).toBe(0);
      }
    } finally {
      idle.cleanup();
    }
  });
});

describe('TLS', () => {
  it('serves over TLS 1.3 with the configured certificate and refuses a TLS 1.2 client', async () => {
    const tls = new Workspace();
    try {
      const certs = makeCertificates(tls.dir);
      tls.writeManifest(await hostileManifest({ fetch_page: {} }));
      tls.writeConfig({ agents: { bot: { clearance: 'public', capabilities: [] } }, stdioAgent: undefined, http: { tls: { cert: 'file:server.crt', key: 'file:server.key' } } });
      const key = keyCli(tls.configFile, 'add', 'bot').stdout.trim();
      const server = await startFrontDoor(tls.configFile, '127.0.0.1:0');
      try {
        expect(server.url.protocol).toBe('https:');
        const host = await connectHttp(server.url, key, { fetch: nodeFetch({ ca: certs.ca }) });
        const result = await host.client.callTool({ name: 'hostile__fetch_page', arguments: { variant: 'benign' } });
        expect(texts(result).join('')).toContain('quarterly report');
        await host.close();

        const negotiated = await new Promise<string>((resolve, reject) => {
          const socket = tlsConnect({ host: '127.0.0.1', port: Number(server.url.port), ca: certs.ca, servername: 'localhost' }, () => {
            resolve(socket.getProtocol() ?? '');
            socket.end();
          });
          socket.once('error', reject);
        });
        expect(negotiated).toBe('TLSv1.3');
        const old = await new Promise<string>((resolve) => {
          const socket = tlsConnect({ host: '127.0.0.1', port: Number(server.url.port), ca: certs.ca, servername: 'localhost', maxVersion: 'TLSv1.2' }, () => {
            resolve(`connected with ${socket.getProtocol()}`);
            socket.end();
          });
          socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
        });
        expect(old).toMatch(/PROTOCOL|VERSION|ALERT/i);
      } finally {
        expect(await server.stop()).toBe(0);
      }
    } finally {
      tls.cleanup();
    }
  });

  it('refuses to start on a non-loopback address without TLS, naming the fix', async () => {
    const plain = new Workspace();
    try {
      plain.writeManifest(await hostileManifest({ fetch_page: {} }));
      plain.writeConfig({ agents: { bot: { clearance: 'public', capabilities: [] } }, stdioAgent: undefined });
      await expect(startFrontDoor(plain.configFile, '0.0.0.0:0')).rejects.toThrow(/exited with 2[\s\S]*\$\.http\.tls: 0\.0\.0\.0 is not a loopback address[\s\S]*Fix:/);
      writeFileSync(join(plain.dir, 'cert.pem'), 'not a pem');
    } finally {
      plain.cleanup();
    }
  });
});

describe('a flood of unauthenticated requests', () => {
  it('is answered in full, audited up to a budget per address, and the rest counted on the next record', async () => {
    const seen = ws.auditRecords().length;
    const results = await Promise.all(Array.from({ length: 150 }, () => rawPost(door.url, INITIALIZE)));
    expect(results.every((r) => r.status === 401)).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect((await rawPost(door.url, INITIALIZE)).status).toBe(401);
    const records = ws.auditRecords().slice(seen).filter((r) => r.method === 'http/auth');
    expect(records.length).toBeLessThan(151);
    // Every refusal is accounted for: a record of its own, or counted on the next one.
    expect(records.reduce((n, r) => n + 1 + (r.details.suppressedBefore ?? 0), 0)).toBe(151);
    expect(records.at(-1)!.details.suppressedBefore).toBeGreaterThan(0);
  });
});
