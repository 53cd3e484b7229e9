import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, connectHost, errorCode, type Host } from '../helpers/host.js';
import { cleanUpAfterTests, privateFilesManifest, taintManifest } from '../helpers/taint.js';
import { Workspace } from '../helpers/workspace.js';

/**
 * `taint.scratchRoots`: in a tainted session, a real server-filesystem write inside a scratch
 * root is no egress; the same write elsewhere in the served folder is.
 */

const ws = new Workspace();
const root = mkdtempSync(join(tmpdir(), 'mcp-fw-scratch-'));
const hosts: Host[] = [];

beforeAll(async () => {
  mkdirSync(join(root, 'scratch'));
  privateFilesManifest(ws, root, { 'notes/plan.md': '# Plan\n\nThe merger closes in May; keep it quiet.\n' });
  ws.writeManifest(await taintManifest({ fetch_page: { capabilities: ['content.untrusted'] } }));
  ws.writeConfig({
    agents: { writer: { clearance: 'confidential', capabilities: ['fs.read', 'fs.write', 'content.untrusted'], taint: 'deny' } },
    stdioAgent: 'writer',
    taint: { scratchRoots: [join(root, 'scratch')] },
  });
}, 60_000);

cleanUpAfterTests(hosts, ws, root);

async function taintedSession(): Promise<Host> {
  const host = await connectHost(ws.configFile, 'writer');
  hosts.push(host);
  await host.client.callTool({ name: 'filesystem__read_text_file', arguments: { path: join(root, 'notes/plan.md') } });
  await host.client.callTool({ name: 'web__fetch_page', arguments: { variant: 'injected' } });
  return host;
}

const write = (host: Host, path: string) => host.client.callTool({ name: 'filesystem__write_file', arguments: { path, content: 'draft' } });

describe('scratch roots', () => {
  it('lets a tainted session write inside a scratch root, and audits it as a scratch write', async () => {
    const host = await taintedSession();
    const result = await write(host, join(root, 'scratch', 'draft.md'));
    expect(errorCode(result)).toBeUndefined();
    expect(existsSync(join(root, 'scratch', 'draft.md'))).toBe(true);
    const record = ws.auditRecords().filter((r) => r.exposed === 'filesystem__write_file').at(-1)!;
    expect(record.details).toMatchObject({ taint: 'scratch', taintLabels: ['private', 'untrusted'] });
  }, 60_000);

  it('refuses the same write outside the scratch root, and a path that climbs out of it', async () => {
    const host = await taintedSession();
    expect(errorCode(await write(host, join(root, 'notes', 'leak.md')))).toBe('TAINT_EGRESS_DENIED');
    expect(errorCode(await write(host, `${join(root, 'scratch')}/../notes/leak2.md`))).toBe('TAINT_EGRESS_DENIED');
    expect(existsSync(join(root, 'notes', 'leak.md'))).toBe(false);
    expect(existsSync(join(root, 'notes', 'leak2.md'))).toBe(false);
  }, 60_000);

  it('check shows the scratch roots with the taint policy', () => {
    const out = spawnSync(process.execPath, [BIN, 'check', '--config', ws.configFile], { encoding: 'utf8', timeout: 60_000 });
    expect(out.stdout).toContain(`scratch   fs.write inside ${join(root, 'scratch')} is no egress`);
  });

  it('names the config file and the key when a scratch root does not exist', () => {
    const broken = new Workspace();
    try {
      broken.writeConfig({ taint: { scratchRoots: ['no-such-dir'] } });
      const out = spawnSync(process.execPath, [BIN, 'check', '--config', broken.configFile], { encoding: 'utf8', timeout: 60_000 });
      expect(out.status).not.toBe(0);
      expect(out.stderr).toContain('$.taint.scratchRoots');
      expect(out.stderr).toContain('no-such-dir');
    } finally {
      broken.cleanup();
    }
  });
});
