import type { Logger } from 'pino';
import { FirewallError } from '../errors.js';
import type { AuditEntry } from '../audit/record.js';
import type { AuditWriter } from '../audit/writer.js';
import type { CompiledTool, FirewallPolicy } from '../config/types.js';
import { ServerConnection } from '../downstream/server-connection.js';
import type { ToolAvailability } from '../pipeline/stages/request-stages.js';
import { newAuditId } from './audit-id.js';

/**
 * The long-lived part of a running firewall: the policy, one verified connection per tool
 * server, the audit writer, and the sessions to tell when the visible tool set changes.
 */
export class Firewall {
  readonly connections = new Map<string, ServerConnection>();
  private readonly listeners = new Set<() => void>();
  private readonly lastState = new Map<string, string>();

  constructor(
    readonly policy: FirewallPolicy,
    readonly audit: AuditWriter,
    readonly log: Logger,
  ) {
    for (const server of policy.servers) {
      this.connections.set(
        server.id,
        new ServerConnection(server, policy.limits.maxMessageBytes, {
          toolsChanged: (id) => this.onToolsChanged(id),
          fault: (id, event, details) => {
            this.log.warn({ server: id, event, ...details }, `tool server ${id}: ${event}`);
            this.record({ auditId: newAuditId(), agent: '-', session: '-', method: `downstream/${event}`, server: id, decision: 'error', reason: event === 'server-request-refused' ? 'METHOD_NOT_ALLOWED' : 'DOWNSTREAM_UNAVAILABLE', durationMs: 0, details });
          },
        }),
      );
    }
  }

  async start(): Promise<void> {
    await Promise.all([...this.connections.values()].map((c) => c.start()));
  }

  readonly availability: ToolAvailability = {
    check: (tool: CompiledTool) => {
      const connection = this.connections.get(tool.server);
      if (!connection || connection.status !== 'ready') return new FirewallError('DOWNSTREAM_UNAVAILABLE');
      const state = connection.toolState(tool.tool);
      if (state.state === 'ok') return undefined;
      if (state.state === 'pin-mismatch') return new FirewallError('PIN_MISMATCH', 'the tool changed since it was approved and is quarantined until its owner reviews it');
      return new FirewallError('DOWNSTREAM_UNAVAILABLE', 'the tool server does not currently offer this tool');
    },
  };

  /** The live definition of a usable tool, or undefined when it must not be shown. */
  definitionOf(tool: CompiledTool): Record<string, unknown> | undefined {
    const state = this.connections.get(tool.server)?.toolState(tool.tool);
    return state?.state === 'ok' ? state.definition : undefined;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  record(entry: AuditEntry): void {
    try {
      this.audit.write(entry);
    } catch (err) {
      this.log.error({ event: 'audit-write-failed', error: err instanceof Error ? err.name : 'unknown' }, 'audit write failed');
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.connections.values()].map((c) => c.close()));
  }

  killNow(): void {
    for (const connection of this.connections.values()) connection.killNow();
  }

  /** Audits every change of a tool's verification state, then tells sessions to re-list. */
  private onToolsChanged(serverId: string): void {
    const connection = this.connections.get(serverId)!;
    for (const tool of connection.server.tools.values()) {
      const state = connection.status === 'ready' ? connection.toolState(tool.tool) : { state: 'unavailable' as const };
      const key = state.state === 'pin-mismatch' ? `pin-mismatch:${state.liveHash}` : state.state;
      if (this.lastState.get(tool.exposed) === key) continue;
      const first = !this.lastState.has(tool.exposed);
      this.lastState.set(tool.exposed, key);
      if (first && state.state === 'ok') continue;
      this.record({
        auditId: newAuditId(),
        agent: '-',
        session: '-',
        method: 'tools/verify',
        exposed: tool.exposed,
        server: serverId,
        tool: tool.tool,
        decision: state.state === 'ok' ? 'allow' : 'deny',
        reason: state.state === 'ok' ? 'ok' : state.state === 'pin-mismatch' ? 'PIN_MISMATCH' : 'DOWNSTREAM_UNAVAILABLE',
        durationMs: 0,
        details: state.state === 'pin-mismatch' ? { pinned: tool.pin, live: state.liveHash } : { state: state.state },
      });
      if (state.state === 'pin-mismatch') this.log.warn({ server: serverId, tool: tool.tool, event: 'pin-mismatch' }, `tool ${tool.exposed} does not match its pin and is quarantined`);
    }
    for (const listener of this.listeners) listener();
  }
}
