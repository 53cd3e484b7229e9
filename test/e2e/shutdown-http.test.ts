import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, errorCode, isRunning, texts, waitFor } from '../helpers/host.js';
import { connectHttp, keyCli, startFrontDoor } from '../helpers/front-door.js';
import { hostileManifest, Workspace } from '../helpers/workspace.js';

/**
 * `serve --http` stopped by SIGTERM while a call is in flight: the call is answered with
 * SHUTTING_DOWN on its own response, every call has its audit record, the session's end and the
 * stop record are written, the log verifies, and the tool server and its helper are gone.
 */

const ws = new Workspace();
afterAll(() => ws.cleanup());

describe('serve --http shutdown', () => {
  it('answers the call in flight, audits everything and leaves no process behind', async () => {
    const calls = join(ws.dir, 'calls.log');
    const pids = join(ws.dir, 'pids');
    // Pinned against a probe without the helper, so only the firewall's own children start one.
    const manifest = await hostileManifest({ fetch_page: {}, hang: { timeoutMs: 120_000 } });
    ws.writeManifest({ ...manifest, server: { ...manifest.server, env: { HOSTILE_LOG: calls, HOSTILE_PIDFILE: pids } } });
    ws.writeConfig({ agents: { bot: { clearance: 'public', capabilities: [] } }, stdioAgent: undefined });
    const add = keyCli(ws.configFile, 'add', 'bot');
    expect(add.status, add.stderr).toBe(0);
    const door = await startFrontDoor(ws.configFile);
    const host = await connectHttp(door.url, add.stdout.trim());
    for (let i = 0; i < 5; i++) expect((await host.client.callTool({ name: 'hostile__fetch_page', arguments: { variant: 'benign' } })).isError).toBeFalsy();
    const pending = host.client.callTool({ name: 'hostile__hang', arguments: {} }, undefined, { timeout: 120_000 });
    expect(await waitFor(() => existsSync(calls) && readFileSync(calls, 'utf8').includes('hang\n'), 30_000)).toBe(true);

    const exited = door.stop();
    const result = await pending;
    expect(errorCode(result)).toBe('SHUTTING_DOWN');
    expect(texts(result).join('')).toMatch(/shutting down/);
    expect(await exited).toBe(0);
    await host.client.close().catch(() => undefined);

    const records = ws.auditRecords();
    const toolCalls = records.filter((r) => r.method === 'tools/call');
    expect(toolCalls).toHaveLength(6);
    expect(toolCalls.find((r) => r.reason === 'SHUTTING_DOWN')).toMatchObject({ decision: 'error', details: { shutdown: 'SIGTERM' } });
    expect(records.some((r) => r.method === 'http/session-end' && r.details.why === 'shutdown')).toBe(true);
    expect(records.at(-1)).toMatchObject({ method: 'firewall/stop', details: { why: 'SIGTERM', drained: true } });
    expect(execFileSync(process.execPath, [BIN, 'audit', 'verify', ws.auditFile], { encoding: 'utf8' })).toMatch(/^OK: \d+ records, chain intact\n$/);

    const started = records.filter((r) => r.method === 'downstream/started').map((r) => r.details.pid as number);
    const helpers = readFileSync(pids, 'utf8').trim().split('\n').map((l) => Number(l.split(' ')[1]));
    expect(started.length).toBeGreaterThanOrEqual(1);
    for (const pid of [...started, ...helpers]) expect(await waitFor(() => !isRunning(pid), 10_000), `process ${pid}`).toBe(true);
  }, 120_000);
});
