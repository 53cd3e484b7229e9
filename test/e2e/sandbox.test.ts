import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, connectHost, errorCode, texts, waitFor, type Host } from '../helpers/host.js';
import { Workspace } from '../helpers/workspace.js';
import { BWRAP_SKIP, escapeManifest, processesWith } from '../helpers/sandbox.js';

/**
 * Sandboxed tool servers, end to end through the real CLI. The escape fixture tries to read and
 * write outside its root, reach a TCP listener on the host and run a child process: the same
 * calls that succeed unconfined must fail inside each sandbox, as far as that sandbox claims.
 */

const ws = new Workspace();
const root = join(ws.dir, 'root');
const outside = join(ws.dir, 'outside');
const secretFile = join(outside, 'secret.txt');
let listener: Server;
let port = 0;
let host: Host;

// Session taint is off: these tests read and then write in one session on purpose, to probe the
// sandbox; with taint on, the write after a read would rightly need the user's approval.
const AGENT = { tester: { clearance: 'secret', capabilities: ['fs.read', 'fs.write', 'net.egress', 'content.untrusted'], taint: 'off' } };

beforeAll(async () => {
  mkdirSync(root);
  mkdirSync(outside);
  writeFileSync(secretFile, 'outside secret 42\n');
  writeFileSync(join(root, 'inside.txt'), 'inside note 7\n');
  listener = createServer((socket) => socket.end());
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  port = (listener.address() as { port: number }).port;
  const marker = ws.dir;
  ws.writeManifest(await escapeManifest('open', undefined, marker));
  ws.writeManifest(await escapeManifest('jail', { mode: 'bwrap', writable: [root] }, marker));
  ws.writeManifest(await escapeManifest('jailnet', { mode: 'bwrap', writable: [root] }, marker, { connect_port: ['net.egress'] }));
  ws.writeManifest(await escapeManifest('nodeperm', { mode: 'node-permissions', writable: [root] }, marker));
  // server-filesystem is told it may use both directories, and its bounds allow both: only the sandbox keeps it in `root`.
  for (const [id, sandbox] of [['files', { mode: 'bwrap', writable: [root] }], ['filesopen', undefined]] as const) {
    ws.copyManifest('filesystem', (m) => {
      m.server.id = id;
      m.server.args = [m.server.args[0], root, outside];
      if (sandbox) m.server.sandbox = sandbox;
      for (const tool of Object.values<any>(m.tools)) {
        for (const prop of Object.values<any>(tool.arguments.properties ?? {})) if (prop['x-path-within']) prop['x-path-within'] = [root, outside];
      }
    });
  }
  ws.writeConfig({ agents: AGENT, stdioAgent: 'tester' });
  host = await connectHost(ws.configFile);
}, 90_000);

afterAll(async () => {
  await host?.close();
  await new Promise((resolve) => listener?.close(resolve));
  ws.cleanup();
});

async function attempt(server: string, tool: string, args: Record<string, unknown> = {}): Promise<string> {
  const result = await host.client.callTool({ name: `${server}__${tool}`, arguments: args });
  expect(result.isError, JSON.stringify(result)).toBeFalsy();
  const text = texts(result).join('\n');
  return /(ok|denied): [^\n<]*/.exec(text)?.[0] ?? text;
}

