import type { IncomingMessage } from 'node:http';
import type { FirewallError } from '../errors.js';
import { header } from './http-body.js';
import type { HttpSender } from './http-sender.js';
import { transportFailure } from './link-failure.js';

/**
 * The GET stream carries what the server says unprompted (list_changed above all). When it
 * ends, or cannot be opened for a reason that may pass, it is opened again after a delay that
 * grows with each attempt; a message on any stream that answers no request shortens the next
 * delay to the first again.
 */

export interface EventStreamHandlers {
  /** Whether the link is open: a closed link opens no stream. */
  alive(): boolean;
  /** Reads the stream once the server has opened it. */
  onStream(res: IncomingMessage): void;
  /** The session is gone or the connection failed for good: the link closes. */
  onClosed(event: string, details: Record<string, string | number>, error?: FirewallError): void;
}

const STREAM_RETRY_MS = [1000, 2000, 5000, 10000, 30000];

export class EventStream {
  private attempts = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly sender: HttpSender,
    private readonly handlers: EventStreamHandlers,
  ) {}

  open(): void {
    if (!this.handlers.alive()) return;
    this.sender.send(
      'GET',
      '',
      'text/event-stream',
      (res) => {
        const type = header(res, 'content-type') ?? '';
        if (res.statusCode === 200 && type.startsWith('text/event-stream')) return this.handlers.onStream(res);
        res.resume();
        // 405: the server offers no stream; anything else is retried later.
        if (res.statusCode === 404 && this.sender.sessionId !== undefined) this.handlers.onClosed('session-expired', { category: 'session-expired', status: 404 });
        else if (res.statusCode !== 405) this.retryLater();
      },
      (err, freshMutualTls) => {
        const failure = transportFailure(err, { freshMutualTls });
        if (failure.fatal) this.handlers.onClosed('disconnected', { code: failure.error.code, category: String(failure.error.details.category) }, failure.error);
        else this.retryLater();
      },
    );
  }

  retryLater(): void {
    if (!this.handlers.alive()) return;
    clearTimeout(this.timer);
    const delay = STREAM_RETRY_MS[Math.min(this.attempts++, STREAM_RETRY_MS.length - 1)]!;
    this.timer = setTimeout(() => this.open(), delay);
    this.timer.unref();
  }

  /** The server is talking again: a stream that ends now is retried soon. */
  resetRetries(): void {
    this.attempts = 0;
  }

  /** Drops a retry still waiting; the link is closing. */
  stop(): void {
    clearTimeout(this.timer);
  }
}
