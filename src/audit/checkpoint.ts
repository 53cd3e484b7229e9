import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { canonicalJson } from './canonical-json.js';
import { hmacHex, type AuditKey } from './audit-key.js';

/**
 * Signed checkpoints: a sidecar file `<audit file>.checkpoint` naming, for every chain segment
 * written to the log, its latest checkpointed record (seq and hash), MAC'd with the audit key.
 * The log cannot vouch for its own end (cutting the tail leaves a consistent chain), so the
 * checkpoint lives outside it and is replaced atomically (temp file, fsync, rename). Several
 * writers share one sidecar: each merges its chain in under a lock file, keeping the highest seq
 * per chain, so no writer erases another's entry.
 */

export interface ChainCheckpoint {
  seq: number;
  hash: string;
  time: string;
}

export interface CheckpointDocument {
  v: 1;
  keyId: string;
  time: string;
  chains: Record<string, ChainCheckpoint>;
  mac: string;
}

export type CheckpointRead =
  | { status: 'missing' }
  | { status: 'invalid'; reason: string }
  | { status: 'ok'; document: CheckpointDocument };

export function checkpointFile(auditFile: string): string {
  return `${auditFile}.checkpoint`;
}

function macOf(key: AuditKey, document: Omit<CheckpointDocument, 'mac'>): string {
  return hmacHex(key.checkpoint, canonicalJson(document));
}

export function readCheckpoint(auditFile: string, key: AuditKey): CheckpointRead {
  let text: string;
  try {
    text = readFileSync(checkpointFile(auditFile), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    return { status: 'invalid', reason: `it cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { status: 'invalid', reason: 'it is not valid JSON' };
  }
  const doc = value as Partial<CheckpointDocument> | null;
  if (!doc || typeof doc !== 'object' || doc.v !== 1 || typeof doc.mac !== 'string' || typeof doc.chains !== 'object' || doc.chains === null) {
    return { status: 'invalid', reason: 'it is not a checkpoint document' };
  }
  if (doc.keyId !== key.id) return { status: 'invalid', reason: `it was signed with another key (id ${String(doc.keyId).slice(0, 16)}, this key is ${key.id})` };
  const { mac, ...unsigned } = doc as CheckpointDocument;
  if (macOf(key, unsigned) !== mac) return { status: 'invalid', reason: 'its MAC does not verify: it was edited or forged' };
  for (const entry of Object.values(doc.chains)) {
    if (!Number.isSafeInteger(entry?.seq) || typeof entry?.hash !== 'string') return { status: 'invalid', reason: 'a chain entry is malformed' };
  }
  return { status: 'ok', document: doc as CheckpointDocument };
}

/**
 * Records `chain` at `entry` in the sidecar. Throws when the sidecar cannot be written, or when
 * the existing one does not verify with this key: evidence of tampering is never overwritten.
 */
export function writeCheckpoint(auditFile: string, key: AuditKey, chain: string, entry: ChainCheckpoint): void {
  const file = checkpointFile(auditFile);
  const release = lock(`${file}.lock`);
  try {
    const current = readCheckpoint(auditFile, key);
    if (current.status === 'invalid') throw new Error(`${file} is not a valid checkpoint (${current.reason}); it was left in place: move it aside after review`);
    const chains = current.status === 'ok' ? { ...current.document.chains } : {};
    const known = chains[chain];
    if (!known || known.seq < entry.seq) chains[chain] = entry;
    const unsigned = { v: 1 as const, keyId: key.id, time: new Date().toISOString(), chains };
    writeAtomically(file, `${JSON.stringify({ ...unsigned, mac: macOf(key, unsigned) })}\n`);
  } finally {
    release();
  }
}

function writeAtomically(file: string, text: string): void {
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw err;
  }
  closeSync(fd);
  try {
    renameSync(temp, file);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}

const STALE_LOCK_MS = 5000;
const LOCK_WAIT_MS = 2000;

/** A lock file made with O_EXCL; a lock older than 5 s belongs to a writer that died holding it. */
function lock(file: string): () => void {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      closeSync(openSync(file, 'wx', 0o600));
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const age = ageOf(file);
    if (age !== undefined && age > STALE_LOCK_MS) rmSync(file, { force: true });
    else if (Date.now() > deadline) throw new Error(`${file} is held by another writer`);
    else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
  }
}

function ageOf(file: string): number | undefined {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}
