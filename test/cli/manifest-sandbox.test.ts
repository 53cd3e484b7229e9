import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/host.js';
import { REPO, Workspace } from '../helpers/workspace.js';
import { BWRAP_SKIP } from '../helpers/sandbox.js';

/** `manifest init --sandbox`: the draft carries the sandbox, and the server is probed inside it. */

const FS_ENTRY = join(REPO, 'node_modules/@modelcontextprotocol/server-filesystem/dist/index.js');
const ws = new Workspace();
const files = join(ws.dir, 'files');
mkdirSync(files);
ws.writeConfig({ agents: { top: { clearance: 'secret', capabilities: [] } }, stdioAgent: 'top' });
afterAll(() => ws.cleanup());

function run(args: string[], env: Record<string, string> = {}): { status: number; out: string } {
  try {
    return { status: 0, out: execFileSync(process.execPath, [BIN, ...args], { cwd: ws.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '', ...env } }) };
  } catch (err: any) {
    return { status: err.status, out: `${err.stdout}${err.stderr}` };
  }
}

describe('manifest init --sandbox', () => {
  it.each([['bwrap'], ['node-permissions']].filter(([mode]) => !(BWRAP_SKIP && mode === 'bwrap')))('writes a %s sandbox with paths relative to the manifest', (mode) => {
    const { status, out } = run(['manifest', 'init', `fs-${mode}`, '--config', ws.configFile, '--sandbox', mode!, '--writable', './files', '--', 'node', FS_ENTRY, './files']);
    expect(status, out).toBe(0);
    const manifest = JSON.parse(readFileSync(join(ws.manifests, `fs-${mode}.json`), 'utf8'));
    expect(manifest.server.sandbox).toEqual({ mode, writable: ['../files'], readable: [] });
    expect(Object.keys(manifest.tools)).toContain('read_text_file');
  });

  it.skipIf(BWRAP_SKIP)('probes inside the sandbox: without bwrap the draft is not written', () => {
    const { status, out } = run(['manifest', 'init', 'fs-nobwrap', '--config', ws.configFile, '--sandbox', 'bwrap', '--writable', './files', '--', 'node', FS_ENTRY, './files'], { PATH: '/nonexistent' });
    expect(status).toBe(1);
    expect(out).toContain('SANDBOX_UNAVAILABLE bwrap-missing');
    expect(existsSync(join(ws.manifests, 'fs-nobwrap.json'))).toBe(false);
  });

  it.each([
    [['--sandbox', 'docker'], '--sandbox must be one of none, bwrap, node-permissions'],
    [['--writable', './files'], '--writable and --readable need --sandbox'],
    [['--sandbox', 'bwrap', '--writable', './nope'], '--writable "./nope" does not exist'],
  ])('refuses %j as a usage error', (flags, message) => {
    const { status, out } = run(['manifest', 'init', 'bad', '--config', ws.configFile, ...flags, '--', 'node', FS_ENTRY, './files']);
    expect(status).toBe(2);
    expect(out).toContain(message);
  });

  it('refuses node-permissions for a command that is not node', () => {
    const { status, out } = run(['manifest', 'init', 'bad', '--config', ws.configFile, '--sandbox', 'node-permissions', '--', '/usr/bin/env', 'node', FS_ENTRY]);
    expect(status).toBe(2);
    expect(out).toContain('only a server run as "command": "node"');
  });
});
