import { ConcurrencyGate, TokenBucket } from './rate-limit.js';

/**
 * Where rate buckets and concurrency counters live. Keys name who and what is limited
 * (e.g. agent + tool), never a session or an API key, so reconnecting, opening more sessions or
 * rotating keys draws from the same budget. The in-process store serves one firewall and answers
 * synchronously (no await on the hot path); a shared store (e.g. one backed by a database) can
 * implement the same interface with promises to serve replicas.
 */
export interface LimitStore {
  /**
   * Takes one token from every bucket, or from none: a call refused by the agent's total must
   * not spend the tool's token, and the reverse.
   */
  take(buckets: readonly BucketRequest[], now: number): TakeResult | Promise<TakeResult>;
  /** Takes a slot under every cap, or none. */
  acquire(gates: readonly GateRequest[]): GateResult | Promise<GateResult>;
  /** Gives back slots taken by one successful `acquire`. */
  release(gates: readonly GateRequest[]): void | Promise<void>;
}

export interface BucketRequest {
  key: string;
  perMinute: number;
  burst: number;
}

export interface GateRequest {
  key: string;
  cap: number;
}

export type TakeResult = { ok: true } | { ok: false; key: string; retryAfterMs: number };
export type GateResult = { ok: true } | { ok: false; key: string };

export class MemoryLimitStore implements LimitStore {
  // Keys come from the config and the manifests (agents × approved tools), so both maps are bounded.
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly gates = new Map<string, ConcurrencyGate>();

  take(requests: readonly BucketRequest[], now: number): TakeResult {
    let refused: { key: string; retryAfterMs: number } | undefined;
    const buckets = requests.map((r) => this.bucket(r, now));
    buckets.forEach((bucket, i) => {
      if (bucket.ready(now)) return;
      const retryAfterMs = bucket.retryAfterMs();
      if (!refused || retryAfterMs > refused.retryAfterMs) refused = { key: requests[i]!.key, retryAfterMs };
    });
    if (refused) return { ok: false, ...refused };
    for (const bucket of buckets) bucket.take(now);
    return { ok: true };
  }

  acquire(requests: readonly GateRequest[]): GateResult {
    const taken: ConcurrencyGate[] = [];
    for (const request of requests) {
      const gate = this.gate(request);
      if (!gate.acquire()) {
        for (const t of taken) t.release();
        return { ok: false, key: request.key };
      }
      taken.push(gate);
    }
    return { ok: true };
  }

  release(requests: readonly GateRequest[]): void {
    for (const request of requests) this.gate(request).release();
  }

  private bucket(request: BucketRequest, now: number): TokenBucket {
    let bucket = this.buckets.get(request.key);
    if (!bucket) this.buckets.set(request.key, (bucket = new TokenBucket(request.perMinute, request.burst, now)));
    return bucket;
  }

  private gate(request: GateRequest): ConcurrencyGate {
    let gate = this.gates.get(request.key);
    if (!gate) this.gates.set(request.key, (gate = new ConcurrencyGate(request.cap)));
    return gate;
  }
}
