import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startFrontDoor, type FrontDoorProcess } from '../../test/helpers/front-door.js';
import { REPO } from './suite.js';

/** What the suite runs against: a URL, and how to stop what serves it. */
export interface Target {
  url: string;
  stop(): Promise<void>;
}

export const FIXTURE = join(REPO, 'test/fixtures/conformance-server.mjs');
const BIN = join(REPO, 'bin/mcp-firewall.js');
/**
 * The fixture's server id behind the firewall: its tools and prompts are exposed as
 * `conformance__<name>`, its resource URIs and templates as `conformance+<uri>`.
 */
export const SERVER_ID = 'conformance';

/** The fixture server on its own, over Streamable HTTP on a free loopback port. */
export async function startFixture(): Promise<Target> {
  const child = spawn(process.execPath, [FIXTURE, '--http', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the conformance fixture did not start within 20 s')), 20_000);
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the conformance fixture exited with ${code}`));
    });
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface FirewallTarget extends Target {
  key: string;
  dir: string;
  frontDoor: FrontDoorProcess;
}

/**
 * The firewall's HTTP front door with the fixture as a stdio downstream, set up the way an
 * admin would with the CLI: `init`, `manifest init` (pins every tool, prompt, resource and
 * template), `manifest approve` (all of them, public, no capabilities), `agent key add`; plus
 * two edits an admin makes by hand, as the README documents them (no CLI writes them): the
 * manifest's `clientRequests` (the fixture's tools ask the host for sampling and elicitation)
 * and the front door's Origin allowlist for its own loopback address (the DNS rebinding
 * scenario sends it). `clientRequests: false` leaves the manifest as the CLI wrote it.
 */
export async function startFirewall(options: { clientRequests?: boolean } = {}): Promise<FirewallTarget> {
  const dir = mkdtempSync(join(tmpdir(), 'mcp-fw-conformance-'));
  const config = join(dir, 'mcp.config.json');
  try {
    cli('init', dir);
    cli('manifest', 'init', SERVER_ID, '--config', config, '--', 'node', FIXTURE);
    cli('manifest', 'approve', SERVER_ID, '--clearance', 'public', '--no-caps', '--config', config);
    if (options.clientRequests ?? true) allowClientRequests(join(dir, 'manifests', `${SERVER_ID}.json`));
    const key = cli('agent', 'key', 'add', 'assistant', '--expires', '1d', '--description', 'conformance suite', '--config', config).trim();
    for (let attempt = 1; ; attempt += 1) {
      const port = await freePort();
      const doc = JSON.parse(readFileSync(config, 'utf8'));
      doc.http = { ...doc.http, allowedOrigins: [`http://127.0.0.1:${port}`] };
      writeFileSync(config, JSON.stringify(doc, null, 2));
      try {
        // Generous: a loaded machine starts slowly, and the suite's results do not depend on it.
        const frontDoor = await startFrontDoor(config, `127.0.0.1:${port}`, {}, 90_000);
        return {
          url: frontDoor.url.href,
          key,
          dir,
          frontDoor,
          stop: async () => {
            await frontDoor.stop();
            rmSync(dir, { recursive: true, force: true });
          },
        };
      } catch (err) {
        // Another process may take the port between choosing and binding it.
        if (attempt >= 3 || !String(err).includes('EADDRINUSE')) throw err;
      }
    }
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

/** The fixture's sampling tool asks for 100 tokens; 1024 leaves it uncapped, as a modest admin limit would. */
function allowClientRequests(manifest: string): void {
  const doc = JSON.parse(readFileSync(manifest, 'utf8'));
  doc.clientRequests = { sampling: { maxTokens: 1024 }, elicitation: true };
  writeFileSync(manifest, JSON.stringify(doc, null, 2));
}

function cli(...args: string[]): string {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  if (run.status !== 0) throw new Error(`mcp-firewall ${args.join(' ')} failed (exit ${run.status}):\n${run.stdout}${run.stderr}`);
  return run.stdout;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
