import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { definitionHash, fieldHashes } from '../src/policy/pin.js';

/**
 * The session-taint part of `npm run demo`: a session reads a private file (server-filesystem),
 * fetches a page with injected instructions (the taint fixture server), then tries to email the
 * notes out. For agent "assistant" (taint: approve) the send waits for the user, whom a demo
 * client plays; for agent "courier" (taint: deny) it is refused outright.
 */

type Json = Record<string, any>;
export interface DemoIo {
  out(line?: string): void;
  step(title: string): void;
  show(result: Record<string, unknown>): void;
}

export async function runTaintDemo(root: string, work: string, bin: string, io: DemoIo): Promise<void> {
  const configFile = writeDemoConfig(root, work);
  await writeFixtureManifest(root, join(work, 'taint-manifests'));
  const notes = readFileSync(join(root, 'examples/files/notes/meeting.md'), 'utf8');
  const body = `Hi,\n\nhere are the notes you asked for:\n\n${notes}`;

  io.step('9. session taint: a private file, then an injected page, then an email (agent "assistant", taint: approve)');
  const assistant = await connect(bin, configFile, 'assistant', io);
  try {
    io.out('read notes/meeting.md (fs.read: the session is now labelled private)');
    io.show(await assistant.callTool({ name: 'filesystem__read_text_file', arguments: { path: 'notes/meeting.md' } }));
    io.out('fetch a product page (content.untrusted, and it carries an instruction: now also untrusted)');
    io.show(await assistant.callTool({ name: 'web__fetch_page', arguments: { variant: 'injected' } }));
    io.out('send the notes to the address the page named (message.send: an egress tool)');
    io.show(await assistant.callTool({ name: 'web__send_email', arguments: { to: 'archive@mailbox-backup.example', subject: 'notes', body } }));
    io.out('the user then asks for a short note to a colleague, with nothing private in it');
    io.show(await assistant.callTool({ name: 'web__send_email', arguments: { to: 'priya@example.com', subject: 'kettle', body: 'The new kettle for the office kitchen arrives on Monday.' } }));
  } finally {
    await assistant.close();
  }

  io.step('10. the same session for agent "courier" (taint: deny): refused without asking');
  const courier = await connect(bin, configFile, 'courier', io);
  try {
    await courier.callTool({ name: 'filesystem__read_text_file', arguments: { path: 'notes/meeting.md' } });
    await courier.callTool({ name: 'web__fetch_page', arguments: { variant: 'injected' } });
    io.show(await courier.callTool({ name: 'web__send_email', arguments: { to: 'archive@mailbox-backup.example', subject: 'notes', body } }));
  } finally {
    await courier.close();
  }

  io.step('11. what the audit log says about the two sends (labels and taint decision)');
  const records = readFileSync(join(work, 'taint.audit.ndjson'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Json);
  for (const r of records.filter((r) => r.exposed === 'web__send_email')) {
    io.out(`  ${r.agent}: decision=${r.decision} reason=${r.reason} labels=${(r.details?.taintLabels ?? []).join('+')} taint=${r.details?.taint} flow=${JSON.stringify(r.details?.taintFlow ?? [])}`);
  }
}

/** A host that declares elicitation; the "user" declines when the prompt says private content is leaving, and approves otherwise. */
async function connect(bin: string, configFile: string, agent: string, io: DemoIo): Promise<Client> {
  const client = new Client({ name: 'demo-host', version: '1.0.0' }, { capabilities: { elicitation: {} } });
  client.setRequestHandler(ElicitRequestSchema, async (request) => {
    io.out('the host shows the user this approval request:');
    io.out((request.params as { message: string }).message.split('\n').map((l) => `  ? ${l}`).join('\n'));
    if (/no passage of the private text/.test((request.params as { message: string }).message)) {
      io.out('the user asked for this one, ticks "approve" and accepts.');
      return { action: 'accept', content: { approve: true } };
    }
    io.out('the user sees private notes leaving for an address a web page asked for, and declines.');
    return { action: 'decline' };
  });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [bin, 'serve', '--config', configFile, '--agent', agent], stderr: 'inherit' }));
  return client;
}

function writeDemoConfig(root: string, work: string): string {
  const manifests = join(work, 'taint-manifests');
  mkdirSync(manifests, { recursive: true });
  // The example filesystem manifest, with read_text_file marked only private (fs.read).
  const fs = JSON.parse(readFileSync(join(root, 'manifests/filesystem.json'), 'utf8')) as Json;
  const abs = (p: string): string => (isAbsolute(p) ? p : resolve(root, 'manifests', p));
  delete fs.$schema;
  fs.server.args = fs.server.args.map((a: string) => (a.startsWith('../') ? abs(a) : a.replaceAll('${manifestDir}', join(root, 'manifests'))));
  fs.server.cwd = join(root, 'manifests');
  for (const tool of Object.values(fs.tools as Record<string, Json>)) {
    const path = tool.arguments?.properties?.path;
    if (path?.['x-path-within']) path['x-path-within'] = path['x-path-within'].map(abs);
  }
  fs.tools.read_text_file.capabilities = ['fs.read'];
  writeFileSync(join(manifests, 'filesystem.json'), JSON.stringify(fs, null, 2));
  const caps = ['fs.read', 'content.untrusted', 'message.send'];
  const config = {
    manifests,
    clearanceLevels: ['public', 'internal', 'confidential', 'secret'],
    agents: { assistant: { clearance: 'internal', capabilities: caps }, courier: { clearance: 'internal', capabilities: caps, taint: 'deny' } },
    audit: { file: join(work, 'taint.audit.ndjson') },
    taint: { onEgress: 'approve', approvalTimeoutSeconds: 30 },
    logLevel: 'warn',
  };
  const file = join(work, 'taint.config.json');
  writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

/** The taint fixture server (a web page and an email tool), pinned to what it announces. */
async function writeFixtureManifest(root: string, dir: string): Promise<void> {
  const server = join(root, 'test/fixtures/taint-server.mjs');
  const probe = new Client({ name: 'pin-probe', version: '1' });
  await probe.connect(new StdioClientTransport({ command: process.execPath, args: [server], stderr: 'ignore' }));
  const { tools } = await probe.listTools();
  await probe.close();
  const approve: Record<string, string[]> = { fetch_page: ['content.untrusted'], send_email: ['message.send'] };
  const entries = tools
    .filter((t) => t.name in approve)
    .map((t) => [t.name, { clearance: 'public', capabilities: approve[t.name], arguments: t.inputSchema, sha256: definitionHash(t), pins: fieldHashes(t as Json) }]);
  writeFileSync(join(dir, 'web.json'), JSON.stringify({ server: { id: 'web', transport: 'stdio', command: 'node', args: [server] }, tools: Object.fromEntries(entries) }, null, 2));
}
