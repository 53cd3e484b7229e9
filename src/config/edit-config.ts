import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LoadError } from '../errors.js';
import { configSchema } from './config-schema.js';
import { loadPolicy } from './load-config.js';
import type { FirewallPolicy } from './types.js';
import { loadErrorFromZod } from './zod-issues.js';

/**
 * Safe edits of the admin's config: read it keeping its format, validate a candidate exactly
 * as serve would load it, and replace the file atomically. A broken config is never written.
 */

export interface ConfigText {
  /** Real path: editing through a symlink must replace the target, not the link. */
  file: string;
  text: string;
  doc: Record<string, unknown>;
  /** One indentation step: '\t', spaces, or '' for a minified file. */
  indent: string;
  eol: '\n' | '\r\n';
  trailingNewline: boolean;
  mode: number;
}

const SCHEMA_FILE = 'schemas/config.schema.json';

export function readConfigText(path: string): ConfigText {
  let file: string;
  let text: string;
  try {
    file = realpathSync(path);
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw ioError(path, err, 'read');
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new LoadError(file, '$', 'invalid JSON', 'fix the syntax first (run mcp-firewall check for the position)');
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new LoadError(file, '$', 'the config is not a JSON object', 'start from mcp.config.example.json');
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { file, text, doc: doc as Record<string, unknown>, indent: detectIndent(text), eol, trailingNewline: /\r?\n$/.test(text), mode: statSync(file).mode & 0o7777 };
}

/** The first indented line sets the step; JSON nests one step per level, so that is enough. */
export function detectIndent(text: string): string {
  const match = /\n([ \t]+)\S/.exec(text);
  if (!match) return '';
  const lead = match[1]!;
  return lead.startsWith('\t') ? '\t' : lead;
}

/** Whole-document rendering in the file's own style: the fallback when a targeted edit is not possible. */
export function serializeLike(original: ConfigText, doc: unknown): string {
  const body = JSON.stringify(doc, null, original.indent).replaceAll('\n', original.eol);
  return original.trailingNewline ? body + original.eol : body;
}

export interface CommitOptions {
  /** Validate only; leave the config as it is. */
  dryRun?: boolean;
  /**
   * Accept the edit even though some manifests do not load (they are listed in the returned
   * policy's brokenManifests): for edits that do not depend on any manifest, so one bad draft
   * does not lock the admin out of every other change.
   */
  skipBrokenManifests?: boolean;
}

/**
 * Stages `text` in a temp file beside the config (so relative manifest and audit paths resolve
 * identically), loads it with the same loadPolicy serve uses, and only then renames it over the
 * config. The bytes validated are the bytes installed. The temp file is gone whatever happens.
 */
export function commitConfigEdit(original: ConfigText, text: string, options: CommitOptions = {}): FirewallPolicy {
  const parsed = configSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw loadErrorFromZod(original.file, parsed.error, SCHEMA_FILE);
  const staged = join(dirname(original.file), `.${basename(original.file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeDurably(staged, text, original);
    const policy = loadStaged(staged, original.file, options.skipBrokenManifests === true);
    if (options.dryRun) return policy;
    // Another admin (or an editor) may have saved in the meantime: never overwrite their work.
    if (readFileSync(original.file, 'utf8') !== original.text) {
      throw new LoadError(original.file, '$', 'the file changed while this edit was being prepared', 'run the command again');
    }
    renameSync(staged, original.file);
    syncDirectory(dirname(original.file));
    return { ...policy, configFile: original.file };
  } catch (err) {
    if (err instanceof LoadError || typeof (err as NodeJS.ErrnoException).code !== 'string') throw err;
    throw ioError(original.file, err, 'write');
  } finally {
    rmSync(staged, { force: true });
  }
}

function writeDurably(path: string, text: string, original: ConfigText): void {
  const fd = openSync(path, 'wx', original.mode);
  try {
    fchmodSync(fd, original.mode); // the umask may have narrowed the mode given to open
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Load errors must name the admin's file, not the staging copy nobody will ever see. */
function loadStaged(staged: string, file: string, skipBrokenManifests: boolean): FirewallPolicy {
  try {
    return loadPolicy(staged, process.env, { skipBrokenManifests });
  } catch (err) {
    if (err instanceof LoadError && err.file === staged) throw new LoadError(file, err.jsonPath, err.problem, err.fix);
    throw err;
  }
}

/** Makes the rename itself durable; some platforms cannot open directories, which is harmless. */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // best effort: the data is already fsynced and the rename is atomic
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function ioError(file: string, err: unknown, action: 'read' | 'write'): LoadError {
  const code = (err as NodeJS.ErrnoException).code ?? 'error';
  if (code === 'ENOENT' && action === 'read') {
    return new LoadError(file, '$', 'file not found', 'pass the right --config path or create it from mcp.config.example.json');
  }
  return new LoadError(file, '$', `cannot ${action} the file (${code})`, 'check the permissions of the file and its directory');
}
