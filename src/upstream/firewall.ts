import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import { FirewallError, type ErrorCode } from '../errors.js';
import type { AuditEntry } from '../audit/record.js';
import type { PayloadHasher } from '../audit/payload-hash.js';
import type { AuditWriter } from '../audit/writer.js';
import type { CompiledTool, FirewallPolicy } from '../config/types.js';
import { ServerConnection } from '../downstream/server-connection.js';
import { sandboxFailureText } from '../downstream/sandbox-launch.js';
import type { ToolAvailability } from '../pipeline/stages/request-stages.js';
import { MemoryLimitStore, type LimitStore } from '../policy/limit-store.js';
import { foldName, escapeName } from '../policy/name-fold.js';
import { AuditGate } from './audit-gate.js';
import { newAuditId } from './audit-id.js';
import { toolVerdict, verdictError } from './tool-verdict.js';
import { Catalog } from './catalog.js';
import { Subscriptions } from './subscriptions.js';
import { CallsInFlight } from './calls-in-flight.js';
import { ServerLogs } from './server-logs.js';
import { ServerRequests } from './server-requests.js';

const FAULT_REASONS: Record<string, ErrorCode> = { 'server-request-refused': 'METHOD_NOT_ALLOWED', 'identity-mismatch': 'PIN_MISMATCH', 'circuit-open': 'CIRCUIT_OPEN' };

function faultMessage(id: string, event: string, details: Record<string, unknown>): string {
  if (event === 'circuit-open') {
    return `tool server ${id} kept crashing (${String(details.failures)} failures): circuit OPEN, no more restarts; its tools fail with CIRCUIT_OPEN; one restart is tried in ${Math.round(Number(details.coolDownMs) / 1000)} s`;
  }
  if (details.code === 'SANDBOX_UNAVAILABLE') return sandboxFailureText(id, details.category, details.sandbox);
  if (event !== 'identity-mismatch') return `tool server ${id}: ${event}`;
  const fields = Array.isArray(details.changedFields) ? details.changedFields.join(', ') : 'identity';
  return `tool server ${id} is NOT STARTED: what runs behind its command no longer matches its manifest's identity pin (${fields}); review the installed files, then re-pin with \`mcp-firewall manifest lock ${id}\``;
}

/**
 * The long-lived part of a running firewall: the policy, one verified connection per tool
 * server, the audit writer, and the sessions to tell when the visible tool set changes.
 */
export class Firewall {
  readonly connections = new Map<string, ServerConnection>();
  private readonly listeners = new Set<() => void>();
  private readonly lastState = new Map<string, string>();
  /** Approved tools by folded downstream name, to spot a server shadowing another's tool. */
  private readonly approvedFolds = new Map<string, CompiledTool[]>();
  // Bounded: a server can invent look-alike names without end; each is audited once while remembered.
  private readonly shadowsSeen = new LRUCache<string, true>({ max: 4096 });

  /** Hashes arguments and results for their audit records (keyed: see payload-hash.ts). */
  readonly hashPayload: PayloadHasher;
  /** Rate buckets and concurrency counts of every session of this process, keyed by agent and tool. */
  readonly limits: LimitStore;
  /** Every record goes through it: the audit's fail-closed rule. */
  private readonly gate: AuditGate;
  /** Approved prompts and resources and their live state. */
  readonly catalog: Catalog;
  /** Resource subscriptions of every session. */
  readonly subscriptions: Subscriptions;
  private readonly wasReady = new Map<string, boolean>();
  /** Which sessions have calls in flight on which server: a server's requests are routed by it. */
  readonly calls = new CallsInFlight();
  /** Tool servers' log messages, capped, scanned and fanned out to the sessions. */
  readonly serverLogs: ServerLogs;
  private readonly serverRequests: ServerRequests;

  constructor(
    readonly policy: FirewallPolicy,
    readonly audit: AuditWriter,
    readonly log: Logger,
    options: { hashPayload: PayloadHasher; start?: AuditEntry; limits?: LimitStore },
  ) {
    this.hashPayload = options.hashPayload;
    this.limits = options.limits ?? new MemoryLimitStore();
    this.gate = new AuditGate(audit, policy.audit.onWriteFailure, log, options.start);
    this.catalog = new Catalog(policy, this.connections, (entry) => this.record(entry));
    this.subscriptions = new Subscriptions(this.connections);
    if (options.start) this.record(options.start);
    const record = (entry: AuditEntry): boolean => this.record(entry);
    this.serverLogs = new ServerLogs({ policy, record, setServerLevel: (level) => this.connections.forEach((c) => c.setLogLevel(level)) });
    this.serverRequests = new ServerRequests({ policy, calls: this.calls, hashPayload: this.hashPayload, record });
    for (const server of policy.servers) {
      this.connections.set(
        server.id,
        new ServerConnection(server, policy.limits.maxMessageBytes, {
          toolsChanged: (id) => this.onToolsChanged(id),
          resourceUpdated: (id, uri) => this.resourceUpdated(id, uri),
          fault: (id, event, details, stderr) => {
            // The operator sees the end of the server's stderr (capped, escaped); the audit only its size and hash.
            this.log.warn({ server: id, event, ...details, ...(stderr ? { stderr: stderr.lines } : {}) }, faultMessage(id, event, details));
            const audited = stderr ? { ...details, stderrBytes: stderr.bytes, stderrSha256: stderr.sha256 } : details;
            this.record({ auditId: newAuditId(), agent: '-', session: '-', method: `downstream/${event}`, server: id, decision: 'error', reason: FAULT_REASONS[event] ?? (details.code === 'TLS_REJECTED' || details.code === 'SANDBOX_UNAVAILABLE' ? (details.code as ErrorCode) : 'DOWNSTREAM_UNAVAILABLE'), durationMs: 0, details: audited });
          },
          lifecycle: (id, event, details) => {
            this.log.info({ server: id, event, ...details }, `tool server ${id}: ${event}`);
            this.record({ auditId: newAuditId(), agent: '-', session: '-', method: `downstream/${event}`, server: id, decision: 'allow', reason: 'ok', durationMs: 0, details });
          },
          serverRequest: (id, request, reply, relatedId) => this.serverRequests.handle(id, request, reply, relatedId),
          notification: (id, message) => {
            if (message.method === 'notifications/message') this.serverLogs.receive(id, message.params);
            else if (message.method === 'notifications/cancelled') this.serverRequests.cancelled(id, message.params);
          },
        }, { verify: { scanDescriptions: policy.scan.scanDescriptions, scan: policy.scan }, breaker: policy.limits.circuitBreaker }),
      );
      for (const tool of server.tools.values()) {
        const fold = foldName(tool.tool);
        this.approvedFolds.set(fold, [...(this.approvedFolds.get(fold) ?? []), tool]);
      }
    }
  }

