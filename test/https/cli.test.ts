import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, connectHost, errorCode, texts, waitFor } from '../helpers/host.js';
import { Workspace } from '../helpers/workspace.js';
import { startFixture, type Fixture } from './fixture-server.js';
import { TestPki } from './pki.js';

/**
 * The real CLI against real HTTPS tool servers: `manifest init --url` drafts a manifest,
 * `check` reports the TLS session, and `serve` keeps TLS failures away from the model while
 * the audit log keeps their category.
 */

const pki = new TestPki();
const ws = new Workspace();
const fixtures: Fixture[] = [];
let server: Fixture;
let cert: { cert: string; key: string };
const TOKEN = 'Bearer remote-token-5d1e';

function run(args: string[], env: Record<string, string> = {}): { status: number; out: string } {
  try {
    return { status: 0, out: execFileSync(process.execPath, [BIN, ...args], { cwd: ws.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '', ...env } }) };
  } catch (err: any) {
    return { status: err.status, out: `${err.stdout}${err.stderr}` };
  }
}

async function fixture(options: Parameters<typeof startFixture>[0]): Promise<Fixture> {
  const started = await startFixture(options);
  fixtures.push(started);
  return started;
}

const manifestFile = (id: string): string => join(ws.manifests, `${id}.json`);
const readManifest = (id: string): Record<string, any> => JSON.parse(readFileSync(manifestFile(id), 'utf8'));

beforeAll(async () => {
  cert = pki.leaf('remote');
  server = await fixture({ cert: cert.cert, key: cert.key, requireHeader: { name: 'authorization', value: TOKEN } });
  ws.writeConfig({ agents: { top: { clearance: 'secret', capabilities: ['data.write', 'data.delete', 'net.egress', 'content.untrusted'] } }, stdioAgent: 'top' });
}, 30_000);

afterAll(async () => {
  await Promise.all(fixtures.map((f) => f.close()));
  ws.cleanup();
  pki.cleanup();
});

