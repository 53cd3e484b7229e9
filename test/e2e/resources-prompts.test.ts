import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { definitionHash, fieldHashes } from '../../src/policy/pin.js';
import { connectHost, isAlive, waitFor, type Host } from '../helpers/host.js';
import { REPO, Workspace } from '../helpers/workspace.js';

/**
 * Resources, templates, prompts, completion and subscriptions through the real `serve` and
 * the real SDK client, against a fixture server that misbehaves on purpose (injected text,
 * wrong binaries, updates for unapproved URIs, a rug-pulled prompt, its own list cursors).
 */

const FIXTURE = join(REPO, 'test/fixtures/resource-server.mjs');
const ws = new Workspace();
let host: Host;
const notes: Array<{ method: string; params?: Record<string, unknown> }> = [];
type Json = Record<string, any>;

async function liveItems(): Promise<{ resources: Json[]; templates: Json[]; prompts: Json[] }> {
  const client = new Client({ name: 'pin-probe', version: '1' }, { capabilities: {} });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [FIXTURE], stderr: 'ignore' }));
  try {
    // The fixture pages its lists with its own cursors.
    const every = async (list: (params: Json) => Promise<Json>, key: string): Promise<Json[]> => {
      const items: Json[] = [];
      let cursor: string | undefined;
      do {
        const page = await list(cursor ? { cursor } : {});
        items.push(...page[key]);
        cursor = page.nextCursor;
      } while (cursor);
      return items;
    };
    return {
      resources: await every((p) => client.listResources(p), 'resources'),
      templates: await every((p) => client.listResourceTemplates(p), 'resourceTemplates'),
      prompts: await every((p) => client.listPrompts(p), 'prompts'),
    };
  } finally {
    await client.close();
  }
}

const pinned = (definition: Json | undefined): Json => ({ sha256: definitionHash(definition), pins: fieldHashes(definition!) });

beforeAll(async () => {
  const live = await liveItems();
  const resource = (uri: string, policy: Json): Json => ({ uri, clearance: 'public', ...pinned(live.resources.find((r) => r.uri === uri)), ...policy });
  const prompt = (name: string, args: Json = { type: 'object', properties: {} }): Json => ({ clearance: 'public', arguments: args, ...pinned(live.prompts.find((p) => p.name === name)) });
  ws.writeManifest({
    server: { id: 'res', transport: 'stdio', command: 'node', args: [FIXTURE] },
    tools: {},
    resources: {
      notes: { uriTemplate: 'res://notes/{id}', clearance: 'public', mimeTypes: ['text/plain'], maxBytes: 4096, ...pinned(live.templates.find((t) => t.name === 'note')) },
      'private-note': resource('res://notes/3', { mimeTypes: ['text/plain'], maxBytes: 4096, capabilities: ['data.private'] }),
      logo: resource('res://bin/logo', { mimeTypes: ['image/*'], maxBytes: 1000 }),
      tool: resource('res://bin/tool', { mimeTypes: ['image/png'], maxBytes: 1000 }),
      huge: resource('res://bin/huge', { mimeTypes: ['image/png'], maxBytes: 1000 }),
    },
    prompts: {
      greet: prompt('greet', { type: 'object', properties: { name: { type: 'string', maxLength: 50 } }, required: ['name'] }),
      leaky: prompt('leaky'),
      shifty: prompt('shifty'),
    },
  });
  ws.writeConfig({ agents: { tester: { clearance: 'public', capabilities: ['content.untrusted'] } }, stdioAgent: 'tester', limits: { listPageSize: 2 } });
  host = await connectHost(ws.configFile);
  host.client.fallbackNotificationHandler = async (n) => {
    notes.push(n as { method: string; params?: Record<string, unknown> });
  };
}, 60_000);

afterAll(async () => {
  const pid = host?.pid;
  await host?.close();
  if (pid) expect(await waitFor(() => !isAlive(pid))).toBe(true);
  ws.cleanup();
});

/** Follows the firewall's cursors to the end, checking no downstream cursor leaks through. */
async function all(method: 'resources/list' | 'resources/templates/list' | 'prompts/list', key: string): Promise<Json[]> {
  const items: Json[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const params = cursor ? { cursor } : {};
    const page = (await (method === 'resources/list' ? host.client.listResources(params) : method === 'prompts/list' ? host.client.listPrompts(params) : host.client.listResourceTemplates(params))) as Json;
    expect(page[key].length).toBeLessThanOrEqual(2);
    items.push(...page[key]);
    cursor = page.nextCursor;
    if (cursor) expect(cursor).not.toMatch(/^down-/);
    pages += 1;
  } while (cursor && pages < 50);
  return items;
}

