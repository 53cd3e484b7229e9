import type { FirewallError } from '../errors.js';
import type { CompiledAgent, CompiledTool } from '../config/types.js';
import type { Decision } from '../audit/record.js';
import type { AbortLike } from '../downstream/link.js';
import type { RecordTask } from './record-work.js';

/** What one exchange learns on its way through the stages; it becomes the audit record. */
export interface ExchangeContext {
  readonly auditId: string;
  readonly session: string;
  readonly agent: CompiledAgent;
  readonly method: string;
  readonly started: number;
  exposed?: string;
  tool?: CompiledTool;
  /** For exchanges about a resource or prompt: its server and its manifest name. */
  server?: string;
  item?: string;
  decision?: Decision;
  rules: string[];
  details: Record<string, string | number | boolean | string[] | number[]>;
  argsHash?: string;
  resultHash?: string;
  requestBytes?: number;
  responseBytes?: number;
  /** Set once every request stage passed and the call went to the tool server. */
  forwarded?: boolean;
  /** Aborted when the host cancels the exchange (e.g. to stop waiting for the user's approval). */
  signal?: AbortLike;
  /**
   * Tells the host the exchange is still alive, with a message of the firewall's own (a progress
   * notification); present only when the host asked for progress on this request.
   */
  keepAlive?: (message: string) => void;
  /** Run once when the exchange ends, whatever its outcome (e.g. releasing a concurrency slot). */
  finally: Array<() => void>;
  /** Work that only adds facts to the audit record, run off the critical path (record-work.ts). */
  recordWork?: RecordTask[] | undefined;
}

export type Verdict<T> = { kind: 'pass' } | { kind: 'mutate'; message: T } | { kind: 'reject'; error: FirewallError };

export interface Stage<T> {
  readonly name: string;
  run(ctx: ExchangeContext, message: T): Verdict<T> | Promise<Verdict<T>>;
}

export const PASS: Verdict<never> = { kind: 'pass' };

export function reject(error: FirewallError): Verdict<never> {
  return { kind: 'reject', error };
}
