import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/config-schema.js';
import { BIN } from '../helpers/host.js';
import { REPO } from '../helpers/workspace.js';

/**
 * What a new user meets first, through the real CLI in a directory of their own: `init`
 * writes a config that `check` and `serve` accept as it is; failures go to stderr, never
 * mixed into a command's output; keygen makes the directory a key goes into.
 */

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mcp-fw-first-run-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH, ...env }, encoding: 'utf8', input: '', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('init', () => {
  it('writes a starter config and manifests directory that check and serve accept, and says what to do next', () => {
    const cwd = tempDir();
    const init = cli(['init', 'fw'], cwd);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('mcp-firewall manifest init <server-id> --config fw/mcp.config.json -- <command>');
    expect(init.stdout).toContain('mcp-firewall check --config fw/mcp.config.json');
    const config = JSON.parse(readFileSync(join(cwd, 'fw/mcp.config.json'), 'utf8'));
    expect(configSchema.safeParse(config).success).toBe(true);
    expect(statSync(join(cwd, 'fw/manifests')).isDirectory()).toBe(true);
    // The $schema reference resolves to the published schema, for editors.
    expect(JSON.parse(readFileSync(join(cwd, 'fw', config.$schema), 'utf8')).$schema).toBeDefined();

    const check = cli(['check', '--config', 'fw/mcp.config.json'], cwd);
    // No tool server yet: a warning on stderr, not a failure.
    expect(check.stderr).toMatch(/^WARNING: no manifests in .*manifests: no tool is exposed/);
    expect(check.stdout).toContain('OK (1 agents, 0 manifests, 0 approved tools)');
    expect(check.status).toBe(0);

    // serve finds ./mcp.config.json by itself; the host closes stdin at once.
    const serve = cli(['serve'], join(cwd, 'fw'));
    expect(serve.stdout).toBe('');
    expect(serve.stderr).toMatch(/^mcp-firewall ready: agent=assistant .* servers=0\/0 /m);
    expect(serve.status).toBe(0);
  });

  it('never overwrites a config: exit 1 naming it on stderr, file untouched', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'mcp.config.json'), '{"mine": true}\n');
    const again = cli(['init'], cwd);
    expect(again.status).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain(`FAIL ${join(cwd, 'mcp.config.json')} exists`);
    expect(readFileSync(join(cwd, 'mcp.config.json'), 'utf8')).toBe('{"mine": true}\n');
  });

  it('MCP_FIREWALL_CONFIG names the config when --config is not given', () => {
    const cwd = tempDir();
    expect(cli(['init', 'somewhere'], cwd).status).toBe(0);
    const check = cli(['check'], tempDir(), { MCP_FIREWALL_CONFIG: join(cwd, 'somewhere/mcp.config.json') });
    expect(check.stdout).toContain(`config ${join(cwd, 'somewhere/mcp.config.json')}: OK`);
    expect(check.status).toBe(0);
  });
});

describe('failures go to stderr', () => {
  it('check: a broken config is FAIL on stderr, exit 1, nothing on stdout', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'mcp.config.json'), '{"clearanceLevels": []}');
    const check = cli(['check'], cwd);
    expect(check.status).toBe(1);
    expect(check.stdout).toBe('');
    expect(check.stderr).toMatch(/^FAIL configuration: .*mcp\.config\.json/);
  });

  it('check: a server that fails to start is reported on stdout and failed on stderr', () => {
    const cwd = tempDir();
    expect(cli(['init'], cwd).status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(REPO, 'manifests/memory.json'), 'utf8'));
    delete manifest.$schema;
    manifest.server.args = [join(cwd, 'no-such-server.js')];
    manifest.server.env = {};
    writeFileSync(join(cwd, 'manifests/memory.json'), JSON.stringify(manifest));
    const check = cli(['check'], cwd);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('FAILED TO START');
    expect(check.stdout).not.toMatch(/^FAIL/m);
    expect(check.stderr).toMatch(/^FAIL: see the rows marked above$/m);
  });

  it('manifest: an unreadable config and a server that does not start are FAIL on stderr', () => {
    const cwd = tempDir();
    const noConfig = cli(['manifest', 'verify'], cwd);
    expect(noConfig.status).toBe(2);
    expect(noConfig.stdout).toBe('');
    expect(noConfig.stderr).toMatch(/^FAIL .*mcp\.config\.json/);

    expect(cli(['init'], cwd).status).toBe(0);
    const dead = cli(['manifest', 'init', 'dead', '--', 'node', join(cwd, 'no-such-server.js')], cwd);
    expect(dead.status).toBe(1);
    expect(dead.stdout).toBe('');
    expect(dead.stderr).toMatch(/^FAIL server dead did not start/);
  });
});

describe('keygen --out', () => {
  it('creates a missing directory with mode 0700, and a second run fails on stderr', () => {
    const cwd = tempDir();
    const first = cli(['keygen', '--out', 'keys/owner/signing.key'], cwd);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(statSync(join(cwd, 'keys')).mode & 0o777).toBe(0o700);
    expect(statSync(join(cwd, 'keys/owner')).mode & 0o777).toBe(0o700);
    expect(statSync(join(cwd, 'keys/owner/signing.key')).mode & 0o777).toBe(0o600);
    const again = cli(['keygen', '--out', 'keys/owner/signing.key'], cwd);
    expect(again.status).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('exists; keygen never overwrites a key');
  });

  it('a directory it cannot create is a FAIL naming the path, not a raw error', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'plain-file'), '');
    mkdirSync(join(cwd, 'ok'));
    const blocked = cli(['keygen', '--out', 'plain-file/signing.key'], cwd);
    expect(blocked.status).toBe(1);
    expect(blocked.stderr).toMatch(/^FAIL cannot write .*plain-file.* \((ENOTDIR|EEXIST)\)/);
    expect(blocked.stderr).not.toContain('    at ');
  });
});
