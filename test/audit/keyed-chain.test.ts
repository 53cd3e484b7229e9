import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keyFromSecret, resolveAuditKey } from '../../src/audit/audit-key.js';
import { canonicalJson } from '../../src/audit/canonical-json.js';
import { readCheckpoint } from '../../src/audit/checkpoint.js';
import { lineOf, sha256Hex } from '../../src/audit/record.js';
import { openAuditWriter } from '../../src/audit/writer.js';
import { BIN, connectHost, waitFor } from '../helpers/host.js';
import { Workspace } from '../helpers/workspace.js';
import { cleanupTempDirs, makeTempDir, readLines, sampleEntry } from './audit-fixtures.js';

afterEach(cleanupTempDirs);

const SECRET = 'f'.repeat(8) + '0123456789abcdef0123456789abcdef';

/** A keyed log of `counts[i]` records per writer, one writer after the other, and its key file. */
async function keyedLog(counts: number[], checkpointEvery = 1000): Promise<{ dir: string; file: string; keyFile: string }> {
  const dir = makeTempDir();
  const keyFile = join(dir, 'audit.key');
  writeFileSync(keyFile, `${SECRET}\n`, { mode: 0o600 });
  const key = resolveAuditKey(`file:${keyFile}`, dir);
  const file = join(dir, 'audit.ndjson');
  let index = 0;
  for (const count of counts) {
    const writer = openAuditWriter(file, { key, checkpointEvery });
    for (let i = 0; i < count; i += 1) writer.write(sampleEntry(index++));
    await writer.close();
  }
  return { dir, file, keyFile };
}

