import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileManifest, parseManifest } from '../../src/config/load-manifest.js';
import { LoadError } from '../../src/errors.js';

/**
 * Loading the `http` transport: what is refused at load (naming the file, the JSON path and
 * the fix) and what a valid manifest compiles to. A manifest can never lower TLS below 1.3,
 * turn off host-name verification, or hold a literal secret.
 */

const dir = mkdtempSync(join(tmpdir(), 'mcp-fw-http-load-'));
const file = join(dir, 'remote.json');
writeFileSync(join(dir, 'ca.pem'), '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
writeFileSync(join(dir, 'token.txt'), 'Bearer from-file\n');
const ENV = { TOKEN: 'Bearer from-env', KEY: 'k'.repeat(40), SHORT: 'short' };
const PIN_B64 = Buffer.alloc(32, 7).toString('base64');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function load(server: Record<string, unknown>) {
  writeFileSync(file, JSON.stringify({ server: { id: 'remote', transport: 'http', url: 'https://tools.example.com/mcp', ...server }, tools: {} }));
  return compileManifest(file, parseManifest(file), { clearanceLevels: ['public'], maxResultBytes: 1000, defaultTimeoutMs: 1000, env: ENV });
}

function loadError(server: Record<string, unknown>): LoadError {
  try {
    load(server);
  } catch (err) {
    if (err instanceof LoadError) return err;
    throw err;
  }
  throw new Error('expected a load error');
}

describe('http manifests that are refused at load', () => {
  it.each([
    ['plain http to a remote host', { url: 'http://tools.example.com/mcp', allowInsecureLoopback: true }, '$.server.url', /only allowed to a loopback address/],
    ['plain http to loopback without the flag', { url: 'http://127.0.0.1:8080/mcp' }, '$.server.url', /unencrypted/],
    ['a URL with credentials', { url: 'https://user:pass@tools.example.com/mcp' }, '$.server.url', /carries credentials/],
    ['a scheme other than http(s)', { url: 'ftp://tools.example.com/mcp' }, '$.server.url', /unsupported scheme/],
    ['a literal header value', { headers: { Authorization: 'Bearer abc' } }, '$.server.headers.Authorization', /use a reference/],
    ['a header the firewall sets itself', { headers: { 'Mcp-Session-Id': 'env:TOKEN' } }, '$.server.headers["Mcp-Session-Id"]', /set by the firewall/],
    ['a header referencing an unset variable', { headers: { Authorization: 'env:NOPE' } }, '$.server.headers.Authorization', /NOPE is not set/],
    ['a TLS minimum version (it cannot be lowered)', { tls: { minVersion: 'TLSv1.2' } }, '$.server.tls', /unknown key "minVersion"/],
    ['turning off certificate checks', { tls: { rejectUnauthorized: false } }, '$.server.tls', /unknown key "rejectUnauthorized"/],
    ['a literal CA instead of a reference', { tls: { ca: '-----BEGIN CERTIFICATE-----' } }, '$.server.tls.ca', /use a reference/],
    ['a client certificate without its key', { tls: { cert: 'file:ca.pem' } }, '$.server.tls.key', /needs both/],
    ['a pin that is neither base64 nor hex sha256', { tls: { pins: ['abc'] } }, '$.server.tls.pins[0]', /SubjectPublicKeyInfo/],
    ['a CA file that does not exist', { tls: { ca: 'file:missing.pem' } }, '$.server.tls.ca', /cannot be read/],
    ['tls settings on a plain http URL', { url: 'http://localhost:8080/mcp', allowInsecureLoopback: true, tls: { pins: [PIN_B64] } }, '$.server.tls', /do nothing on a plain http/],
    ['a short signing key', { signing: { keys: [{ id: 'k1', secret: 'env:SHORT' }] } }, '$.server.signing.keys[0].secret', /shorter than 32 bytes/],
    ['three signing keys', { signing: { keys: [1, 2, 3].map((i) => ({ id: `k${i}`, secret: 'env:KEY' })) } }, '$.server.signing.keys', /too_big|at most|<=2/i],
    ['two signing keys with one id', { signing: { keys: [{ id: 'k1', secret: 'env:KEY' }, { id: 'k1', secret: 'env:KEY' }] } }, '$.server.signing.keys[1].id', /same id/],
    ['stdio keys on an http server', { command: 'node' }, '$.server', /unknown key "command"/],
  ])('refuses %s', (_label, server, jsonPath, problem) => {
    const error = loadError(server);
    expect(error.file).toBe(file);
    expect(error.jsonPath).toBe(jsonPath);
    expect(error.message).toMatch(problem);
    expect(error.fix.length).toBeGreaterThan(5);
    // Secrets from the environment never appear in an error.
    expect(error.message).not.toContain(ENV.KEY);
  });

  it('an unknown transport names the discriminator and the allowed values', () => {
    const error = loadError({ transport: 'websocket' });
    expect(error.jsonPath).toBe('$.server.transport');
    expect(error.message).toMatch(/stdio|http/);
  });
});

describe('http manifests that load', () => {
  it('compile references, decode hex pins to base64 and keep the URL', () => {
    const hex = Buffer.alloc(32, 9).toString('hex');
    const server = load({
      tls: { ca: 'file:ca.pem', pins: [PIN_B64, hex, `sha256/${PIN_B64}`], servername: 'tools.internal' },
      headers: { Authorization: 'env:TOKEN', 'X-Other': 'file:token.txt' },
      signing: { keys: [{ id: 'current', secret: 'env:KEY' }] },
    });
    expect(server.transport).toBe('http');
    if (server.transport !== 'http') return;
    expect(server.http.url.href).toBe('https://tools.example.com/mcp');
    expect(server.http.tls).toMatchObject({ ca: readFileSync(join(dir, 'ca.pem'), 'utf8'), servername: 'tools.internal', pins: [PIN_B64, Buffer.alloc(32, 9).toString('base64'), PIN_B64] });
    expect(server.http.headers).toEqual({ authorization: 'Bearer from-env', 'x-other': 'Bearer from-file' });
    expect(server.http.signing?.map((k) => k.id)).toEqual(['current']);
  });

  it.each(['http://127.0.0.1:9000/mcp', 'http://localhost:9000/mcp', 'http://[::1]:9000/mcp'])('plain %s is allowed only with allowInsecureLoopback', (url) => {
    const server = load({ url, allowInsecureLoopback: true });
    expect(server.transport === 'http' && server.http.tls).toBe(undefined);
  });
});
