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
  /**
   * Appends one record together with every other record queued in the same tick, in one
   * write. The record's place in the chain is fixed at once; the promise resolves when the
   * write carrying it has returned with the record in the kernel, or rejects with
   * AuditWriteError when it could not be written: the caller must not serve the exchange.
   */
  writeSoon(entry: AuditEntry): Promise<void>;
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

interface Queued {
  line: string;
  hash: string;
  /** Told once the write carrying the line returned: no error means the line is in the kernel. */
  settle(error: AuditWriteError | undefined): void;
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
 * exchange it describes is answered, even if the process then crashes. writeSoon() does the
 * same for all the records of one tick in a single append, and tells each record's exchange
 * only once that append has returned. A failed or short write
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

  // Records sealed but not yet written, and the chain state from before the first of them.
  let queue: Queued[] = [];
  let before: { prev: string; nextSeq: number; resumeNote: typeof resumeNote } | undefined;

  function enqueue(entry: AuditEntry, settle: Queued['settle']): void {
    const { line, hash } = sealRecord(toRecord(entry, chain, nextSeq, prev, resumeNote, key?.id), key?.chain);
    if (queue.length === 0) before = { prev, nextSeq, resumeNote };
    queue.push({ line, hash, settle });
    prev = hash;
    resumeNote = undefined;
    nextSeq += 1;
  }

  function write(entry: AuditEntry): void {
    if (closed) throw new AuditWriteError(`audit log ${path} is closed`);
    let failure: AuditWriteError | undefined;
    // Records queued earlier in this tick go out first, in the same write.
    enqueue(entry, (error) => (failure = error));
    writeQueued();
    if (failure) throw failure;
  }

  function writeSoon(entry: AuditEntry): Promise<void> {
    if (closed) return Promise.reject(new AuditWriteError(`audit log ${path} is closed`));
    return new Promise((resolve, reject) => {
      enqueue(entry, (error) => (error ? reject(error) : resolve()));
      // After every promise job of this tick has run: all the exchanges answered together
      // (one chunk of responses from a tool server) share the write.
      if (queue.length === 1) process.nextTick(writeQueued);
    });
  }

  /** One append for the whole queue; each record's exchange learns whether its line landed. */
  function writeQueued(): void {
    const batch = queue;
    if (batch.length === 0) return;
    const start = before!;
    queue = [];
    before = undefined;
    const lead = needsNewline ? '\n' : '';
    const text = lead + batch.map((q) => `${q.line}\n`).join('');
    const { written, error } = append(text);
    if (!error) {
      needsNewline = false;
      healthy = true;
      for (const q of batch) q.settle(undefined);
      if (key && nextSeq - 1 >= checkpointDue) checkpoint();
      return;
    }
    healthy = false;
    // Whole lines that reached the kernel stand (their exchanges may be served); the chain
    // continues from the last of them, and a fragment after it gets its newline next time.
    let end = lead.length;
    let landed = 0;
    for (const q of batch) {
      const next = end + Buffer.byteLength(q.line) + 1;
      if (next > written) break;
      end = next;
      landed += 1;
    }
    if (written > 0) needsNewline = written > end;
    prev = landed > 0 ? batch[landed - 1]!.hash : start.prev;
    resumeNote = landed > 0 ? undefined : start.resumeNote;
    nextSeq = start.nextSeq + landed;
    batch.forEach((q, i) => q.settle(i < landed ? undefined : error));
  }

  function append(text: string): { written: number; error?: AuditWriteError } {
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
      return { written };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      return { written, error: new AuditWriteError(`audit log ${path} cannot be written: ${code}`) };
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
    if (closed) return;
    writeQueued();
    fsyncSync(fd);
  }

  async function close(): Promise<void> {
    if (closed) return;
    writeQueued();
    if (key && nextSeq - 1 > checkpointed) checkpoint();
    closed = true;
    closeSync(fd);
  }

  return {
    write,
    writeSoon,
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