function verify(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, 'audit', 'verify', ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** What someone with write access but without the key can do: recompute every hash in plain sha256. */
function rewriteWithoutKey(lines: string[], edit: (record: Record<string, any>) => void): string {
  let prev = '0'.repeat(64);
  return lines.map((line) => {
    const { hash: _hash, keyId: _keyId, ...record } = JSON.parse(line) as Record<string, any>;
    edit(record);
    record.prev = prev;
    const body = canonicalJson(record);
    prev = sha256Hex(body);
    return lineOf(body, prev);
  }).join('\n') + '\n';
}

describe('keyed audit chain (audit.key)', () => {
  it('seals every record with an HMAC under the key; verify --key authenticates them', async () => {
    const { file, keyFile } = await keyedLog([4]);
    const records = readLines(file).map((l) => JSON.parse(l));
    expect(new Set(records.map((r) => r.keyId))).toEqual(new Set([resolveAuditKey(`file:${keyFile}`, '/').id]));
    const ok = verify(file, '--key', `file:${keyFile}`);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^OK: 4 records, chain intact, every record authenticated with key [0-9a-f]{16}; checkpoint of \S+ matched \(1 chain\(s\)\)\n$/);
    // Without the key, verify checks links and form only and says so.
    const unkeyed = verify(file);
    expect(unkeyed.code).toBe(0);
    expect(unkeyed.stdout).toContain('4 keyed record(s) NOT authenticated');
  });

  it('detects a rewrite by someone without the key (edited record, all hashes recomputed)', async () => {
    const { file, keyFile } = await keyedLog([5]);
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('"decision":"allow"', '"decision":"deny"'));
    expect(verify(file, '--key', `file:${keyFile}`).stdout).toBe('BROKEN at line 1: HMAC mismatch: the record was edited or forged without the key\n');
    writeFileSync(file, original);
    writeFileSync(file, rewriteWithoutKey(readLines(file), (r) => { if (r.seq === 3) r.decision = 'deny'; }));
    // Unkeyed verification cannot tell: the rewritten file is a consistent sha256 chain.
    expect(verify(file).stdout).toBe('OK: 5 records, chain intact\n');
    const keyed = verify(file, '--key', `file:${keyFile}`);
    expect(keyed.code).toBe(1);
    expect(keyed.stdout).toBe('BROKEN at line 1: the record is not keyed: it was written without audit.key, or rewritten by someone without the key\n');
  });

  it('detects records forged with another key', async () => {
    const { dir, file } = await keyedLog([3]);
    const other = join(dir, 'other.key');
    writeFileSync(other, 'another-secret-of-at-least-32-characters', { mode: 0o600 });
    const run = verify(file, '--key', `file:${other}`);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^BROKEN at end of file: the checkpoint file .* does not verify: it was signed with another key/);
    rmSync(`${file}.checkpoint`);
    expect(verify(file, '--key', `file:${other}`).stdout).toMatch(/^BROKEN at line 1: the record is keyed with another key/);
  });

  it('detects a cut tail and a deleted chain through the signed checkpoint', async () => {
    const { file, keyFile } = await keyedLog([6, 4], 2);
    const lines = readLines(file);
    writeFileSync(file, `${lines.slice(0, -2).join('\n')}\n`);
    const cut = verify(file, '--key', `file:${keyFile}`);
    expect(cut.code).toBe(1);
    expect(cut.stdout).toMatch(/^BROKEN at end of file: chain \S+ ends at seq 2 \(line 8\) but the checkpoint of \S+ records seq 4: records were cut from its end\n$/);
    // Without the key the cut is invisible: the remaining chain is consistent.
    expect(verify(file).code).toBe(0);
    writeFileSync(file, `${lines.slice(0, 6).join('\n')}\n`);
    expect(verify(file, '--key', `file:${keyFile}`).stdout).toMatch(/^BROKEN at end of file: chain \S+ is missing: the checkpoint of \S+ records 4 record\(s\) in it; the whole segment was deleted\n$/);
  });

  it('refuses a deleted or edited checkpoint', async () => {
    const { file, keyFile } = await keyedLog([3]);
    const checkpoint = readFileSync(`${file}.checkpoint`, 'utf8');
    writeFileSync(`${file}.checkpoint`, checkpoint.replace(/"seq":3/, '"seq":2'));
    expect(verify(file, '--key', `file:${keyFile}`).stdout).toMatch(/^BROKEN at end of file: the checkpoint file .* does not verify: its MAC does not verify/);
    rmSync(`${file}.checkpoint`);
    expect(verify(file, '--key', `file:${keyFile}`).stdout).toMatch(/^BROKEN at end of file: no checkpoint file/);
  });

  it('keeps several writers appending to one file, each chain in the checkpoint', async () => {
    const dir = makeTempDir();
    const key = keyFromSecret(Buffer.from(SECRET));
    const file = join(dir, 'audit.ndjson');
    const a = openAuditWriter(file, { key, checkpointEvery: 3 });
    const b = openAuditWriter(file, { key, checkpointEvery: 3 });
    for (let i = 0; i < 10; i += 1) (i % 2 ? a : b).write(sampleEntry(i));
    await a.close();
    await b.close();
    const read = readCheckpoint(file, key);
    expect(read.status).toBe('ok');
    if (read.status === 'ok') expect(Object.values(read.document.chains).map((c) => c.seq).sort()).toEqual([5, 5]);
    const keyFile = join(dir, 'k');
    writeFileSync(keyFile, SECRET, { mode: 0o600 });
    expect(verify(file, '--key', `file:${keyFile}`).stdout).toMatch(/^OK: 10 records, chain intact, every record authenticated .*\(2 chain\(s\)\)\n$/);
  });

  it('takes the key from the config (audit.key), and refuses keys that are literals, short or readable by others', async () => {
    const { dir, file, keyFile } = await keyedLog([2]);
    const config = join(dir, 'mcp.config.json');
    writeFileSync(config, JSON.stringify({ audit: { file: 'audit.ndjson', key: 'file:audit.key' } }));
    expect(verify('--config', config).stdout).toMatch(/^OK: 2 records, chain intact, every record authenticated/);
    expect(verify(file, '--key', `env:AUDIT_KEY_NOT_SET`)).toMatchObject({ code: 2, stderr: expect.stringContaining('environment variable AUDIT_KEY_NOT_SET is not set') });
    expect(verify(file, '--key', SECRET)).toMatchObject({ code: 2, stderr: expect.stringContaining('must be a reference') });
    chmodSync(keyFile, 0o644);
    expect(verify(file, '--key', `file:${keyFile}`)).toMatchObject({ code: 2, stderr: expect.stringContaining('readable by other users') });
  });

  it('serve with audit.key: records are keyed, and the shutdown checkpoint covers the whole run', async () => {
    const ws = new Workspace();
    try {
      const keyFile = join(ws.dir, 'audit.key');
      writeFileSync(keyFile, SECRET, { mode: 0o600 });
      ws.copyManifest('everything');
      ws.writeConfig({ agents: { tester: { clearance: 'public', capabilities: [] } }, stdioAgent: 'tester', audit: { file: ws.auditFile, key: 'file:audit.key', checkpointEvery: 1000 } });
      const host = await connectHost(ws.configFile);
      for (let i = 0; i < 3; i += 1) await host.client.callTool({ name: 'everything__echo', arguments: { message: `m${i}` } });
      await host.close();
      const key = resolveAuditKey(`file:${keyFile}`, ws.dir);
      const lastSeq = (): number => {
        const read = readCheckpoint(ws.auditFile, key);
        return read.status === 'ok' ? Math.max(...Object.values(read.document.chains).map((c) => c.seq)) : 0;
      };
      expect(await waitFor(() => lastSeq() === ws.auditRecords().length)).toBe(true);
      expect(ws.auditRecords().every((r) => r.keyId === key.id)).toBe(true);
      const run = verify('--config', ws.configFile);
      expect(run.stdout).toMatch(/^OK: \d+ records, chain intact, every record authenticated with key [0-9a-f]{16}; checkpoint of \S+ matched \(1 chain\(s\)\)\n$/);
    } finally {
      ws.cleanup();
    }
  });
});
