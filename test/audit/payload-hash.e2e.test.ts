import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectHost } from '../helpers/host.js';
import { Workspace } from '../helpers/workspace.js';

/**
 * argsHash / resultHash must not let anyone who reads the log recover a short secret argument
 * by hashing guesses: they are HMACs under a per-install secret, stable across runs.
 */

const ws = new Workspace();
afterAll(() => ws.cleanup());

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

async function callEchoRun(configFile: string, messages: string[]): Promise<void> {
  const host = await connectHost(configFile, 'tester');
  try {
    for (const message of messages) await host.client.callTool({ name: 'everything__echo', arguments: { message } });
  } finally {
    await host.close();
  }
}

const calls = (records: Array<Record<string, any>>) => records.filter((r) => r.method === 'tools/call' && r.decision === 'allow');

describe('argument and result hashes', () => {
  it('are keyed with a per-install secret: a 4-digit PIN cannot be brute-forced from the log', async () => {
    ws.copyManifest('everything');
    ws.writeConfig({ agents: { tester: { clearance: 'public', capabilities: [] } }, stdioAgent: 'tester' });
    await callEchoRun(ws.configFile, ['4821', '4821']);
    await callEchoRun(ws.configFile, ['4821']);
    const records = calls(ws.auditRecords());
    expect(records).toHaveLength(3);
    // Equal arguments still correlate, across runs of the same install.
    expect(new Set(records.map((r) => r.argsHash)).size).toBe(1);
    expect(new Set(records.map((r) => r.resultHash)).size).toBe(1);
    const guesses = new Set<string>();
    for (let pin = 0; pin < 10_000; pin += 1) guesses.add(sha256(JSON.stringify({ message: String(pin).padStart(4, '0') })));
    expect(guesses.has(records[0]!.argsHash)).toBe(false);
    expect(records[0]!.argsHash).toMatch(/^[0-9a-f]{64}$/);
    const secret = statSync(`${ws.auditFile}.hash-key`);
    expect(secret.mode & 0o777).toBe(0o600);
  });

  it('are keyed with the audit key when one is configured', async () => {
    const before = calls(ws.auditRecords())[0]!.argsHash;
    const keyFile = join(ws.dir, 'audit.key');
    writeFileSync(keyFile, 'k'.repeat(40), { mode: 0o600 });
    const auditFile = join(ws.dir, 'keyed.ndjson');
    ws.writeConfig({ agents: { tester: { clearance: 'public', capabilities: [] } }, stdioAgent: 'tester', audit: { file: auditFile, key: `file:${keyFile}` } });
    await callEchoRun(ws.configFile, ['4821']);
    const keyed = calls(readFileSync(auditFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));
    expect(keyed).toHaveLength(1);
    expect(keyed[0]!.argsHash).not.toBe(before);
    expect(() => statSync(`${auditFile}.hash-key`)).toThrow(/ENOENT/);
  });
});
