import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LoadError } from '../errors.js';

/**
 * Finds the audit file for `mcp-firewall audit …` when none is given: the config's
 * `audit.file`, relative to the config's directory. A stand-in that reads only that key,
 * until the real config loader is wired in.
 */
export function resolveAuditFile(options: { file?: string; config?: string; cwd?: string }): string {
  const cwd = options.cwd ?? process.cwd();
  if (options.file !== undefined) return resolve(cwd, options.file);
  const configFile = options.config !== undefined ? resolve(cwd, options.config) : defaultConfigFile(cwd);
  let config: unknown;
  try {
    config = JSON.parse(readFileSync(configFile, 'utf8'));
  } catch (err) {
    const problem = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : 'the file is not readable JSON';
    throw new LoadError(configFile, '', problem, 'pass --config FILE, or name the audit log: audit verify FILE');
  }
  const audit = (config as { audit?: { file?: unknown } } | null)?.audit;
  if (typeof audit?.file !== 'string' || audit.file.length === 0) {
    throw new LoadError(configFile, 'audit.file', 'missing or not a string', 'set audit.file to the audit log path, or pass FILE');
  }
  return resolve(dirname(configFile), audit.file);
}

/** `mcp.config.json` when present, else the shipped example, both in the working directory. */
export function defaultConfigFile(cwd: string): string {
  const main = resolve(cwd, 'mcp.config.json');
  return existsSync(main) ? main : resolve(cwd, 'mcp.config.example.json');
}
