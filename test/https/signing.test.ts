import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import https from 'node:https';
import { readFileSync } from 'node:fs';
import { createReplayCache, signatureBase, verifyRequestSignature } from '../../src/index.js';
import { bodyDigest, hmacSignature } from '../../src/signing/signature-base.js';
import { compileHttpManifest, connect, startFixture, type Fixture } from './fixture-server.js';
import { TestPki } from './pki.js';

/**
 * Signed requests end to end: a tool server verifies the firewall's signatures with the
 * package's exported verifyRequestSignature(); replays and stale requests are rejected.
 */

const CURRENT = { id: 'k-2026-12', secret: 'c'.repeat(20) + '-current-signing-key-0123456789' };
const NEXT = { id: 'k-2027-01', secret: 'n'.repeat(20) + '-next-signing-key-abcdefghijklmn' };

const pki = new TestPki();
const cert = pki.leaf('signed-server');
let server: Fixture;
const cleanups: Array<() => void> = [];

beforeAll(async () => {
  server = await startFixture({ cert: cert.cert, key: cert.key, record: true, signingKeys: { [CURRENT.id]: CURRENT.secret, [NEXT.id]: NEXT.secret } });
});

afterAll(async () => {
  await server?.close();
  for (const cleanup of cleanups) cleanup();
  pki.cleanup();
});

/** Fixture events arrive over a pipe: wait for the session's DELETE so no late event of one test lands in the next. */
async function sessionEnded(before: number): Promise<void> {
  await server.waitFor((e) => e.event === 'request' && e.method === 'DELETE' && server.events.indexOf(e) >= before);
}

function manifestWith(keys: Array<{ id: string; secret: string }>) {
  const env: NodeJS.ProcessEnv = {};
  const refs = keys.map((k, i) => {
    env[`SIGNING_KEY_${i}`] = k.secret;
    return { id: k.id, secret: `env:SIGNING_KEY_${i}` };
  });
  const manifest = compileHttpManifest({ id: 'signed', url: `https://localhost:${server.port}/mcp?tenant=a`, tls: { ca: `file:${pki.ca().cert}` }, signing: { keys: refs } }, {}, env);
  cleanups.push(manifest.cleanup);
  return manifest.server;
}