describe('manifest init --url', () => {
  it('drafts a manifest with file references, the header reference and the observed pin', () => {
    const { status, out } = run(['manifest', 'init', 'remote', '--config', ws.configFile, '--url', `https://localhost:${server.port}/mcp`, '--ca', pki.ca().cert, '--header', 'Authorization=env:REMOTE_TOKEN'], { REMOTE_TOKEN: TOKEN });
    expect(status, out).toBe(0);
    expect(out).toContain('tls: TLSv1.3');
    expect(out).toContain(`pinned the server key ${pki.pin(cert.cert)}`);
    expect(out).not.toContain(TOKEN);
    const manifest = readManifest('remote');
    expect(manifest.server).toMatchObject({
      id: 'remote',
      transport: 'http',
      url: `https://localhost:${server.port}/mcp`,
      tls: { ca: expect.stringMatching(/^file:\.\.\/.*root-ca\.pem$/), pins: [pki.pin(cert.cert)] },
      headers: { Authorization: 'env:REMOTE_TOKEN' },
      pins: { instructions: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(Object.keys(manifest.tools).sort()).toEqual(['add', 'announce', 'ask', 'big', 'echo', 'slow']);
    expect(readFileSync(manifestFile('remote'), 'utf8')).not.toContain(TOKEN);
  });

  it('refuses a literal secret in --header and writes nothing', () => {
    const { status, out } = run(['manifest', 'init', 'literal', '--config', ws.configFile, '--url', `https://localhost:${server.port}/mcp`, '--header', `Authorization=${TOKEN}`]);
    expect(status).toBe(2);
    expect(out).toMatch(/env:VAR or Name=file:path/);
    expect(out).not.toContain('remote-token');
    expect(existsSync(manifestFile('literal'))).toBe(false);
  });
});

describe('check', () => {
  beforeAll(() => {
    // A draft is refused by check and serve until its owner approves it, over HTTPS as over stdio.
    const caps = ['data.write', 'data.delete', 'net.egress', 'content.untrusted'].flatMap((c) => ['--cap', c]);
    const { status, out } = run(['manifest', 'approve', 'remote', '--config', ws.configFile, '--clearance', 'secret', ...caps], { REMOTE_TOKEN: TOKEN });
    expect(status, out).toBe(0);
  }, 60_000);

  it('shows the TLS version, cipher, certificate subject, expiry and the pin that matched', () => {
    const { status, out } = run(['check', '--config', ws.configFile], { REMOTE_TOKEN: TOKEN });
    expect(status, out).toBe(0);
    expect(out).toMatch(/tls TLSv1\.3, cipher TLS_\w+, mcp protocol \d{4}-\d{2}-\d{2}, signing off/);
    expect(out).toMatch(/certificate CN=localhost, O=mcp-firewall tests, expires \d{4}-\d{2}-\d{2}T/);
    expect(out).toContain(`pin matched ${pki.pin(cert.cert)}`);
  });

  it('fails on a server whose certificate expired and names the category', async () => {
    const expired = pki.leaf('expired', { start: '20200101000000Z', end: '20200201000000Z' });
    const old = await fixture({ cert: expired.cert, key: expired.key });
    const doc = readManifest('remote');
    doc.server.id = 'stale';
    doc.server.url = `https://localhost:${old.port}/mcp`;
    delete doc.server.tls.pins;
    writeFileSync(manifestFile('stale'), JSON.stringify(doc));
    try {
      const { status, out } = run(['check', '--config', ws.configFile], { REMOTE_TOKEN: TOKEN });
      expect(status).toBe(1);
      expect(out).toMatch(/server stale .*FAILED TO START/);
      expect(out).toContain('last failure: TLS_REJECTED expired');
    } finally {
      execFileSync('rm', [manifestFile('stale')]);
    }
  });
});

describe('serve: no leakage', () => {
  it('a TLS failure reaches the model as a code and a safe text; the audit record keeps the category', async () => {
    const before = pki.leaf('before-rotation');
    const after = pki.leaf('after-rotation');
    const rotating = await fixture({ cert: before.cert, key: before.key, requireHeader: { name: 'authorization', value: TOKEN } });
    const doc = readManifest('remote');
    doc.server.id = 'rotating';
    doc.server.url = `https://localhost:${rotating.port}/mcp`;
    doc.server.tls.pins = [pki.pin(before.cert)];
    const tools: Record<string, any> = {};
    for (const [name, tool] of Object.entries<any>(doc.tools)) tools[name] = { ...tool, clearance: 'public', capabilities: [], review: undefined };
    doc.tools = tools;
    writeFileSync(manifestFile('rotating'), JSON.stringify(doc));
    const host = await connectHost(ws.configFile, 'top', { REMOTE_TOKEN: TOKEN });
    try {
      const ok = await host.client.callTool({ name: 'rotating__echo', arguments: { message: 'hi' } });
      expect(texts(ok)[0]).toContain('Echo: hi');
      rotating.send({ rotate: after });
      await rotating.waitFor((e) => e.event === 'rotated');
      const refused = await host.client.callTool({ name: 'rotating__echo', arguments: { message: 'again' } });
      expect(refused.isError).toBe(true);
      expect(errorCode(refused)).toBe('TLS_REJECTED');
      const later = await host.client.callTool({ name: 'rotating__echo', arguments: { message: 'later' } });
      expect(errorCode(later)).toBe('DOWNSTREAM_UNAVAILABLE');
      for (const result of [refused, later]) {
        const shown = JSON.stringify(result);
        for (const secret of ['localhost', String(rotating.port), pki.dir, 'ERR_', 'SSL', 'certificate', TOKEN]) expect(shown).not.toContain(secret);
      }
      expect(await waitFor(() => ws.auditRecords().some((r) => r.method === 'tools/call' && r.reason === 'TLS_REJECTED'))).toBe(true);
      const call = ws.auditRecords().find((r) => r.method === 'tools/call' && r.reason === 'TLS_REJECTED')!;
      expect(call.details).toMatchObject({ category: 'pin-mismatch' });
      expect(await waitFor(() => ws.auditRecords().some((r) => r.server === 'rotating' && r.method.startsWith('downstream/') && r.details?.category === 'pin-mismatch' && r.reason === 'TLS_REJECTED'))).toBe(true);
      expect(readFileSync(ws.auditFile, 'utf8')).not.toContain(TOKEN);
    } finally {
      await host.close();
      execFileSync('rm', [manifestFile('rotating')]);
    }
  });
});
