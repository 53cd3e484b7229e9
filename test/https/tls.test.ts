import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileHttpManifest, connect, startFixture, type Fixture, type FixtureOptions } from './fixture-server.js';
import { TestPki, type Issued } from './pki.js';

/**
 * Real TLS servers on loopback with certificates made at test time: what the firewall accepts,
 * what it refuses, and the category each refusal is recorded under.
 */

const pki = new TestPki();
let good: Issued;
const open: Fixture[] = [];
const cleanups: Array<() => void> = [];

beforeAll(() => {
  good = pki.leaf('good');
});

afterAll(async () => {
  await Promise.all(open.map((f) => f.close()));
  for (const cleanup of cleanups) cleanup();
  pki.cleanup();
});

async function fixture(options: FixtureOptions): Promise<Fixture> {
  const started = await startFixture(options);
  open.push(started);
  return started;
}

/** Connects to the fixture with these TLS settings; returns the status and the recorded failure. */
async function attempt(port: number, tls: Record<string, unknown>, host = 'localhost') {
  const manifest = compileHttpManifest({ id: 'remote', url: `https://${host}:${port}/mcp`, tls: { ca: `file:${pki.ca().cert}`, ...tls } });
  cleanups.push(manifest.cleanup);
  const { connection, faults } = await connect(manifest.server);
  try {
    const failed = faults.find((f) => f.event === 'start-failed');
    return { status: connection.status, code: failed?.details.code, category: failed?.details.category, report: connection.linkReport(), lastFailure: connection.lastFailure };
  } finally {
    await connection.close();
  }
}

describe('certificate validation', () => {
  it('accepts a valid chain over TLS 1.3 and reports the session', async () => {
    const server = await fixture({ cert: good.cert, key: good.key });
    const result = await attempt(server.port, {});
    expect(result.status).toBe('ready');
    expect(result.report?.facts).toMatchObject({ tls: 'TLSv1.3', subject: expect.stringContaining('CN=localhost'), pin: expect.stringMatching(/^not pinned/) });
    expect(Date.parse(result.report!.facts.expires!)).toBeGreaterThan(Date.now());
  });

  it.each([
    ['a self-signed certificate', () => pki.selfSigned('self'), 'self-signed'],
    ['an expired certificate', () => pki.leaf('expired', { start: '20200101000000Z', end: '20200201000000Z' }), 'expired'],
    ['a certificate not yet valid', () => pki.leaf('future', { start: '20990101000000Z', end: '20990201000000Z' }), 'not-yet-valid'],
    ['a certificate for another host name', () => pki.leaf('elsewhere', { dns: ['tools.example.com'], ips: [] }), 'hostname-mismatch'],
    ['a certificate from an unknown CA', () => pki.leaf('foreign', { ca: 'other' }), 'unknown-ca'],
  ])('refuses %s', async (_label, issue, category) => {
    const cert = issue();
    const server = await fixture({ cert: cert.cert, key: cert.key });
    const result = await attempt(server.port, {});
    expect(result.status).toBe('unavailable');
    expect(result.code).toBe('TLS_REJECTED');
    expect(result.category).toBe(category);
    expect(result.lastFailure).toBe(`TLS_REJECTED ${category}`);
  });

  it('refuses a server that offers only TLS 1.2', async () => {
    const server = await fixture({ cert: good.cert, key: good.key, maxVersion: 'TLSv1.2' });
    const result = await attempt(server.port, {});
    expect([result.code, result.category]).toEqual(['TLS_REJECTED', 'protocol-version']);
  });

  it('verifies against the servername override when the URL names an address', async () => {
    const named = pki.leaf('named', { dns: ['tools.internal'], ips: [] });
    const server = await fixture({ cert: named.cert, key: named.key });
    expect((await attempt(server.port, { servername: 'tools.internal' }, '127.0.0.1')).status).toBe('ready');
    expect((await attempt(server.port, {}, '127.0.0.1')).category).toBe('hostname-mismatch');
  });
});

