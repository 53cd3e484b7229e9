import { FirewallError } from '../errors.js';

/**
 * Decides whether a tool server that keeps failing is worth another restart.
 *
 * closed     restarts with backoff after every crash or failed start; `crashes` failures within
 *            `windowSeconds` open the circuit.
 * open       no restart; every call to the server fails at once with CIRCUIT_OPEN. After
 *            `coolDownSeconds` the circuit half-opens.
 * half-open  exactly one restart (the probe). If the server starts and verifies, the circuit
 *            closes and the failure count starts again; if the probe fails, it opens again for
 *            another cool-down.
 *
 * Pure state: the caller owns the timers and reports each transition.
 */

export interface BreakerSettings {
  crashes: number;
  windowSeconds: number;
  coolDownSeconds: number;
}

export const DEFAULT_BREAKER: BreakerSettings = { crashes: 5, windowSeconds: 60, coolDownSeconds: 60 };

export type CircuitState = 'closed' | 'open' | 'half-open';

export type Transition = { to: CircuitState; failures: number; coolDownMs: number } | undefined;

export class CircuitBreaker {
  state: CircuitState = 'closed';
  /** When an open circuit half-opens (epoch ms); 0 unless open. */
  probeAt = 0;
  private failures: number[] = [];

  constructor(readonly settings: BreakerSettings) {}

  get coolDownMs(): number {
    return this.settings.coolDownSeconds * 1000;
  }

  /** A crash or a failed start. Returns the transition to open, if this failure caused one. */
  failure(now = Date.now()): Transition {
    const windowMs = this.settings.windowSeconds * 1000;
    this.failures = this.failures.filter((t) => now - t < windowMs);
    this.failures.push(now);
    if (this.state === 'open') return undefined;
    if (this.state === 'half-open' || this.failures.length >= this.settings.crashes) return this.open(now);
    return undefined;
  }

  /** The cool-down is over: the next start is the probe. */
  halfOpen(): Transition {
    if (this.state !== 'open') return undefined;
    this.state = 'half-open';
    this.probeAt = 0;
    return { to: 'half-open', failures: this.failures.length, coolDownMs: this.coolDownMs };
  }

  /** The server started and verified. Closes a half-open circuit. */
  success(): Transition {
    if (this.state !== 'half-open') return undefined;
    this.state = 'closed';
    this.failures = [];
    return { to: 'closed', failures: 0, coolDownMs: this.coolDownMs };
  }

  /** The refusal for a call while the circuit is open, with when to retry. */
  refusal(server: string, now = Date.now()): FirewallError | undefined {
    if (this.state !== 'open') return undefined;
    const retryAfterMs = Math.max(0, this.probeAt - now);
    return new FirewallError(
      'CIRCUIT_OPEN',
      `tool server ${server} kept crashing (${this.settings.crashes} failures within ${this.settings.windowSeconds} s), so the firewall stopped restarting it; it tries one restart in ${Math.ceil(retryAfterMs / 1000)} s: retry after that, or restart the firewall once the server is fixed`,
      { circuit: 'open', failures: this.failures.length },
      { retryAfterMs },
    );
  }

  private open(now: number): Transition {
    this.state = 'open';
    this.probeAt = now + this.coolDownMs;
    return { to: 'open', failures: this.failures.length, coolDownMs: this.coolDownMs };
  }
}