describe('request signing', () => {
  it('every request the firewall sends verifies on the server, signed with the first key', async () => {
    const before = server.events.length;
    const { connection } = await connect(manifestWith([CURRENT, NEXT]));
    try {
      expect(connection.status).toBe('ready');
      await connection.call('echo', { message: 'signed' }, { timeoutMs: 5000 });
    } finally {
      await connection.close();
    }
    await sessionEnded(before);
    const verdicts = server.events.slice(before).filter((e) => e.event === 'signature');
    expect(verdicts.length).toBeGreaterThanOrEqual(4); // initialize, initialized, tools/list, GET stream, call, DELETE
    expect(verdicts.every((v) => v.ok === true && v.keyId === CURRENT.id)).toBe(true);
    const posts = server.events.slice(before).filter((e) => e.event === 'request' && e.method === 'POST');
    expect(posts[0]?.url).toBe('/mcp?tenant=a');
  });

  it('rotation: the next key signs once it is listed first, while the server accepts both', async () => {
    const before = server.events.length;
    const { connection } = await connect(manifestWith([NEXT, CURRENT]));
    await connection.close();
    await sessionEnded(before);
    const verdicts = server.events.slice(before).filter((e) => e.event === 'signature');
    expect(verdicts.length).toBeGreaterThan(0);
    expect(verdicts.every((v) => v.ok && v.keyId === NEXT.id)).toBe(true);
  });

  it('a key the server does not know is refused with the category signature-rejected', async () => {
    const { connection, faults } = await connect(manifestWith([{ id: 'k-unknown', secret: 'u'.repeat(40) }]));
    await connection.close();
    expect(connection.status).not.toBe('ready');
    expect(faults.find((f) => f.event === 'start-failed')?.details).toMatchObject({ code: 'DOWNSTREAM_UNAVAILABLE', category: 'signature-rejected', status: 401 });
  });

  it('a replayed request and one outside the time window are rejected by verifyRequestSignature()', async () => {
    const { connection } = await connect(manifestWith([CURRENT]));
    const before = server.events.length;
    try {
      await connection.call('add', { a: 2, b: 3 }, { timeoutMs: 5000 });
    } finally {
      await connection.close();
    }
    await sessionEnded(before);
    const captured = server.events.slice(before).find((e) => e.event === 'request' && e.body.includes('"add"'))!;
    const request = { method: captured.method, url: captured.url, headers: captured.headers, body: captured.body };
    const keys = { [CURRENT.id]: CURRENT.secret };
    const cache = createReplayCache();
    const sentAt = Number(captured.headers['mcp-firewall-timestamp']) * 1000;
    expect(verifyRequestSignature(request, { keys, replayCache: cache, now: sentAt })).toEqual({ ok: true, keyId: CURRENT.id });
    expect(verifyRequestSignature(request, { keys, replayCache: cache, now: sentAt })).toEqual({ ok: false, reason: 'replayed' });
    // A fresh cache, so only the clock decides: 301 s either way is outside the default window.
    expect(verifyRequestSignature(request, { keys, replayCache: createReplayCache(), now: sentAt + 301_000 })).toEqual({ ok: false, reason: 'outside-window' });
    expect(verifyRequestSignature(request, { keys, replayCache: createReplayCache(), now: sentAt - 301_000 })).toEqual({ ok: false, reason: 'outside-window' });
    expect(verifyRequestSignature(request, { keys, replayCache: createReplayCache(), now: sentAt + 299_000 }).ok).toBe(true);
    // Any change to what is signed breaks the signature.
    for (const tampered of [{ ...request, body: request.body.replace('"a":2', '"a":3') }, { ...request, url: '/mcp?tenant=b' }, { ...request, method: 'PUT' }]) {
      expect(verifyRequestSignature(tampered, { keys, replayCache: createReplayCache(), now: sentAt })).toEqual({ ok: false, reason: 'bad-signature' });
    }
    // And the live server refuses the captured request sent a second time.
    const status = await resend(captured);
    expect(status).toBe(401);
    await server.waitFor((e) => e.event === 'signature' && e.ok === false && e.reason === 'replayed');
  });

  it('the published algorithm, computed independently, matches what the verifier accepts', () => {
    const body = '{"jsonrpc":"2.0","id":1,"method":"tools/list"}';
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = 'AAAAAAAAAAAAAAAAAAAAAA';
    const base = ['MCP-Firewall-HMAC-SHA256', 'POST', '/mcp', timestamp, nonce, bodyDigest(body)].join('\n');
    expect(signatureBase('post', '/mcp', timestamp, nonce, bodyDigest(body))).toBe(base);
    const headers = { 'mcp-firewall-key-id': 'k1', 'mcp-firewall-timestamp': timestamp, 'mcp-firewall-nonce': nonce, 'mcp-firewall-signature': hmacSignature('k'.repeat(32), base) };
    expect(verifyRequestSignature({ method: 'POST', url: '/mcp', headers, body: Buffer.from(body) }, { keys: new Map([['k1', 'k'.repeat(32)]]), replayCache: createReplayCache() })).toEqual({ ok: true, keyId: 'k1' });
    expect(verifyRequestSignature({ method: 'POST', url: '/mcp', headers: { ...headers, 'mcp-firewall-nonce': undefined }, body }, { keys: { k1: 'k'.repeat(32) } })).toEqual({ ok: false, reason: 'missing-header' });
    expect(verifyRequestSignature({ method: 'POST', url: '/mcp', headers: { ...headers, 'mcp-firewall-key-id': 'toString' }, body }, { keys: { k1: 'k'.repeat(32) } })).toEqual({ ok: false, reason: 'unknown-key' });
  });
});

function resend(captured: Record<string, any>): Promise<number> {
  return new Promise((resolve, reject) => {
    const { host: _host, connection: _connection, ...headers } = captured.headers;
    const req = https.request({ hostname: 'localhost', port: server.port, path: captured.url, method: captured.method, headers, ca: readFileSync(pki.ca().cert), agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(captured.body);
  });
}

describe('verifyRequestSignature keys', () => {
  it('a key removed from the keys object stops verifying at once', () => {
    const body = '{}';
    const timestamp = String(Math.floor(Date.now() / 1000));
    const sign = (nonce: string) => ({
      method: 'POST',
      url: '/mcp',
      body,
      headers: {
        'mcp-firewall-key-id': 'old',
        'mcp-firewall-timestamp': timestamp,
        'mcp-firewall-nonce': nonce,
        'mcp-firewall-signature': hmacSignature('o'.repeat(32), signatureBase('POST', '/mcp', timestamp, nonce, bodyDigest(body))),
      },
    });
    const keys: Record<string, string> = { old: 'o'.repeat(32), next: 'n'.repeat(32) };
    expect(verifyRequestSignature(sign('nonce-aaaaaaaaaaaaaa'), { keys }).ok).toBe(true);
    delete keys.old;
    expect(verifyRequestSignature(sign('nonce-bbbbbbbbbbbbbb'), { keys })).toEqual({ ok: false, reason: 'unknown-key' });
    keys.old = 'x'.repeat(32);
    expect(verifyRequestSignature(sign('nonce-cccccccccccccc'), { keys })).toEqual({ ok: false, reason: 'bad-signature' });
  });
});
