import { FirewallError, toFirewallError } from '../errors.js';
import type { Decision } from '../audit/record.js';
import { resultResponse, type JsonRpcId, type JsonRpcMessage, type JsonRpcRequest } from '../jsonrpc/messages.js';
import { protocolError, toolRefusal } from '../jsonrpc/wire-errors.js';
import { runRecordWork } from '../pipeline/record-work.js';
import { runStages } from '../pipeline/runner.js';
import { PASS, reject, type ExchangeContext, type Stage } from '../pipeline/stage.js';
import { limitStage } from '../pipeline/stages/limit-stages.js';
import type { ConcurrencyGate } from '../policy/rate-limit.js';
import { accessStage, argumentsStage, availabilityStage, resolveToolStage, type CallRequest } from '../pipeline/stages/request-stages.js';
import { resultShapeStage, structuredContentStage, type CallResult } from '../pipeline/stages/result-shape.js';
import { errorPathsStage } from '../pipeline/stages/error-paths.js';
import { scanStage } from '../pipeline/stages/scan-stage.js';
import { wrapStage } from '../pipeline/stages/wrap-stage.js';
import { argumentSecretsStage } from '../pipeline/stages/argument-secrets.js';
import { exfilStage } from '../pipeline/stages/exfil-stage.js';
import type { StructuredOptions } from '../pipeline/stages/structured-withhold.js';
import { scanText } from '../scan/index.js';
import type { AbortLike } from '../downstream/link.js';
import type { Firewall } from './firewall.js';
import { auditExchangeSoon } from './exchange-audit.js';
import type { TaintStages } from '../taint/taint-stages.js';
import type { HostChannel } from './calls-in-flight.js';
import { progressChannel } from './progress.js';
import { textScreen, type TextScreen } from './text-screen.js';

/** Which decision a refusal from each stage stands for in the audit log. */
const DECISION_BY_CODE: Partial<Record<FirewallError['code'], Decision>> = {
  SCAN_BLOCKED: 'block',
  ARGS_SECRET: 'block',
  DOWNSTREAM_UNAVAILABLE: 'error',
  DOWNSTREAM_TIMEOUT: 'error',
  DOWNSTREAM_ERROR: 'error',
  CIRCUIT_OPEN: 'error',
  SHUTTING_DOWN: 'error',
  RESULT_INVALID: 'error',
  RESULT_TOO_LARGE: 'error',
  CANCELLED: 'error',
  INTERNAL: 'error',
  AUDIT_UNAVAILABLE: 'error',
};

/**
 * tools/call: request stages → one downstream call → response stages → one audit record.
 * The stage lists are built once per session; the hot path is a loop over arrays. Rate budgets
 * live in the firewall's shared limit store, so sessions of one agent share them.
 */
export class CallHandler {
  private readonly requestStages: Stage<CallRequest>[];
  private readonly responseStages: Stage<unknown>[];
  private readonly screen: TextScreen;

  constructor(
    private readonly firewall: Firewall,
    private readonly send: (message: JsonRpcMessage) => void,
    private readonly taint?: TaintStages,
    /** The session the calls come from, so a server's requests during a call can reach its host. */
    private readonly host?: HostChannel,
    /** The session's cap on requests in flight, shared with its resource and prompt requests. */
    sessionGate?: ConcurrencyGate,
  ) {
    const policy = firewall.policy;
    this.requestStages = [
      resolveToolStage(policy),
      auditAvailableStage(firewall),
      accessStage,
      availabilityStage(firewall.availability),
      argumentsStage(firewall.hashPayload),
      ...(policy.scan.secretsInArguments === 'off' ? [] : [argumentSecretsStage(policy.scan.secretsInArguments)]),
      limitStage(policy.limits.maxConcurrentCalls, firewall.limits, undefined, sessionGate),
      // Last: a rate-limited or invalid call never asks the user for approval.
      ...(taint?.request ?? []),
    ];
    const structuredOptions: StructuredOptions = {
      policy: policy.scan.onFlaggedStructuredContent,
      // A tool whose definition is not at hand (quarantined mid-call) is assumed to declare one.
      declaresOutputSchema: (tool) => firewall.definitionOf(tool)?.outputSchema !== undefined || firewall.definitionOf(tool) === undefined,
    };
    const response: Stage<CallResult>[] = [structuredContentStage, errorPathsStage];
    if (policy.scan.enabled) {
      response.push(
        scanStage((text) => scanText(text, policy.scan), structuredOptions),
      );
    }
    if (policy.scan.exfiltration.mode === 'defang') response.push(exfilStage(policy.scan.exfiltration.allow, structuredOptions));
    response.push(...(taint?.response ?? []), wrapStage(policy.delimiter));
    this.responseStages = [resultShapeStage, ...(response as Stage<unknown>[])];
    this.screen = textScreen(policy.scan);
  }