describe('the escape fixture, unconfined and in each sandbox', () => {
  // Columns: server, what reading outside, writing outside, a local TCP connect and a child process give.
  type Row = readonly [server: string, read: string, write: string, net: string, child: string];
  const rows = ([
    ['open', 'ok', 'ok', 'ok', 'ok'],
    ['jail', 'denied', 'denied', 'denied', 'ok'],
    ['jailnet', 'denied', 'denied', 'ok', 'ok'],
    ['nodeperm', 'denied', 'denied', 'ok', 'denied'],
  ] satisfies Row[]).filter((row) => !(BWRAP_SKIP && row[0].startsWith('jail')));

  it.each(rows)('%s: outside read %s, outside write %s, network %s, child process %s', async (server, read, write, net, child) => {
    const readOutside = await attempt(server, 'read_path', { path: secretFile });
    expect(readOutside.startsWith(read)).toBe(true);
    if (read === 'ok') expect(readOutside).toContain('outside secret 42');
    expect((await attempt(server, 'read_path', { path: '/etc/hostname' })).startsWith(read)).toBe(true);
    const target = join(outside, `${server}.txt`);
    expect((await attempt(server, 'write_path', { path: target, content: 'escaped' })).startsWith(write)).toBe(true);
    expect(existsSync(target)).toBe(write === 'ok');
    // The manifest directory is mounted, read-only.
    const readOnly = join(ws.manifests, `${server}.txt`);
    expect((await attempt(server, 'write_path', { path: readOnly, content: 'escaped' })).startsWith(write)).toBe(true);
    expect(existsSync(readOnly)).toBe(write === 'ok');
    expect((await attempt(server, 'connect_port', { port })).startsWith(net)).toBe(true);
    expect((await attempt(server, 'run_child')).startsWith(child)).toBe(true);
  });

  it.each(rows.map((r) => r[0]))('%s: reads and writes inside its root', async (server) => {
    expect(await attempt(server, 'read_path', { path: join(root, 'inside.txt') })).toBe('ok: inside note 7');
    expect(await attempt(server, 'write_path', { path: join(root, `${server}-out.txt`), content: `from ${server}` })).toBe('ok: written');
    expect(readFileSync(join(root, `${server}-out.txt`), 'utf8')).toBe(`from ${server}`);
  });
});

describe.skipIf(BWRAP_SKIP)('server-filesystem in a bwrap sandbox', () => {
  it('cannot read a file outside its root that it and its bounds would allow; unconfined it can', async () => {
    const jailed = await host.client.callTool({ name: 'files__read_text_file', arguments: { path: secretFile } });
    expect(jailed.isError).toBe(true);
    expect(texts(jailed).join('\n')).not.toContain('outside secret 42');
    const open = await host.client.callTool({ name: 'filesopen__read_text_file', arguments: { path: secretFile } });
    expect(texts(open).join('\n')).toContain('outside secret 42');
  });

  it('cannot write outside its root', async () => {
    const target = join(outside, 'fs-escape.txt');
    const result = await host.client.callTool({ name: 'files__write_file', arguments: { path: target, content: 'escaped' } });
    expect(result.isError).toBe(true);
    expect(existsSync(target)).toBe(false);
  });

  it('its tools still work inside its root', async () => {
    const written = await host.client.callTool({ name: 'files__write_file', arguments: { path: join(root, 'fs-note.md'), content: 'sandboxed write' } });
    expect(written.isError).toBeFalsy();
    expect(readFileSync(join(root, 'fs-note.md'), 'utf8')).toBe('sandboxed write');
    const read = await host.client.callTool({ name: 'files__read_text_file', arguments: { path: join(root, 'inside.txt') } });
    expect(texts(read).join('\n')).toContain('inside note 7');
  });
});

describe.skipIf(BWRAP_SKIP)('check', () => {
  it('reports each server\'s isolation, warns when none, and warns about bounds the sandbox does not mount', () => {
    const check = spawnSync(process.execPath, [BIN, 'check', '--config', ws.configFile], { encoding: 'utf8', timeout: 60_000 });
    expect(check.stdout).toMatch(/server jail \(\S+\): running[^\n]*\n  isolation: bwrap; network none; read-write /);
    expect(check.stdout).toMatch(/server jailnet \(\S+\): running[^\n]*\n  isolation: bwrap\+net; network shared/);
    expect(check.stdout).toMatch(/server nodeperm \(\S+\): running[^\n]*\n  isolation: node-permissions; network NOT restricted/);
    expect(check.stdout).toMatch(/server open \(\S+\): running[^\n]*\n  isolation: none/);
    expect(check.stderr).toContain('WARNING: server open runs WITHOUT A SANDBOX');
    expect(check.stderr).toContain(`WARNING: server files: tool read_text_file may be given paths under ${outside}, which its sandbox does not mount`);
    expect(check.stderr).not.toContain(`tool read_text_file may be given paths under ${root},`);
    expect(check.stderr).not.toMatch(/server (jail|jailnet|nodeperm) runs WITHOUT/);
  });

  it('the start record and the start warnings name the isolation of every server', () => {
    const start = ws.auditRecords().find((r) => r.method === 'firewall/start');
    expect(start?.details.isolation).toEqual(expect.arrayContaining(['jail=bwrap', 'jailnet=bwrap+net', 'nodeperm=node-permissions', 'open=none', 'files=bwrap']));
    expect(host.stderr()).toMatch(/mcp-firewall: warning: tool servers? (filesopen, open|open, filesopen) runs? unsandboxed/);
  });
});

