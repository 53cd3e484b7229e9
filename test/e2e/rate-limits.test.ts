import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, waitFor } from '../helpers/host.js';
import { connectHttp, keyCli, startFrontDoor, type FrontDoorProcess, type HttpHost } from '../helpers/front-door.js';
import { hostileManifest, Workspace } from '../helpers/workspace.js';

/**
 * Attempts to get more calls through than a tool's rate limit allows. The downstream server logs
 * every call it receives, so the limit is checked where it matters: at the tool server.
 * fetch_page allows a burst of 5 and then one call a minute, so no test lives long enough to
 * see a refill. Each scenario runs as its own agent, since budgets belong to agents.
 */

const BURST = 5;
const ws = new Workspace();
const callLog = join(ws.dir, 'downstream-calls.log');
let door: FrontDoorProcess;
const AGENTS = ['variants', 'parallel', 'reconnect', 'rotate', 'total', 'inflight'];
const keyOf: Record<string, { key: string; id: string }> = {};

const forwarded = (): number => (existsSync(callLog) ? readFileSync(callLog, 'utf8').split('\n').filter(Boolean).length : 0);
const fetchPage = (host: HttpHost, name = 'hostile__fetch_page') => host.client.callTool({ name, arguments: { variant: 'benign' } });
const codes = (results: unknown[]): string[] => results.map((r) => errorCode(r) ?? 'ok');

function addKey(agent: string): { key: string; id: string } {
  const run = keyCli(ws.configFile, 'add', agent);
  expect(run.status, run.stderr).toBe(0);
  return { key: run.stdout.trim(), id: /added key (k-[0-9a-f]{12})/.exec(run.stderr)![1]! };
}

beforeAll(async () => {
  ws.writeManifest(
    await hostileManifest(
      {
        fetch_page: { rateLimit: { perMinute: 1, burst: BURST } },
        flood: {},
        hang: { timeoutMs: 3000 },
      },
      { HOSTILE_LOG: callLog },
    ),
  );
  const agents: Record<string, object> = Object.fromEntries(AGENTS.map((a) => [a, { clearance: 'public', capabilities: [] }]));
  agents.total = { clearance: 'public', capabilities: [], rateLimit: { perMinute: 1, burst: 3 } };
  agents.inflight = { clearance: 'public', capabilities: [], maxConcurrent: 2 };
  ws.writeConfig({ agents, stdioAgent: undefined });
  for (const agent of AGENTS) keyOf[agent] = addKey(agent);
  door = await startFrontDoor(ws.configFile);
}, 60_000);

afterAll(async () => {
  await door?.stop();
  ws.cleanup();
});

