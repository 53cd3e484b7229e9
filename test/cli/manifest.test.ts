import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/host.js';
import { REPO, Workspace } from '../helpers/workspace.js';

/**
 * `manifest init` and `manifest lock` round-trip on the three real example servers, in a
 * temp workspace (the repo's manifests are never rewritten by tests).
 */

function run(args: string[], cwd = REPO): { status: number; out: string } {
  try {
    return { status: 0, out: execFileSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (err: any) {
    return { status: err.status, out: `${err.stdout}${err.stderr}` };
  }
}

const SERVERS: Record<string, string[]> = {
  everything: [join(REPO, 'node_modules/@modelcontextprotocol/server-everything/dist/index.js')],
  filesystem: [join(REPO, 'node_modules/@modelcontextprotocol/server-filesystem/dist/index.js'), join(REPO, 'examples/files')],
  memory: [join(REPO, 'node_modules/@modelcontextprotocol/server-memory/dist/index.js')],
};

const ws = new Workspace();
const file = (id: string): string => join(ws.manifests, `${id}.json`);
const read = (id: string): Record<string, any> => JSON.parse(readFileSync(file(id), 'utf8'));
const write = (id: string, doc: Record<string, any>): void => writeFileSync(file(id), JSON.stringify(doc, null, 2));

beforeAll(() => {
  ws.writeConfig({ agents: { top: { clearance: 'secret', capabilities: [] } }, stdioAgent: 'top' });
  for (const [id, args] of Object.entries(SERVERS)) {
    const { status, out } = run(['manifest', 'init', id, '--config', ws.configFile, '--', 'node', ...args], ws.dir);
    expect(status, out).toBe(0);
  }
}, 60_000);
afterAll(() => ws.cleanup());

describe('manifest init', () => {
  it('pins every tool and the server, at the highest clearance, marked for review', () => {
    const doc = read('memory');
    expect(Object.keys(doc.tools).length).toBeGreaterThan(5);
    expect(doc.server.pins).toEqual({ instructions: expect.any(String), prompts: expect.any(String), resourceTemplates: expect.any(String) });
    expect(doc.server.identity.package).toMatchObject({ name: '@modelcontextprotocol/server-memory', integrity: expect.stringMatching(/^sha512-/) });
    for (const tool of Object.values<any>(doc.tools)) {
      expect(tool.clearance).toBe('secret');
      expect(tool.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(Object.keys(tool.pins)).toEqual(expect.arrayContaining(['name', 'description', 'inputSchema']));
      expect(tool.review).toMatch(/^DRAFT/);
    }
    // Annotations drive the proposal: read-only tools get no write capability.
    expect(doc.tools.read_graph.capabilities).not.toContain('data.write');
    expect(doc.tools.delete_entities.capabilities).toEqual(expect.arrayContaining(['data.write', 'data.delete']));
  });

  it('refuses to overwrite a manifest, and rejects a bad command line', () => {
    expect(run(['manifest', 'init', 'memory', '--config', ws.configFile, '--', 'node', ...SERVERS.memory!]).status).toBe(1);
    expect(run(['manifest', 'init', 'Bad_Id', '--config', ws.configFile, '--', 'node', 'x.js']).status).toBe(2);
    expect(run(['manifest', 'init', 'memory', '--config', ws.configFile]).status).toBe(2);
  });
});

describe('manifest lock and check', () => {
  it('reports the drafts up to date; check verifies every pin but fails on the unapproved drafts', () => {
    const lock = run(['manifest', 'lock', '--config', ws.configFile]);
    expect(lock.status, lock.out).toBe(0);
    expect(lock.out.match(/up to date/g)).toHaveLength(3);
    const check = run(['check', '--config', ws.configFile]);
    expect(check.status, check.out).toBe(1);
    expect(check.out.match(/: DRAFT: /g)).toHaveLength(3);
    const rows = check.out.split('\n').filter((l) => /^\s+\w+__\S+\s/.test(l));
    expect(rows.length).toBe(13 + 14 + 9);
    for (const row of rows) expect(row.trim().endsWith(' ok'), row).toBe(true);
  }, 60_000);

  it('shows the changed fields and the new text, and re-pins only with --yes', () => {
    const original = read('memory');
    const edited = structuredClone(original);
    edited.tools.read_graph.sha256 = '0'.repeat(64);
    edited.tools.read_graph.pins.description = '0'.repeat(64);
    edited.server.pins.instructions = '1'.repeat(64);
    write('memory', edited);

    const check = run(['check', '--config', ws.configFile]);
    expect(check.status).toBe(1);
    expect(check.out).toMatch(/PIN MISMATCH on server\.instructions/);

    const pending = run(['manifest', 'lock', 'memory', '--config', ws.configFile]);
    expect(pending.status).toBe(1);
    expect(pending.out).toContain('read_graph: CHANGED description');
    expect(pending.out).toMatch(/description now:\n\s+\| Read the entire knowledge graph/);
    expect(pending.out).toContain('server: CHANGED instructions');
    expect(pending.out).toContain('re-run with --yes');
    expect(read('memory')).toEqual(edited);

    const applied = run(['manifest', 'lock', 'memory', '--config', ws.configFile, '--yes']);
    expect(applied.status, applied.out).toBe(0);
    expect(read('memory')).toEqual(original);
    expect(run(['manifest', 'lock', 'memory', '--config', ws.configFile]).out).toContain('up to date');
  }, 60_000);

  it('names parameters an inputSchema change adds', () => {
    const original = read('memory');
    const edited = structuredClone(original);
    edited.tools.search_nodes.sha256 = '0'.repeat(64);
    edited.tools.search_nodes.pins.inputSchema = '0'.repeat(64);
    delete edited.tools.search_nodes.arguments.properties.query;
    delete edited.tools.search_nodes.arguments.required;
    write('memory', edited);
    const pending = run(['manifest', 'lock', 'memory', '--config', ws.configFile]);
    expect(pending.status).toBe(1);
    expect(pending.out).toContain('search_nodes: CHANGED inputSchema');
    expect(pending.out).toContain('+ parameter query');
    write('memory', original);
  }, 30_000);
});
