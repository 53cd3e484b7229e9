import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileManifest, parseManifest } from '../../src/config/load-manifest.js';
import type { SandboxPlan } from '../../src/config/sandbox-schema.js';
import type { StdioServer } from '../../src/config/types.js';
import { bwrapArgs } from '../../src/downstream/sandbox-bwrap.js';
import { nodePermissionFlags } from '../../src/downstream/sandbox-node.js';
import { sandboxWarnings } from '../../src/downstream/sandbox-coverage.js';
import { LoadError } from '../../src/errors.js';

const REPO = resolve(import.meta.dirname, '../..');
const dir = realpathSync(mkdtempSync(join(tmpdir(), 'mcp-fw-unit-sandbox-')));
const data = join(dir, 'data');
mkdirSync(data);
mkdirSync(join(dir, 'manifests'));
const FS_ENTRY = join(REPO, 'node_modules/@modelcontextprotocol/server-filesystem/dist/index.js');
const PIN = 'a'.repeat(64);
const CTX = { clearanceLevels: ['public'], maxResultBytes: 1000, defaultTimeoutMs: 1000, env: {} };

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function compile(server: Record<string, unknown>, tools: Record<string, unknown> = {}): StdioServer {
  const file = join(dir, 'manifests', 'box.json');
  const doc = { server: { id: 'box', transport: 'stdio', command: 'node', args: [FS_ENTRY, data], ...server }, tools };
  writeFileSync(file, JSON.stringify(doc));
  return compileManifest(file, parseManifest(file), CTX) as StdioServer;
}

function loadError(server: Record<string, unknown>): LoadError {
  try {
    compile(server);
  } catch (err) {
    if (err instanceof LoadError) return err;
    throw err;
  }
  throw new Error('expected a load error');
}

const tool = (capabilities: string[], root = data) => ({
  clearance: 'public',
  capabilities,
  sha256: PIN,
  arguments: { type: 'object', properties: { path: { type: 'string', 'x-path-within': [root] } } },
});

describe('compiling a manifest sandbox', () => {
  it('mounts the program, its package, its node_modules, the manifest directory and the declared paths, symlinks resolved', () => {
    const link = join(dir, 'data-link');
    if (!existsSync(link)) symlinkSync(data, link);
    const plan = compile({ sandbox: { mode: 'bwrap', writable: ['../data-link'] } }).launch.sandbox!;
    expect(plan.writable).toEqual([data]);
    expect(plan.readable).toEqual(
      expect.arrayContaining([realpathSync(process.execPath), FS_ENTRY, join(REPO, 'node_modules/@modelcontextprotocol/server-filesystem'), join(REPO, 'node_modules'), join(dir, 'manifests')]),
    );
    expect(plan.readable).not.toContain(REPO);
    expect(plan.readable).not.toContain(data);
    expect(plan.network).toBe(false);
  });

  it('shares the network only when a tool declares net.egress', () => {
    expect(compile({ sandbox: { mode: 'bwrap' } }, { a: tool(['fs.read']) }).launch.sandbox!.network).toBe(false);
    expect(compile({ sandbox: { mode: 'bwrap' } }, { a: tool(['fs.read']), b: tool(['net.egress']) }).launch.sandbox!.network).toBe(true);
  });

  it('"none" and no sandbox compile to none', () => {
    expect(compile({ sandbox: { mode: 'none' } }).launch.sandbox).toBeUndefined();
    expect(compile({}).launch.sandbox).toBeUndefined();
  });

  const rows: Array<[string, Record<string, unknown>, string, RegExp]> = [
    ['node-permissions on a non-node command', { command: '/usr/bin/env', sandbox: { mode: 'node-permissions' } }, '$.server.sandbox.mode', /only a server run as "command": "node"/],
    ['a writable path that does not exist', { sandbox: { mode: 'bwrap', writable: ['../nope'] } }, '$.server.sandbox.writable[0]', /"\.\.\/nope" does not exist/],
    ['a readable path that does not exist', { sandbox: { mode: 'bwrap', readable: ['../data', '../gone'] } }, '$.server.sandbox.readable[1]', /does not exist/],
    ['an unknown mode', { sandbox: { mode: 'docker' } }, '$.server.sandbox.mode', /./],
    ['an unknown key', { sandbox: { mode: 'bwrap', network: true } }, '$.server.sandbox', /network/],
  ];
  it.each(rows)('refuses %s, naming the file, the JSON path and the fix', (_name, server, path, problem) => {
    const err = loadError(server);
    expect(err.message).toContain(join(dir, 'manifests', 'box.json'));
    expect(err.jsonPath).toBe(path);
    expect(err.problem).toMatch(problem);
    expect(err.fix.length).toBeGreaterThan(5);
  });
});

