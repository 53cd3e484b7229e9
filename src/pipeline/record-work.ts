import { type FirewallError, toFirewallError } from '../errors.js';
import type { ExchangeContext } from './stage.js';

/**
 * Work whose only output is facts for the exchange's audit record (the arguments' keyed hash,
 * audit-mode credential findings). Nothing it finds can change whether the call is forwarded,
 * so it need not hold the call up: tools/call runs it while the tool server is working on the
 * request, and whatever is still queued runs before the record is written. A task that throws
 * fails the exchange like a stage that throws.
 */
export interface RecordTask {
  readonly name: string;
  run(): void;
}

export function deferToRecord(ctx: ExchangeContext, task: RecordTask): void {
  (ctx.recordWork ??= []).push(task);
}

/** Runs and clears the queued tasks; returns the first failure (the rest still run). */
export function runRecordWork(ctx: ExchangeContext): FirewallError | undefined {
  const tasks = ctx.recordWork;
  if (!tasks || tasks.length === 0) return undefined;
  ctx.recordWork = undefined;
  let failure: FirewallError | undefined;
  for (const task of tasks) {
    try {
      task.run();
    } catch (err) {
      failure ??= toFirewallError(err);
      ctx.details.stageFault = task.name;
    }
  }
  return failure;
}
