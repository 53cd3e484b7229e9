import { type FirewallError, toFirewallError } from '../errors.js';
import type { ExchangeContext, Stage, Verdict } from './stage.js';

export type RunOutcome<T> = { ok: true; message: T } | { ok: false; error: FirewallError; stage: string };

/**
 * Runs a precomputed stage list. The first reject stops it; a stage that throws is a reject,
 * so a bug in a check fails closed. Synchronous stages are not awaited, keeping the hot path
 * free of needless microtask hops.
 */
export async function runStages<T>(stages: readonly Stage<T>[], ctx: ExchangeContext, message: T): Promise<RunOutcome<T>> {
  let current = message;
  for (const stage of stages) {
    let verdict: Verdict<T>;
    try {
      const out = stage.run(ctx, current);
      verdict = out instanceof Promise ? await out : out;
    } catch (err) {
      const error = toFirewallError(err);
      ctx.details[`stageFault`] = stage.name;
      return { ok: false, error, stage: stage.name };
    }
    if (verdict.kind === 'reject') return { ok: false, error: verdict.error, stage: stage.name };
    if (verdict.kind === 'mutate') current = verdict.message;
  }
  return { ok: true, message: current };
}

