import type { Logger } from 'pino';
import type { AuditEntry } from '../audit/record.js';
import type { AuditWriter } from '../audit/writer.js';

/**
 * The audit's fail-closed rule, in front of the writer: every record of the process goes
 * through here. A record that cannot be written refuses the exchange it belongs to
 * (AUDIT_UNAVAILABLE), unless the config says to serve unaudited (`audit.onWriteFailure:
 * "continue"`), with an error on stderr. Records of events with no exchange (a server crash, a
 * pin mismatch) have nothing to refuse, but a lost one leaves the writer unhealthy, and calls
 * are then refused before they reach a tool server (writable()).
 */
export class AuditGate {
  /** The run's first record (which policy is in force), until it is written. */
  private pendingStart: AuditEntry | undefined;
  private failures = 0;

  constructor(
    private readonly audit: AuditWriter,
    private readonly onWriteFailure: 'deny' | 'continue',
    private readonly log: Logger,
    start?: AuditEntry,
  ) {
    this.pendingStart = start;
  }

  /** Writes one record: false when it could not be written and its exchange must be refused. */
  record(entry: AuditEntry): boolean {
    try {
      if (this.pendingStart) {
        this.audit.write(this.pendingStart);
        const started = this.pendingStart === entry;
        this.pendingStart = undefined;
        if (started) return this.recovered();
      }
      this.audit.write(entry);
      return this.recovered();
    } catch (err) {
      return this.lost(entry, err);
    }
  }

  /**
   * record() for an exchange that can wait for the end of the tick: its record shares one
   * write with the others of that tick, and the promise settles once that write returned,
   * with the same answer record() would give. Nothing may be sent before it settles.
   */
  async recordSoon(entry: AuditEntry): Promise<boolean> {
    try {
      if (this.pendingStart) {
        this.audit.write(this.pendingStart);
        this.pendingStart = undefined;
      }
      await this.audit.writeSoon(entry);
      return this.recovered();
    } catch (err) {
      return this.lost(entry, err);
    }
  }

  /**
   * Whether a call may go to its tool server: not while the audit log is failing (unless the
   * config says to continue), so side effects never happen where their record cannot follow.
   */
  writable(): boolean {
    return this.audit.healthy || this.onWriteFailure === 'continue';
  }

  private recovered(): true {
    if (this.failures > 0) {
      this.log.warn({ event: 'audit-write-recovered', lost: this.failures }, `audit log writable again after ${this.failures} failed write(s)`);
      this.failures = 0;
    }
    return true;
  }

  private lost(entry: AuditEntry, err: unknown): boolean {
    this.failures += 1;
    const serve = this.onWriteFailure === 'continue';
    // Loud, but bounded: the first failure of a run of them, then every 100th.
    if (this.failures === 1 || this.failures % 100 === 0) {
      const what = serve
        ? 'exchanges are SERVED WITHOUT AUDIT RECORDS (audit.onWriteFailure is "continue")'
        : 'every exchange is refused with AUDIT_UNAVAILABLE until a record can be written';
      this.log.error(
        { event: 'audit-write-failed', method: entry.method, failures: this.failures, error: err instanceof Error ? err.message : 'unknown' },
        `AUDIT LOG CANNOT BE WRITTEN (${this.audit.file}): ${what}`,
      );
    }
    return serve;
  }
}
