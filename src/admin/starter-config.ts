import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { configSchema } from '../config/config-schema.js';
import { LoadError } from '../errors.js';
import { writeFileAtomic } from './write-atomic.js';

/**
 * A starter config: four clearance levels, one agent with no capabilities that stdio sessions
 * run as, an empty manifests directory and an audit log beside it. Nothing is reachable until
 * an owner approves a manifest and the admin grants what its tools need: a new install fails
 * closed.
 */
export function starterConfig(): Record<string, unknown> {
  return {
    manifests: 'manifests',
    clearanceLevels: ['public', 'internal', 'confidential', 'secret'],
    agents: {
      assistant: { description: 'The agent stdio sessions run as. Grant it what approved tools need.', clearance: 'public', capabilities: [] },
    },
    stdioAgent: 'assistant',
    delimiter: 'xml',
    scan: { enabled: true, redactSecrets: true, scanDescriptions: true },
    audit: { file: 'audit/mcp-firewall.audit.ndjson' },
    limits: { maxMessageBytes: 8388608, maxResultBytes: 1048576, defaultTimeoutMs: 60000, maxConcurrentCalls: 32 },
    logLevel: 'info',
  };
}

/** Writes `<dir>/mcp.config.json` and `<dir>/manifests/`; refuses to overwrite without `force`. */
export function createStarterConfig(dir: string, options: { force?: boolean; file?: string } = {}): { configFile: string; manifestsDir: string } {
  const configFile = resolve(dir, options.file ?? 'mcp.config.json');
  const doc = starterConfig();
  // The starter must be a config serve accepts; a schema change that breaks it fails here, not at a user.
  const parsed = configSchema.safeParse(doc);
  if (!parsed.success) throw new Error(`the starter config does not match the schema: ${parsed.error.message}`);
  if (existsSync(configFile) && !options.force) {
    throw new LoadError(configFile, '$', 'the config already exists', 'edit it with `mcp-firewall config set` / `mcp-firewall agent …`, or pass --force to replace it');
  }
  const manifestsDir = join(resolve(dir), 'manifests');
  mkdirSync(manifestsDir, { recursive: true });
  writeFileAtomic(configFile, `${JSON.stringify(doc, null, 2)}\n`);
  return { configFile, manifestsDir };
}
