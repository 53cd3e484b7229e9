import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AuditKeyError, resolveAuditKey, type AuditKey } from '../audit/audit-key.js';
import { LoadError } from '../errors.js';

/**
 * Finds the audit file for `mcp-firewall audit …` when none is given: the config's
 * `audit.file`, relative to the config's directory. A stand-in that reads only that key,
 * until the real config loader is wired in.
 */
export function resolveAuditFile(options: { file?: string; config?: string; cwd?: string }): string {
  const cwd = options.cwd ?? process.cwd();
  if (options.file !== undefined) return resolve(cwd, options.file);
  return readAuditSection(options.config !== undefined ? resolve(cwd, options.config) : defaultConfigFile(cwd)).file;
}

/**
 * The audit file and key for `audit verify`: `--key REF` wins; otherwise the config's
 * `audit.key` when the config is what names the log (no FILE) or is given with --config.
 */
export function resolveAuditTarget(options: { file?: string; config?: string; key?: string; cwd?: string; env?: NodeJS.ProcessEnv }): { file: string; key?: AuditKey } {
  const cwd = options.cwd ?? process.cwd();
  const file = resolveAuditFile(options);
  if (options.key !== undefined) return { file, key: keyOrUsage(options.key, cwd, options.env, '--key') };
  if (options.file !== undefined && options.config === undefined) return { file };
  const configFile = options.config !== undefined ? resolve(cwd, options.config) : defaultConfigFile(cwd);
  const reference = readAuditSection(configFile).key;
  if (reference === undefined) return { file };
  return { file, key: keyOrUsage(reference, dirname(configFile), options.env, `${configFile}: audit.key`) };
}

function keyOrUsage(reference: string, baseDir: string, env: NodeJS.ProcessEnv | undefined, where: string): AuditKey {
  try {
    return resolveAuditKey(reference, baseDir, env);
  } catch (err) {
    if (err instanceof AuditKeyError) throw new LoadError(where, '', err.message, err.fix);
    throw err;
  }
}

function readAuditSection(configFile: string): { file: string; key?: string } {
  let config: unknown;
  try {
    config = JSON.parse(readFileSync(configFile, 'utf8'));
  } catch (err) {
    const problem = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : 'the file is not readable JSON';
    throw new LoadError(configFile, '', problem, 'pass --config FILE, or name the audit log: audit verify FILE');
  }
  const audit = (config as { audit?: { file?: unknown; key?: unknown } } | null)?.audit;
  if (typeof audit?.file !== 'string' || audit.file.length === 0) {
    throw new LoadError(configFile, 'audit.file', 'missing or not a string', 'set audit.file to the audit log path, or pass FILE');
  }
  if (audit.key !== undefined && typeof audit.key !== 'string') throw new LoadError(configFile, 'audit.key', 'not a string', 'write "file:PATH" or "env:NAME"');
  return { file: resolve(dirname(configFile), audit.file), ...(typeof audit.key === 'string' ? { key: audit.key } : {}) };
}

/** `mcp.config.json` when present, else the shipped example, both in the working directory. */
export function defaultConfigFile(cwd: string): string {
  const main = resolve(cwd, 'mcp.config.json');
  return existsSync(main) ? main : resolve(cwd, 'mcp.config.example.json');
}
