import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { definitionHash, fieldHashes } from '../../src/policy/pin.js';
import { BIN, connectHost, texts } from '../helpers/host.js';
import { liveTools, REPO, Workspace } from '../helpers/workspace.js';

/**
 * The tool owner's and admin's whole workflow through the real CLI, from an empty directory to
 * a host calling an approved tool; and what stops a tampered, unreviewed or ambiguous server.
 */

const MEMORY_PACKAGE = join(REPO, 'node_modules/@modelcontextprotocol/server-memory');
const LOOKALIKE = join(REPO, 'test/fixtures/lookalike-server.mjs');
const dirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mcp-fw-owner-'));
  dirs.push(dir);
  return dir;
}

function run(args: string[], cwd: string): { status: number; out: string; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  return { status: result.status ?? -1, out: `${result.stdout}${result.stderr}`, stdout: result.stdout, stderr: result.stderr };
}

const json = (file: string): Record<string, any> => JSON.parse(readFileSync(file, 'utf8'));
const auditMethods = (file: string): string[] =>
  existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).method) : [];

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('from an empty directory to a working serve, with commands only', () => {
  it('config init, manifest init, approve, grant, set, check, serve', async () => {
    const dir = tempDir();
    const elsewhere = join(dir, 'somewhere', 'else');
    mkdirSync(elsewhere, { recursive: true });
    const config = join(dir, 'mcp.config.json');
    const manifest = join(dir, 'manifests', 'memory.json');
    const audit = join(dir, 'audit', 'mcp-firewall.audit.ndjson');

    expect(run(['config', 'init'], dir).status).toBe(0);
    expect(existsSync(config) && existsSync(join(dir, 'manifests'))).toBe(true);
    expect(run(['config', 'init'], dir).status).toBe(1); // never overwrites

    // Run from another directory, with a script path relative to it: the manifest must still work from its own.
    const init = run(['manifest', 'init', 'memory', '--config', config, '--env', 'MEMORY_FILE_PATH=${manifestDir}/../memory.jsonl', '--', 'node', relative(elsewhere, join(MEMORY_PACKAGE, 'dist/index.js'))], elsewhere);
    expect(init.status, init.out).toBe(0);
    const draft = json(manifest);
    expect(draft.server.cwd).toBe('.');
    expect(resolve(dirname(manifest), draft.server.args[0])).toBe(join(MEMORY_PACKAGE, 'dist/index.js'));
    expect(draft.server.env).toEqual({ MEMORY_FILE_PATH: '${manifestDir}/../memory.jsonl' });
    expect(draft.server.identity.package.tree).toMatch(/^[0-9a-f]{64}$/);

    const draftCheck = run(['check', '--config', config], dir);
    expect(draftCheck.status).toBe(1);
    expect(draftCheck.out).toContain('DRAFT');
    expect(draftCheck.out).toContain('mcp-firewall manifest approve memory --clearance');
    const draftServe = run(['serve', '--config', config], dir);
    expect(draftServe.status).toBe(2);
    expect(draftServe.stdout).toBe('');
    expect(draftServe.stderr).toContain(manifest);
    expect(draftServe.stderr).toContain('mcp-firewall manifest approve memory');

    const badLevel = run(['manifest', 'approve', 'memory', '--config', config, '--clearance', 'top'], dir);
    expect(badLevel.status).toBe(2);
    expect(badLevel.out).toContain('public, internal, confidential, secret');
    const badCap = run(['manifest', 'approve', 'memory', '--config', config, '--clearance', 'internal', '--cap', 'Write Everything'], dir);
    expect(badCap.status).toBe(2);
    expect(badCap.out).toContain('is not a capability name');
    expect(json(manifest)).toEqual(draft);

    const approve = run(['manifest', 'approve', 'memory', '--config', config, '--clearance', 'internal', '--cap', 'memory.write'], dir);
    expect(approve.status, approve.out).toBe(0);
    expect(approve.out).toContain('every pin verified');
    const approved = json(manifest);
    for (const tool of Object.values(approved.tools) as Record<string, any>[]) {
      expect(tool).toMatchObject({ clearance: 'internal', capabilities: ['memory.write'] });
      expect(tool.review).toBeUndefined();
    }

    expect(run(['agent', 'set', 'assistant', '--clearance', 'internal', '--config', config], dir).status).toBe(0);
    const grant = run(['agent', 'grant', 'assistant', 'memory.write', '--config', config], dir);
    expect(grant.status, grant.out).toBe(0);
    expect(grant.out).toContain('gains 9 tools');
    const set = run(['config', 'set', 'limits.maxResultBytes', '2000000', '--config', config], dir);
    expect(set.status, set.out).toBe(0);
    expect(json(config).limits.maxResultBytes).toBe(2_000_000);
    expect(run(['config', 'set', 'audit.file', '/tmp/x', '--config', config], dir).status).toBe(1);
    expect(run(['config', 'set', 'stdioAgent', 'nobody', '--config', config], dir).status).toBe(1);

    const check = run(['check', '--config', config], dir);
    expect(check.status, check.out).toBe(0);

    const host = await connectHost(config);
    try {
      const created = await host.client.callTool({ name: 'memory__create_entities', arguments: { entities: [{ name: 'firewall', entityType: 'project', observations: ['approved by commands'] }] } });
      expect(created.isError, texts(created).join()).toBeFalsy();
      const graph = await host.client.callTool({ name: 'memory__read_graph', arguments: {} });
      expect(texts(graph).join()).toContain('approved by commands');
    } finally {
      await host.close();
    }
    expect(auditMethods(audit)).toEqual(expect.arrayContaining(['admin/manifest-approve', 'admin/agent-set', 'admin/agent-grant', 'admin/config-set', 'firewall/start']));
  }, 120_000);
});

