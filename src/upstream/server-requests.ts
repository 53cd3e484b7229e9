import type { PayloadHasher } from '../audit/payload-hash.js';
import type { AuditEntry, Decision, DetailValue } from '../audit/record.js';
import { NO_CLIENT_REQUESTS, type CompiledClientRequests } from '../config/client-requests-schema.js';
import type { FirewallPolicy } from '../config/types.js';
import { FirewallError, toFirewallError } from '../errors.js';
import { resultResponse, type JsonRpcId, type JsonRpcRequest, type JsonRpcResponse } from '../jsonrpc/messages.js';
import { protocolError } from '../jsonrpc/wire-errors.js';
import { quoteInput } from '../quote-input.js';
import { redactSecrets } from '../scan/index.js';
import { newAuditId } from './audit-id.js';
import type { CallsInFlight, HostChannel } from './calls-in-flight.js';
import { elicitationAnswer, prepareElicitation } from './elicitation-request.js';
import { prepareSampling, samplingAnswer } from './sampling-request.js';
import { newTally, tallyDetails, tallyRules, textScreen, type ScreenTally, type TextScreen } from './text-screen.js';

/**
 * Requests a tool server sends toward the host. Each passes three gates, in order: the
 * server's manifest allows the method (`clientRequests`), one host session can be named as
 * the one it is for (a call of that session is in flight on the server), and that host
 * declared the capability. `roots/list` never reaches the host: the firewall answers it with
 * the manifest's roots. Every request, forwarded or refused, gets one audit record; refusals
 * go back to the server as JSON-RPC errors.
 */

export interface ServerRequestDeps {
  policy: FirewallPolicy;
  calls: CallsInFlight;
  hashPayload: PayloadHasher;
  record(entry: AuditEntry): boolean;
}

interface Exchange {
  auditId: string;
  server: string;
  method: string;
  started: number;
  host?: HostChannel;
  requestBytes: number;
  argsHash: string;
  details: Record<string, unknown>;
  rules: string[];
  decision?: Decision;
}

const DECISION: Partial<Record<FirewallError['code'], Decision>> = { SCAN_BLOCKED: 'block', HOST_ERROR: 'error', HOST_TIMEOUT: 'error', CANCELLED: 'error', INTERNAL: 'error' };

export class ServerRequests {
  /** The server's own ids of its forwarded requests, so it can cancel them. */
  private readonly open = new Map<string, AbortController>();
  private readonly allowed = new Map<string, CompiledClientRequests>();
  private readonly screen: TextScreen;

  constructor(private readonly deps: ServerRequestDeps) {
    for (const server of deps.policy.servers) this.allowed.set(server.id, server.clientRequests ?? NO_CLIENT_REQUESTS);
    this.screen = textScreen(deps.policy.scan);
  }

  handle(server: string, request: JsonRpcRequest, reply: (response: JsonRpcResponse) => void, relatedId: JsonRpcId | undefined): void {
    // A server may check that the firewall is alive; nothing is asked of the host.
    if (request.method === 'ping') return reply(resultResponse(request.id, {}));
    const params = request.params ?? {};
    const text = JSON.stringify(params);
    const ex: Exchange = {
      auditId: newAuditId(),
      server,
      method: quoteInput(request.method, 100),
      started: performance.now(),
      requestBytes: Buffer.byteLength(text),
      argsHash: this.deps.hashPayload(text),
      details: {},
      rules: [],
    };
    const key = `${server}\0${typeof request.id}:${request.id}`;
    const cancel = new AbortController();
    this.open.set(key, cancel);
    void this.answer(ex, request.method, params, relatedId, cancel.signal)
      .then(
        (result) => {
          const body = JSON.stringify(result);
          const recorded = this.audit(ex, ex.decision ?? 'allow', 'ok', { responseBytes: Buffer.byteLength(body), resultHash: this.deps.hashPayload(body) });
          reply(recorded ? resultResponse(request.id, result) : protocolError(request.id, new FirewallError('AUDIT_UNAVAILABLE'), ex.auditId));
        },
        (err: unknown) => {
          const error = toFirewallError(err);
          this.audit(ex, DECISION[error.code] ?? 'deny', error.code, {});
          reply(protocolError(request.id, error, ex.auditId));
        },
      )
      .finally(() => this.open.delete(key));
  }

  /** The server gave up on one of its requests: the copy at the host is cancelled with the firewall's id. */
  cancelled(server: string, params: Record<string, unknown> | undefined): void {
    const id = params?.requestId;
    if (typeof id === 'string' || typeof id === 'number') this.open.get(`${server}\0${typeof id}:${id}`)?.abort();
  }