const refusal = async (promise: Promise<unknown>): Promise<string | undefined> => {
  try {
    await promise;
    return 'no refusal';
  } catch (err) {
    return (err as { data?: { code?: string } }).data?.code;
  }
};

describe('listing: only approved items exist, namespaced, paged by the firewall', () => {
  it('advertises resources, prompts and completions', () => {
    expect(host.client.getServerCapabilities()).toMatchObject({ resources: { subscribe: true, listChanged: true }, prompts: { listChanged: true }, completions: {} });
  });

  it('lists each approved resource exactly once across pages, under the server prefix', async () => {
    const uris = (await all('resources/list', 'resources')).map((r) => r.uri);
    expect(new Set(uris).size).toBe(uris.length);
    const expected = ['1', '2', '4', '5', '6', '7', 'injected'].map((n) => `res+res://notes/${n}`).concat(['logo', 'tool', 'huge'].map((n) => `res+res://bin/${n}`));
    expect(uris.sort()).toEqual(expected.sort());
  });

  it('lists approved templates and prompts only', async () => {
    expect((await all('resources/templates/list', 'resourceTemplates')).map((t) => t.uriTemplate)).toEqual(['res+res://notes/{id}']);
    expect((await all('prompts/list', 'prompts')).map((p) => p.name).sort()).toEqual(['res__greet', 'res__leaky', 'res__shifty']);
  });

  it('pages tools/list with firewall cursors too, and refuses a forged cursor', async () => {
    expect(await refusal(host.client.listTools({ cursor: 'down-3' }))).toBe('ARGS_INVALID');
    expect(await refusal(host.client.listResources({ cursor: 'AAAAAAAAAAAAAAAA.2' }))).toBe('ARGS_INVALID');
  });
});

describe('resources/read', () => {
  it('reads an approved URI: wrapped as untrusted data, URI namespaced', async () => {
    const { contents } = (await host.client.readResource({ uri: 'res+res://notes/2' })) as Json;
    expect(contents).toHaveLength(1);
    expect(contents[0].uri).toBe('res+res://notes/2');
    expect(contents[0].text).toMatch(/^<untrusted-data source="res:notes" id="[A-Za-z0-9]+">\nNote 2: the meeting moved to room 201\.\n<\/untrusted-data/);
  });

  it('reads an unlisted URI the template approves', async () => {
    const { contents } = (await host.client.readResource({ uri: 'res+res://notes/99' })) as Json;
    expect(contents[0].text).toContain('Note 99 is empty.');
  });

  it('refuses what is not approved, not namespaced, or not this agent\'s', async () => {
    expect(await refusal(host.client.readResource({ uri: 'res+res://secret/keys' }))).toBe('NOT_APPROVED');
    expect(await refusal(host.client.readResource({ uri: 'res://notes/1' }))).toBe('NOT_APPROVED');
    expect(await refusal(host.client.readResource({ uri: 'other+res://notes/1' }))).toBe('NOT_APPROVED');
    expect(await refusal(host.client.readResource({ uri: 'res+res://notes/a/b' }))).toBe('NOT_APPROVED');
    expect(await refusal(host.client.readResource({ uri: 'res+res://notes/3' }))).toBe('POLICY_DENIED');
  });

  it('blocks an injected resource like a tool result', async () => {
    expect(await refusal(host.client.readResource({ uri: 'res+res://notes/injected' }))).toBe('SCAN_BLOCKED');
    const record = ws.auditRecords().findLast((r) => r.method === 'resources/read' && r.reason === 'SCAN_BLOCKED');
    expect(record).toMatchObject({ decision: 'block', server: 'res', tool: 'notes', exposed: 'res:notes' });
    expect(record!.rules.some((r: string) => r.startsWith('scan:'))).toBe(true);
  });

  it('passes a blob only within the declared MIME types and size', async () => {
    const { contents } = (await host.client.readResource({ uri: 'res+res://bin/logo' })) as Json;
    expect(contents[0]).toMatchObject({ uri: 'res+res://bin/logo', mimeType: 'image/png' });
    expect(Buffer.from(contents[0].blob, 'base64')).toHaveLength(64);
    expect(await refusal(host.client.readResource({ uri: 'res+res://bin/tool' }))).toBe('RESULT_INVALID');
    expect(await refusal(host.client.readResource({ uri: 'res+res://bin/huge' }))).toBe('RESULT_TOO_LARGE');
  });

  it('audits URIs as keyed hashes and entry names, never raw', () => {
    const text = readFileSync(ws.auditFile, 'utf8');
    expect(text).not.toContain('res://notes/injected');
    expect(text).not.toContain('secret/keys');
    expect(text).not.toContain('room 201');
    const reads = ws.auditRecords().filter((r) => r.method === 'resources/read');
    expect(reads.length).toBeGreaterThanOrEqual(9);
    expect(reads.every((r) => /^[0-9a-f]{64}$/.test(r.details.uriHash))).toBe(true);
  });
});

