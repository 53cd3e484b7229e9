import type { CompiledAgent, CompiledTool } from '../../config/types.js';
import { admit, limitsOf, type Admission, type Limits } from '../../policy/admission.js';
import type { LimitStore } from '../../policy/limit-store.js';
import { ConcurrencyGate } from '../../policy/rate-limit.js';
import { PASS, reject, type ExchangeContext, type Stage, type Verdict } from '../stage.js';
import type { CallRequest } from './request-stages.js';

/**
 * Rate and concurrency limits (policy/admission.ts). The session cap is this session's own and
 * shared with its resource, prompt and completion requests when the session passes its gate;
 * every other budget is keyed by agent id and resolved tool in the process-wide `store`, so all
 * sessions of an agent, reconnects and rotated keys draw from one budget. The tool was resolved
 * by exact name before this stage, so name variants cannot open fresh buckets. A granted slot is
 * released by the exchange's `finally` hooks, whatever the outcome.
 */
export function limitStage(
  sessionCap: number,
  store: LimitStore,
  now: () => number = () => performance.now(),
  session: ConcurrencyGate = new ConcurrencyGate(sessionCap),
): Stage<CallRequest> & { inFlight(): number } {
  // Keys and settings per (agent, tool), built on first use instead of per call.
  const limits = new Map<string, Limits>();
  let inFlight = 0;
  const limitsFor = (agent: CompiledAgent, tool: CompiledTool): Limits => {
    const id = `${agent.id}\0${tool.exposed}`;
    let found = limits.get(id);
    if (!found) limits.set(id, (found = limitsOf(agent.id, agent, `tool:${id}`, tool)));
    return found;
  };
  const settle = (ctx: ExchangeContext, admission: Admission): Verdict<CallRequest> => {
    if (!admission.ok) {
      ctx.rules.push(admission.rule);
      if (admission.retryAfterMs !== undefined) ctx.details.retryAfterMs = admission.retryAfterMs;
      return reject(admission.error);
    }
    inFlight += 1;
    ctx.finally.push(() => {
      inFlight -= 1;
      admission.release();
    });
    return PASS;
  };
  return {
    name: 'limits',
    inFlight: () => inFlight,
    run(ctx) {
      const admission = admit(session, sessionCap, store, limitsFor(ctx.agent, ctx.tool!), now(), 'tool');
      return admission instanceof Promise ? admission.then((a) => settle(ctx, a)) : settle(ctx, admission);
    },
  };
}
