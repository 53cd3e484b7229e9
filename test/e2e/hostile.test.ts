import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTester, errorCode, texts, waitFor, type Host } from '../helpers/host.js';
import { hostileManifest, Workspace } from '../helpers/workspace.js';
import { LOG_BURST, LOG_PER_SECOND } from '../../src/upstream/server-logs.js';

/**
 * A hostile tool server behind the firewall: injected results, forged delimiters, oversized
 * output, crashes, hangs, floods and unapproved tools. The firewall must refuse or neutralize
 * each one, stay up, and audit it.
 */

const ws = new Workspace();
let host: Host;
let notifications: string[] = [];

beforeAll(async () => {
  ws.writeManifest(
    await hostileManifest({
      fetch_page: { capabilities: ['content.untrusted'] },
      big: { result: { maxBytes: 1_000_000 } },
      crash: {},
      hang: { timeoutMs: 700 },
      flood: {},
      ask_host: {},
      relist_flood: {},
      fail: {},
      bad_structured: { result: { structuredContent: { type: 'object', properties: { total: { type: 'number' } }, required: ['total'] } } },
    }),
  );
  ({ host, notifications } = await connectTester(ws));
}, 60_000);

afterAll(async () => {
  await host?.close();
  ws.cleanup();
});

async function call(name: string, args: Record<string, unknown> = {}) {
  return host.client.callTool({ name: `hostile__${name}`, arguments: args });
}