describe('a tampered package never starts', () => {
  it('tree pin: appending code to the entry file stops the server in check, serve and the audit', async () => {
    const dir = tempDir();
    // A private copy of the package, so the repo's node_modules are never touched.
    const modules = join(dir, 'node_modules', '@modelcontextprotocol');
    cpSync(MEMORY_PACKAGE, join(modules, 'server-memory'), { recursive: true });
    symlinkSync(join(REPO, 'node_modules/@modelcontextprotocol/sdk'), join(modules, 'sdk'));
    symlinkSync(join(REPO, 'node_modules/zod'), join(dir, 'node_modules', 'zod'));
    const entry = join(modules, 'server-memory/dist/index.js');
    const config = join(dir, 'mcp.config.json');
    expect(run(['config', 'init'], dir).status).toBe(0);
    expect(run(['manifest', 'init', 'memory', '--env', 'MEMORY_FILE_PATH=${manifestDir}/../memory.jsonl', '--', 'node', entry], dir).status).toBe(0);
    expect(run(['manifest', 'approve', 'memory', '--clearance', 'public', '--cap', 'memory.write'], dir).status).toBe(0);
    expect(run(['agent', 'grant', 'assistant', 'memory.write'], dir).status).toBe(0);
    expect(run(['check'], dir).status).toBe(0);

    appendFileSync(entry, '\nprocess.stderr.write("not what was approved\\n");\n');
    const check = run(['check'], dir);
    expect(check.status).toBe(1);
    expect(check.out).toContain('IDENTITY MISMATCH on identity.package.tree');
    expect(check.out).toContain('mcp-firewall manifest lock memory');

    const host = await connectHost(config);
    try {
      expect((await host.client.listTools()).tools).toEqual([]);
      expect(host.stderr()).toContain('NOT STARTED');
      expect(host.stderr()).toContain('identity.package.tree');
    } finally {
      await host.close();
    }
    const records = readFileSync(join(dir, 'audit', 'mcp-firewall.audit.ndjson'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(records.find((r) => r.method === 'downstream/identity-mismatch')).toMatchObject({ server: 'memory', reason: 'PIN_MISMATCH', details: { changedFields: ['identity.package.tree'] } });

    // The owner reviews the change and re-pins it.
    const lock = run(['manifest', 'lock', 'memory', '--yes'], dir);
    expect(lock.status, lock.out).toBe(0);
    expect(run(['check'], dir).status).toBe(0);
  }, 120_000);

  it('the example manifests ship with package tree pins', () => {
    for (const id of ['everything', 'filesystem', 'memory']) {
      const identity = json(join(REPO, 'manifests', `${id}.json`)).server.identity;
      expect(identity.package.name).toBe(`@modelcontextprotocol/server-${id}`);
      expect(identity.package.tree, id).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});

describe('names a manifest cannot approve', () => {
  it('manifest init leaves out look-alike, case-duplicate and unsafe names, says why, and the draft loads', () => {
    const dir = tempDir();
    expect(run(['config', 'init'], dir).status).toBe(0);
    const init = run(['manifest', 'init', 'lookalike', '--', 'node', LOOKALIKE], dir);
    expect(init.status, init.out).toBe(0);
    expect(init.out).toContain('left out 5 tool(s)');
    expect(init.out).toMatch(/Search: looks like search/);
    expect(init.out).toMatch(/read_file: looks like read_f\\u\{456\}le/);
    expect(init.out).toContain('has space');
    expect(Object.keys(json(join(dir, 'manifests', 'lookalike.json')).tools)).toEqual(['ping']);
    const approve = run(['manifest', 'approve', 'lookalike', '--clearance', 'public', '--no-caps'], dir);
    expect(approve.status, approve.out).toBe(0);
    const check = run(['check'], dir);
    expect(check.status, check.out).toBe(0);
  }, 60_000);

  it('check exits 0 when the firewall withholds a tool whose server offers a look-alike, and says so', async () => {
    const ws = new Workspace();
    try {
      ws.writeConfig();
      const live = (await liveTools(process.execPath, [LOOKALIKE])).find((t) => t.name === 'search')!;
      ws.writeManifest({
        server: { id: 'lookalike', transport: 'stdio', command: 'node', args: [LOOKALIKE] },
        tools: { search: { clearance: 'public', capabilities: [], arguments: { type: 'object', properties: {} }, sha256: definitionHash(live), pins: fieldHashes(live) } },
      });
      const check = run(['check', '--config', ws.configFile], ws.dir);
      expect(check.status, check.out).toBe(0);
      expect(check.out).toContain('WITHHELD BY POLICY');
    } finally {
      ws.cleanup();
    }
  }, 60_000);
});

describe('load problems', () => {
  it('are all reported at once, each with a fix that applies; agent edits still work and name the broken manifest', () => {
    const ws = new Workspace();
    try {
      ws.writeConfig();
      ws.copyManifest('memory', (m) => (m.tools.read_graph.clearance = 'top-secret'));
      ws.copyManifest('everything', (m) => (m.tools.Echo = structuredClone(m.tools.echo)));
      const check = run(['check', '--config', ws.configFile], ws.dir);
      expect(check.status).toBe(1);
      expect(check.out).toContain('2 problems');
      expect(check.out).toContain('memory.json: at $.tools.read_graph.clearance: unknown clearance level "top-secret"');
      expect(check.out).toContain('approve only one of them: delete "Echo" or "echo"');
      expect(check.out).not.toContain('rename one of the servers');

      const grant = run(['agent', 'grant', 'guest', 'fs.read', '--config', ws.configFile], ws.dir);
      expect(grant.status, grant.out).toBe(0);
      expect(grant.out).toContain('do not load and were left out');
      expect(grant.out).toContain('memory.json');
      expect(json(ws.configFile).agents.guest.capabilities).toEqual(['fs.read']);
      expect(run(['agent', 'list', '--config', ws.configFile], ws.dir).status).toBe(0);
    } finally {
      ws.cleanup();
    }
  });
});
