import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AuditKey } from './audit-key.js';
import { keyedHash } from './keyed-hash.js';

/** Hashes an argument or result text for `argsHash` / `resultHash`. */
export type PayloadHasher = (text: string) => string;

/**
 * argsHash and resultHash are HMAC-SHA256 under a per-install secret, not plain sha256: a short
 * secret passed as an argument (a PIN) cannot be found by hashing guesses without the secret,
 * while equal arguments still hash equally within one install, so records can be correlated.
 * The secret is derived from the audit key when one is configured; otherwise it is generated
 * once into `<audit file>.hash-key` (mode 0600) and reused by every later run.
 */
export function payloadHasher(auditFile: string, key: AuditKey | undefined): PayloadHasher {
  const secret = key ? key.payload : installSecret(`${auditFile}.hash-key`);
  return keyedHash(secret);
}

function installSecret(file: string): Buffer {
  const existing = readSecret(file);
  if (existing) return existing;
  mkdirSync(dirname(file), { recursive: true });
  // Written whole under a temporary name, then linked into place: link fails if another
  // process won the race, and then its secret (complete, never half-written) is the one used.
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temp, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    rmSync(temp, { force: true });
  }
  const secret = readSecret(file);
  if (!secret) throw new Error(`${file} does not hold a usable secret`);
  return secret;
}

function readSecret(file: string): Buffer | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  if (!/^[0-9a-f]{64}$/.test(text)) throw new Error(`${file} is not a hash key written by mcp-firewall (64 hex digits); remove it to start a new one`);
  if ((statSync(file).mode & 0o077) !== 0) throw new Error(`${file} is readable by other users; run chmod 600 ${file}`);
  return Buffer.from(text, 'hex');
}
