// The two remote-server rows: the firewall in front of bench/http-echo-server.ts over HTTPS
// (TLS 1.3, a CA and key pin made for the run, HMAC request signing) and over plain loopback
// HTTP. Each gets its own config and manifest, so the stdio rows are untouched.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { definitionHash } from '../src/policy/pin.js';
import { TestPki } from '../test/https/pki.js';
import { REPO } from './firewall-setup.js';
import { ECHO_TOOL } from './http-echo-server.js';

export interface RemoteSetup {
  configs: { https: string; http: string };
  servers: ChildProcess[];
  pki: TestPki;
}

const SIGNING_SECRET = 'bench-signing-key-0123456789abcdef0123456789';

async function startServer(options: Record<string, unknown>, servers: ChildProcess[]): Promise<number> {
  const proc = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'bench', 'http-echo-server.ts'), JSON.stringify(options)], { cwd: REPO, stdio: ['pipe', 'pipe', 'inherit'] });
  servers.push(proc);
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: proc.stdout! }).once('line', resolve);
    proc.once('exit', () => reject(new Error('the bench echo server exited')));
  });
  return (JSON.parse(line) as { port: number }).port;
}

function writeConfig(dir: string, server: Record<string, unknown>): string {
  mkdirSync(join(dir, 'manifests'), { recursive: true });
  const tool = { clearance: 'public', capabilities: [], sha256: definitionHash(ECHO_TOOL), arguments: ECHO_TOOL.inputSchema };
  writeFileSync(join(dir, 'manifests', 'remote.json'), JSON.stringify({ server: { id: 'remote', transport: 'http', ...server }, tools: { echo: tool } }, null, 2));
  const config = {
    manifests: 'manifests',
    clearanceLevels: ['public', 'internal'],
    agents: { assistant: { clearance: 'internal', capabilities: [] } },
    stdioAgent: 'assistant',
    audit: { file: join(dir, 'bench.audit.ndjson') },
  };
  const file = join(dir, 'mcp.config.json');
  writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

export async function prepareRemote(tempDir: string): Promise<RemoteSetup> {
  const pki = new TestPki();
  const servers: ChildProcess[] = [];
  const cert = pki.leaf('bench-server', { keyType: 'ec' });
  const httpsPort = await startServer({ cert: cert.cert, key: cert.key, signingKeys: { current: SIGNING_SECRET } }, servers);
  const httpPort = await startServer({}, servers);
  writeFileSync(join(tempDir, 'signing.key'), SIGNING_SECRET);
  return {
    pki,
    servers,
    configs: {
      https: writeConfig(join(tempDir, 'remote-https'), {
        url: `https://localhost:${httpsPort}/mcp`,
        tls: { ca: `file:${pki.ca().cert}`, pins: [pki.pin(cert.cert)] },
        signing: { keys: [{ id: 'current', secret: `file:${join(tempDir, 'signing.key')}` }] },
      }),
      http: writeConfig(join(tempDir, 'remote-http'), { url: `http://127.0.0.1:${httpPort}/mcp`, allowInsecureLoopback: true }),
    },
  };
}

export function stopRemote(setup: RemoteSetup | undefined): void {
  if (!setup) return;
  for (const proc of setup.servers) {
    proc.stdin?.end();
    proc.kill();
  }
  setup.pki.cleanup();
}
