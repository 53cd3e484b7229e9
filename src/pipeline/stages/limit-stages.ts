import { FirewallError } from '../../errors.js';
import type { CompiledAgent, CompiledTool } from '../../config/types.js';
import type { BucketRequest, GateRequest, GateResult, LimitStore, TakeResult } from '../../policy/limit-store.js';
import { ConcurrencyGate } from '../../policy/rate-limit.js';
import { PASS, reject, type ExchangeContext, type Stage, type Verdict } from '../stage.js';
import type { CallRequest } from './request-stages.js';

interface ToolLimits {
  buckets: BucketRequest[];
  gates: GateRequest[];
}

/**
 * Rate and concurrency limits. The session cap is this session's own; every other budget is
 * keyed by agent id and resolved tool in the process-wide `store`, so all sessions of an agent,
 * reconnects and rotated keys draw from one budget. The tool was resolved by exact name before
 * this stage, so name variants cannot open fresh buckets. A granted slot is released by the
 * exchange's `finally` hooks, whatever the outcome.
 */
export function limitStage(sessionCap: number, store: LimitStore, now: () => number = () => performance.now()): Stage<CallRequest> & { inFlight(): number } {
  const session = new ConcurrencyGate(sessionCap);
  // Keys and settings per (agent, tool), built on first use instead of per call.
  const limits = new Map<string, ToolLimits>();
  let inFlight = 0;
  const limitsOf = (agent: CompiledAgent, tool: CompiledTool): ToolLimits => {
    const id = `${agent.id}\0${tool.exposed}`;
    let found = limits.get(id);
    if (!found) limits.set(id, (found = compileLimits(agent, tool)));
    return found;
  };
  return {
    name: 'limits',
    inFlight: () => inFlight,
    run(ctx) {
      const tool = ctx.tool!;
      const { buckets, gates } = limitsOf(ctx.agent, tool);
      // Concurrency first, so a call refused for being one too many does not spend a rate token.
      if (!session.acquire()) {
        ctx.rules.push('concurrency:session');
        return reject(new FirewallError('RATE_LIMITED', `at most ${sessionCap} calls may be in flight in this session; wait for one to finish`));
      }
      // An in-process store answers at once; a shared one may answer later. Only the latter awaits.
      const gated = store.acquire(gates);
      return gated instanceof Promise ? gated.then((g) => afterGate(ctx, g, buckets, gates)) : afterGate(ctx, gated, buckets, gates);
    },
  };

  function afterGate(ctx: ExchangeContext, gated: GateResult, buckets: BucketRequest[], gates: GateRequest[]): Verdict<CallRequest> | Promise<Verdict<CallRequest>> {
    if (!gated.ok) {
      session.release();
      const agentWide = gated.key.startsWith('agent:');
      ctx.rules.push(agentWide ? 'concurrency:agent' : 'concurrency:tool');
      const cap = gates.find((g) => g.key === gated.key)!.cap;
      return reject(new FirewallError('RATE_LIMITED', `at most ${cap} calls ${agentWide ? 'of this agent' : 'to this tool'} may be in flight; wait for one to finish`));
    }
    const taken = store.take(buckets, now());
    return taken instanceof Promise ? taken.then((t) => afterTake(ctx, t, buckets, gates)) : afterTake(ctx, taken, buckets, gates);
  }

  function afterTake(ctx: ExchangeContext, taken: TakeResult, buckets: BucketRequest[], gates: GateRequest[]): Verdict<CallRequest> {
    if (!taken.ok) {
      session.release();
      void store.release(gates);
      const agentWide = taken.key.startsWith('agent:');
      const bucket = buckets.find((b) => b.key === taken.key)!;
      ctx.rules.push(agentWide ? 'rate:agent' : 'rate:per-minute');
      ctx.details.retryAfterMs = taken.retryAfterMs;
      const seconds = Math.max(0.001, taken.retryAfterMs / 1000);
      return reject(
        new FirewallError(
          'RATE_LIMITED',
          `rate limit of ${bucket.perMinute} calls per minute ${agentWide ? 'for this agent' : 'for this tool'} reached; retry in ${seconds.toFixed(seconds < 10 ? 1 : 0)} s`,
          {},
          { retryAfterMs: taken.retryAfterMs },
        ),
      );
    }
    inFlight += 1;
    ctx.finally.push(() => {
      inFlight -= 1;
      session.release();
      void store.release(gates);
    });
    return PASS;
  }
}

function compileLimits(agent: CompiledAgent, tool: CompiledTool): ToolLimits {
  const buckets: BucketRequest[] = [];
  const gates: GateRequest[] = [];
  const toolKey = `tool:${agent.id}\0${tool.exposed}`;
  if (tool.maxConcurrent !== undefined) gates.push({ key: toolKey, cap: tool.maxConcurrent });
  if (agent.maxConcurrent !== undefined) gates.push({ key: `agent:${agent.id}`, cap: agent.maxConcurrent });
  if (tool.rateLimit) buckets.push({ key: toolKey, ...tool.rateLimit });
  if (agent.rateLimit) buckets.push({ key: `agent:${agent.id}`, ...agent.rateLimit });
  return { buckets, gates };
}
