import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { compileManifest, parseManifest } from '../../src/config/load-manifest.js';
import type { CompiledServer } from '../../src/config/types.js';
import { ServerConnection } from '../../src/downstream/server-connection.js';
import { REPO } from '../helpers/workspace.js';

export const FIXTURE = join(REPO, 'test/fixtures/https-mcp-server.mjs');

export interface FixtureOptions {
  cert?: string;
  key?: string;
  ca?: string;
  requestCert?: boolean;
  maxVersion?: string;
  signingKeys?: Record<string, string>;
  record?: boolean;
  requireHeader?: { name: string; value: string };
  relayEnv?: Record<string, string>;
  relayCwd?: string;
  legacySse?: boolean;
}

export interface Fixture {
  port: number;
  proc: ChildProcess;
  events: Array<Record<string, any>>;
  send(command: Record<string, unknown>): void;
  waitFor(predicate: (event: Record<string, any>) => boolean, timeoutMs?: number): Promise<Record<string, any>>;
  close(): Promise<void>;
}

/** Starts the HTTPS fixture server in its own process and waits until it listens. */
export async function startFixture(options: FixtureOptions, relay?: string[]): Promise<Fixture> {
  const proc = spawn(process.execPath, [FIXTURE, JSON.stringify(options), ...(relay ? ['--', ...relay] : [])], { stdio: ['pipe', 'pipe', 'inherit'] });
  const events: Array<Record<string, any>> = [];
  const waiters = new Set<() => void>();
  createInterface({ input: proc.stdout! }).on('line', (line) => {
    try {
      events.push(JSON.parse(line));
    } catch {
      return;
    }
    for (const wake of waiters) wake();
  });
  const waitFor = (predicate: (event: Record<string, any>) => boolean, timeoutMs = 10_000): Promise<Record<string, any>> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        const found = events.find(predicate);
        if (!found) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error('fixture event did not arrive'));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  const { port } = await waitFor((e) => e.event === 'listening');
  return {
    port,
    proc,
    events,
    waitFor,
    send: (command) => proc.stdin!.write(`${JSON.stringify(command)}\n`),
    close: async () => {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      const gone = new Promise((resolve) => proc.once('exit', resolve));
      proc.stdin!.end();
      const kill = setTimeout(() => proc.kill('SIGKILL'), 3000);
      await gone;
      clearTimeout(kill);
    },
  };
}

/** A manifest written to a temp dir and compiled exactly as the firewall loads it. */
export function compileHttpManifest(server: Record<string, unknown>, tools: Record<string, unknown> = {}, env: NodeJS.ProcessEnv = process.env): { server: CompiledServer; dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'mcp-fw-manifest-'));
  const file = join(dir, `${server.id as string}.json`);
  writeFileSync(file, JSON.stringify({ server: { transport: 'http', ...server }, tools }));
  const compiled = compileManifest(file, parseManifest(file), { clearanceLevels: ['public', 'internal'], maxResultBytes: 1_000_000, defaultTimeoutMs: 10_000, env });
  return { server: compiled, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Probe {
  connection: ServerConnection;
  faults: Array<{ event: string; details: Record<string, unknown> }>;
}

/** Starts a ServerConnection the way serve does and records its faults; the caller closes it. */
export async function connect(server: CompiledServer): Promise<Probe> {
  const faults: Probe['faults'] = [];
  const connection = new ServerConnection(server, 4_000_000, { toolsChanged: () => undefined, fault: (_id, event, details) => faults.push({ event, details }) });
  await connection.start();
  return { connection, faults };
}
