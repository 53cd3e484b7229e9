import { FirewallError } from '../../errors.js';
import type { CompiledTool } from '../../config/types.js';
import { ConcurrencyGate, TokenBucket } from '../../policy/rate-limit.js';
import { PASS, reject, type Stage } from '../stage.js';
import type { CallRequest } from './request-stages.js';

/**
 * Rate and concurrency limits for one session. Buckets are keyed by tool (a session is one
 * agent), created on first use from settings compiled at load. A granted slot is released by
 * the exchange's `finally` hooks, whatever the outcome.
 */
export function limitStage(sessionCap: number, now: () => number = () => performance.now()): Stage<CallRequest> & { inFlight(): number } {
  const session = new ConcurrencyGate(sessionCap);
  const buckets = new Map<CompiledTool, TokenBucket>();
  const gates = new Map<CompiledTool, ConcurrencyGate>();
  let inFlight = 0;
  return {
    name: 'limits',
    inFlight: () => inFlight,
    run(ctx) {
      const tool = ctx.tool!;
      // Concurrency first, so a call refused for being one too many does not spend a rate token.
      if (!session.acquire()) {
        ctx.rules.push('concurrency:session');
        return reject(new FirewallError('RATE_LIMITED', `at most ${sessionCap} calls may be in flight; wait for one to finish`));
      }
      let gate: ConcurrencyGate | undefined;
      if (tool.maxConcurrent !== undefined) {
        gate = gates.get(tool);
        if (!gate) gates.set(tool, (gate = new ConcurrencyGate(tool.maxConcurrent)));
        if (!gate.acquire()) {
          session.release();
          ctx.rules.push('concurrency:tool');
          return reject(new FirewallError('RATE_LIMITED', `at most ${tool.maxConcurrent} calls to this tool may be in flight`));
        }
      }
      if (tool.rateLimit) {
        let bucket = buckets.get(tool);
        if (!bucket) buckets.set(tool, (bucket = new TokenBucket(tool.rateLimit.perMinute, tool.rateLimit.burst, now())));
        if (!bucket.take(now())) {
          session.release();
          gate?.release();
          ctx.rules.push('rate:per-minute');
          return reject(new FirewallError('RATE_LIMITED', `rate limit of ${tool.rateLimit.perMinute} calls per minute reached; retry later`));
        }
      }
      inFlight += 1;
      ctx.finally.push(() => {
        inFlight -= 1;
        session.release();
        gate?.release();
      });
      return PASS;
    },
  };
}
