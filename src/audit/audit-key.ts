import { createHmac } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The secret that keys the audit chain, the checkpoints and the argument/result hashes.
 * Given by reference only: `file:PATH` (relative to the config's directory) or `env:NAME`.
 */
export interface AuditKey {
  /** Names the key in every record it seals, without revealing it: 16 hex digits. */
  readonly id: string;
  /** Separate keys derived per use, so a MAC made for one purpose never verifies for another. */
  readonly chain: Buffer;
  readonly checkpoint: Buffer;
  readonly payload: Buffer;
}

export const MIN_KEY_CHARS = 32;

export class AuditKeyError extends Error {
  override readonly name = 'AuditKeyError';
  constructor(message: string, readonly fix: string) {
    super(message);
  }
}

export function keyFromSecret(secret: Buffer): AuditKey {
  const derive = (purpose: string): Buffer => createHmac('sha256', secret).update(`mcp-firewall ${purpose}`, 'utf8').digest();
  return { id: derive('audit key id').toString('hex').slice(0, 16), chain: derive('audit chain'), checkpoint: derive('audit checkpoint'), payload: derive('payload hashes') };
}

/** Resolves `file:PATH` or `env:NAME`. Throws AuditKeyError with the fix. */
export function resolveAuditKey(reference: string, baseDir: string, env: NodeJS.ProcessEnv = process.env): AuditKey {
  let text: string;
  if (reference.startsWith('env:')) {
    const name = reference.slice(4);
    const value = env[name];
    if (value === undefined) throw new AuditKeyError(`environment variable ${name} is not set`, `export ${name} (for example: export ${name}=$(openssl rand -hex 32))`);
    text = value;
  } else if (reference.startsWith('file:')) {
    const file = resolve(baseDir, reference.slice(5));
    try {
      // A key others can read is not a secret: refuse it, as ssh does.
      if ((statSync(file).mode & 0o077) !== 0) throw new AuditKeyError(`the key file ${file} is readable by other users`, `run chmod 600 ${file}`);
      text = readFileSync(file, 'utf8');
    } catch (err) {
      if (err instanceof AuditKeyError) throw err;
      throw new AuditKeyError(`the key file ${file} cannot be read`, `create it (for example: openssl rand -hex 32 > ${file}; chmod 600 ${file}) or correct the path (relative to the config file)`);
    }
  } else {
    throw new AuditKeyError('the key must be a reference, "file:PATH" or "env:NAME", never the key itself', 'put the key in a file (mode 0600) and write "file:PATH"');
  }
  const secret = text.trim();
  if (secret.length < MIN_KEY_CHARS) throw new AuditKeyError(`the key has ${secret.length} characters; at least ${MIN_KEY_CHARS} are needed`, 'use a random key: openssl rand -hex 32');
  return keyFromSecret(Buffer.from(secret, 'utf8'));
}

export function hmacHex(secret: Buffer, text: string): string {
  return createHmac('sha256', secret).update(text, 'utf8').digest('hex');
}
