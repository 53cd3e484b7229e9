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
    // What the firewall wrote, read off the wire: the SDK client hands a progress notification
    // to its callback a microtask later and forgets the request's callback when the answer
    // comes, so a last step that arrives in the same read as the answer never reaches
    // `onprogress`, through the firewall or not.
    const wire: { method?: string; params?: { progressToken?: unknown; progress?: number }; result?: unknown }[] = [];
    const deliver = host.transport.onmessage!;
    host.transport.onmessage = (message) => {
      wire.push(message as (typeof wire)[number]);
      deliver(message);
    };
    const progress: { progress: number; total?: number; message?: string }[] = [];
    const result = await host.client.callTool({ name: 'asker__slow', arguments: { ms: 500 } }, undefined, { onprogress: (p) => progress.push(p) });
    host.transport.onmessage = deliver;
    expect(texts(result).join('')).toContain('done');
    const relayed = wire.filter((m) => m.method === 'notifications/progress');
    expect(relayed.map((m) => m.params?.progress)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // all of them before the answer, under the token the host chose
    expect(wire.findIndex((m) => m.result !== undefined)).toBeGreaterThan(wire.indexOf(relayed.at(-1)!));
    expect(new Set(relayed.map((m) => m.params?.progressToken)).size).toBe(1);
    expect(progress.length).toBeGreaterThanOrEqual(9);
    expect(progress.map((p) => p.progress)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].slice(0, progress.length));
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