describe('Node permission flags', () => {
  const plan: SandboxPlan = { mode: 'node-permissions', readable: ['/srv/app', '/srv/app/node_modules'], writable: ['/srv/data'], network: false };
  const rows: Array<[string, string[], string | undefined]> = [
    ['20.0.0', [], undefined],
    ['20.6.1', [], undefined],
    ['20.7.0', [], '--experimental-permission'],
    ['20.19.0', [], '--experimental-permission'],
    ['22.0.0', [], '--experimental-permission'],
    ['22.13.0', ['--permission'], '--permission'],
  ];
  it.each(rows)('Node %s', (version, known, enable) => {
    const result = nodePermissionFlags(plan, version, new Set(known));
    if (!enable) {
      expect(result).toEqual({ ok: false, reason: expect.stringContaining('needs Node 20.7') });
      return;
    }
    expect(result.ok && result.flags).toEqual([
      enable,
      '--allow-fs-read=/srv/app',
      '--allow-fs-read=/srv/app/node_modules',
      '--allow-fs-read=/srv/data',
      '--allow-fs-write=/srv/data',
    ]);
  });
});

describe('bwrap arguments', () => {
  const plan: SandboxPlan = { mode: 'bwrap', readable: ['/srv/app', '/srv/app/node_modules', '/usr/bin/node'], writable: ['/srv/app/data'], network: false };

  it('isolates everything, with no network, its own /tmp, and parents mounted before children', () => {
    const args = bwrapArgs(plan, '/usr/bin/node', ['server.js'], '/');
    const joined = args.join(' ');
    for (const part of ['--unshare-all', '--die-with-parent', '--new-session', '--cap-drop ALL', '--tmpfs /tmp', '--proc /proc', '--dev /dev', '--ro-bind /usr /usr']) expect(joined).toContain(part);
    expect(args).not.toContain('--share-net');
    expect(joined).not.toContain('/etc');
    expect(joined).not.toContain('--ro-bind /usr/bin/node');
    expect(joined.indexOf('--ro-bind /srv/app /srv/app')).toBeLessThan(joined.indexOf('--bind /srv/app/data /srv/app/data'));
    expect(joined.indexOf('--tmpfs /tmp')).toBeLessThan(joined.indexOf('/srv/app'));
    expect(args.slice(-3)).toEqual(['--', '/usr/bin/node', 'server.js']);
  });

  it('shares the network, name resolution and certificates only with net.egress', () => {
    const args = bwrapArgs({ ...plan, network: true }, '/usr/bin/node', [], '/');
    expect(args).toContain('--share-net');
    if (existsSync('/etc/ssl')) expect(args.join(' ')).toContain(' /etc/ssl');
  });
});

describe('sandbox coverage warnings', () => {
  it('warns when bounds name a directory the sandbox does not mount, or mounts read-only for a writer', () => {
    const other = join(dir, 'other');
    mkdirSync(other, { recursive: true });
    const server = compile({ sandbox: { mode: 'bwrap', readable: ['../data'] } }, { reader: tool(['fs.read']), writer: tool(['fs.write']), stray: tool(['fs.read'], other) });
    const warnings = sandboxWarnings(server);
    expect(warnings).toHaveLength(2);
    expect(warnings.join('\n')).toContain(`tool writer (fs.write) may be given paths under ${data}, which its sandbox mounts read-only`);
    expect(warnings.join('\n')).toContain(`tool stray may be given paths under ${other}, which its sandbox does not mount`);
    expect(sandboxWarnings(compile({}, { reader: tool(['fs.read']) }))[0]).toContain('runs WITHOUT A SANDBOX');
  });
});
