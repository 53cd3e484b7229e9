import { LRUCache } from 'lru-cache';
import { TokenBucket } from '../policy/rate-limit.js';

/**
 * How many refusals of requests that carry no valid key are audited per remote address. Anyone
 * who can reach the port can send them, and each audit record is a synchronous, hash-chained
 * write: unbounded, a flood of bad requests would become a flood of disk writes. Within the
 * budget every refusal gets its record; beyond it refusals are still answered, counted, and the
 * count is written on that address's next record, so the log shows how many there were.
 */
export class RefusalThrottle {
  // Bounded: a scan from many addresses must not grow memory without end.
  private readonly byRemote = new LRUCache<string, { bucket: TokenBucket; suppressed: number }>({ max: 10_000 });

  constructor(
    private readonly perMinute = 600,
    private readonly burst = 100,
  ) {}

  /** undefined: do not audit this one; otherwise how many were left out before it. */
  admit(remote: string, now: number): { suppressed: number } | undefined {
    let entry = this.byRemote.get(remote);
    if (!entry) this.byRemote.set(remote, (entry = { bucket: new TokenBucket(this.perMinute, this.burst, now), suppressed: 0 }));
    if (!entry.bucket.take(now)) {
      entry.suppressed += 1;
      return undefined;
    }
    const suppressed = entry.suppressed;
    entry.suppressed = 0;
    return { suppressed };
  }
}
