import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, errorCode, texts, waitFor } from '../helpers/host.js';
import { cleanUpAfterTests, connectApprovingHost, privateFilesManifest, taintManifest, type ApprovingHost } from '../helpers/taint.js';
import { Workspace } from '../helpers/workspace.js';
import { connectHttp, startFrontDoor } from '../helpers/front-door.js';

/**
 * Session taint end to end: the real CLI between the SDK client and real servers
 * (server-filesystem for private files, the taint fixture for a web page and an email tool).
 */

const PARAGRAPH =
  'Customer Halvorsen renewed the maintenance contract at a reduced rate of 41 thousand per year after threatening to move to a competitor. Legal agreed to waive the late delivery penalties from March, provided the settlement stays confidential and is not mentioned in the quarterly report to the board.';
const UNRELATED =
  'Hi team, the offsite is confirmed for the second week of June. Please book your train tickets before Friday and tell Marta about any dietary needs so she can order lunch for everyone on both days.';

const ws = new Workspace();
const privateRoot = mkdtempSync(join(tmpdir(), 'mcp-fw-private-'));
const sentLog = join(ws.dir, 'sent.ndjson');
const hosts: ApprovingHost[] = [];

const agent = (taint?: string) => ({ clearance: 'internal', capabilities: ['fs.read', 'content.untrusted', 'message.send'], ...(taint ? { taint } : {}) });
// An API key of "denier" for the HTTP front door: only its hash goes in the config.
const HTTP_KEY = randomBytes(24).toString('base64url');
const keyEntry = { id: 'k-0123456789ab', sha256: createHash('sha256').update(HTTP_KEY).digest('hex'), notBefore: '2020-01-01T00:00:00Z', expires: '2100-01-01T00:00:00Z' };

beforeAll(async () => {
  privateFilesManifest(ws, privateRoot, { 'customers/halvorsen.md': `# Halvorsen\n\n${PARAGRAPH}\n` });
  ws.writeManifest(
    await taintManifest(
      { fetch_page: { capabilities: ['content.untrusted'] }, send_email: { capabilities: ['message.send'] }, relist: {}, crash: {}, forge: {} },
      { TAINT_SENT_LOG: sentLog },
    ),
  );
  ws.writeConfig({
    agents: { approver: agent(), denier: { ...agent('deny'), keys: [keyEntry] }, warner: agent('warn'), untracked: agent('off') },
    stdioAgent: 'approver',
    taint: { approvalTimeoutSeconds: 2 },
  });
}, 60_000);

cleanUpAfterTests(hosts, ws, privateRoot);

async function open(agentId: string, elicitation = true): Promise<ApprovingHost> {
  const host = await connectApprovingHost(ws.configFile, agentId, { elicitation });
  hosts.push(host);
  return host;
}

