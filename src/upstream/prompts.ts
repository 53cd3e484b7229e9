import { z } from 'zod';
import { FirewallError } from '../errors.js';
import type { CompiledAgent, CompiledPrompt } from '../config/types.js';
import type { JsonRpcRequest } from '../jsonrpc/messages.js';
import type { ExchangeContext } from '../pipeline/stage.js';
import { contentBlockSchema, type ContentBlock } from '../pipeline/stages/result-shape.js';
import { checkAccess } from '../policy/access.js';
import { exposeUri, hasScheme } from '../policy/namespace.js';
import { quoteInput } from '../quote-input.js';
import { ContentGuard } from './content-guard.js';
import { checkContent } from './resource-content.js';
import type { Firewall } from './firewall.js';
import type { Observe } from '../taint/session-taint.js';
import type { ItemLimiter } from './item-limits.js';

/**
 * prompts/get: resolve the exposed name, the same access function as the listing, the live
 * state (a rug-pulled prompt is refused with PIN_MISMATCH), the arguments against the
 * manifest's schema; then every message text and embedded text resource goes through the
 * tool-result stages, and URIs inside the messages are namespaced so the host can read them
 * back through the firewall.
 */

const getResultSchema = z.object({
  description: z.string().optional(),
  messages: z.array(z.object({ role: z.enum(['user', 'assistant']), content: contentBlockSchema })).max(1000),
});

/** The approved prompt behind an exposed name, if this agent may use it now; throws the refusal otherwise. */
export function resolvePrompt(firewall: Firewall, agent: CompiledAgent, ctx: ExchangeContext, name: unknown): CompiledPrompt {
  if (typeof name !== 'string') throw new FirewallError('ARGS_INVALID', `${ctx.method} needs a prompt "name" string`);
  ctx.exposed = name.slice(0, 128);
  const prompt = firewall.policy.prompts?.get(name);
  if (!prompt) throw new FirewallError('NOT_APPROVED', `no approved prompt is named "${quoteInput(name)}"`);
  ctx.server = prompt.server;
  ctx.item = prompt.prompt;
  const access = checkAccess(agent, prompt);
  if (!access.ok) {
    ctx.rules.push(...access.missing.map((m) => `${access.rule}:${m}`));
    throw new FirewallError('POLICY_DENIED', `agent "${agent.id}" lacks ${access.rule} ${access.missing.map((m) => `"${m}"`).join(', ')} for this prompt`);
  }
  const refusal = firewall.catalog.refusal(prompt, 'this prompt');
  if (refusal) throw refusal;
  if (!firewall.auditWritable()) throw new FirewallError('AUDIT_UNAVAILABLE');
  return prompt;
}

export class PromptHandlers {
  private readonly guard: ContentGuard;

  constructor(
    private readonly firewall: Firewall,
    private readonly agent: CompiledAgent,
    private readonly observe: Observe,
    private readonly limiter: ItemLimiter,
  ) {
    this.guard = new ContentGuard(firewall.policy);
  }

  async get(request: JsonRpcRequest, ctx: ExchangeContext, signal: AbortSignal): Promise<unknown> {
    const prompt = resolvePrompt(this.firewall, this.agent, ctx, request.params?.name);
    return this.limiter.run(ctx, 'prompt', prompt.exposed, prompt, () => this.getResolved(prompt, request, ctx, signal));
  }

  private async getResolved(prompt: CompiledPrompt, request: JsonRpcRequest, ctx: ExchangeContext, signal: AbortSignal): Promise<unknown> {
    const args = request.params?.arguments ?? {};
    if (typeof args !== 'object' || args === null || Array.isArray(args)) throw new FirewallError('ARGS_INVALID', 'arguments must be a JSON object of strings');
    const raw = JSON.stringify(args);
    ctx.argsHash = this.firewall.hashPayload(raw);
    ctx.details.argsBytes = Buffer.byteLength(raw);
    const checked = prompt.args.safeParse(args);
    if (!checked.success) {
      ctx.rules.push(...checked.error.issues.slice(0, 5).map((i) => `args:${i.code}`));
      const where = checked.error.issues.slice(0, 5).map((i) => `${i.path.map((p) => quoteInput(String(p))).join('.') || '(arguments)'}: ${quoteInput(i.message, 200)}`);
      throw new FirewallError('ARGS_INVALID', `arguments rejected: ${where.join('; ')}`);
    }
    ctx.forwarded = true;
    const connection = this.firewall.connections.get(prompt.server)!;
    const { result, bytes } = await connection.request('prompts/get', { name: prompt.prompt, arguments: checked.data }, { timeoutMs: this.firewall.policy.limits.defaultTimeoutMs, signal });
    ctx.responseBytes = bytes;
    ctx.resultHash = this.firewall.hashPayload(JSON.stringify(result) ?? '');
    const parsed = getResultSchema.safeParse(result);
    if (!parsed.success) throw new FirewallError('RESULT_INVALID', 'the server did not send a valid prompts/get result');
    const blocks = parsed.data.messages.map((m) => this.checkBinary(ctx, prompt, m.content));
    const guarded = await this.guard.guard(ctx, blocks);
    const texts = guarded.blocks.flatMap((b) => (b.type === 'text' ? [b.text] : b.type === 'resource' && 'text' in b.resource ? [b.resource.text] : []));
    this.observe(prompt.exposed, prompt.capabilities, { flagged: guarded.warning !== undefined, texts });
    const messages = parsed.data.messages.map((m, i) => ({ role: m.role, content: namespaced(prompt.server, guarded.blocks[i]!) }));
    if (guarded.warning) messages.unshift({ role: 'user', content: { type: 'text', text: guarded.warning } });
    ctx.details.messages = messages.length;
    // The description shown is the pinned one the listing carries, not whatever the get result says.
    const description = this.firewall.catalog.state(prompt);
    const pinnedDescription = description.ok ? description.definition?.description : undefined;
    return { ...(typeof pinnedDescription === 'string' ? { description: pinnedDescription } : {}), messages };
  }

  /** An embedded blob passes only under an approved resource entry of this server, within its MIME types and size. */
  private checkBinary(ctx: ExchangeContext, prompt: CompiledPrompt, block: ContentBlock): ContentBlock {
    if (block.type !== 'resource' || !('blob' in block.resource)) return block;
    const resource = this.firewall.catalog.resourceFor(prompt.server, block.resource.uri);
    if (!resource || !checkAccess(this.agent, resource).ok) {
      ctx.rules.push('prompt:blob-unapproved');
      throw new FirewallError('RESULT_INVALID', 'the prompt embeds binary content from a resource that is not approved for this agent');
    }
    checkContent(ctx, block.resource, resource, undefined);
    return block;
  }
}

function namespaced(server: string, block: ContentBlock): ContentBlock {
  if (block.type === 'resource' && hasScheme(block.resource.uri)) return { ...block, resource: { ...block.resource, uri: exposeUri(server, block.resource.uri) } };
  if (block.type === 'resource_link' && hasScheme(block.uri)) return { ...block, uri: exposeUri(server, block.uri) };
  return block;
}