describe('subscriptions', () => {
  it('delivers updates for the subscribed approved URI only', async () => {
    await host.client.subscribeResource({ uri: 'res+res://notes/1' });
    expect(await waitFor(() => notes.some((n) => n.method === 'notifications/resources/updated'))).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    const updates = notes.filter((n) => n.method === 'notifications/resources/updated').map((n) => n.params?.uri);
    expect(updates).toEqual(['res+res://notes/1']);
    expect(await refusal(host.client.subscribeResource({ uri: 'res+res://secret/keys' }))).toBe('NOT_APPROVED');
    await host.client.unsubscribeResource({ uri: 'res+res://notes/1' });
  });
});

describe('prompts/get', () => {
  it('gets an approved prompt: wrapped, pinned description, embedded URI namespaced', async () => {
    const result = (await host.client.getPrompt({ name: 'res__greet', arguments: { name: 'Ada' } })) as Json;
    expect(result.description).toBe('Greets someone by name.');
    expect(result.messages[0].content.text).toMatch(/^<untrusted-data source="res__greet" id="[A-Za-z0-9]+">\nHello, Ada! Welcome aboard\.\n/);
    expect(result.messages[1].content.resource.uri).toBe('res+res://notes/1');
    expect(result.messages[1].content.resource.text).toContain('<untrusted-data');
  });

  it('validates arguments against the manifest and refuses unapproved prompts', async () => {
    expect(await refusal(host.client.getPrompt({ name: 'res__greet', arguments: { name: 'x'.repeat(51) } }))).toBe('ARGS_INVALID');
    expect(await refusal(host.client.getPrompt({ name: 'res__greet', arguments: { name: 'Ada', extra: 'y' } }))).toBe('ARGS_INVALID');
    expect(await refusal(host.client.getPrompt({ name: 'res__hidden' }))).toBe('NOT_APPROVED');
  });

  it('blocks an injected prompt', async () => {
    expect(await refusal(host.client.getPrompt({ name: 'res__leaky' }))).toBe('SCAN_BLOCKED');
  });
});

describe('completion/complete', () => {
  it('completes an approved prompt argument, dropping an injected value', async () => {
    const { completion } = (await host.client.complete({ ref: { type: 'ref/prompt', name: 'res__greet' }, argument: { name: 'name', value: 'Al' } })) as Json;
    expect(completion.values).toEqual(['Alice', 'Albert']);
    const record = ws.auditRecords().findLast((r) => r.method === 'completion/complete');
    expect(record).toMatchObject({ decision: 'flag', details: { values: 2, valuesDropped: 1 } });
  });

  it('completes an approved template variable', async () => {
    const { completion } = (await host.client.complete({ ref: { type: 'ref/resource', uri: 'res+res://notes/{id}' }, argument: { name: 'id', value: 'A' } })) as Json;
    expect(completion.values).toEqual(['Alice', 'Albert']);
  });

  it('refuses unapproved prompts, templates and undeclared arguments', async () => {
    expect(await refusal(host.client.complete({ ref: { type: 'ref/prompt', name: 'res__hidden' }, argument: { name: 'name', value: 'A' } }))).toBe('NOT_APPROVED');
    expect(await refusal(host.client.complete({ ref: { type: 'ref/resource', uri: 'res+res://secret/{name}' }, argument: { name: 'name', value: 'A' } }))).toBe('NOT_APPROVED');
    expect(await refusal(host.client.complete({ ref: { type: 'ref/prompt', name: 'res__greet' }, argument: { name: 'password', value: 'A' } }))).toBe('ARGS_INVALID');
  });
});

describe('a rug-pulled prompt', () => {
  it('is quarantined: list_changed, not listed, get refused with PIN_MISMATCH, audited with the changed field', async () => {
    await host.client.getPrompt({ name: 'res__shifty' });
    expect(await waitFor(() => notes.some((n) => n.method === 'notifications/prompts/list_changed'))).toBe(true);
    expect((await all('prompts/list', 'prompts')).map((p) => p.name).sort()).toEqual(['res__greet', 'res__leaky']);
    expect(await refusal(host.client.getPrompt({ name: 'res__shifty' }))).toBe('PIN_MISMATCH');
    const verify = ws.auditRecords().find((r) => r.method === 'prompts/verify' && r.tool === 'shifty');
    expect(verify).toMatchObject({ decision: 'deny', reason: 'PIN_MISMATCH', details: { changedFields: ['description'] } });
  });
});
