import { z } from 'zod';
import { FirewallError } from '../errors.js';
import type { CompiledAgent, CompiledResource } from '../config/types.js';
import type { JsonRpcRequest } from '../jsonrpc/messages.js';
import type { ExchangeContext } from '../pipeline/stage.js';
import { checkAccess } from '../policy/access.js';
import { exposeUri, parseExposedUri } from '../policy/namespace.js';
import { ContentGuard } from './content-guard.js';
import { checkContent, type ResourceContent } from './resource-content.js';
import type { Firewall } from './firewall.js';
import type { Subscriber } from './subscriptions.js';
import type { Observe } from '../taint/session-taint.js';
import type { ItemLimiter } from './item-limits.js';

/**
 * resources/read, resources/subscribe and resources/unsubscribe. A URI resolves to its server
 * by its namespace prefix and to the approved entry it falls under; the agent's access to that
 * entry is decided by the same function as the listing. The record names the entry, never the
 * URI (only its keyed hash).
 */

const contentSchema = z.union([
  z.object({ uri: z.string().max(4096), mimeType: z.string().max(200).optional(), text: z.string() }),
  z.object({ uri: z.string().max(4096), mimeType: z.string().max(200).optional(), blob: z.string() }),
]);
const readResultSchema = z.object({ contents: z.array(contentSchema).max(1000) });

export interface ResolvedResource {
  resource: CompiledResource;
  server: string;
  uri: string;
}

/** The approved entry behind an exposed URI, if this agent may use it now; throws the refusal otherwise. */
export function resolveResource(firewall: Firewall, agent: CompiledAgent, ctx: ExchangeContext, params: Record<string, unknown> | undefined, asTemplate = false): ResolvedResource {
  const exposed = params?.uri;
  if (typeof exposed !== 'string' || exposed.length > 4096) throw new FirewallError('ARGS_INVALID', `${ctx.method} needs a "uri" string`);
  ctx.details.uriHash = firewall.hashPayload(exposed);
  const parsed = parseExposedUri(exposed);
  const resource = !parsed
    ? undefined
    : asTemplate
      ? firewall.connections.get(parsed.server)?.server.resources?.find((r) => r.kind === 'template' && r.source === parsed.uri)
      : firewall.catalog.resourceFor(parsed.server, parsed.uri);
  if (!parsed || !resource) throw new FirewallError('NOT_APPROVED', `no approved resource ${asTemplate ? 'template' : ''} has this URI`.replace('  ', ' '));
  ctx.server = parsed.server;
  ctx.item = resource.key;
  ctx.exposed = `${parsed.server}:${resource.key}`;
  const access = checkAccess(agent, resource);
  if (!access.ok) {
    ctx.rules.push(...access.missing.map((m) => `${access.rule}:${m}`));
    throw new FirewallError('POLICY_DENIED', `agent "${agent.id}" lacks ${access.rule} ${access.missing.map((m) => `"${m}"`).join(', ')} for this resource`);
  }
  const refusal = firewall.catalog.refusal(resource, 'this resource');
  if (refusal) throw refusal;
  if (!firewall.auditWritable()) throw new FirewallError('AUDIT_UNAVAILABLE');
  return { resource, server: parsed.server, uri: parsed.uri };
}

export class ResourceHandlers {
  private readonly guard: ContentGuard;

  constructor(
    private readonly firewall: Firewall,
    private readonly agent: CompiledAgent,
    private readonly subscriber: Subscriber,
    private readonly observe: Observe,
    private readonly limiter: ItemLimiter,
  ) {
    this.guard = new ContentGuard(firewall.policy);
  }

  async read(request: JsonRpcRequest, ctx: ExchangeContext, signal: AbortSignal): Promise<unknown> {
    const resolved = resolveResource(this.firewall, this.agent, ctx, request.params);
    return this.limiter.run(ctx, 'resource', `${resolved.server}:${resolved.resource.key}`, resolved.resource, () => this.readResolved(resolved, ctx, signal));
  }