describe('rate limits hold across sessions, names and keys', () => {
  it('name variants (case, look-alikes, zero-width, separators) resolve to no tool and open no bucket', async () => {
    const host = await connectHttp(door.url, keyOf.variants!.key);
    const before = forwarded();
    const variants = ['hostile__FETCH_PAGE', 'Hostile__fetch_page', 'hostile__fetch_pаge', 'hostile__fetch\u200b_page', 'hostile__fetch-page', 'hostile__ｆｅｔｃｈ_page', 'hostile__fetch_page\u0000', ' hostile__fetch_page'];
    const results = [];
    for (let round = 0; round < 2; round += 1) {
      results.push(...(await Promise.all(variants.map((v) => fetchPage(host, v)))));
      results.push(...(await Promise.all(Array.from({ length: 4 }, () => fetchPage(host)))));
    }
    const granted = codes(results).filter((c) => c === 'ok').length;
    expect(granted).toBe(BURST);
    expect(codes(results).filter((c) => c === 'NOT_APPROVED')).toHaveLength(variants.length * 2);
    expect(codes(results).filter((c) => c === 'RATE_LIMITED')).toHaveLength(8 - BURST);
    expect(forwarded() - before).toBe(BURST);
    await host.close();
  });

  it('five parallel sessions of one agent share one budget', async () => {
    const hosts = await Promise.all(Array.from({ length: 5 }, () => connectHttp(door.url, keyOf.parallel!.key)));
    const before = forwarded();
    const results = await Promise.all(hosts.flatMap((h) => [fetchPage(h), fetchPage(h), fetchPage(h)]));
    expect(codes(results).filter((c) => c === 'ok')).toHaveLength(BURST);
    expect(codes(results).filter((c) => c === 'RATE_LIMITED')).toHaveLength(15 - BURST);
    expect(forwarded() - before).toBe(BURST);
    // The refusal says when to come back, in _meta and in the text the model reads.
    const refused = results.find((r) => errorCode(r) === 'RATE_LIMITED') as { _meta: Record<string, { retryAfterMs: number }>; content: Array<{ text: string }> };
    const retry = refused._meta['io.github.mcp-firewall/error']!.retryAfterMs;
    expect(retry).toBeGreaterThan(50_000);
    expect(retry).toBeLessThanOrEqual(60_000);
    expect(refused.content[0]!.text).toMatch(/retry in \d+ s/);
    await Promise.all(hosts.map((h) => h.close()));
  });

  it('a reconnect mid-burst continues the same budget', async () => {
    const before = forwarded();
    const first = await connectHttp(door.url, keyOf.reconnect!.key);
    const early = await Promise.all([fetchPage(first), fetchPage(first), fetchPage(first)]);
    await first.close();
    const second = await connectHttp(door.url, keyOf.reconnect!.key);
    const late = await Promise.all(Array.from({ length: 5 }, () => fetchPage(second)));
    expect(codes(early)).toEqual(['ok', 'ok', 'ok']);
    expect(codes(late).filter((c) => c === 'ok')).toHaveLength(BURST - 3);
    expect(forwarded() - before).toBe(BURST);
    await second.close();
  });

  it('a key rotation mid-burst continues the same budget: buckets belong to the agent, not the key', async () => {
    const before = forwarded();
    const old = await connectHttp(door.url, keyOf.rotate!.key);
    const early = await Promise.all([fetchPage(old), fetchPage(old), fetchPage(old)]);
    const fresh = addKey('rotate');
    expect(keyCli(ws.configFile, 'revoke', keyOf.rotate!.id).status).toBe(0);
    // The running front door picks up both edits without a restart (it checks the config twice a second).
    let rotated: HttpHost | undefined;
    for (const end = Date.now() + 6000; !rotated && Date.now() < end; ) {
      rotated = await connectHttp(door.url, fresh.key).catch(async () => {
        await new Promise((r) => setTimeout(r, 200));
        return undefined;
      });
    }
    expect(rotated).toBeDefined();
    const late = await Promise.all(Array.from({ length: 5 }, () => fetchPage(rotated!)));
    expect(codes(early)).toEqual(['ok', 'ok', 'ok']);
    expect(codes(late).filter((c) => c === 'ok')).toHaveLength(BURST - 3);
    expect(forwarded() - before).toBe(BURST);
    await rotated!.close();
    await old.client.close();
  });

  it("an agent's total limit spans all its tools and sessions", async () => {
    const before = forwarded();
    const [a, b] = await Promise.all([connectHttp(door.url, keyOf.total!.key), connectHttp(door.url, keyOf.total!.key)]);
    const results = await Promise.all([fetchPage(a), a.client.callTool({ name: 'hostile__flood', arguments: { count: 0 } }), fetchPage(b), b.client.callTool({ name: 'hostile__flood', arguments: { count: 0 } }), fetchPage(b)]);
    expect(codes(results).filter((c) => c === 'ok')).toHaveLength(3);
    expect(forwarded() - before).toBe(3);
    expect(ws.auditRecords().filter((r) => r.agent === 'total' && r.reason === 'RATE_LIMITED').every((r) => r.rules.includes('rate:agent'))).toBe(true);
    await Promise.all([a.close(), b.close()]);
  });

  it("an agent's concurrency cap spans its sessions", async () => {
    const hosts = await Promise.all(Array.from({ length: 3 }, () => connectHttp(door.url, keyOf.inflight!.key)));
    const hanging = [hosts[0]!.client.callTool({ name: 'hostile__hang', arguments: {} }), hosts[1]!.client.callTool({ name: 'hostile__hang', arguments: {} })];
    expect(await waitFor(() => readFileSync(callLog, 'utf8').split('\n').filter((l) => l === 'hang').length >= 2, 3000)).toBe(true);
    const third = await hosts[2]!.client.callTool({ name: 'hostile__flood', arguments: { count: 0 } });
    expect(errorCode(third)).toBe('RATE_LIMITED');
    expect(codes(await Promise.all(hanging))).toEqual(['DOWNSTREAM_TIMEOUT', 'DOWNSTREAM_TIMEOUT']);
    // Slots come back when the calls end.
    expect(errorCode(await hosts[2]!.client.callTool({ name: 'hostile__flood', arguments: { count: 0 } }))).toBeUndefined();
    const refused = ws.auditRecords().find((r) => r.agent === 'inflight' && r.reason === 'RATE_LIMITED');
    expect(refused?.rules).toEqual(['concurrency:agent']);
    await Promise.all(hosts.map((h) => h.close()));
  });
});
