import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, type Workspace } from './workspace.js';

export const BIN = join(REPO, 'bin/mcp-firewall.js');

export interface Host {
  client: Client;
  transport: StdioClientTransport;
  stderr(): string;
  pid: number;
  close(): Promise<void>;
}

/** Connects the real SDK client to `mcp-firewall serve`, exactly as a host would. */
export async function connectHost(configFile: string, agent?: string, env: Record<string, string> = {}): Promise<Host> {
  const args = [BIN, 'serve', '--config', configFile, ...(agent ? ['--agent', agent] : [])];
  const transport = new StdioClientTransport({ command: process.execPath, args, stderr: 'pipe', env: { PATH: process.env.PATH ?? '', ...env } });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const client = new Client({ name: 'test-host', version: '1.0.0' });
  await client.connect(transport);
  return {
    client,
    transport,
    stderr: () => stderr,
    pid: transport.pid!,
    close: () => client.close(),
  };
}

/**
 * Writes the workspace config with a single public `tester` agent (holding `content.untrusted`),
 * connects a host as that agent, and records the methods of the notifications it receives.
 */
export async function connectTester(ws: Workspace): Promise<{ host: Host; notifications: string[] }> {
  ws.writeConfig({ agents: { tester: { clearance: 'public', capabilities: ['content.untrusted'] } }, stdioAgent: 'tester' });
  const host = await connectHost(ws.configFile);
  const notifications: string[] = [];
  host.client.fallbackNotificationHandler = async (n) => {
    notifications.push(n.method);
  };
  return { host, notifications };
}

/** The text of a tool result's content items. */
export function texts(result: unknown): string[] {
  const content = (result as { content?: Array<{ type: string; text?: string }> }).content ?? [];
  return content.filter((c) => c.type === 'text').map((c) => c.text ?? '');
}

export function errorCode(result: unknown): string | undefined {
  const meta = (result as { _meta?: Record<string, { code?: string }> })._meta;
  return meta?.['io.github.mcp-firewall/error']?.code;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Running, not merely a zombie waiting to be reaped (a container's init may never reap one). */
export function isRunning(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

export async function waitFor(predicate: () => boolean, timeoutMs = 5000): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (predicate()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return predicate();
}
