import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, connectHost, waitFor, type Host } from '../helpers/host.js';
import { hostileManifest, Workspace } from '../helpers/workspace.js';

/** What `check` and `serve` tell an admin when the deployment is not what the config promises. */

let ws: Workspace;
let host: Host | undefined;

afterEach(async () => {
  await host?.close();
  host = undefined;
  ws?.cleanup();
});

function check(configFile: string): { status: number; out: string } {
  const run = spawnSync(process.execPath, [BIN, 'check', '--config', configFile], { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status ?? -1, out: `${run.stdout}${run.stderr}` };
}

// A server that writes 30 lines on stderr (the last one with a terminal escape and a bidi
// override) and exits before answering initialize.
const CRASHING = {
  server: {
    id: 'broken',
    transport: 'stdio',
    command: 'node',
    args: ['-e', "for (let i = 1; i <= 29; i++) console.error('noise line ' + i); console.error('Error: cannot find module \\u001b[2J./missing.js\\u202e'); process.exit(3)"],
  },
  tools: { t: { clearance: 'public', capabilities: [], sha256: '0'.repeat(64), arguments: { type: 'object', properties: {} } } },
};

describe('a tool server that fails to start', () => {
  it('check shows the last few lines of its stderr, escaped', () => {
    ws = new Workspace();
    ws.writeManifest(CRASHING);
    ws.writeConfig();
    const { status, out } = check(ws.configFile);
    expect(status).toBe(1);
    expect(out).toContain('fault: broken: start-failed');
    expect(out).toContain('last lines of its stderr:');
    expect(out).toContain('| Error: cannot find module \\u{1b}[2J./missing.js\\u{202e}');
    expect(out).toContain('| noise line 29');
    expect(out).not.toContain('noise line 25');
    expect(out).not.toMatch(/[\u001b\u202e]/);
  });

  it("serve logs the stderr lines on its stderr, and the audit only the tail's size and hash", async () => {
    ws = new Workspace();
    ws.writeManifest(CRASHING);
    ws.writeConfig();
    host = await connectHost(ws.configFile, 'assistant');
    const stderr = host.stderr();
    expect(stderr).toContain('"event":"start-failed"');
    expect(stderr).toContain('Error: cannot find module \\\\u{1b}[2J./missing.js');
    expect(stderr).toContain('mcp-firewall: warning: tool server broken did not start');
    const records = ws.auditRecords().filter((r) => r.method === 'downstream/start-failed');
    expect(records.length).toBeGreaterThan(0);
    expect(records[0]!.details.stderrBytes).toBeGreaterThan(300);
    expect(records[0]!.details.stderrSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(ws.auditFile, 'utf8')).not.toContain('missing.js');
  });

  it('manifest init shows them too', () => {
    ws = new Workspace();
    ws.writeConfig();
    const run = spawnSync(process.execPath, [BIN, 'manifest', 'init', 'broken', '--config', ws.configFile, '--', 'node', '-e', "console.error('boom: \\u001b[31mmissing dependency'); process.exit(2)"], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(`${run.stdout}${run.stderr}`).toContain('| boom: \\u{1b}[31mmissing dependency');
  });
});

describe('serve start-up warnings', () => {
  it('names an approved tool the server does not offer', async () => {
    ws = new Workspace();
    const manifest = await hostileManifest({ fetch_page: {}, big: {} }, {}, 'partial');
    manifest.server.env = { HOSTILE_ONLY: 'big' };
    ws.writeManifest(manifest);
    ws.writeConfig({ agents: { tester: { clearance: 'public', capabilities: [] } }, stdioAgent: 'tester' });
    host = await connectHost(ws.configFile);
    expect(await waitFor(() => host!.stderr().includes('mcp-firewall ready'))).toBe(true);
    expect(host.stderr()).toMatch(/mcp-firewall: warning: tool server partial does not offer "fetch_page", approved in \S+partial\.json/);
    expect(host.stderr()).not.toContain('"big"');
  });

  it('warns on an empty manifests directory, in serve and in check', async () => {
    ws = new Workspace();
    ws.writeConfig();
    host = await connectHost(ws.configFile, 'assistant');
    expect(await waitFor(() => host!.stderr().includes('mcp-firewall ready'))).toBe(true);
    expect(host.stderr()).toContain(`mcp-firewall: warning: no manifests in ${ws.manifests}: no tool is exposed`);
    expect(check(ws.configFile).out).toContain(`WARNING: no manifests in ${ws.manifests}`);
  });
});

describe('case duplicates', () => {
  it('within one manifest: the fix is to approve only one of the two tools', () => {
    ws = new Workspace();
    ws.copyManifest('everything', (m) => (m.tools.Echo = m.tools.echo));
    ws.writeConfig();
    const { status, out } = check(ws.configFile);
    expect(status).toBe(1);
    expect(out).toMatch(/tool "(Echo|echo)" differs from tool "(echo|Echo)" of the same manifest only by case/);
    expect(out).toMatch(/Fix: approve only one of them: delete "(Echo|echo)" or "(echo|Echo)" from "tools"/);
    expect(out).not.toContain('rename one of the servers');
  });
});

