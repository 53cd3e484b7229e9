import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { definitionHash, fieldHashes } from '../../src/policy/pin.js';

export const REPO = resolve(import.meta.dirname, '../..');
export const REPO_MANIFESTS = join(REPO, 'manifests');
export const HOSTILE_SERVER = join(REPO, 'test/fixtures/hostile-server.mjs');

type Json = Record<string, any>;

/** A throwaway config + manifests directory, so tests never touch the repo's audit log or memory file. */
export class Workspace {
  readonly dir = mkdtempSync(join(tmpdir(), 'mcp-fw-test-'));
  readonly manifests = join(this.dir, 'manifests');
  readonly configFile = join(this.dir, 'mcp.config.json');
  readonly auditFile = join(this.dir, 'audit.ndjson');

  constructor() {
    mkdirSync(this.manifests);
  }

  /** The example config, pointed at this workspace. */
  writeConfig(overrides: Json = {}): string {
    const config = JSON.parse(readFileSync(join(REPO, 'mcp.config.example.json'), 'utf8'));
    delete config.$schema;
    Object.assign(config, { manifests: 'manifests', audit: { file: this.auditFile } }, overrides);
    writeFileSync(this.configFile, JSON.stringify(config, null, 2));
    return this.configFile;
  }

  /** Copies a repo manifest, making its relative paths absolute so it works from here. */
  copyManifest(id: string, edit: (manifest: Json) => void = () => undefined): Json {
    const manifest = JSON.parse(readFileSync(join(REPO_MANIFESTS, `${id}.json`), 'utf8'));
    delete manifest.$schema;
    const abs = (p: string): string => (isAbsolute(p) ? p : resolve(REPO_MANIFESTS, p));
    manifest.server.args = manifest.server.args.map((a: string) => (a.startsWith('../') ? abs(a) : a.replaceAll('${manifestDir}', REPO_MANIFESTS)));
    manifest.server.cwd = REPO_MANIFESTS;
    for (const [name, value] of Object.entries(manifest.server.env as Record<string, string>)) {
      manifest.server.env[name] = value.replaceAll('${manifestDir}', REPO_MANIFESTS);
    }
    walk(manifest.tools, (node) => {
      if (Array.isArray(node['x-path-within'])) node['x-path-within'] = node['x-path-within'].map(abs);
    });
    edit(manifest);
    this.writeManifest(manifest);
    return manifest;
  }

  writeManifest(manifest: Json): void {
    writeFileSync(join(this.manifests, `${manifest.server.id}.json`), JSON.stringify(manifest, null, 2));
  }

  auditRecords(): Json[] {
    try {
      return readFileSync(this.auditFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    } catch {
      return [];
    }
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function walk(node: unknown, visit: (node: Json) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node && typeof node === 'object') {
    visit(node as Json);
    Object.values(node).forEach((n) => walk(n, visit));
  }
}

/** Lists a server's live tools the way the firewall sees them (no client capabilities). */
export async function liveTools(command: string, args: string[], env: Record<string, string> = {}): Promise<Json[]> {
  const client = new Client({ name: 'pin-probe', version: '1' }, { capabilities: {} });
  await client.connect(new StdioClientTransport({ command, args, env, stderr: 'ignore' }));
  try {
    return (await client.listTools()).tools as Json[];
  } finally {
    await client.close();
  }
}

/**
 * A manifest for the hostile fixture, pinned (whole definition and per field) to its live
 * definitions under `env`, approving `approve`, with server id `id`.
 */
export async function hostileManifest(approve: Record<string, Json>, env: Record<string, string> = {}, id = 'hostile'): Promise<Json> {
  const tools = await liveTools(process.execPath, [HOSTILE_SERVER], env);
  const entries = Object.entries(approve).map(([name, policy]) => {
    const live = tools.find((t) => t.name === name);
    if (!live) throw new Error(`fixture has no tool ${name}`);
    return [name, { clearance: 'public', capabilities: [], arguments: { ...live.inputSchema }, sha256: definitionHash(live), pins: fieldHashes(live), ...policy }];
  });
  return {
    server: { id, transport: 'stdio', command: 'node', args: [HOSTILE_SERVER], env },
    tools: Object.fromEntries(entries),
  };
}
