import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureManifest } from '../helpers/fixture-manifest.js';
import { connectHost, texts, type Host } from '../helpers/host.js';
import { REPO, Workspace } from '../helpers/workspace.js';

/**
 * Progress and cancellation across the firewall, each side under its own ids: the host's
 * progress token comes back on the server's progress, and the host's cancellation reaches the
 * server as a cancellation of the server's own request.
 */

const FIXTURE = join(REPO, 'test/fixtures/client-requests-server.mjs');
const ws = new Workspace();
const cancelLog = join(ws.dir, 'cancelled.ndjson');
let host: Host;

beforeAll(async () => {
  ws.writeManifest(await fixtureManifest('asker', FIXTURE, { CANCEL_LOG: cancelLog }));
  ws.writeConfig({ agents: { tester: { clearance: 'public', capabilities: [] } }, stdioAgent: 'tester' });
  host = await connectHost(ws.configFile);
}, 60_000);

afterAll(async () => {
  await host?.close();
  ws.cleanup();
});

const cancelled = (): { requestId: unknown; reason: string }[] => {
  try {
    return readFileSync(cancelLog, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  } catch {
    return [];
  }
};

describe('progress', () => {
  it('reaches the host under the host\'s token, with the server\'s step messages', async () => {
    const progress: { progress: number; total?: number; message?: string }[] = [];
    const result = await host.client.callTool({ name: 'asker__slow', arguments: { ms: 500 } }, undefined, { onprogress: (p) => progress.push(p) });
    expect(texts(result).join('')).toContain('done');
    expect(progress.map((p) => p.progress)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(progress[0]).toEqual({ progress: 1, total: 10, message: 'step 1' });
  });
});

describe('cancellation', () => {
  it('reaches the tool server as a cancellation of its own request id, and is audited', async () => {
    const controller = new AbortController();
    const pending = host.client.callTool({ name: 'asker__slow', arguments: { ms: 10_000 } }, undefined, { signal: controller.signal });
    setTimeout(() => controller.abort('the user changed their mind'), 400);
    await expect(pending).rejects.toThrow();
    await expect.poll(() => cancelled().length, { timeout: 5000 }).toBe(1);
    // The SDK server aborts a handler only for a cancellation naming that handler's request id.
    expect(cancelled()[0]).toMatchObject({ reason: 'cancelled by the host' });
    await expect.poll(() => ws.auditRecords().filter((r) => r.method === 'tools/call' && r.reason === 'CANCELLED').length, { timeout: 5000 }).toBe(1);
    // The next call is served.
    expect(texts(await host.client.callTool({ name: 'asker__slow', arguments: { ms: 100 } })).join('')).toContain('done');
  });
});
