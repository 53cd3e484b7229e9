import { afterEach, describe, expect, it } from 'vitest';
import { connectTester, errorCode, waitFor, type Host } from '../helpers/host.js';
import { hostileManifest, Workspace } from '../helpers/workspace.js';

/**
 * A server with a single approved tool: when that tool is quarantined or disappears, what the
 * host sees goes from one tool to none, and the host must still be told.
 */

let ws: Workspace | undefined;
let host: Host | undefined;

afterEach(async () => {
  await host?.close();
  ws?.cleanup();
  host = undefined;
  ws = undefined;
});

describe('a single-tool server that rug-pulls its only tool', () => {
  it.each([
    ['changes its definition', 'description', 'PIN_MISMATCH'],
    ['stops offering it', 'vanish', 'DOWNSTREAM_UNAVAILABLE'],
  ])('%s: the host gets tools/list_changed and an empty list', async (_label, mutate, code) => {
    ws = new Workspace();
    const env = { HOSTILE_ONLY: 'fetch_page', HOSTILE_RUGPULL_AFTER: '1', HOSTILE_MUTATE: mutate };
    ws.writeManifest(await hostileManifest({ fetch_page: { capabilities: ['content.untrusted'] } }, env, 'solo'));
    const connected = await connectTester(ws);
    host = connected.host;
    expect((await host.client.listTools()).tools.map((t) => t.name)).toEqual(['solo__fetch_page']);
    const first = await host.client.callTool({ name: 'solo__fetch_page', arguments: { variant: 'benign' } });
    expect(first.isError).toBeFalsy();
    expect(await waitFor(() => connected.notifications.includes('notifications/tools/list_changed'))).toBe(true);
    expect((await host.client.listTools()).tools).toEqual([]);
    const refused = await host.client.callTool({ name: 'solo__fetch_page', arguments: { variant: 'benign' } });
    expect(refused.isError).toBe(true);
    expect(errorCode(refused)).toBe(code);
  }, 30_000);
});
