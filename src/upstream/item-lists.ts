import type { CompiledAgent } from '../config/types.js';
import { checkAccess } from '../policy/access.js';
import { exposeUri } from '../policy/namespace.js';
import type { Firewall } from './firewall.js';

/**
 * prompts/list, resources/list and resources/templates/list for one agent: exactly the items a
 * get or read would allow (the same access function and the same live state), under their
 * exposed names and URIs. Built from what each server listed when it was last verified;
 * cached until that changes, and compared so the session can send list_changed only when what
 * this agent sees changed.
 */

export type ItemKind = 'prompts' | 'resources' | 'resourceTemplates';
type Item = Record<string, unknown>;

export class ItemLists {
  private readonly cached = new Map<ItemKind, Item[]>();
  private readonly lastKey = new Map<ItemKind, string>();

  constructor(
    private readonly firewall: Firewall,
    private readonly agent: CompiledAgent,
  ) {}

  list(kind: ItemKind): Item[] {
    let items = this.cached.get(kind);
    if (!items) {
      items = this.build(kind);
      this.cached.set(kind, items);
      this.lastKey.set(kind, JSON.stringify(items));
    }
    return items;
  }

  /** Rebuilds every list; returns the kinds whose visible content changed since last listed. */
  invalidate(): ItemKind[] {
    const changed: ItemKind[] = [];
    for (const kind of ['prompts', 'resources', 'resourceTemplates'] as const) {
      const items = this.build(kind);
      this.cached.set(kind, items);
      const key = JSON.stringify(items);
      if (this.lastKey.has(kind) && this.lastKey.get(kind) !== key) changed.push(kind);
      this.lastKey.set(kind, key);
    }
    return changed;
  }

  private build(kind: ItemKind): Item[] {
    const { catalog, connections } = this.firewall;
    const out: Item[] = [];
    for (const connection of connections.values()) {
      const server = connection.server;
      if (kind === 'prompts') {
        for (const prompt of server.prompts?.values() ?? []) {
          const state = catalog.state(prompt);
          if (checkAccess(this.agent, prompt).ok && state.ok && state.definition) out.push({ ...state.definition, name: prompt.exposed });
        }
      } else if (kind === 'resourceTemplates') {
        for (const resource of server.resources ?? []) {
          if (resource.kind !== 'template') continue;
          const state = catalog.state(resource);
          if (checkAccess(this.agent, resource).ok && state.ok && state.definition) out.push({ ...state.definition, uriTemplate: resource.exposed });
        }
      } else {
        for (const definition of connection.inventory.resources ?? []) {
          if (typeof definition.uri !== 'string') continue;
          const resource = catalog.resourceFor(server.id, definition.uri);
          if (!resource || !checkAccess(this.agent, resource).ok || !catalog.state(resource).ok) continue;
          if (catalog.poisonedListing(definition)) continue;
          out.push({ ...definition, uri: exposeUri(server.id, definition.uri) });
        }
      }
    }
    return out;
  }
}
