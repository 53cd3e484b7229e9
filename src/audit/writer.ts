import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import pino from 'pino';
import { resumeChain } from './chain-resume.js';
import { AUDIT_RECORD_VERSION, sealRecord, type AuditEntry, type AuditRecord } from './record.js';
import { sanitizeDetails } from './safe-details.js';

export interface AuditWriter {
  write(entry: AuditEntry): void;
  flush(): void;
  close(): Promise<void>;
  readonly file: string;
}

/**
 * Opens (or continues) the hash-chained audit log at `file`. Registers nothing on `process`:
 * the caller closes the writer on shutdown.
 *
 * One writer per file: two processes appending to one log would fork the chain.
 *
 * Lines go through pino's destination (SonicBoom) but not through a pino logger: a logger
 * whose level formatter returns {} writes `{,"key":…}` (invalid JSON), serializes a second
 * time, and (on Node < 25) writes lone surrogates unescaped, so they reach the disk as U+FFFD
 * and the line no longer matches its hash. The line written is the hashed canonical JSON.
 * The destination is synchronous: with `sync: false`, flushSync() during an in-flight write
 * puts later lines before earlier ones (sonic-boom#101; 278 of 300 runs here), which breaks
 * the chain. A synchronous append is one write syscall (a few µs), and the record is in the
 * kernel before the exchange it describes is answered, even if the process then crashes.
 */
export function openAuditWriter(file: string): AuditWriter {
  const path = resolve(file);
  mkdirSync(dirname(path), { recursive: true });
  const position = resumeChain(path);
  // A crash mid-line left no newline: without one the next record would be glued to it.
  if (position.needsNewline) appendFileSync(path, '\n');
  const destination = pino.destination({ dest: path, sync: true, mode: 0o600 });
  // SonicBoom reports write failures as events; keep the first so later writes refuse.
  const health: { failure?: Error } = {};
  destination.on('error', (err: Error) => { health.failure ??= err; });

  // Each writer starts its own chain segment, anchored to the file's last line, so several
  // processes appending to one file (one per host session) never break each other's links.
  const chain = randomBytes(9).toString('base64url');
  let nextSeq = 1;
  let prev = position.prev;
  let resumeNote = position.resumeNote;
  let closed = false;

  function write(entry: AuditEntry): void {
    // Throwing fails the exchange closed: traffic that cannot be audited is not served.
    if (closed) throw new Error(`audit log ${path} is closed`);
    throwIfFailed();
    const unsealed = toRecord(entry, chain, nextSeq, prev, resumeNote);
    const { line, hash } = sealRecord(unsealed);
    destination.write(`${line}\n`);
    throwIfFailed();
    nextSeq += 1;
    prev = hash;
    resumeNote = undefined;
  }

  function throwIfFailed(): void {
    if (health.failure) throw new Error(`audit log ${path} cannot be written: ${health.failure.message}`);
  }

  function flush(): void {
    if (!closed) destination.flushSync(); // sync mode: nothing is buffered, so this is an fsync
  }

  async function close(): Promise<void> {
    if (closed) return;
    closed = true;
    await new Promise<void>((done, fail) => {
      destination.once('close', () => done());
      destination.once('error', fail);
      destination.end();
    });
  }

  return { write, flush, close, get file() { return path; } };
}

/** Copies only the known keys, so a caller's stray field (say, raw arguments) is never written. */
function toRecord(
  entry: AuditEntry,
  chain: string,
  seq: number,
  prev: string,
  resumeNote: string | undefined,
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
  };
}
