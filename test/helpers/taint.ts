import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { ElicitRequestSchema, type ElicitRequest, type ElicitResult } from '@modelcontextprotocol/sdk/types.js';
import { definitionHash, fieldHashes } from '../../src/policy/pin.js';
import { BIN } from './host.js';
import { liveTools, REPO, type Workspace } from './workspace.js';

export const TAINT_SERVER = join(REPO, 'test/fixtures/taint-server.mjs');

type Json = Record<string, any>;

/** A manifest for the taint fixture, pinned to its live definitions, approving `approve` as `public`. */
export async function taintManifest(approve: Record<string, Json>, env: Record<string, string> = {}, id = 'web'): Promise<Json> {
  const tools = await liveTools(process.execPath, [TAINT_SERVER], env);
  const entries = Object.entries(approve).map(([name, policy]) => {
    const live = tools.find((t) => t.name === name);
    if (!live) throw new Error(`fixture has no tool ${name}`);
    return [name, { clearance: 'public', capabilities: [], arguments: { ...live.inputSchema }, sha256: definitionHash(live), pins: fieldHashes(live), ...policy }];
  });
  return { server: { id, transport: 'stdio', command: 'node', args: [TAINT_SERVER], env }, tools: Object.fromEntries(entries) };
}

/**
 * The filesystem manifest serving `root` (a private folder), with read_text_file marked only
 * `fs.read`: reading a file is then private, not untrusted.
 */
export function privateFilesManifest(ws: Workspace, root: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  ws.copyManifest('filesystem', (manifest) => {
    manifest.server.args[1] = root;
    // The instructions name the served folder; this copy serves another one.
    delete manifest.server.pins;
    for (const tool of Object.values(manifest.tools as Record<string, Json>)) {
      const path = tool.arguments?.properties?.path;
      if (path?.['x-path-within']) path['x-path-within'] = [root];
    }
    manifest.tools.read_text_file.capabilities = ['fs.read'];
  });
}

export type Answer = (request: ElicitRequest) => Promise<ElicitResult> | ElicitResult;

/** A host that declares elicitation (or not) and answers approvals with `answer`. */
export interface ApprovingHost {
  client: Client;
  asked: ElicitRequest[];
  answer: Answer;
  close(): Promise<void>;
}

export async function connectApprovingHost(configFile: string, agent: string, options: { elicitation: boolean }): Promise<ApprovingHost> {
  const transport = new StdioClientTransport({ command: process.execPath, args: [BIN, 'serve', '--config', configFile, '--agent', agent], stderr: 'pipe', env: { PATH: process.env.PATH ?? '' } });
  const client = new Client({ name: 'approving-host', version: '1.0.0' }, { capabilities: options.elicitation ? { elicitation: {} } : {} });
  const host: ApprovingHost = {
    client,
    asked: [],
    answer: () => ({ action: 'decline' }),
    close: () => client.close(),
  };
  if (options.elicitation) {
    client.setRequestHandler(ElicitRequestSchema, async (request) => {
      host.asked.push(request);
      return host.answer(request);
    });
  }
  await client.connect(transport);
  return host;
}

/** Closes the hosts a test opened after each test, and the workspace and `dirs` after the file. */
export function cleanUpAfterTests(hosts: Array<{ close(): Promise<void> }>, ws: Workspace, ...dirs: string[]): void {
  afterEach(async () => {
    await Promise.all(hosts.splice(0).map((h) => h.close()));
  });
  afterAll(() => {
    ws.cleanup();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
}
