import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { readFileSync, truncateSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, errorCode, isAlive, texts, waitFor } from '../helpers/host.js';
import { Workspace } from '../helpers/workspace.js';

/**
 * A firewall whose audit log cannot be written (a file-size limit stands in for a full disk:
 * the kernel refuses writes past it with EFBIG, as it refuses them with ENOSPC on a full disk)
 * must not serve what it cannot record. Driven through the real CLI and the real SDK client.
 */

let ws: Workspace | undefined;
let client: Client | undefined;

afterEach(async () => {
  await client?.close();
  client = undefined;
  ws?.cleanup();
  ws = undefined;
});

/** `serve` under `ulimit -f blocks` (512-byte blocks in dash and POSIX sh). */
async function serveLimited(blocks: number, audit: Record<string, unknown> = {}): Promise<{ client: Client; stderr: () => string; pid: number; ws: Workspace }> {
  const workspace = new Workspace();
  ws = workspace;
  workspace.copyManifest('everything');
  workspace.writeConfig({ agents: { tester: { clearance: 'public', capabilities: [] } }, stdioAgent: 'tester', audit: { file: workspace.auditFile, ...audit } });
  const transport = new StdioClientTransport({
    command: '/bin/sh',
    args: ['-c', `ulimit -f ${blocks}; exec "$0" "$@"`, process.execPath, BIN, 'serve', '--config', workspace.configFile],
    stderr: 'pipe',
    env: { PATH: process.env.PATH ?? '' },
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const host = new Client({ name: 'test-host', version: '1.0.0' });
  client = host;
  await host.connect(transport);
  return { client: host, stderr: () => stderr, pid: transport.pid!, ws: workspace };
}

function parsedRecords(file: string): Array<Record<string, any>> {
  return readFileSync(file, 'utf8').split('\n').flatMap((line) => {
    try {
      return [JSON.parse(line) as Record<string, any>];
    } catch {
      return []; // the fragment a refused write left behind
    }
  });
}

async function callEcho(host: Client, index: number): Promise<'served' | string> {
  const result = await host.callTool({ name: 'everything__echo', arguments: { message: `call ${index}` } });
  if (result.isError) return errorCode(result) ?? 'error-without-code';
  expect(texts(result).join('')).toContain(`call ${index}`);
  return 'served';
}

describe('audit log that cannot be written', () => {
  it('serves no call without its record, refuses the rest with AUDIT_UNAVAILABLE, and stays up', async () => {
    const { client: host, stderr, pid, ws: workspace } = await serveLimited(8);
    const outcomes: string[] = [];
    for (let i = 0; i < 60; i += 1) outcomes.push(await callEcho(host, i));
    const served = outcomes.filter((o) => o === 'served').length;
    const refused = outcomes.filter((o) => o === 'AUDIT_UNAVAILABLE').length;
    expect(served + refused).toBe(60);
    expect(refused).toBeGreaterThan(0);
    const allowed = parsedRecords(workspace.auditFile).filter((r) => r.method === 'tools/call' && r.decision === 'allow');
    expect(allowed).toHaveLength(served);
    expect(stderr()).toContain('AUDIT LOG CANNOT BE WRITTEN');
    // The host still gets answers (errors), and the process is alive.
    await expect(host.listTools()).rejects.toThrow(/AUDIT_UNAVAILABLE/);
    expect(isAlive(pid)).toBe(true);
  });

  it('with calls in flight together (their records share one append), serves none without its whole record', async () => {
    const { client: host, pid, ws: workspace } = await serveLimited(8);
    const outcomes: string[] = [];
    for (let round = 0; round < 8; round += 1) {
      outcomes.push(...(await Promise.all(Array.from({ length: 8 }, (_, i) => callEcho(host, round * 8 + i)))));
    }
    const served = outcomes.filter((o) => o === 'served').length;
    expect(served + outcomes.filter((o) => o === 'AUDIT_UNAVAILABLE').length).toBe(64);
    expect(served).toBeGreaterThan(0);
    expect(served).toBeLessThan(64);
    const allowed = parsedRecords(workspace.auditFile).filter((r) => r.method === 'tools/call' && r.decision === 'allow');
    expect(allowed).toHaveLength(served);
    expect(isAlive(pid)).toBe(true);
  });

  it('serves again once the log can be written (here: the file was emptied, as when space is freed)', async () => {
    const { client: host, stderr, ws: workspace } = await serveLimited(8);
    let outcome = 'served';
    for (let i = 0; i < 60 && outcome === 'served'; i += 1) outcome = await callEcho(host, i);
    expect(outcome).toBe('AUDIT_UNAVAILABLE');
    // Refused up front, before reaching the tool server, while the log stays unwritable.
    expect(await callEcho(host, 100)).toBe('AUDIT_UNAVAILABLE');
    truncateSync(workspace.auditFile, 0);
    const after: string[] = [];
    for (let i = 0; i < 3; i += 1) after.push(await callEcho(host, 200 + i));
    expect(after.at(-1)).toBe('served');
    expect(await waitFor(() => stderr().includes('audit log writable again'))).toBe(true);
    const served = parsedRecords(workspace.auditFile).filter((r) => r.method === 'tools/call' && r.decision === 'allow');
    expect(served.length).toBe(after.filter((o) => o === 'served').length);
  });

  it('with audit.onWriteFailure "continue", serves unaudited calls and says so on stderr', async () => {
    const { client: host, stderr, ws: workspace } = await serveLimited(8, { onWriteFailure: 'continue' });
    const outcomes: string[] = [];
    for (let i = 0; i < 40; i += 1) outcomes.push(await callEcho(host, i));
    expect(outcomes.every((o) => o === 'served')).toBe(true);
    const recorded = parsedRecords(workspace.auditFile).filter((r) => r.method === 'tools/call').length;
    expect(recorded).toBeLessThan(40);
    expect(stderr()).toContain('SERVED WITHOUT AUDIT RECORDS');
  });
});
