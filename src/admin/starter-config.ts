import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A starter deployment: a config that loads and serves as it is (one stdio agent, no tool
 * servers yet) and an empty manifests directory. It needs nothing but the firewall itself, so
 * it works in a production install where the example tool servers are not present.
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
    $schema: relative(dir, CONFIG_SCHEMA),
    manifests: 'manifests',
    clearanceLevels: ['public', 'internal', 'confidential', 'secret'],
    agents: {
      [STARTER_AGENT]: {
        description: 'The agent a local host (stdio) runs as. Grant it capabilities as you approve tools.',
        clearance: 'internal',
        capabilities: [],
      },
    },
    stdioAgent: STARTER_AGENT,
    audit: { file: 'audit/mcp-firewall.audit.ndjson' },
  };
}

export class StarterExistsError extends Error {
  override readonly name = 'StarterExistsError';
  constructor(readonly file: string) {
    super(`${file} exists`);
  }
}

/**
 * Writes `dir/mcp.config.json` and `dir/manifests/`. Never overwrites a config (the `wx` flag
 * also catches one written meanwhile); an existing manifests directory is kept as it is.
 */
export function writeStarter(dirArg: string): Starter {
  const dir = resolve(dirArg);
  const configFile = join(dir, CONFIG_FILE_NAME);
  const manifestsDir = join(dir, 'manifests');
  if (existsSync(configFile)) throw new StarterExistsError(configFile);
  mkdirSync(manifestsDir, { recursive: true });
  try {
    writeFileSync(configFile, `${JSON.stringify(starterConfig(dir), null, 2)}\n`, { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new StarterExistsError(configFile);
    throw err;
  }
  return { configFile, manifestsDir };
}