describe('hostile results', () => {
  it('never lists or forwards a tool the manifest does not approve', async () => {
    const names = (await host.client.listTools()).tools.map((t) => t.name);
    expect(names).toContain('hostile__fetch_page');
    expect(names).not.toContain('hostile__secret_tool');
    const result = await call('secret_tool');
    expect(errorCode(result)).toBe('NOT_APPROVED');
  });

  it('passes a benign page, wrapped', async () => {
    const result = await call('fetch_page', { variant: 'benign' });
    expect(result.isError).toBeFalsy();
    expect(texts(result).join('\n')).toContain('revenue grew 4%');
    expect(texts(result).at(-1)).toMatch(/^<untrusted-data source="hostile__fetch_page"/);
  });

  it('blocks a classic instruction override without echoing it', async () => {
    const result = await call('fetch_page', { variant: 'override' });
    expect(errorCode(result)).toBe('SCAN_BLOCKED');
    const body = texts(result).join('\n');
    expect(body).not.toContain('archive@mailbox-backup.example');
    expect(body).not.toContain('Ignore all previous');
  });

  it('content carrying fake end markers cannot close the block', async () => {
    const result = await call('fetch_page', { variant: 'fake-delimiter' });
    if (errorCode(result) === 'SCAN_BLOCKED') {
      // Blocking the whole result is also a safe outcome; nothing forged reaches the model.
      expect(texts(result).join('')).not.toContain('untrusted-data id=');
      return;
    }
    const text = texts(result).at(-1)!;
    const id = /^<untrusted-data source="hostile__fetch_page" id="([A-Za-z0-9]{12})">\n/.exec(text)![1]!;
    const folded = text.normalize('NFKC').toLowerCase().replace(/[\u200b-\u200f\u2060\ufeff]/g, '').replace(/а/g, 'a');
    // Exactly one opening and one closing marker: the firewall's own, with this response's id.
    expect(folded.match(/<\s*\/?\s*untrusted[\s_-]*data/g)).toHaveLength(2);
    expect(text.indexOf(`</untrusted-data id="${id}">`)).toBeGreaterThan(text.indexOf('Result line 1'));
    expect(text.lastIndexOf('SYSTEM: the data block has ended')).toBeLessThan(text.indexOf(`</untrusted-data id="${id}">`));
    expect(folded).not.toContain('=== end external data');
  });

  it('refuses a result over the size limit and stays up', async () => {
    const result = await call('big', { megabytes: 3 });
    expect(errorCode(result)).toBe('RESULT_TOO_LARGE');
    const next = await call('fetch_page', { variant: 'benign' });
    expect(next.isError).toBeFalsy();
  });

  it('refuses a 50 MB result without buffering it and stays up', async () => {
    const result = await call('big', { megabytes: 50 });
    expect(errorCode(result)).toBe('RESULT_TOO_LARGE');
    expect((await call('fetch_page', { variant: 'benign' })).isError).toBeFalsy();
  }, 60_000);

  it('refuses structuredContent that breaks the manifest schema', async () => {
    const result = await call('bad_structured');
    expect(errorCode(result)).toBe('RESULT_INVALID');
  });

  it('times out a hanging tool and keeps serving', async () => {
    const result = await call('hang');
    expect(errorCode(result)).toBe('DOWNSTREAM_TIMEOUT');
    expect((await call('fetch_page', { variant: 'benign' })).isError).toBeFalsy();
  });

  it('caps a log notification flood instead of relaying it to the host', async () => {
    const before = notifications.length;
    const started = performance.now();
    const result = await call('flood', { count: 5000 });
    const seconds = (performance.now() - started) / 1000;
    expect(texts(result).join('')).toContain('sent 5000 notifications');
    const dropped = () => ws.auditRecords().filter((r) => r.server === 'hostile' && r.reason === 'RATE_LIMITED').reduce((sum, r) => sum + r.details.dropped, 0);
    const relayed = () => notifications.slice(before).filter((m) => m === 'notifications/message').length;
    // Every message is either relayed or counted as dropped (the count is reported within a second).
    expect(await waitFor(() => relayed() + dropped() >= 5000, 5000)).toBe(true);
    // A burst, the steady rate while the flood lasted (it is slower on a loaded machine), and one
    // notice of what was dropped per second.
    expect(relayed()).toBeLessThanOrEqual(LOG_BURST + Math.ceil((seconds + 1) * (LOG_PER_SECOND + 1)) + 1);
    expect(relayed()).toBeLessThan(1000);
  });

  it('reports a crash as unavailable, then restarts and re-verifies the server', async () => {
    const result = await call('crash');
    expect(errorCode(result)).toBe('DOWNSTREAM_UNAVAILABLE');
    expect(texts(result).join('')).not.toContain('crashing on purpose');
    let recovered = false;
    for (let i = 0; i < 40 && !recovered; i++) {
      await new Promise((r) => setTimeout(r, 250));
      recovered = !(await call('fetch_page', { variant: 'benign' })).isError;
    }
    expect(recovered).toBe(true);
  });

  it('refuses requests a tool server sends back (sampling) and audits them', async () => {
    const result = await call('ask_host');
    expect(texts(result).join('')).toContain('sampling request refused with -32601');
    // The manifest has no clientRequests section: nothing a server asks for reaches the host.
    expect(await waitFor(() => ws.auditRecords().some((r) => r.method === 'sampling/createMessage' && r.server === 'hostile' && r.decision === 'deny' && r.reason === 'METHOD_NOT_ALLOWED'))).toBe(true);
  });

  it('coalesces a flood of list_changed notifications into a few listings', async () => {
    const result = await call('relist_flood', { count: 2000 });
    const listed = Number(/listed (\d+) times/.exec(texts(result).join(''))![1]);
    expect(listed).toBeGreaterThanOrEqual(1);
    expect(listed).toBeLessThanOrEqual(5);
  });

  it('passes a downstream error on as a code, never its text', async () => {
    const result = await call('fail');
    expect(errorCode(result)).toBe('DOWNSTREAM_ERROR');
    const body = texts(result).join('');
    expect(body).not.toContain('/home/hostile');
    expect(body).not.toContain('secret-token');
  });

  it('forwards a host cancellation and keeps serving', async () => {
    const controller = new AbortController();
    const pending = host.client.callTool({ name: 'hostile__hang', arguments: {} }, undefined, { signal: controller.signal });
    setTimeout(() => controller.abort('changed my mind'), 100);
    await expect(pending).rejects.toThrow();
    expect(await waitFor(() => ws.auditRecords().some((r) => r.reason === 'CANCELLED'))).toBe(true);
    expect((await call('fetch_page', { variant: 'benign' })).isError).toBeFalsy();
  });

  it('audits every refusal with its code and no payload text', async () => {
    await waitFor(() => ws.auditRecords().some((r) => r.reason === 'DOWNSTREAM_TIMEOUT'));
    const records = ws.auditRecords();
    const reasons = new Set(records.map((r) => r.reason));
    for (const code of ['NOT_APPROVED', 'SCAN_BLOCKED', 'RESULT_TOO_LARGE', 'RESULT_INVALID', 'DOWNSTREAM_TIMEOUT', 'DOWNSTREAM_UNAVAILABLE']) {
      expect(reasons, code).toContain(code);
    }
    const blocked = records.find((r) => r.reason === 'SCAN_BLOCKED')!;
    expect(blocked.decision).toBe('block');
    expect(blocked.rules.length).toBeGreaterThan(0);
    const raw = JSON.stringify(records);
    expect(raw).not.toContain('mailbox-backup');
    expect(raw).not.toContain('crashing on purpose');
    expect(raw).not.toContain('/home/hostile');
  });
});
