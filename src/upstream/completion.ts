import { z } from 'zod';
import { FirewallError } from '../errors.js';
import type { CompiledAgent } from '../config/types.js';
import type { JsonRpcRequest } from '../jsonrpc/messages.js';
import type { ExchangeContext } from '../pipeline/stage.js';
import { quoteInput } from '../quote-input.js';
import { defangExfiltration } from '../scan/exfiltration.js';
import { scanText } from '../scan/index.js';
import type { Firewall } from './firewall.js';
import { resolvePrompt } from './prompts.js';
import { resolveResource } from './resources.js';
import type { ItemLimiter } from './item-limits.js';

/**
 * completion/complete, only for an approved prompt or resource template this agent may use
 * (resolved by the same functions as prompts/get and resources/read), only for an argument
 * that prompt or template declares. Each suggested value is scanned like tool text (hidden
 * characters stripped, secrets redacted, data-carrying links defanged); a value the scanner
 * flags or blocks is dropped, and the drop is audited. Values are not wrapped in delimiters:
 * a completion is a value the user picks for an argument, and a wrapped value would be a
 * different value. What the user picks is checked again as a prompt argument, and the prompt
 * text it produces is scanned and wrapped.
 */

const MAX_VALUE = 4096;
const resultSchema = z.object({
  completion: z.object({ values: z.array(z.string().max(MAX_VALUE)).max(100), total: z.number().int().min(0).optional(), hasMore: z.boolean().optional() }),
});

export async function complete(firewall: Firewall, agent: CompiledAgent, limiter: ItemLimiter, request: JsonRpcRequest, ctx: ExchangeContext, signal: AbortSignal): Promise<unknown> {
  const params = request.params ?? {};
  const ref = params.ref as Record<string, unknown> | undefined;
  const argument = params.argument as Record<string, unknown> | undefined;
  if (!ref || typeof ref !== 'object' || !argument || typeof argument.name !== 'string' || typeof argument.value !== 'string' || argument.value.length > MAX_VALUE) {
    throw new FirewallError('ARGS_INVALID', `completion/complete needs "ref" and an "argument" with string "name" and "value" (at most ${MAX_VALUE} characters)`);
  }
  let server: string;
  let forwardRef: Record<string, unknown>;
  let declared: readonly string[];
  let admitted: (forward: () => Promise<unknown>) => Promise<unknown>;
  if (ref.type === 'ref/prompt') {
    const prompt = resolvePrompt(firewall, agent, ctx, ref.name);
    [server, forwardRef, declared] = [prompt.server, { type: 'ref/prompt', name: prompt.prompt }, prompt.argNames];
    admitted = (forward) => limiter.run(ctx, 'prompt', prompt.exposed, prompt, forward);
  } else if (ref.type === 'ref/resource') {
    const resolved = resolveResource(firewall, agent, ctx, ref, true);
    [server, forwardRef, declared] = [resolved.server, { type: 'ref/resource', uri: resolved.uri }, resolved.resource.template!.variables];
    admitted = (forward) => limiter.run(ctx, 'resource', `${resolved.server}:${resolved.resource.key}`, resolved.resource, forward);
  } else throw new FirewallError('ARGS_INVALID', 'ref.type must be "ref/prompt" or "ref/resource"');
  if (!declared.includes(argument.name)) throw new FirewallError('ARGS_INVALID', `"${quoteInput(argument.name)}" is not an argument of this ${ref.type === 'ref/prompt' ? 'prompt' : 'template'}`);
  const context = checkContext(params.context, declared);
  const raw = JSON.stringify({ argument, context });
  ctx.argsHash = firewall.hashPayload(raw);
  ctx.details.argsBytes = Buffer.byteLength(raw);
  const forward = { ref: forwardRef, argument: { name: argument.name, value: argument.value }, ...(context ? { context: { arguments: context } } : {}) };
  return admitted(async () => {
    ctx.forwarded = true;
    const { result, bytes } = await firewall.connections.get(server)!.request('completion/complete', forward, { timeoutMs: firewall.policy.limits.defaultTimeoutMs, signal });
    return completed(firewall, ctx, result, bytes);
  });
}

function completed(firewall: Firewall, ctx: ExchangeContext, result: unknown, bytes: number): unknown {
  ctx.responseBytes = bytes;
  ctx.resultHash = firewall.hashPayload(JSON.stringify(result) ?? '');
  const parsed = resultSchema.safeParse(result);
  if (!parsed.success) throw new FirewallError('RESULT_INVALID', 'the server did not send a valid completion/complete result');
  const values = scanValues(firewall, ctx, parsed.data.completion.values);
  const { total, hasMore } = parsed.data.completion;
  return { completion: { values, ...(total !== undefined ? { total: Math.max(total - (parsed.data.completion.values.length - values.length), values.length) } : {}), ...(hasMore !== undefined ? { hasMore } : {}) } };
}

/** Earlier-chosen arguments the server may use to narrow suggestions: declared names, strings only. */
function checkContext(context: unknown, declared: readonly string[]): Record<string, string> | undefined {
  if (context === undefined) return undefined;
  const args = (context as { arguments?: unknown } | null)?.arguments;
  if (args === undefined) return undefined;
  if (!args || typeof args !== 'object' || Array.isArray(args)) throw new FirewallError('ARGS_INVALID', 'context.arguments must be an object of strings');
  for (const [name, value] of Object.entries(args)) {
    if (!declared.includes(name)) throw new FirewallError('ARGS_INVALID', `context argument "${quoteInput(name)}" is not declared`);
    if (typeof value !== 'string' || value.length > MAX_VALUE) throw new FirewallError('ARGS_INVALID', `context argument "${quoteInput(name)}" must be a string of at most ${MAX_VALUE} characters`);
  }
  return args as Record<string, string>;
}

function scanValues(firewall: Firewall, ctx: ExchangeContext, values: string[]): string[] {
  const scan = firewall.policy.scan;
  const out: string[] = [];
  const rules = new Set<string>();
  let dropped = 0;
  for (const value of values) {
    let text = value;
    if (scan.enabled) {
      const report = scanText(value, scan);
      for (const hit of report.rules) rules.add(`scan:${hit.ruleId}`);
      if (report.verdict !== 'pass') {
        dropped += 1;
        continue;
      }
      text = report.text;
    }
    if (scan.exfiltration.mode === 'defang') text = defangExfiltration(text, scan.exfiltration.allow).text;
    out.push(text);
  }
  ctx.rules.push(...[...rules].sort());
  ctx.details.values = out.length;
  if (dropped > 0) {
    ctx.details.valuesDropped = dropped;
    ctx.decision = 'flag';
  }
  return out;
}
