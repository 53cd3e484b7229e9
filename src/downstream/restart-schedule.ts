import type { CircuitBreaker, Transition } from './circuit-breaker.js';
import type { DownstreamLink } from './link.js';
import type { ConnectionEvents } from './server-connection.js';

/**
 * Crashed or failed servers come back on their own, with backoff, and are re-verified first.
 * This decides when: a backoff that grows while a server keeps failing and starts over once it
 * stayed up a while, and no restart while the circuit is open (one probe after the cool-down).
 * It drives the server's circuit breaker and reports its transitions; the connection starts.
 */

const RESTART_BACKOFF_MS = [500, 1000, 2000, 5000, 10000, 30000];
const STABLE_MS = 60_000;

export class RestartSchedule {
  /** When the next restart (or the circuit's probe) is due, to tell callers when to retry. */
  dueAt = 0;
  private restarts = 0;
  private readySince = 0;
  private timer: NodeJS.Timeout | undefined;
  private failedLink: DownstreamLink | undefined;
  private stopped = false;

  constructor(
    private readonly server: string,
    private readonly circuit: CircuitBreaker,
    private readonly events: Pick<ConnectionEvents, 'fault' | 'lifecycle' | 'toolsChanged'>,
    /** Starts the server again: a restart after its backoff, or the circuit's probe. */
    private readonly start: () => void,
  ) {}

  /** The server started and verified: it is up from now, and a half-open circuit closes. */
  ready(): void {
    this.readySince = Date.now();
    this.report(this.circuit.success());
  }

  /** The link died or failed to start: schedules the next start, or the circuit's probe. */
  failed(link: DownstreamLink): void {
    // A child that dies while starting reports both its exit and the failed start: one failure.
    if (link === this.failedLink) return;
    this.failedLink = link;
    // A server that stayed up a while earns a quick restart again; a crash loop keeps backing off.
    if (this.readySince > 0 && Date.now() - this.readySince > STABLE_MS) this.restarts = 0;
    this.readySince = 0;
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.report(this.circuit.failure());
    if (this.circuit.state === 'open') {
      // No restart while open: one probe once the cool-down is over.
      this.dueAt = this.circuit.probeAt;
      this.timer = setTimeout(() => {
        if (this.stopped) return;
        this.report(this.circuit.halfOpen());
        this.start();
      }, this.circuit.coolDownMs);
      this.timer.unref();
      return;
    }
    const delay = RESTART_BACKOFF_MS[Math.min(this.restarts, RESTART_BACKOFF_MS.length - 1)]!;
    this.restarts += 1;
    this.dueAt = Date.now() + delay;
    this.timer = setTimeout(() => {
      if (!this.stopped) this.start();
    }, delay);
    this.timer.unref();
  }

  /** The connection is closing: nothing starts the server again. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** Circuit transitions go to the audit (via the events) and change what tools are usable. */
  private report(transition: Transition): void {
    if (!transition) return;
    if (transition.to === 'closed') this.restarts = 0;
    const details = { failures: transition.failures, coolDownMs: transition.coolDownMs };
    if (transition.to === 'open') this.events.fault(this.server, 'circuit-open', details);
    else this.events.lifecycle?.(this.server, `circuit-${transition.to}`, details);
    this.events.toolsChanged(this.server);
  }
}
