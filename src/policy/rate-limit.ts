/**
 * Token bucket per (agent, tool): `perMinute` tokens refill continuously up to `burst`.
 * Time is passed in so the limiter is a pure, testable function of its inputs.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perMinute: number,
    private readonly burst: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  take(now: number): boolean {
    if (!this.ready(now)) return false;
    this.tokens -= 1;
    return true;
  }

  /** Refills to `now` and says whether a token is there, without taking it. */
  ready(now: number): boolean {
    // A clock that steps back must not mint tokens when it steps forward again.
    const elapsed = Math.max(0, now - this.last);
    this.last = Math.max(this.last, now);
    this.tokens = Math.min(this.burst, this.tokens + (elapsed * this.perMinute) / 60_000);
    return this.tokens >= 1;
  }

  /** Milliseconds until the next token, as of the last refill (0 when one is there). */
  retryAfterMs(): number {
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) * 60_000) / this.perMinute);
  }
}

/** Counts calls in flight against a cap; `release` must run exactly once per successful `acquire`. */
export class ConcurrencyGate {
  private inFlight = 0;

  constructor(private readonly cap: number) {}

  acquire(): boolean {
    if (this.inFlight >= this.cap) return false;
    this.inFlight += 1;
    return true;
  }

  release(): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
  }
}
