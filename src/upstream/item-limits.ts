import type { CompiledAgent } from '../config/types.js';
import type { ExchangeContext } from '../pipeline/stage.js';
import { admit, limitsOf, type Admission, type LimitSettings, type Limits } from '../policy/admission.js';
import type { ConcurrencyGate } from '../policy/rate-limit.js';
import type { Firewall } from './firewall.js';

/**
 * Rate and concurrency limits for the requests about resources and prompts that reach a tool
 * server (resources/read, resources/subscribe, prompts/get, completion/complete). They draw
 * from the same agent total and session cap as tool calls, and from the entry's own budget when
 * its manifest sets one, keyed by agent and entry like a tool's.
 */
export class ItemLimiter {
  private readonly limits = new Map<string, Limits>();

  constructor(
    private readonly firewall: Firewall,
    private readonly agent: CompiledAgent,
    private readonly session: ConcurrencyGate,
  ) {}

  /** Runs `forward` once admitted, releasing its slots when it settles; refusals throw RATE_LIMITED. */
  async run<T>(ctx: ExchangeContext, kind: 'resource' | 'prompt', entry: string, settings: LimitSettings, forward: () => Promise<T>): Promise<T> {
    const key = `${kind}:${this.agent.id}\0${entry}`;
    let limits = this.limits.get(key);
    if (!limits) this.limits.set(key, (limits = limitsOf(this.agent.id, this.agent, key, settings)));
    const admission: Admission = await admit(this.session, this.firewall.policy.limits.maxConcurrentCalls, this.firewall.limits, limits, performance.now(), kind);
    if (!admission.ok) {
      ctx.rules.push(admission.rule);
      if (admission.retryAfterMs !== undefined) ctx.details.retryAfterMs = admission.retryAfterMs;
      throw admission.error;
    }
    try {
      return await forward();
    } finally {
      admission.release();
    }
  }
}