  /**
   * Routes a server's `notifications/resources/updated`: only for a URI an ok entry approves,
   * only to the sessions subscribed to it. Anything else is dropped.
   */
  private resourceUpdated(serverId: string, uri: string): void {
    const resource = this.catalog.resourceFor(serverId, uri);
    if (!resource || !this.catalog.state(resource).ok) return;
    for (const subscriber of this.subscriptions.subscribers(serverId, uri)) subscriber.updated(serverId, uri);
  }

  async start(): Promise<void> {
    await Promise.all([...this.connections.values()].map((c) => c.start()));
  }

  readonly availability: ToolAvailability = {
    check: (tool: CompiledTool) => {
      const connection = this.connections.get(tool.server);
      if (!connection) return new FirewallError('DOWNSTREAM_UNAVAILABLE');
      const open = connection.circuit.refusal(connection.server.id);
      if (open) return open;
      return verdictError(toolVerdict(connection, tool));
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

  /**
   * Writes one record. Returns false when it could not be written and the exchange it belongs
   * to must be refused (AUDIT_UNAVAILABLE); see audit-gate.ts.
   */
  record(entry: AuditEntry): boolean {
    return this.gate.record(entry);
  }

  /** record() for an exchange that can wait for the end of the tick (one write per tick). */
  recordSoon(entry: AuditEntry): Promise<boolean> {
    return this.gate.recordSoon(entry);
  }

  /** Whether a call may go to its tool server: not while the audit log is failing (unless configured to continue). */
  auditWritable(): boolean {
    return this.gate.writable();
  }

  async close(): Promise<void> {
    this.serverLogs.close();
    await Promise.all([...this.connections.values()].map((c) => c.close()));
  }

  killNow(): void {
    for (const connection of this.connections.values()) connection.killNow();
  }

  /** Audits every change of a tool's verification state, then tells sessions to re-list. */
  private onToolsChanged(serverId: string): void {
    const connection = this.connections.get(serverId)!;
    for (const tool of connection.server.tools.values()) {
      const verdict = toolVerdict(connection, tool);
      if (this.lastState.get(tool.exposed) === verdict.key) continue;
      const first = !this.lastState.has(tool.exposed);
      this.lastState.set(tool.exposed, verdict.key);
      if (first && verdict.reason === 'ok') continue;
      this.record({
        auditId: newAuditId(),
        agent: '-',
        session: '-',
        method: 'tools/verify',
        exposed: tool.exposed,
        server: serverId,
        tool: tool.tool,
        decision: verdict.reason === 'ok' ? 'allow' : 'deny',
        reason: verdict.reason,
        ...(verdict.rules?.length ? { rules: verdict.rules } : {}),
        durationMs: 0,
        details: verdict.details,
      });
      if (verdict.reason !== 'ok' && verdict.reason !== 'DOWNSTREAM_UNAVAILABLE') {
        this.log.warn({ server: serverId, tool: tool.tool, event: verdict.reason }, `tool ${tool.exposed} is quarantined (${verdict.reason})`);
      }
    }
    this.auditShadows(connection);
    this.catalog.refresh(serverId);
    const ready = connection.status === 'ready';
    if (ready && this.wasReady.get(serverId) === false) this.subscriptions.resubscribe(serverId, connection.server.initTimeoutMs);
    this.wasReady.set(serverId, ready);
    for (const listener of this.listeners) listener();
  }

  /**
   * A server announcing (under a name its manifest does not approve) a tool that looks like one
   * approved for another server is trying to be mistaken for it. Its tool is never exposed
   * anyway (default deny); this records the attempt once.
   */
  private auditShadows(connection: ServerConnection): void {
    const serverId = connection.server.id;
    for (const definition of connection.announced) {
      const name = definition.name as string;
      if (connection.server.tools.has(name)) continue;
      const victims = (this.approvedFolds.get(foldName(name)) ?? []).filter((t) => t.server !== serverId);
      const key = `${serverId}\0${name}`;
      if (victims.length === 0 || this.shadowsSeen.has(key)) continue;
      this.shadowsSeen.set(key, true);
      this.record({
        auditId: newAuditId(),
        agent: '-',
        session: '-',
        method: 'tools/verify',
        server: serverId,
        tool: escapeName(name),
        decision: 'deny',
        reason: 'NAME_CONFLICT',
        durationMs: 0,
        details: { kind: 'shadow', shadows: victims.map((t) => t.exposed) },
      });
      this.log.warn({ server: serverId, event: 'NAME_CONFLICT' }, `tool server ${serverId} announced a tool shadowing ${victims.map((t) => t.exposed).join(', ')}`);
    }
  }
}
