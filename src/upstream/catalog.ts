import { LRUCache } from 'lru-cache';
import type { AuditEntry } from '../audit/record.js';
import type { CompiledPrompt, CompiledResource, FirewallPolicy } from '../config/types.js';
import type { ServerConnection } from '../downstream/server-connection.js';
import { verifyPrompt, verifyResource, type ItemState } from '../downstream/item-verify.js';
import type { DescriptionVerdict } from '../policy/description-scan.js';
import { FirewallError } from '../errors.js';
import { newAuditId } from './audit-id.js';

/**
 * The live state of every approved prompt and resource entry, recomputed whenever a server's
 * lists change (the same moment tools are re-verified). Each change of state is audited once
 * (`prompts/verify`, `resources/verify`), like a tool's; only `ok` items can be listed or used.
 */

const MESSAGES: Partial<Record<FirewallError['code'], string>> = {
  PIN_MISMATCH: 'its definition changed since it was approved; it is quarantined until its owner reviews it',
  TOOL_POISONED: 'its description carries hidden or injected instructions; it is withheld until its owner reviews it',
  NAME_CONFLICT: 'the server announced it twice; it is withheld',
  DOWNSTREAM_UNAVAILABLE: 'its server does not currently offer it',
};

export class Catalog {
  private readonly states = new Map<CompiledPrompt | CompiledResource, ItemState>();
  private readonly scanCache = new LRUCache<string, DescriptionVerdict>({ max: 2048 });

  constructor(
    private readonly policy: FirewallPolicy,
    private readonly connections: ReadonlyMap<string, ServerConnection>,
    private readonly record: (entry: AuditEntry) => void,
  ) {}

  /** Recomputes one server's items; audits each state that changed (not a first `ok`). */
  refresh(serverId: string): void {
    const connection = this.connections.get(serverId);
    if (!connection) return;
    const scan = this.policy.scan.scanDescriptions ? this.policy.scan : undefined;
    const server = connection.server;
    const judge = (item: CompiledPrompt | CompiledResource, verify: () => ItemState): ItemState => {
      if (connection.quarantined.length > 0) return { ok: false, key: `server:${connection.quarantined.join(',')}`, reason: 'PIN_MISMATCH', details: { changedFields: connection.quarantined } };
      if (connection.status !== 'ready') return { ok: false, key: 'unavailable', reason: 'DOWNSTREAM_UNAVAILABLE', details: { state: 'unavailable' } };
      return verify();
    };
    for (const prompt of server.prompts?.values() ?? []) {
      this.update(prompt, 'prompts/verify', prompt.exposed, prompt.prompt, judge(prompt, () => verifyPrompt(prompt, connection.inventory, scan, this.scanCache)));
    }
    for (const resource of server.resources ?? []) {
      this.update(resource, 'resources/verify', `${server.id}:${resource.key}`, resource.key, judge(resource, () => verifyResource(resource, connection.inventory, scan, this.scanCache)));
    }
  }

  state(item: CompiledPrompt | CompiledResource): ItemState {
    return this.states.get(item) ?? { ok: false, key: 'unknown', reason: 'DOWNSTREAM_UNAVAILABLE', details: {} };
  }

  /** The refusal for an item that is not `ok`, or undefined when it may be used. */
  refusal(item: CompiledPrompt | CompiledResource, what: string): FirewallError | undefined {
    const state = this.state(item);
    if (state.ok) return undefined;
    return new FirewallError(state.reason, `${what}: ${MESSAGES[state.reason] ?? 'it is not available'}`);
  }

  /** The approved entry a URI of `serverId` falls under: an exact URI first, then templates in manifest order. */
  resourceFor(serverId: string, uri: string): CompiledResource | undefined {
    const resources = this.connections.get(serverId)?.server.resources ?? [];
    return resources.find((r) => r.kind === 'uri' && r.source === uri) ?? resources.find((r) => r.template?.match(uri) !== undefined);
  }

  /** Descriptions of listed resources are read by the model too: a poisoned one is not listed. */
  poisonedListing(definition: Record<string, unknown>): boolean {
    if (!this.policy.scan.scanDescriptions) return false;
    return verifyResourceListing(definition, this.policy.scan, this.scanCache);
  }

  private update(item: CompiledPrompt | CompiledResource, method: string, exposed: string, name: string, state: ItemState): void {
    const previous = this.states.get(item);
    this.states.set(item, state);
    if (previous?.key === state.key || (!previous && state.ok)) return;
    this.record({
      auditId: newAuditId(),
      agent: '-',
      session: '-',
      method,
      exposed,
      server: item.server,
      tool: name,
      decision: state.ok ? 'allow' : 'deny',
      reason: state.ok ? 'ok' : state.reason,
      ...(!state.ok && state.rules?.length ? { rules: state.rules } : {}),
      durationMs: 0,
      details: state.ok ? { state: 'ok' } : state.details,
    });
  }
}

function verifyResourceListing(definition: Record<string, unknown>, scan: FirewallPolicy['scan'], cache: LRUCache<string, DescriptionVerdict>): boolean {
  return verifyResource({ kind: 'uri', source: String(definition.uri), pin: undefined } as CompiledResource, { instructions: undefined, prompts: [], resourceTemplates: [], resources: [definition] }, scan, cache).ok === false;
}