  /**
   * The audit record is written before the answer is sent (one append, shared by the records
   * of the same tick): no answer goes out before its record is in the kernel. When the record
   * cannot be written, the host gets AUDIT_UNAVAILABLE instead of the answer, and the result
   * is never delivered.
   */
  async handle(request: JsonRpcRequest, bytes: number, ctx: ExchangeContext, signal: AbortLike): Promise<void> {
    ctx.requestBytes = bytes;
    ctx.signal = signal;
    const params = request.params ?? {};
    if (typeof params.name !== 'string') {
      const error = new FirewallError('ARGS_INVALID', 'tools/call needs a "name" string');
      if (await this.audit(ctx, 'deny', error.code)) this.send(protocolError(request.id, error, ctx.auditId));
      else this.send(protocolError(request.id, new FirewallError('AUDIT_UNAVAILABLE'), ctx.auditId));
      return;
    }
    try {
      const result = await this.run(ctx, params, signal);
      const late = runRecordWork(ctx);
      if (late) throw late;
      this.answer(request.id, ctx, resultResponse(request.id, result), await this.audit(ctx, ctx.decision ?? 'allow', 'ok'));
    } catch (err) {
      const error = toFirewallError(err);
      const recorded = await this.audit(ctx, DECISION_BY_CODE[error.code] ?? (ctx.forwarded ? 'error' : 'deny'), error.code, error.details);
      // A cancelled request gets no response (the host has stopped waiting for it).
      if (error.code !== 'CANCELLED') this.answer(request.id, ctx, resultResponse(request.id, toolRefusal(error, ctx.auditId)), recorded);
    } finally {
      for (const release of ctx.finally) release();
    }
  }

  private answer(id: JsonRpcId, ctx: ExchangeContext, message: JsonRpcMessage, recorded: boolean): void {
    this.send(recorded ? message : resultResponse(id, toolRefusal(new FirewallError('AUDIT_UNAVAILABLE'), ctx.auditId)));
  }

  private async run(ctx: ExchangeContext, params: Record<string, unknown>, signal: AbortLike): Promise<unknown> {
    const args = params.arguments ?? {};
    if (typeof args !== 'object' || args === null || Array.isArray(args)) throw new FirewallError('ARGS_INVALID', 'arguments must be a JSON object');
    const progress = progressChannel(params, this.send, this.screen);
    if (progress) ctx.keepAlive = progress.keepAlive;
    const pre = await runStages(this.requestStages, ctx, { name: params.name as string, arguments: args as Record<string, unknown> });
    if (!pre.ok) throw pre.error;
    ctx.forwarded = true;
    const tool = ctx.tool!;
    const connection = this.firewall.connections.get(tool.server)!;
    const tracked = this.host ? this.firewall.calls.begin(tool.server, this.host) : undefined;
    let answer: { result: unknown; bytes: number };
    let fault: FirewallError | undefined;
    try {
      const pending = connection.call(tool.tool, pre.message.arguments, {
        timeoutMs: tool.timeoutMs,
        signal,
        maxBytes: tool.maxResultBytes,
        ...(progress ? { onProgress: progress.relay } : {}),
        ...(tracked ? { onSent: tracked.onSent } : {}),
      });
      // The request is on its way: the record-only work runs while the tool server works.
      fault = runRecordWork(ctx);
      answer = await pending;
    } finally {
      tracked?.end();
    }
    if (fault) throw fault;
    const { result, bytes } = answer;
    ctx.responseBytes = bytes;
    ctx.resultHash = this.firewall.hashPayload(serializeResult(result));
    const post = await runStages(this.responseStages, ctx, result);
    if (!post.ok) throw post.error;
    return post.message;
  }

  /** Resolves once the record is written (true) or could not be (false: refuse the exchange). */
  private audit(ctx: ExchangeContext, decision: Decision, reason: string, extra: Record<string, unknown> = {}): Promise<boolean> {
    // Left over when the call was refused before it was forwarded; the refusal stands either way.
    runRecordWork(ctx);
    if (ctx.tool) {
      ctx.server = ctx.tool.server;
      ctx.item = ctx.tool.tool;
    }
    this.taint?.annotate(ctx);
    for (const [key, value] of Object.entries(extra)) {
      if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') ctx.details[key] = value;
    }
    return auditExchangeSoon(this.firewall, ctx, decision, reason);
  }
}

/** First request stage: nothing reaches a tool server while its record could not be written. */
function auditAvailableStage(firewall: Firewall): Stage<CallRequest> {
  return {
    name: 'audit-available',
    run: () => (firewall.auditWritable() ? PASS : reject(new FirewallError('AUDIT_UNAVAILABLE', 'the audit log cannot be written, so the call was not made; retry when the audit log is writable again'))),
  };
}

/** A result nested deep enough to exhaust the stack is the tool's fault, not the firewall's. */
function serializeResult(result: unknown): string {
  try {
    return JSON.stringify(result) ?? '';
  } catch {
    throw new FirewallError('RESULT_INVALID', 'the tool result is nested too deeply');
  }
}
