import { FirewallError } from '../errors.js';
import type { CompiledServer } from '../config/types.js';
import type { JsonRpcNotification } from '../jsonrpc/messages.js';
import type { DownstreamLink } from './link.js';

/**
 * Reads what a tool server offers, for verification: every page of each list, only the lists
 * that pins, approvals or the manifest need, and again whenever the server says a list changed.
 */

const MAX_LIST_PAGES = 50;
const RELIST_ON = new Set(['notifications/tools/list_changed', 'notifications/prompts/list_changed', 'notifications/resources/list_changed']);

/** What a server listed; prompts, templates and resources stay empty unless wanted and offered. */
export interface ServerLists {
  tools: Record<string, unknown>[];
  prompts: Record<string, unknown>[];
  resourceTemplates: Record<string, unknown>[];
  resources: Record<string, unknown>[];
}

/** A list_changed notification: the server must be listed and verified again. */
export function asksRelist(message: JsonRpcNotification): boolean {
  return RELIST_ON.has(message.method);
}

/** Lists everything pinned; `offered` says whether the server offers a capability. */
export async function listServer(
  link: DownstreamLink,
  server: CompiledServer,
  inventory: boolean,
  offered: (capability: 'prompts' | 'resources') => boolean,
): Promise<ServerLists> {
  const tools = (await listAll(link, 'tools/list', 'tools', server.initTimeoutMs)).filter((t) => typeof t.name === 'string');
  const pins = server.pins;
  // Listed when pinned, approved or asked for (manifest init/lock), and only when offered.
  const approves = { prompts: (server.prompts?.size ?? 0) > 0, resources: (server.resources?.length ?? 0) > 0 };
  const want = (key: 'prompts' | 'resourceTemplates' | 'resources', capability: 'prompts' | 'resources'): boolean =>
    (inventory || (key !== 'resources' && pins?.[key] !== undefined) || approves[capability]) && offered(capability);
  const prompts = want('prompts', 'prompts') ? await listAll(link, 'prompts/list', 'prompts', server.initTimeoutMs) : [];
  const resourceTemplates = want('resourceTemplates', 'resources') ? await listAll(link, 'resources/templates/list', 'resourceTemplates', server.initTimeoutMs) : [];
  const resources = want('resources', 'resources') ? await listAll(link, 'resources/list', 'resources', server.initTimeoutMs) : [];
  return { tools, prompts, resourceTemplates, resources };
}

async function listAll(link: DownstreamLink, method: string, key: string, timeoutMs: number): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_LIST_PAGES; page++) {
    const { result } = await link.request(method, cursor ? { cursor } : undefined, { timeoutMs });
    const body = result as Record<string, unknown> | undefined;
    const list = body?.[key];
    if (!Array.isArray(list)) throw new FirewallError('DOWNSTREAM_UNAVAILABLE', `the tool server sent an invalid ${method} result`);
    for (const item of list) if (item && typeof item === 'object' && !Array.isArray(item)) items.push(item as Record<string, unknown>);
    cursor = typeof body?.nextCursor === 'string' ? body.nextCursor : undefined;
    if (!cursor) break;
  }
  return items;
}

/**
 * Coalesces list_changed notifications: while a re-verification runs, any number of further
 * notifications cause exactly one more, of the link that asked last (a restarted server's link
 * replaces its dead predecessor's). A server flooding list_changed costs one listing at a time,
 * and results are applied in order.
 */
export class RelistQueue {
  private running: Promise<void> | undefined;
  /** The link that asked during the running listing, if any. */
  private asked: DownstreamLink | undefined;

  constructor(
    private readonly relistOnce: (link: DownstreamLink) => Promise<void>,
    /** Whether the link is still the connection's live one: a replaced or dead link is not listed again. */
    private readonly current: (link: DownstreamLink) => boolean,
  ) {}

  relist(link: DownstreamLink): Promise<void> {
    if (this.running) {
      this.asked = link;
      return this.running;
    }
    this.running = (async () => {
      for (let next: DownstreamLink | undefined = link; next !== undefined; ) {
        this.asked = undefined;
        await this.relistOnce(next);
        next = this.asked !== undefined && this.current(this.asked) ? this.asked : undefined;
      }
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }
}
