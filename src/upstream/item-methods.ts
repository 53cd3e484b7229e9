import type { CompiledAgent } from '../config/types.js';
import type { JsonRpcMessage, JsonRpcRequest } from '../jsonrpc/messages.js';
import type { ExchangeContext } from '../pipeline/stage.js';
import { checkAccess } from '../policy/access.js';
import { exposeUri } from '../policy/namespace.js';
import { complete } from './completion.js';
import { ItemLimiter } from './item-limits.js';
import type { ConcurrencyGate } from '../policy/rate-limit.js';
import type { Firewall } from './firewall.js';
import { ItemLists, type ItemKind } from './item-lists.js';
import { Pager } from './pagination.js';
import { PromptHandlers } from './prompts.js';
import { ResourceHandlers } from './resources.js';
import type { Subscriber } from './subscriptions.js';
import type { Observe } from '../taint/session-taint.js';

/**
 * The session's methods for resources, prompts, completion and paged lists, as table entries.
 * Each handler returns the result or throws the FirewallError the host gets; the session
 * writes the one audit record either way.
 */

export type MethodHandler = (request: JsonRpcRequest, ctx: ExchangeContext, signal: AbortSignal) => Promise<unknown> | unknown;

const CHANGED: Record<ItemKind, string> = {
  prompts: 'notifications/prompts/list_changed',
  resources: 'notifications/resources/list_changed',
  resourceTemplates: 'notifications/resources/list_changed',
};

export class ItemMethods implements Subscriber {
  readonly lists: ItemLists;
  readonly pager: Pager;
  private readonly resources: ResourceHandlers;
  private readonly prompts: PromptHandlers;
  private readonly limiter: ItemLimiter;

  constructor(
    private readonly firewall: Firewall,
    private readonly agent: CompiledAgent,
    private readonly send: (message: JsonRpcMessage) => void,
    observe: Observe,
    /** The session's cap on requests in flight, shared with its tool calls. */
    sessionGate: ConcurrencyGate,
  ) {
    this.lists = new ItemLists(firewall, agent);
    this.pager = new Pager(firewall.policy.limits.listPageSize ?? 100);
    this.limiter = new ItemLimiter(firewall, agent, sessionGate);
    this.resources = new ResourceHandlers(firewall, agent, this, observe, this.limiter);
    this.prompts = new PromptHandlers(firewall, agent, observe, this.limiter);
  }

  handlers(): Record<string, MethodHandler> {
    const listed = (kind: ItemKind, key: string) => (request: JsonRpcRequest, ctx: ExchangeContext) => {
      const page = this.pager.page(kind, this.lists.list(kind), request.params?.cursor);
      ctx.details.listed = page.items.length;
      return { [key]: page.items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
    };
    return {
      'resources/list': listed('resources', 'resources'),
      'resources/templates/list': listed('resourceTemplates', 'resourceTemplates'),
      'prompts/list': listed('prompts', 'prompts'),
      'resources/read': (request, ctx, signal) => this.resources.read(request, ctx, signal),
      'resources/subscribe': (request, ctx) => this.resources.subscribe(request, ctx),
      'resources/unsubscribe': (request, ctx) => this.resources.unsubscribe(request, ctx),
      'prompts/get': (request, ctx, signal) => this.prompts.get(request, ctx, signal),
      'completion/complete': (request, ctx, signal) => complete(this.firewall, this.agent, this.limiter, request, ctx, signal),
    };
  }

  /**
   * What initialize advertises. A capability is declared when the loaded policy approves at
   * least one item of that kind this agent's clearance and capabilities reach: hosts (Claude
   * Desktop, Inspector) call resources/list and prompts/list at start for every declared
   * capability and show the sections, and the spec has clients use only what was declared. An
   * agent that can never see a prompt gets no empty prompt menu. `listChanged` covers items
   * that come and go with their servers' state after initialize.
   */
  capabilities(): Record<string, unknown> {
    const servers = [...this.firewall.connections.values()].map((c) => c.server);
    const prompts = servers.some((s) => [...(s.prompts?.values() ?? [])].some((p) => checkAccess(this.agent, p).ok));
    const resources = servers.flatMap((s) => s.resources ?? []).filter((r) => checkAccess(this.agent, r).ok);
    const templates = resources.some((r) => r.kind === 'template');
    return {
      ...(resources.length ? { resources: { subscribe: true, listChanged: true } } : {}),
      ...(prompts ? { prompts: { listChanged: true } } : {}),
      ...(prompts || templates ? { completions: {} } : {}),
    };
  }

  /** After the verified set changed: one list_changed per kind whose visible items changed. */
  notifyChanges(): void {
    const methods = new Set(this.lists.invalidate().map((kind) => CHANGED[kind]));
    for (const method of methods) this.send({ jsonrpc: '2.0', method });
  }

  updated(server: string, uri: string): void {
    const resource = this.firewall.catalog.resourceFor(server, uri);
    if (!resource || !checkAccess(this.agent, resource).ok) return;
    this.send({ jsonrpc: '2.0', method: 'notifications/resources/updated', params: { uri: exposeUri(server, uri) } });
  }

  close(): void {
    this.firewall.subscriptions.dropSession(this, this.firewall.policy.limits.defaultTimeoutMs);
  }
}
