import { existsSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configSchema } from '../config/config-schema.js';
import { writeFileAtomic } from './write-atomic.js';

/**
 * A starter deployment: four clearance levels, one agent with no capabilities that stdio
 * sessions run as, an empty manifests directory and an audit log beside it. It loads and serves
 * as it is, needs nothing but the firewall itself (so it works in a production install without
 * the example tool servers), and reaches nothing until an owner approves a manifest and the
 * admin grants what its tools need: a new install fails closed.
 */

export const CONFIG_FILE_NAME = 'mcp.config.json';
export const STARTER_AGENT = 'assistant';

// The published schema next to this package (dist/admin or src/admin → ../../schemas).
const CONFIG_SCHEMA = fileURLToPath(new URL('../../schemas/config.schema.json', import.meta.url));

export interface Starter {
  configFile: string;
  manifestsDir: string;
}

/** The starter config document; `$schema` points at the installed schema, relative to `dir`. */
export function starterConfig(dir: string): Record<string, unknown> {
  return {
    $schema: relative(resolve(dir), CONFIG_SCHEMA),
    manifests: 'manifests',
    clearanceLevels: ['public', 'internal', 'confidential', 'secret'],
    agents: {
      [STARTER_AGENT]: { description: 'The agent stdio sessions run as. Grant it what approved tools need.', clearance: 'public', capabilities: [] },
    },
    stdioAgent: STARTER_AGENT,
    delimiter: 'xml',
    scan: { enabled: true, redactSecrets: true, scanDescriptions: true },
    audit: { file: 'audit/mcp-firewall.audit.ndjson' },
    limits: { maxMessageBytes: 8388608, maxResultBytes: 1048576, defaultTimeoutMs: 60000, maxConcurrentCalls: 32 },
    logLevel: 'info',
  };
}

/** The config exists and `force` was not given: nothing was written. */
export class StarterExistsError extends Error {
  override readonly name = 'StarterExistsError';
  constructor(readonly file: string) {
    super(`${file} exists`);
  }
}

/**
 * Writes `<dir>/mcp.config.json` (atomically) and `<dir>/manifests/`; an existing manifests
 * directory is kept as it is. Refuses to replace a config unless `force` is given.
 */
export function createStarterConfig(dirArg: string, options: { force?: boolean } = {}): Starter {
  const dir = resolve(dirArg);
  const configFile = join(dir, CONFIG_FILE_NAME);
  const doc = starterConfig(dir);
  // The starter must be a config serve accepts; a schema change that breaks it fails here, not at a user.
  const parsed = configSchema.safeParse(doc);
  if (!parsed.success) throw new Error(`the starter config does not match the schema: ${parsed.error.message}`);
  if (existsSync(configFile) && !options.force) throw new StarterExistsError(configFile);
  const manifestsDir = join(dir, 'manifests');
  mkdirSync(manifestsDir, { recursive: true });
  writeFileAtomic(configFile, `${JSON.stringify(doc, null, 2)}\n`);
  return { configFile, manifestsDir };
}