  private async answer(ex: Exchange, method: string, params: Record<string, unknown>, relatedId: JsonRpcId | undefined, cancelled: AbortSignal): Promise<Record<string, unknown>> {
    const allowed = this.allowed.get(ex.server) ?? NO_CLIENT_REQUESTS;
    if (method === 'roots/list') {
      if (!allowed.roots) throw notAllowed(ex.server, method);
      ex.details.roots = allowed.roots.length;
      return { roots: allowed.roots.map((r) => ({ ...r })) };
    }
    if (method === 'sampling/createMessage') {
      if (!allowed.sampling) throw notAllowed(ex.server, method);
      const host = this.route(ex, relatedId, 'sampling');
      const prepared = prepareSampling(params, ex.server, allowed.sampling.maxTokens, this.tallied(ex));
      if (prepared.params.maxTokens !== prepared.requestedMaxTokens) {
        ex.details.maxTokensRequested = prepared.requestedMaxTokens;
        ex.details.maxTokensCapped = prepared.params.maxTokens as number;
      }
      this.noteTally(ex, prepared.tally);
      const answer = await this.forward(host, method, prepared.params, 'sampling', allowed.timeoutMs, cancelled, ex);
      const redacted = newTally();
      const result = samplingAnswer(answer, (text) => redactOnly(text, redacted));
      if (redacted.secrets.size) ex.details.answerSecretsRedacted = [...redacted.secrets].sort();
      return result;
    }
    if (method === 'elicitation/create') {
      if (!allowed.elicitation) throw notAllowed(ex.server, method);
      const host = this.route(ex, relatedId, 'elicitation');
      const prepared = prepareElicitation(params, ex.server, this.tallied(ex));
      this.noteTally(ex, prepared.tally);
      return elicitationAnswer(await this.forward(host, method, prepared.params, 'elicitation', allowed.timeoutMs, cancelled, ex));
    }
    throw new FirewallError('METHOD_NOT_ALLOWED', `the firewall does not forward "${ex.method}" from tool servers`);
  }

  /** Scans with the policy, keeping the tally on the exchange so a refusal is audited with its rules. */
  private tallied(ex: Exchange): TextScreen {
    return (text, tally) => {
      const out = this.screen(text, tally);
      this.noteTally(ex, tally);
      return out;
    };
  }

  private noteTally(ex: Exchange, tally: ScreenTally): void {
    Object.assign(ex.details, tallyDetails(tally));
    ex.rules = tallyRules(tally);
    if (tally.verdict === 'flag') ex.decision = 'flag';
  }

  private route(ex: Exchange, relatedId: JsonRpcId | undefined, capability: string): { host: HostChannel; callEnded: AbortSignal } {
    const route = this.deps.calls.route(ex.server, relatedId);
    if (!route.ok) {
      ex.details.route = route.reason;
      throw new FirewallError('HOST_UNROUTABLE', route.reason === 'ambiguous' ? 'calls of several host sessions are in flight on this server, so the request cannot be tied to one' : 'no call of this server is in flight, so no host session can be asked');
    }
    ex.host = route.host;
    if (!route.host.hostCan(capability) || (capability === 'elicitation' && !formElicitation(route.host.hostCapabilities.elicitation))) {
      throw new FirewallError('HOST_CAPABILITY_MISSING', `the host did not declare the "${capability}" capability${capability === 'elicitation' ? ' (form mode)' : ''}`);
    }
    return route;
  }

  private forward(
    route: { host: HostChannel; callEnded: AbortSignal },
    method: string,
    params: Record<string, unknown>,
    capability: string,
    timeoutMs: number,
    cancelled: AbortSignal,
    ex: Exchange,
  ): Promise<Record<string, unknown>> {
    // Given up when the server cancels it or when the call it was made for ends.
    const stop = new AbortController();
    for (const signal of [cancelled, route.callEnded]) {
      if (signal.aborted) stop.abort();
      else signal.addEventListener('abort', () => stop.abort(), { once: true });
    }
    ex.details.forwarded = true;
    return route.host.requestHost(method, params, capability, { timeoutMs, signal: stop.signal });
  }

  private audit(ex: Exchange, decision: Decision, reason: string, extra: { responseBytes?: number; resultHash?: string }): boolean {
    const details: Record<string, DetailValue> = {};
    for (const [k, v] of Object.entries(ex.details)) {
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || Array.isArray(v)) details[k] = v as string[];
    }
    return this.deps.record({
      auditId: ex.auditId,
      agent: ex.host?.agent.id ?? '-',
      session: ex.host?.id ?? '-',
      method: ex.method,
      server: ex.server,
      decision,
      reason,
      ...(ex.rules.length ? { rules: ex.rules } : {}),
      requestBytes: ex.requestBytes,
      argsHash: ex.argsHash,
      ...extra,
      durationMs: Math.round((performance.now() - ex.started) * 1000) / 1000,
      ...(Object.keys(details).length ? { details } : {}),
    });
  }
}

function notAllowed(server: string, method: string): FirewallError {
  return new FirewallError('METHOD_NOT_ALLOWED', `the manifest of tool server "${server}" does not allow ${method} (clientRequests)`);
}

/** Form mode is declared as `{ form: {} }`, or by an empty object (before modes existed). */
function formElicitation(declared: unknown): boolean {
  const value = declared as Record<string, unknown>;
  return Object.keys(value).length === 0 || (typeof value.form === 'object' && value.form !== null);
}

/** The host's answer is its model's output: only credentials are taken out of it. */
function redactOnly(text: string, tally: ScreenTally): string {
  const found = redactSecrets(text);
  for (const s of found.secrets) tally.secrets.add(s);
  return found.text;
}
