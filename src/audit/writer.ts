import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { AuditKey } from './audit-key.js';
import { resumeChain } from './chain-resume.js';
import { writeCheckpoint } from './checkpoint.js';
import { AUDIT_RECORD_VERSION, sealRecord, type AuditEntry, type AuditRecord } from './record.js';
import { sanitizeDetails } from './safe-details.js';

export interface AuditWriter {
  /** Appends one record, or throws AuditWriteError: the caller must not serve the exchange. */
  write(entry: AuditEntry): void;
  /** False while the last attempt to write failed (a full disk, a size limit, an I/O error). */
  readonly healthy: boolean;
  flush(): void;
  close(): Promise<void>;
  readonly file: string;
}

export interface AuditWriterOptions {
  /** Keys the chain (HMAC-SHA256) and enables signed checkpoints. */
  key?: AuditKey | undefined;
  /** A checkpoint after the first record, then every this many records, and on close. */
  checkpointEvery?: number;
  /** Problems that do not lose a record (a checkpoint that could not be written). */
  warn?: (message: string) => void;
}

export class AuditWriteError extends Error {
  override readonly name = 'AuditWriteError';
}

export const DEFAULT_CHECKPOINT_EVERY = 1000;

/**
 * Opens (or continues) the hash-chained audit log at `file`. Registers nothing on `process`:
 * the caller closes the writer on shutdown.
 *
 * Each record is one synchronous append (`write(2)` on an O_APPEND descriptor) of the exact
 * bytes that were hashed: when write() returns, the record is in the kernel, before the
 * exchange it describes is answered, even if the process then crashes. A failed or short write
 * (ENOSPC, EFBIG under a file-size limit, EIO) throws, so the exchange is refused; the writer
 * does not give up: the next record tries again, and once the disk has room it is written
 * (after a newline that ends any fragment the failed write left, which verify then reports).
 */
export function openAuditWriter(file: string, options: AuditWriterOptions = {}): AuditWriter {
  const path = resolve(file);
  mkdirSync(dirname(path), { recursive: true });
  const position = resumeChain(path);
  const fd = openSync(path, 'a', 0o600);
  const key = options.key;
  const every = options.checkpointEvery ?? DEFAULT_CHECKPOINT_EVERY;

  // Each writer starts its own chain segment, anchored to the file's last line, so several
  // processes appending to one file (one per host session) never break each other's links.
  const chain = randomBytes(9).toString('base64url');
  let nextSeq = 1;
  let prev = position.prev;
  let resumeNote = position.resumeNote;
  // A crash (or a failed write) left a line without its newline: end it before the next record.
  let needsNewline = position.needsNewline;
  let healthy = true;
  let closed = false;
  let checkpointed = 0;
  let checkpointDue = 1;

  function write(entry: AuditEntry): void {
    if (closed) throw new AuditWriteError(`audit log ${path} is closed`);
    const { line, hash } = sealRecord(toRecord(entry, chain, nextSeq, prev, resumeNote, key?.id), key?.chain);
    append(`${needsNewline ? '\n' : ''}${line}\n`);
    needsNewline = false;
    healthy = true;
    prev = hash;
    resumeNote = undefined;
    nextSeq += 1;
    if (key && nextSeq - 1 >= checkpointDue) checkpoint();
  }

  function append(text: string): void {
    let written = 0;
    try {
      written = writeSync(fd, text);
      const bytes = Buffer.byteLength(text);
      if (written < bytes) {
        // A short write: the disk or the size limit ran out mid-record. Try the rest once;
        // it fails with the reason (ENOSPC, EFBIG) or, if space was freed, completes.
        const rest = Buffer.from(text).subarray(written);
        let offset = 0;
        while (offset < rest.length) {
          const n = writeSync(fd, rest, offset);
          if (n === 0) throw Object.assign(new Error('no bytes written'), { code: 'EIO' });
          offset += n;
          written += n;
        }
      }
    } catch (err) {
      healthy = false;
      if (written > 0) needsNewline = true;
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      throw new AuditWriteError(`audit log ${path} cannot be written: ${code}`);
    }
  }

  function checkpoint(): void {
    const seq = nextSeq - 1;
    try {
      // The checkpoint must never name records the disk does not hold.
      fsyncSync(fd);
      writeCheckpoint(path, key!, chain, { seq, hash: prev, time: new Date().toISOString() });
      checkpointed = seq;
      checkpointDue = seq + every;
    } catch (err) {
      // The record itself is written; a missed checkpoint is retried a little later.
      checkpointDue = seq + Math.min(every, 100);
      options.warn?.(`audit checkpoint not written (retried later): ${(err as Error).message}`);
    }
  }

  function flush(): void {
    if (!closed) fsyncSync(fd);
  }

  async function close(): Promise<void> {
    if (closed) return;
    if (key && nextSeq - 1 > checkpointed) checkpoint();
    closed = true;
    closeSync(fd);
  }

  return {
    write,
    flush,
    close,
    get healthy() { return healthy; },
    get file() { return path; },
  };
}

/** Copies only the known keys, so a caller's stray field (say, raw arguments) is never written. */
function toRecord(
  entry: AuditEntry,
  chain: string,
  seq: number,
  prev: string,
  resumeNote: string | undefined,
  keyId: string | undefined,
): Omit<AuditRecord, 'hash'> {
  let details = entry.details ? sanitizeDetails(entry.details) : undefined;
  if (resumeNote) details = { ...details, chainResume: resumeNote };
  return {
    auditId: entry.auditId,
    agent: entry.agent,
    session: entry.session,
    method: entry.method,
    exposed: entry.exposed,
    server: entry.server,
    tool: entry.tool,
    decision: entry.decision,
    reason: entry.reason,
    rules: entry.rules,
    requestBytes: entry.requestBytes,
    responseBytes: entry.responseBytes,
    argsHash: entry.argsHash,
    resultHash: entry.resultHash,
    durationMs: entry.durationMs,
    details: details && Object.keys(details).length > 0 ? details : undefined,
    v: AUDIT_RECORD_VERSION,
    chain,
    seq,
    time: new Date().toISOString(),
    prev,
    keyId,
  };
}
