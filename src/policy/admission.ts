// Admission of one request that reaches a tool server, against every limit that covers it: the
// session's cap on requests in flight, concurrency caps and token buckets in the shared limit
// store. Tool calls (limit-stages.ts) and resource, prompt and completion requests
// (upstream/item-limits.ts) take the same steps, so an agent's total covers all of them.
import { FirewallError } from '../errors.js';
import type { BucketRequest, GateRequest, GateResult, LimitStore, TakeResult } from './limit-store.js';
import type { ConcurrencyGate } from './rate-limit.js';

export interface Limits {
  buckets: BucketRequest[];
  gates: GateRequest[];
}

/** What a manifest entry (tool, resource, prompt) and an agent may set. */
export interface LimitSettings {
  rateLimit?: { perMinute: number; burst: number } | undefined;
  maxConcurrent?: number | undefined;
}

export type Admission = { ok: true; release: () => void } | { ok: false; rule: string; error: FirewallError; retryAfterMs?: number };

/** The buckets and caps of one agent on one item, keyed by `itemKey` (agent id included). */
export function limitsOf(agentId: string, agent: LimitSettings, itemKey: string, item: LimitSettings): Limits {
  const buckets: BucketRequest[] = [];
  const gates: GateRequest[] = [];
  if (item.maxConcurrent !== undefined) gates.push({ key: itemKey, cap: item.maxConcurrent });
  if (agent.maxConcurrent !== undefined) gates.push({ key: `agent:${agentId}`, cap: agent.maxConcurrent });
  if (item.rateLimit) buckets.push({ key: itemKey, ...item.rateLimit });
  if (agent.rateLimit) buckets.push({ key: `agent:${agentId}`, ...agent.rateLimit });
  return { buckets, gates };
}

/**
 * Concurrency first, so a request refused for being one too many spends no rate token; then
 * every bucket or none. An in-process store answers at once; a shared one may answer later, and
 * only then is there a promise. `release` gives back every slot taken and must run exactly once.
 */
export function admit(session: ConcurrencyGate, sessionCap: number, store: LimitStore, limits: Limits, now: number, item: 'tool' | 'resource' | 'prompt'): Admission | Promise<Admission> {
  const unit = item === 'tool' ? 'calls' : 'requests';
  if (!session.acquire()) {
    return refused('concurrency:session', `at most ${sessionCap} requests (tool calls, reads, prompts, completions) may be in flight in this session; wait for one to finish`);
  }
  const gated = store.acquire(limits.gates);
  return gated instanceof Promise ? gated.then((g) => afterGate(g)) : afterGate(gated);

  function afterGate(gated: GateResult): Admission | Promise<Admission> {
    if (!gated.ok) {
      session.release();
      const agentWide = gated.key.startsWith('agent:');
      const cap = limits.gates.find((g) => g.key === gated.key)!.cap;
      return refused(agentWide ? 'concurrency:agent' : `concurrency:${item}`, `at most ${cap} ${unit} ${agentWide ? 'of this agent' : `to this ${item}`} may be in flight; wait for one to finish`);
    }
    const taken = store.take(limits.buckets, now);
    return taken instanceof Promise ? taken.then((t) => afterTake(t)) : afterTake(taken);
  }

  function afterTake(taken: TakeResult): Admission {
    if (!taken.ok) {
      session.release();
      void store.release(limits.gates);
      const agentWide = taken.key.startsWith('agent:');
      const bucket = limits.buckets.find((b) => b.key === taken.key)!;
      const seconds = Math.max(0.001, taken.retryAfterMs / 1000);
      return refused(
        agentWide ? 'rate:agent' : 'rate:per-minute',
        `rate limit of ${bucket.perMinute} ${unit} per minute ${agentWide ? 'for this agent' : `for this ${item}`} reached; retry in ${seconds.toFixed(seconds < 10 ? 1 : 0)} s`,
        taken.retryAfterMs,
      );
    }
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        session.release();
        void store.release(limits.gates);
      },
    };
  }
}

function refused(rule: string, message: string, retryAfterMs?: number): Admission {
  if (retryAfterMs === undefined) return { ok: false, rule, error: new FirewallError('RATE_LIMITED', message) };
  return { ok: false, rule, error: new FirewallError('RATE_LIMITED', message, {}, { retryAfterMs }), retryAfterMs };
}