  private async readResolved({ resource, server, uri }: ResolvedResource, ctx: ExchangeContext, signal: AbortSignal): Promise<unknown> {
    const connection = this.firewall.connections.get(server)!;
    ctx.forwarded = true;
    const { result, bytes } = await connection.request('resources/read', { uri }, { timeoutMs: this.firewall.policy.limits.defaultTimeoutMs, signal });
    ctx.responseBytes = bytes;
    ctx.resultHash = this.firewall.hashPayload(JSON.stringify(result) ?? '');
    const parsed = readResultSchema.safeParse(result);
    if (!parsed.success) throw new FirewallError('RESULT_INVALID', 'the server did not send a valid resources/read result');
    const allowed: ResourceContent[] = [];
    const governed: CompiledResource[] = [];
    for (const content of parsed.data.contents) {
      // A read may return more than the URI asked for (e.g. a folder's files): each content passes on its own approval.
      const governing = content.uri === uri ? resource : this.firewall.catalog.resourceFor(server, content.uri);
      if (!governing || !checkAccess(this.agent, governing).ok || !this.firewall.catalog.state(governing).ok) {
        ctx.details.contentsDropped = Number(ctx.details.contentsDropped ?? 0) + 1;
        continue;
      }
      governed.push(governing);
      allowed.push(checkContent(ctx, content, governing, this.listedMimeType(server, content.uri, governing)));
    }
    const texts = allowed.filter((c): c is Extract<ResourceContent, { text: string }> => 'text' in c);
    const guarded = await this.guard.guard(
      ctx,
      texts.map((c) => ({ type: 'resource' as const, resource: { uri: c.uri, ...(c.mimeType ? { mimeType: c.mimeType } : {}), text: c.text } })),
    );
    // What the model is shown labels the session (session taint), each content under its own approval.
    const observed = { flagged: guarded.warning !== undefined, texts: texts.map((c) => c.text) };
    for (const entry of new Set(governed)) this.observe(`${server} resource ${entry.key}`, entry.capabilities, observed);
    let next = 0;
    const contents = allowed.map((c) => {
      const exposed = exposeUri(server, c.uri);
      if (!('text' in c)) return { ...c, uri: exposed };
      const block = guarded.blocks[next++];
      const text = block?.type === 'resource' && 'text' in block.resource ? block.resource.text : '';
      return { ...c, uri: exposed, text: guarded.warning ? `${guarded.warning}\n${text}` : text };
    });
    ctx.details.contents = contents.length;
    return { contents };
  }

  async subscribe(request: JsonRpcRequest, ctx: ExchangeContext): Promise<unknown> {
    const { resource, server, uri } = resolveResource(this.firewall, this.agent, ctx, request.params);
    return this.limiter.run(ctx, 'resource', `${server}:${resource.key}`, resource, async () => {
      ctx.forwarded = true;
      try {
        await this.firewall.subscriptions.subscribe(this.subscriber, server, uri, this.firewall.policy.limits.defaultTimeoutMs);
      } catch (err) {
        if (err instanceof RangeError) throw new FirewallError('RATE_LIMITED', err.message);
        throw err;
      }
      return {};
    });
  }

  /** Unsubscribing needs no access: an agent may always stop updates, even after losing access. */
  async unsubscribe(request: JsonRpcRequest, ctx: ExchangeContext): Promise<unknown> {
    const exposed = request.params?.uri;
    if (typeof exposed !== 'string') throw new FirewallError('ARGS_INVALID', 'resources/unsubscribe needs a "uri" string');
    ctx.details.uriHash = this.firewall.hashPayload(exposed);
    const parsed = parseExposedUri(exposed);
    if (!parsed || !this.firewall.connections.has(parsed.server)) throw new FirewallError('NOT_APPROVED', 'no approved resource has this URI');
    ctx.server = parsed.server;
    await this.firewall.subscriptions.unsubscribe(this.subscriber, parsed.server, parsed.uri, this.firewall.policy.limits.defaultTimeoutMs);
    return {};
  }

  /** The MIME type the server listed for a URI (or its template), used when a content omits it. */
  private listedMimeType(server: string, uri: string, resource: CompiledResource): string | undefined {
    const inventory = this.firewall.connections.get(server)?.inventory;
    const listed = inventory?.resources?.find((r) => r.uri === uri) ?? (resource.kind === 'template' ? inventory?.resourceTemplates.find((t) => t.uriTemplate === resource.source) : undefined);
    return typeof listed?.mimeType === 'string' ? listed.mimeType : undefined;
  }
}