describe.skipIf(BWRAP_SKIP)('lifetime and failure', () => {
  it('leaves no sandboxed process behind when the firewall is killed', async () => {
    const solo = new Workspace();
    try {
      solo.writeManifest(await escapeManifest('jail', { mode: 'bwrap', writable: [solo.dir] }, solo.dir));
      solo.writeConfig({ agents: AGENT, stdioAgent: 'tester' });
      const killed = await connectHost(solo.configFile);
      expect(await attemptOn(killed, 'jail', 'read_path', { path: solo.configFile })).toContain('ok');
      const children = processesWith(solo.dir, [killed.pid]);
      expect(children.length).toBeGreaterThanOrEqual(2); // bwrap and the server inside it
      process.kill(killed.pid, 'SIGKILL');
      expect(await waitFor(() => processesWith(solo.dir, [killed.pid]).length === 0, 10_000)).toBe(true);
      await killed.close().catch(() => undefined);
    } finally {
      solo.cleanup();
    }
  });

  // A bwrap that cannot build a container (as in a container without user namespaces) fails the same way.
  const failures = [
    ['is missing', (_bin: string) => '/nonexistent', 'bwrap-missing', "its manifest requires a bwrap sandbox and bwrap (bubblewrap) is not on the firewall's PATH"],
    [
      'cannot create a sandbox',
      (bin: string) => {
        writeFileSync(join(bin, 'bwrap'), '#!/bin/sh\necho "bwrap: No permissions to create a new namespace" >&2\nexit 1\n', { mode: 0o755 });
        return bin;
      },
      'bwrap-failed',
      'its manifest requires a bwrap sandbox and bwrap cannot create one here (bwrap: No permissions to create a new namespace)',
    ],
  ] as const;

  it.each(failures)('does not start a bwrap server when bwrap %s, and says why in the log, the audit and check', async (_name, pathFor, category, why) => {
    const solo = new Workspace();
    try {
      const bin = join(solo.dir, 'bin');
      mkdirSync(bin);
      const PATH = pathFor(bin);
      solo.writeManifest(await escapeManifest('jail', { mode: 'bwrap', writable: [solo.dir] }, solo.dir));
      solo.writeManifest(await escapeManifest('open', undefined, solo.dir));
      solo.writeConfig({ agents: AGENT, stdioAgent: 'tester' });
      const noBwrap = await connectHost(solo.configFile, undefined, { PATH });
      try {
        const names = (await noBwrap.client.listTools()).tools.map((t) => t.name);
        expect(names).toContain('open__read_path');
        expect(names).not.toContain('jail__read_path');
        const refused = await noBwrap.client.callTool({ name: 'jail__read_path', arguments: { path: solo.configFile } });
        expect(errorCode(refused)).toBe('DOWNSTREAM_UNAVAILABLE');
        expect(noBwrap.stderr()).toContain(`tool server jail is NOT STARTED: ${why}`);
        const record = solo.auditRecords().find((r) => r.method === 'downstream/start-failed' && r.server === 'jail');
        expect(record).toMatchObject({ decision: 'error', reason: 'SANDBOX_UNAVAILABLE', details: { code: 'SANDBOX_UNAVAILABLE', category } });
      } finally {
        await noBwrap.close();
      }
      const check = spawnSync(process.execPath, [BIN, 'check', '--config', solo.configFile], { encoding: 'utf8', env: { PATH }, timeout: 60_000 });
      expect(check.status).toBe(1);
      expect(check.stdout).toMatch(/server jail \(\S+\): FAILED TO START[^\n]*\n  isolation: bwrap;/);
      expect(check.stderr).toContain(`tool server jail is NOT STARTED: ${why}`);
    } finally {
      solo.cleanup();
    }
  });
});

async function attemptOn(on: Host, server: string, tool: string, args: Record<string, unknown>): Promise<string> {
  return texts(await on.client.callTool({ name: `${server}__${tool}`, arguments: args })).join('\n');
}
