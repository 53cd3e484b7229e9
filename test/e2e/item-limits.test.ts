import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectHost, errorCode, type Host } from '../helpers/host.js';
import { REPO, Workspace } from '../helpers/workspace.js';

/**
 * Resource reads, prompt gets and completions reach a tool server like tool calls do, so they
 * draw from rate limits too: the entry's own budget from its manifest, and the agent's total,
 * which tool calls share. Against the real server-everything through the bundled manifest.
 */

type Json = Record<string, any>;
const ws = new Workspace();
let assistant: Host;
let metered: Host;

const ARCHITECTURE = 'everything+demo://resource/static/document/architecture.md';
const FEATURES = 'everything+demo://resource/static/document/features.md';

/** The refusal's code and data, or 'ok'. */
async function outcome(promise: Promise<unknown>): Promise<{ code: string; data?: Json }> {
  try {
    await promise;
    return { code: 'ok' };
  } catch (err) {
    const data = (err as { data?: Json }).data;
    return { code: data?.code ?? String(err), ...(data ? { data } : {}) };
  }
}

beforeAll(async () => {
  ws.copyManifest('everything', (manifest) => {
    manifest.resources['architecture.md'].rateLimit = { perMinute: 1, burst: 2 };
    manifest.prompts['args-prompt'].rateLimit = { perMinute: 1, burst: 1 };
  });
  const example = JSON.parse(readFileSync(join(REPO, 'mcp.config.example.json'), 'utf8'));
  ws.writeConfig({
    stdioAgent: 'assistant',
    agents: { ...example.agents, metered: { ...example.agents.guest, description: 'An agent with a total budget.', rateLimit: { perMinute: 1, burst: 3 } } },
  });
  [assistant, metered] = await Promise.all([connectHost(ws.configFile, 'assistant'), connectHost(ws.configFile, 'metered')]);
}, 60_000);

afterAll(async () => {
  await Promise.all([assistant?.close(), metered?.close()]);
  ws.cleanup();
});

describe('rate limits on resources, prompts and completion', () => {
  it("a resource's budget refuses the read after the burst, with when to retry, and leaves other resources alone", async () => {
    expect((await outcome(assistant.client.readResource({ uri: ARCHITECTURE }))).code).toBe('ok');
    expect((await outcome(assistant.client.readResource({ uri: ARCHITECTURE }))).code).toBe('ok');
    const third = await outcome(assistant.client.readResource({ uri: ARCHITECTURE }));
    expect(third.code).toBe('RATE_LIMITED');
    expect(third.data?.retryAfterMs).toBeGreaterThan(1000);
    expect((await outcome(assistant.client.readResource({ uri: FEATURES }))).code).toBe('ok');
    const refused = ws.auditRecords().filter((r) => r.method === 'resources/read' && r.reason === 'RATE_LIMITED');
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ decision: 'deny', rules: ['rate:per-minute'] });
    expect(refused[0]?.details.retryAfterMs).toBeGreaterThan(1000);
  });

  it("a prompt's budget covers prompts/get and completions of that prompt", async () => {
    expect((await outcome(assistant.client.getPrompt({ name: 'everything__args-prompt', arguments: { city: 'Lisbon' } }))).code).toBe('ok');
    expect((await outcome(assistant.client.getPrompt({ name: 'everything__args-prompt', arguments: { city: 'Porto' } }))).code).toBe('RATE_LIMITED');
    expect((await outcome(assistant.client.complete({ ref: { type: 'ref/prompt', name: 'everything__args-prompt' }, argument: { name: 'city', value: 'L' } }))).code).toBe('RATE_LIMITED');
    // A prompt without a budget of its own is not held back by another prompt's.
    expect((await outcome(assistant.client.getPrompt({ name: 'everything__simple-prompt' }))).code).toBe('ok');
  });

  it("the agent's total counts tool calls, reads and prompt gets together", async () => {
    const call = await metered.client.callTool({ name: 'everything__echo', arguments: { message: 'hi' } });
    expect(errorCode(call)).toBeUndefined();
    expect((await outcome(metered.client.readResource({ uri: FEATURES }))).code).toBe('ok');
    expect((await outcome(metered.client.getPrompt({ name: 'everything__simple-prompt' }))).code).toBe('ok');
    expect((await outcome(metered.client.readResource({ uri: FEATURES }))).code).toBe('RATE_LIMITED');
    expect(errorCode(await metered.client.callTool({ name: 'everything__echo', arguments: { message: 'again' } }))).toBe('RATE_LIMITED');
    const rules = ws.auditRecords().filter((r) => r.agent === 'metered' && r.reason === 'RATE_LIMITED').map((r) => [r.method, r.rules]);
    expect(rules).toEqual([
      ['resources/read', ['rate:agent']],
      ['tools/call', ['rate:agent']],
    ]);
  });
});
