import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, connectHost } from '../helpers/host.js';
import { Workspace } from '../helpers/workspace.js';

/**
 * The audit log says which policy was in force: every run starts with the hashes of the
 * config and manifests it loaded, and every admin command that changes the policy appends
 * what it changed.
 */

const ws = new Workspace();
const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args, '--config', ws.configFile], { encoding: 'utf8' });
const last = () => ws.auditRecords().at(-1)!;

beforeAll(() => {
  ws.copyManifest('everything');
  ws.writeConfig({ agents: { tester: { clearance: 'public', capabilities: [] } }, stdioAgent: 'tester' });
});
afterAll(() => ws.cleanup());

describe('policy in the audit log', () => {
  it('starts every run with the sha256 of the config and of each manifest, and the agent', async () => {
    for (let run = 0; run < 2; run += 1) {
      const host = await connectHost(ws.configFile);
      await host.client.listTools();
      await host.close();
    }
    const firsts = ws.auditRecords().filter((r) => r.seq === 1);
    expect(firsts).toHaveLength(2);
    for (const record of firsts) {
      expect(record).toMatchObject({ method: 'firewall/start', agent: 'tester', decision: 'allow' });
      expect(record.details).toMatchObject({
        configSha256: sha256(ws.configFile),
        manifests: [`everything=${sha256(join(ws.manifests, 'everything.json'))}`],
        clearance: 'public',
        keyed: false,
        onWriteFailure: 'deny',
      });
    }
  });

  it('agent set and grant append what changed', () => {
    expect(cli('agent', 'set', 'tester', '--clearance', 'internal').status).toBe(0);
    expect(last()).toMatchObject({
      method: 'admin/agent-set',
      details: { target: 'tester', agent: 'tester', fields: ['clearance'], clearance: 'public -> internal', configSha256: sha256(ws.configFile) },
    });
    expect(cli('agent', 'grant', 'tester', 'fs.read', 'data.private').status).toBe(0);
    expect(last()).toMatchObject({ method: 'admin/agent-grant', details: { agent: 'tester', fields: ['capabilities'], capabilitiesAdded: ['fs.read', 'data.private'], capabilitiesRemoved: [] } });
    const count = ws.auditRecords().length;
    expect(cli('agent', 'revoke', 'tester', 'fs.read', '--dry-run').status).toBe(0);
    expect(ws.auditRecords()).toHaveLength(count); // a dry run changes nothing, so records nothing
    expect(cli('agent', 'add', 'viewer', '--clearance', 'public').status).toBe(0);
    expect(last()).toMatchObject({ method: 'admin/agent-add', details: { agent: 'viewer', fields: ['agent (added)'] } });
    expect(cli('agent', 'remove', 'viewer').status).toBe(0);
    expect(last()).toMatchObject({ method: 'admin/agent-remove', details: { agent: 'viewer', fields: ['agent (removed)'] } });
  });

  it('manifest lock and sign append which tools were re-pinned and which key signed', () => {
    const file = join(ws.manifests, 'everything.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    manifest.tools.echo.sha256 = '0'.repeat(64);
    writeFileSync(file, JSON.stringify(manifest, null, 2));
    const lock = cli('manifest', 'lock', 'everything', '--yes');
    expect(lock.status, lock.stdout + lock.stderr).toBe(0);
    const locked = last();
    expect(locked).toMatchObject({ method: 'admin/manifest-lock', details: { target: 'everything', manifest: file, signatureRemoved: false, manifestSha256: sha256(file) } });
    expect(locked.details.repinned).toEqual([expect.stringMatching(/^echo: re-pinned .* to [0-9a-f]{64}$/)]);
    execFileSync(process.execPath, [BIN, 'keygen', '--out', join(ws.dir, 'owner.key')]);
    const sign = cli('manifest', 'sign', '--key', join(ws.dir, 'owner.key'));
    expect(sign.status, sign.stdout + sign.stderr).toBe(0);
    expect(last()).toMatchObject({ method: 'admin/manifest-sign', details: { target: 'everything', keyId: expect.stringMatching(/^[0-9a-f]{16}$/), manifestSha256: sha256(file) } });
    // Admin records are chained like the rest: the whole log still verifies.
    expect(execFileSync(process.execPath, [BIN, 'audit', 'verify', ws.auditFile], { encoding: 'utf8' })).toMatch(/^OK: \d+ records, chain intact\n$/);
    expect(JSON.stringify(ws.auditRecords())).not.toContain('PRIVATE KEY');
  });
});