const call = (host: ApprovingHost, name: string, args: Record<string, unknown> = {}) => host.client.callTool({ name, arguments: args });
const readPrivate = (host: ApprovingHost) => call(host, 'filesystem__read_text_file', { path: join(privateRoot, 'customers/halvorsen.md') });
const fetchInjected = (host: ApprovingHost) => call(host, 'web__fetch_page', { variant: 'injected' });
const email = (host: ApprovingHost, body = UNRELATED) => call(host, 'web__send_email', { to: 'archive@mailbox-backup.example', subject: 'notes', body });
const sent = (): string[] => {
  try {
    return readFileSync(sentLog, 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
};

/** The audit record of the latest send_email, once written. */
async function lastEmailRecord(): Promise<Record<string, any>> {
  let record: Record<string, any> | undefined;
  await waitFor(() => (record = ws.auditRecords().filter((r) => r.exposed === 'web__send_email').at(-1)) !== undefined);
  return record!;
}

async function taintedSession(agentId: string, elicitation = true): Promise<ApprovingHost> {
  const host = await open(agentId, elicitation);
  expect((await readPrivate(host)).isError).toBeFalsy();
  expect((await fetchInjected(host)).isError).toBeFalsy();
  return host;
}

describe('labels alone do not stop egress', () => {
  it('only private data: the email goes out and the record says the session is clean of untrusted content', async () => {
    const host = await open('denier');
    await readPrivate(host);
    const before = sent().length;
    const result = await email(host, PARAGRAPH);
    expect(result.isError).toBeFalsy();
    expect(sent()).toHaveLength(before + 1);
    const record = await lastEmailRecord();
    expect(record.decision).toBe('allow');
    expect(record.details.taintLabels).toEqual(['private']);
    expect(record.details.taint).toBe('clean');
  });

  it('only untrusted content: the email goes out', async () => {
    const host = await open('denier');
    await fetchInjected(host);
    const result = await email(host);
    expect(result.isError).toBeFalsy();
    const record = await lastEmailRecord();
    expect(record.details.taintLabels).toEqual(['untrusted']);
    expect(record.details.taint).toBe('clean');
  });
});

describe('private data and untrusted content in one session', () => {
  it('deny: refused with TAINT_EGRESS_DENIED, a reason for the model, no prompt, nothing sent', async () => {
    const host = await taintedSession('denier');
    const before = sent().length;
    const result = await email(host);
    expect(errorCode(result)).toBe('TAINT_EGRESS_DENIED');
    const text = texts(result).join('\n');
    expect(text).toMatch(/private data \(from filesystem__read_text_file\) and untrusted content \(from web__fetch_page\)/);
    expect(text).toMatch(/nothing was sent/);
    expect(host.asked).toHaveLength(0);
    expect(sent()).toHaveLength(before);
    const record = await lastEmailRecord();
    expect(record).toMatchObject({ decision: 'deny', reason: 'TAINT_EGRESS_DENIED' });
    expect(record.details.taintLabels).toEqual(['private', 'untrusted']);
    expect(record.details.taint).toBe('denied');
    expect(record.rules).toContain('taint:egress');
  });

  it('approve: the user is asked; ticking approve and accepting forwards the call once', async () => {
    const host = await taintedSession('approver');
    host.answer = () => ({ action: 'accept', content: { approve: true } });
    const before = sent().length;
    const result = await email(host);
    expect(result.isError).toBeFalsy();
    expect(texts(result).join('')).toContain('sent to archive@mailbox-backup.example');
    expect(sent()).toHaveLength(before + 1);
    expect(host.asked).toHaveLength(1);
    const { message, requestedSchema } = host.asked[0]!.params as { message: string; requestedSchema: Record<string, any> };
    expect(message).toContain('Tool: web__send_email (message.send)');
    expect(message).toMatch(/body \(text, \d+ characters\)/);
    expect(message).toContain('from filesystem__read_text_file');
    // Names, types and sizes only: no argument value reaches the prompt.
    expect(message).not.toContain('archive@mailbox-backup.example');
    expect(message).not.toContain('offsite');
    expect(requestedSchema).toEqual({ type: 'object', properties: { approve: expect.objectContaining({ type: 'boolean', default: false }) }, required: ['approve'] });
    expect((await lastEmailRecord()).details.taint).toBe('approved');
  });

  it.each([
    ['declined', { action: 'decline' }],
    ['cancelled', { action: 'cancel' }],
    ['unticked', { action: 'accept', content: { approve: false } }],
  ] as const)('approve: %s refuses the call', async (outcome, answer) => {
    const host = await taintedSession('approver');
    host.answer = () => answer as never;
    const before = sent().length;
    const result = await email(host);
    expect(errorCode(result)).toBe('TAINT_EGRESS_DENIED');
    expect(sent()).toHaveLength(before);
    const record = await lastEmailRecord();
    expect(record).toMatchObject({ decision: 'deny', reason: 'TAINT_EGRESS_DENIED' });
    expect(record.details.taint).toBe(outcome);
  });

  it('approve: no answer within the timeout refuses the call', async () => {
    const host = await taintedSession('approver');
    host.answer = () => new Promise(() => undefined);
    const result = await email(host);
    expect(errorCode(result)).toBe('TAINT_EGRESS_DENIED');
    expect(texts(result).join('')).toMatch(/did not answer the approval request in time \(2 s\)/);
    expect((await lastEmailRecord()).details.taint).toBe('timeout');
  });

  it('approve: a host without elicitation is refused, with a reason that says so', async () => {
    const host = await taintedSession('approver', false);
    const before = sent().length;
    const result = await email(host);
    expect(errorCode(result)).toBe('TAINT_EGRESS_DENIED');
    expect(texts(result).join('')).toMatch(/does not support approval requests \(MCP elicitation\)/);
    expect(sent()).toHaveLength(before);
    expect((await lastEmailRecord()).details.taint).toBe('no-elicitation');
  });

  it('warn: forwarded, and the record says so', async () => {
    const host = await taintedSession('warner');
    const result = await email(host);
    expect(result.isError).toBeFalsy();
    const record = await lastEmailRecord();
    expect(record.decision).toBe('allow');
    expect(record.details.taint).toBe('warned');
    expect(record.details.taintLabels).toEqual(['private', 'untrusted']);
  });

  it('off: neither tracked nor checked', async () => {
    const host = await taintedSession('untracked');
    const result = await email(host);
    expect(result.isError).toBeFalsy();
    const record = await lastEmailRecord();
    expect(record.details.taint).toBeUndefined();
    expect(record.details.taintLabels).toBeUndefined();
  });

  it('non-egress tools stay usable in a tainted session', async () => {
    const host = await taintedSession('denier');
    expect((await call(host, 'web__fetch_page', { variant: 'benign' })).isError).toBeFalsy();
    expect((await readPrivate(host)).isError).toBeFalsy();
  });
});

describe('how long labels last', () => {
  it('labels survive a downstream list_changed and a downstream restart, but not a new host session', async () => {
    const host = await taintedSession('denier');
    await call(host, 'web__relist');
    expect(errorCode(await email(host))).toBe('TAINT_EGRESS_DENIED');
    await call(host, 'web__crash');
    // The firewall restarts the crashed server; wait until it serves again.
    let back = false;
    for (let i = 0; i < 100 && !back; i++) {
      back = !(await call(host, 'web__fetch_page', { variant: 'benign' })).isError;
      if (!back) await new Promise((r) => setTimeout(r, 100));
    }
    expect(back).toBe(true);
    expect(errorCode(await email(host))).toBe('TAINT_EGRESS_DENIED');
    const fresh = await open('denier');
    expect((await email(fresh)).isError).toBeFalsy();
    expect((await lastEmailRecord()).details.taintLabels).toBeUndefined();
  }, 90_000);

  it('a result the scanner flagged labels the session untrusted even from a tool without that capability', async () => {
    const flaggedWs = new Workspace();
    try {
      privateFilesManifest(flaggedWs, privateRoot, {});
      flaggedWs.writeManifest(await taintManifest({ fetch_page: {}, send_email: { capabilities: ['message.send'] } }, { TAINT_SENT_LOG: sentLog }));
      flaggedWs.writeConfig({ agents: { denier: agent('deny') }, stdioAgent: 'denier', scan: { flagThreshold: 0.3 } });
      const host = await connectApprovingHost(flaggedWs.configFile, 'denier', { elicitation: true });
      hosts.push(host);
      await call(host, 'filesystem__read_text_file', { path: join(privateRoot, 'customers/halvorsen.md') });
      expect(errorCode(await email(host))).toBeUndefined();
      const page = await call(host, 'web__fetch_page', { variant: 'injected' });
      expect(texts(page).join('')).toMatch(/Warning/);
      expect(errorCode(await email(host))).toBe('TAINT_EGRESS_DENIED');
    } finally {
      flaggedWs.cleanup();
    }
  });
});

describe('approvals cannot be forged', () => {
  it('a tool server answering the approval itself, and a page claiming approval, change nothing', async () => {
    const host = await taintedSession('approver');
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    host.answer = async () => {
      await held;
      return { action: 'decline' };
    };
    const before = sent().length;
    const pending = email(host);
    await waitFor(() => host.asked.length === 1);
    // While the user is asked: the tool server sends responses for the firewall's request ids
    // and returns a page that claims approval, which the model reads.
    const forged = await call(host, 'web__forge');
    expect(texts(forged).join('')).toContain('untrusted-data');
    release();
    const result = await pending;
    expect(errorCode(result)).toBe('TAINT_EGRESS_DENIED');
    expect(sent()).toHaveLength(before);
    expect((await lastEmailRecord()).details.taint).toBe('declined');
    // Only the firewall's own prompt reached the user.
    expect(host.asked.filter((r) => (r.params as { message: string }).message.startsWith('mcp-firewall asks'))).toHaveLength(1);
  });
});

describe('argument flow check', () => {
  it('catches a private paragraph pasted into an email body, in the prompt and the audit', async () => {
    const host = await taintedSession('approver');
    host.answer = () => ({ action: 'decline' });
    await email(host, `Hello,\n\nas discussed: ${PARAGRAPH}\n\nRegards`);
    const message = (host.asked[0]!.params as { message: string }).message;
    expect(message).toMatch(/Private content leaving: "body" repeats \d+ of its \d+ passages/);
    expect(message).not.toContain('Halvorsen');
    const record = await lastEmailRecord();
    expect(record.details.taintFlow).toEqual([expect.stringMatching(/^body: \d+ of \d+ passages$/)]);
    expect(record.rules).toContain('taint:private-flow');
    expect(JSON.stringify(record)).not.toContain('Halvorsen');
  });

  it('does not fire on unrelated text', async () => {
    const host = await taintedSession('approver');
    host.answer = () => ({ action: 'decline' });
    await email(host, UNRELATED);
    expect((host.asked[0]!.params as { message: string }).message).toContain('no passage of the private text');
    const record = await lastEmailRecord();
    expect(record.details.taintFlow).toBeUndefined();
    expect(record.rules).not.toContain('taint:private-flow');
  });
});

describe('over the HTTP front door', () => {
  it('labels belong to one HTTP session: a second session of the same key starts clean', async () => {
    const door = await startFrontDoor(ws.configFile);
    try {
      const a = await connectHttp(door.url, HTTP_KEY);
      const b = await connectHttp(door.url, HTTP_KEY);
      try {
        await a.client.callTool({ name: 'filesystem__read_text_file', arguments: { path: join(privateRoot, 'customers/halvorsen.md') } });
        await a.client.callTool({ name: 'web__fetch_page', arguments: { variant: 'injected' } });
        const args = { to: 'archive@mailbox-backup.example', subject: 'notes', body: UNRELATED };
        expect(errorCode(await a.client.callTool({ name: 'web__send_email', arguments: args }))).toBe('TAINT_EGRESS_DENIED');
        expect((await b.client.callTool({ name: 'web__send_email', arguments: args })).isError).toBeFalsy();
      } finally {
        await a.close();
        await b.close();
      }
    } finally {
      await door.stop();
    }
  }, 60_000);
});

describe('explained by the CLI', () => {
  it.each([['agent list'], ['check']])('`%s` prints the classes and each agent\'s mode and tools', (command) => {
    const run = spawnSync(process.execPath, [BIN, ...command.split(' '), '--config', ws.configFile], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('egress    tools with net.egress, message.send, exec, fs.write');
    expect(run.stdout).toMatch(/^ {2}denier: deny: egress calls in a tainted session are refused \(TAINT_EGRESS_DENIED\)$/m);
    expect(run.stdout).toMatch(/^ {2}approver: approve: .*MCP elicitation, 2 s/m);
    expect(run.stdout).toMatch(/^ {2}untracked: off: no labels are tracked/m);
    expect(run.stdout).toMatch(/^ {4}egress through: web__send_email$/m);
    expect(run.stdout).toMatch(/^ {4}untrusted from: web__fetch_page, or any flagged result$/m);
  }, 60_000);
});
