import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { runTaintDemo } from './demo-taint.js';

/**
 * `npm run demo`: a host's-eye walk-through of the firewall on the bundled example config.
 * It connects the real SDK client to `mcp-firewall serve`, as Claude Desktop would, and prints
 * what the host sees. The audit log goes to a temporary file so the summary shows this run only.
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/mcp-firewall.js');
const work = mkdtempSync(join(tmpdir(), 'mcp-firewall-demo-'));
const config = JSON.parse(readFileSync(join(root, 'mcp.config.example.json'), 'utf8'));
config.manifests = join(root, 'manifests');
config.audit = { file: join(work, 'demo.audit.ndjson') };
delete config.$schema;
const configFile = join(work, 'mcp.config.json');
writeFileSync(configFile, JSON.stringify(config, null, 2));

const out = (line = ''): boolean => process.stdout.write(`${line}\n`);
const step = (title: string): void => {
  out();
  out(`── ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}`);
};
const show = (result: Record<string, unknown>): void => {
  const content = (result.content as Array<{ type: string; text?: string }> | undefined) ?? [];
  out(`isError: ${result.isError === true}`);
  for (const item of content) out(item.type === 'text' ? indent(item.text ?? '') : `  [${item.type} content]`);
};
const indent = (text: string): string => text.split('\n').map((l) => `  │ ${l}`).join('\n');

async function main(): Promise<void> {
  out('mcp-firewall demo: a host connects to `mcp-firewall serve --config mcp.config.example.json` as agent "assistant" (clearance internal).');
  const transport = new StdioClientTransport({ command: process.execPath, args: [bin, 'serve', '--config', configFile, '--agent', 'assistant'], stderr: 'pipe' });
  transport.stderr?.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    if (text.startsWith('mcp-firewall ready')) out(`firewall (stderr): ${text.trim()}`);
  });
  const client = new Client({ name: 'demo-host', version: '1.0.0' });
  await client.connect(transport);
  try {
    step('1. tools/list: only approved tools this agent may call');
    const { tools } = await client.listTools();
    for (const tool of tools) out(`  ${tool.name}`);
    out(`(${tools.length} tools; the servers offer more, but unapproved or out-of-clearance tools are invisible)`);

    step('2. an allowed call: everything__echo');
    show(await client.callTool({ name: 'everything__echo', arguments: { message: 'Hello through the firewall' } }));

    step('3. a clearance denial: everything__get-env needs clearance "secret"');
    show(await client.callTool({ name: 'everything__get-env', arguments: {} }));

    step('4. a capability denial: memory__create_entities needs "memory.write"');
    show(await client.callTool({ name: 'memory__create_entities', arguments: { entities: [] } }));

    step('5. an argument rejection: an unknown key, then a path outside the allowed folder');
    show(await client.callTool({ name: 'everything__echo', arguments: { message: 'hi', sudo: true } }));
    show(await client.callTool({ name: 'filesystem__read_text_file', arguments: { path: '../../.ssh/id_rsa' } }));

    step('6. a file read that passes: wrapped as untrusted data');
    show(await client.callTool({ name: 'filesystem__read_text_file', arguments: { path: 'notes/meeting.md' } }));

    step('7. an injected result caught: an email carrying hidden instructions');
    show(await client.callTool({ name: 'filesystem__read_text_file', arguments: { path: 'inbox/supplier-email.txt' } }));

    step('8. resources: only approved ones exist; a read is wrapped like a tool result');
    const { resources } = await client.listResources();
    for (const resource of resources) out(`  ${resource.uri}`);
    const read = await client.readResource({ uri: 'everything+demo://resource/dynamic/text/42' });
    for (const content of read.contents) out(`${content.uri}\n${indent('text' in content ? String(content.text) : '[blob]')}`);
    await client.readResource({ uri: 'everything+demo://resource/static/document/startup.md' }).catch((err: Error) => out(`unapproved document: ${err.message}`));

    step('9. prompts: an approved prompt through the firewall, its text wrapped');
    out(`  ${(await client.listPrompts()).prompts.map((p) => p.name).join(', ')}`);
    const prompt = await client.getPrompt({ name: 'everything__args-prompt', arguments: { city: 'Lisbon' } });
    for (const message of prompt.messages) out(`${message.role}:\n${indent(message.content.type === 'text' ? message.content.text : `[${message.content.type}]`)}`);
  } finally {
    await client.close();
  }

  step('10. the audit log: summary and chain verification');
  out(execFileSync(process.execPath, [bin, 'audit', 'summary', config.audit.file], { encoding: 'utf8' }).trimEnd());
  out(execFileSync(process.execPath, [bin, 'audit', 'verify', config.audit.file], { encoding: 'utf8' }).trimEnd());

  await runTaintDemo(root, work, bin, { out, step, show });
}

main()
  .catch((err: unknown) => {
    process.stderr.write(`demo failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  })
  .finally(() => rmSync(work, { recursive: true, force: true }));
