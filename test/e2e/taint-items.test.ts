import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectHost, errorCode, waitFor, type Host } from '../helpers/host.js';
import { taintManifest } from '../helpers/taint.js';
import { Workspace } from '../helpers/workspace.js';

/**
 * Resources and prompts label a session like tool results do: the real CLI between the SDK
 * client, the real server-everything (a resource marked private, a prompt marked untrusted)
 * and the taint fixture's email tool.
 */

const ws = new Workspace();
const sentLog = join(ws.dir, 'sent.ndjson');
const hosts: Host[] = [];
const PRIVATE_DOC = 'everything+demo://resource/static/document/architecture.md';

beforeAll(async () => {
  ws.copyManifest('everything', (manifest) => {
    manifest.resources['architecture.md'].capabilities = ['data.private'];
    manifest.prompts['simple-prompt'].capabilities = ['content.untrusted'];
  });
  ws.writeManifest(await taintManifest({ send_email: { capabilities: ['message.send'] } }, { TAINT_SENT_LOG: sentLog }));
  ws.writeConfig({
    agents: { courier: { clearance: 'internal', capabilities: ['data.private', 'content.untrusted', 'message.send'], taint: 'deny' } },
    stdioAgent: 'courier',
  });
}, 60_000);

afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
});

afterAll(() => ws.cleanup());

async function open(): Promise<Host> {
  const host = await connectHost(ws.configFile, 'courier');
  hosts.push(host);
  return host;
}

const email = (host: Host) => host.client.callTool({ name: 'web__send_email', arguments: { to: 'a@example.com', subject: 'notes', body: 'see you on Friday' } });
const sentCount = (): number => {
  try {
    return readFileSync(sentLog, 'utf8').split('\n').filter(Boolean).length;
  } catch {
    return 0;
  }
};

describe('session taint from resources and prompts', () => {
  it('a private resource and an untrusted prompt in one session make an email a denied egress', async () => {
    const host = await open();
    await host.client.readResource({ uri: PRIVATE_DOC });
    await host.client.getPrompt({ name: 'everything__simple-prompt' });
    const before = sentCount();
    expect(errorCode(await email(host))).toBe('TAINT_EGRESS_DENIED');
    expect(sentCount()).toBe(before);
    let record: Record<string, any> | undefined;
    await waitFor(() => (record = ws.auditRecords().filter((r) => r.method === 'prompts/get').at(-1)) !== undefined);
    expect(record!.details.taintLabels).toEqual(['private', 'untrusted']);
    const read = ws.auditRecords().filter((r) => r.method === 'resources/read').at(-1)!;
    expect(read.details.taintLabels).toEqual(['private']);
  }, 60_000);

  it('a private resource alone leaves egress open', async () => {
    const host = await open();
    await host.client.readResource({ uri: PRIVATE_DOC });
    const before = sentCount();
    const result = await email(host);
    expect(errorCode(result)).toBeUndefined();
    await waitFor(() => sentCount() === before + 1);
    expect(sentCount()).toBe(before + 1);
  }, 60_000);
});