describe('SPKI pins (computed by openssl)', () => {
  it('accepts an RSA key pinned in base64 and an EC key pinned in hex, and names the pin that matched', async () => {
    const ec = pki.leaf('ec-server', { keyType: 'ec' });
    const rsaServer = await fixture({ cert: good.cert, key: good.key });
    const ecServer = await fixture({ cert: ec.cert, key: ec.key });
    const rsa = await attempt(rsaServer.port, { pins: [pki.pin(ec.cert), pki.pin(good.cert)] });
    expect(rsa.status).toBe('ready');
    expect(rsa.report?.facts.pin).toBe(`matched ${pki.pin(good.cert)}`);
    const ecResult = await attempt(ecServer.port, { pins: [`sha256/${pki.pin(ec.cert, 'hex')}`] });
    expect(ecResult.status).toBe('ready');
    expect(ecResult.report?.facts.pin).toBe(`matched ${pki.pin(ec.cert)}`);
  });

  it('refuses a valid chain whose key matches no pin', async () => {
    const server = await fixture({ cert: good.cert, key: good.key });
    const other = pki.leaf('unpinned', { keyType: 'ec' });
    const result = await attempt(server.port, { pins: [pki.pin(other.cert)] });
    expect([result.status, result.code, result.category]).toEqual(['unavailable', 'TLS_REJECTED', 'pin-mismatch']);
  });

  it('checks pins on every new connection: a server rotating to a new key under the same CA is refused until the pin is updated', async () => {
    const before = pki.leaf('rotating');
    const after = pki.leaf('rotated');
    const server = await fixture({ cert: before.cert, key: before.key });
    const manifest = compileHttpManifest({ id: 'remote', url: `https://localhost:${server.port}/mcp`, tls: { ca: `file:${pki.ca().cert}`, pins: [pki.pin(before.cert)] } });
    cleanups.push(manifest.cleanup);
    const { connection, faults } = await connect(manifest.server);
    try {
      expect(connection.status).toBe('ready');
      await connection.call('echo', { message: 'before' }, { timeoutMs: 5000 });
      server.send({ rotate: after });
      await server.waitFor((e) => e.event === 'rotated');
      const refused = await connection.call('echo', { message: 'after' }, { timeoutMs: 5000 }).catch((err) => err);
      expect(refused.code).toBe('TLS_REJECTED');
      expect(refused.details.category).toBe('pin-mismatch');
      expect(refused.message).not.toMatch(/localhost|127\.0\.0\.1|\d{4,5}/);
      expect(connection.status).toBe('unavailable');
      expect(faults.some((f) => f.details.category === 'pin-mismatch')).toBe(true);
    } finally {
      await connection.close();
    }
    expect((await attempt(server.port, { pins: [pki.pin(before.cert)] })).category).toBe('pin-mismatch');
    expect((await attempt(server.port, { pins: [pki.pin(before.cert), pki.pin(after.cert)] })).status).toBe('ready');
  });
});

describe('mutual TLS', () => {
  it('a server demanding a client certificate refuses the firewall without one and accepts it with one', async () => {
    const server = await fixture({ cert: good.cert, key: good.key, ca: pki.ca().cert, requestCert: true });
    const without = await attempt(server.port, {});
    expect([without.code, without.category]).toEqual(['TLS_REJECTED', 'client-certificate-refused']);
    const client = pki.leaf('firewall-client', { client: true, keyType: 'ec' });
    const withCert = await attempt(server.port, { cert: `file:${client.cert}`, key: `file:${client.key}` });
    expect(withCert.status).toBe('ready');
    const foreign = pki.leaf('foreign-client', { client: true, ca: 'other' });
    const wrongCa = await attempt(server.port, { cert: `file:${foreign.cert}`, key: `file:${foreign.key}` });
    expect([wrongCa.code, wrongCa.category]).toEqual(['TLS_REJECTED', 'client-certificate-refused']);
  });
});
