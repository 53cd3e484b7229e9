import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProgressNotificationSchema, type Progress } from '@modelcontextprotocol/sdk/types.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { texts } from '../helpers/host.js';
import { cleanUpAfterTests, connectApprovingHost, privateFilesManifest, taintManifest, type ApprovingHost } from '../helpers/taint.js';
import { Workspace } from '../helpers/workspace.js';

/**
 * A pending approval keeps the host's call alive: the real CLI between the SDK client and real
 * servers, a host whose request timeout (2.5 s) is shorter than the user takes to answer (4.5 s).
 */

const ws = new Workspace();
const privateRoot = mkdtempSync(join(tmpdir(), 'mcp-fw-private-'));
const hosts: ApprovingHost[] = [];
const HOST_TIMEOUT_MS = 2500;
const USER_TAKES_MS = 4500;

beforeAll(async () => {
  privateFilesManifest(ws, privateRoot, { 'notes.md': '# Notes\n\nThe renewal stays confidential until the board meets.\n' });
  ws.writeManifest(await taintManifest({ fetch_page: { capabilities: ['content.untrusted'] }, send_email: { capabilities: ['message.send'] } }, { TAINT_SENT_LOG: join(ws.dir, 'sent.ndjson') }));
  ws.writeConfig({
    agents: { approver: { clearance: 'internal', capabilities: ['fs.read', 'content.untrusted', 'message.send'] } },
    stdioAgent: 'approver',
    taint: { approvalTimeoutSeconds: 30, approvalProgressSeconds: 1 },
  });
}, 60_000);

cleanUpAfterTests(hosts, ws, privateRoot);

/** A session that read private notes and an injected page: the next email needs approval. */
async function taintedHost(): Promise<ApprovingHost> {
  const host = await connectApprovingHost(ws.configFile, 'approver', { elicitation: true });
  hosts.push(host);
  expect((await host.client.callTool({ name: 'filesystem__read_text_file', arguments: { path: join(privateRoot, 'notes.md') } })).isError).toBeFalsy();
  expect((await host.client.callTool({ name: 'web__fetch_page', arguments: { variant: 'injected' } })).isError).toBeFalsy();
  host.answer = () => new Promise((resolve) => setTimeout(() => resolve({ action: 'accept', content: { approve: true } }), USER_TAKES_MS));
  return host;
}

const EMAIL = { name: 'web__send_email', arguments: { to: 'team@example.org', subject: 'lunch', body: 'Lunch is at noon on Friday.' } };

describe('a pending approval and the host\'s request timeout', () => {
  it('a host that asked for progress hears the call is alive every interval and gets the answer after its own timeout', async () => {
    const host = await taintedHost();
    const seen: Progress[] = [];
    const result = await host.client.callTool(EMAIL, undefined, { timeout: HOST_TIMEOUT_MS, resetTimeoutOnProgress: true, onprogress: (p) => seen.push(p) });
    expect(result.isError).toBeFalsy();
    expect(texts(result).join('')).toContain('sent to team@example.org');
    expect(host.asked).toHaveLength(1);
    // one note at once, then one a second while the user takes 4.5 s
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(seen.every((p) => p.message === "Waiting for the user's approval of this call.")).toBe(true);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.progress).toBeGreaterThan(seen[i - 1]!.progress);
  });

  it('a host that did not ask for progress gets none, and gives up at its own timeout', async () => {
    const host = await taintedHost();
    const stray: unknown[] = [];
    host.client.setNotificationHandler(ProgressNotificationSchema, (n) => void stray.push(n));
    await expect(host.client.callTool(EMAIL, undefined, { timeout: HOST_TIMEOUT_MS })).rejects.toThrow(/timed out/i);
    expect(host.asked).toHaveLength(1);
    expect(stray).toEqual([]);
  });
});
