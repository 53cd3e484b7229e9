import type { AuditEntry, Decision } from '../audit/record.js';
import type { FirewallError } from '../errors.js';
import type { ExchangeContext } from '../pipeline/stage.js';
import type { Firewall } from './firewall.js';

/**
 * The one audit record of an exchange (a tool call, a list, a resource, a prompt, a completion): which
 * item (server and manifest name, never a raw URI), the decision, rule ids, sizes and keyed
 * hashes. Written before the answer is sent; false means the answer must not go out.
 */

const DECISION_BY_CODE: Partial<Record<FirewallError['code'], Decision>> = {
  SCAN_BLOCKED: 'block',
  DOWNSTREAM_UNAVAILABLE: 'error',
  DOWNSTREAM_TIMEOUT: 'error',
  DOWNSTREAM_ERROR: 'error',
  RESULT_INVALID: 'error',
  RESULT_TOO_LARGE: 'error',
  INTERNAL: 'error',
  AUDIT_UNAVAILABLE: 'error',
};

export function refusalDecision(error: FirewallError, ctx: ExchangeContext): Decision {
  return ctx.decision === 'block' ? 'block' : (DECISION_BY_CODE[error.code] ?? (ctx.forwarded ? 'error' : 'deny'));
}

export function auditExchange(firewall: Firewall, ctx: ExchangeContext, decision: Decision, reason: string): boolean {
  return firewall.record(exchangeEntry(ctx, decision, reason));
}

/** auditExchange sharing the tick's write (Firewall.recordSoon): await it before answering. */
export function auditExchangeSoon(firewall: Firewall, ctx: ExchangeContext, decision: Decision, reason: string): Promise<boolean> {
  return firewall.recordSoon(exchangeEntry(ctx, decision, reason));
}

function exchangeEntry(ctx: ExchangeContext, decision: Decision, reason: string): AuditEntry {
  return {
    auditId: ctx.auditId,
    agent: ctx.agent.id,
    session: ctx.session,
    method: ctx.method,
    ...(ctx.exposed !== undefined ? { exposed: ctx.exposed } : {}),
    ...(ctx.server !== undefined ? { server: ctx.server } : {}),
    ...(ctx.item !== undefined ? { tool: ctx.item } : {}),
    decision,
    reason,
    ...(ctx.rules.length ? { rules: ctx.rules } : {}),
    ...(ctx.requestBytes !== undefined ? { requestBytes: ctx.requestBytes } : {}),
    ...(ctx.responseBytes !== undefined ? { responseBytes: ctx.responseBytes } : {}),
    ...(ctx.argsHash ? { argsHash: ctx.argsHash } : {}),
    ...(ctx.resultHash ? { resultHash: ctx.resultHash } : {}),
    durationMs: Math.round((performance.now() - ctx.started) * 1000) / 1000,
    ...(Object.keys(ctx.details).length ? { details: ctx.details } : {}),
  };
}
