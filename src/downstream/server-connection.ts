import { FirewallError } from '../errors.js';
import type { CompiledServer } from '../config/types.js';
import { serverPinChanges, type ServerInventory } from '../policy/server-pins.js';
import { identityMismatch } from './server-identity.js';
import { StdioChild, type StderrTail } from './stdio-child.js';
import { HttpLink } from './http-link.js';
import type { DownstreamLink, LinkDetails, LinkReport, RequestOptions } from './link.js';
import { LRUCache } from 'lru-cache';
import type { DescriptionVerdict } from '../policy/description-scan.js';
import { DEFAULT_VERIFY, verifyTools, type ScanCache, type ToolState, type VerifyOptions } from './tool-verify.js';
import { CircuitBreaker, DEFAULT_BREAKER, type BreakerSettings } from './circuit-breaker.js';
import { RestartSchedule } from './restart-schedule.js';
import { asksRelist, listServer, RelistQueue } from './server-listing.js';
import { diedMidCall } from './mid-call-failure.js';
import { failureDetails, initializeLink } from './server-initialize.js';
import { errorResponse, RPC, type JsonRpcId, type JsonRpcNotification, type JsonRpcRequest, type JsonRpcResponse } from '../jsonrpc/messages.js';

/**
 * Keeps one tool server running and verified: initialize, list its tools, compare each
 * approved tool with its pin, and re-verify whenever the server says its tools changed or
 * after a crash-restart. Only tools whose live definition matches the pin are usable.
 */

export type { ToolState } from './tool-verify.js';

export interface ConnectionOptions {
  verify?: VerifyOptions;
  /** Always fetch prompts and resource templates (manifest init/lock), not only when pinned. */
  inventory?: boolean;
  /** When to stop restarting a server that keeps crashing (config `limits.circuitBreaker`). */
  breaker?: BreakerSettings;
}

export interface ConnectionEvents {
  /** The verified tool set may have changed (after list_changed, restart or failure). */
  toolsChanged(server: string): void;
  /**
   * An operator-facing fact: a restart, an exit, a refused server request. No payloads in
   * `details` (it is audited); `stderr` is the end of the server's stderr, for the operator's
   * eyes only (its lines go to the log and to `check`, only its size and hash to the audit).
   */
  fault(server: string, event: string, details: Record<string, string | number | boolean | string[]>, stderr?: StderrTail): void;
  /** A fact that is no failure: a child started (with its pid), the circuit half-opened or closed. */
  lifecycle?(server: string, event: string, details: Record<string, string | number>): void;
  /** `notifications/resources/updated`, to be routed to the sessions subscribed to that URI. */
  resourceUpdated?(server: string, uri: string): void;
  /** A request from the server for the host (sampling, elicitation, roots); without this hook it is refused. */
  serverRequest?(server: string, request: JsonRpcRequest, reply: (response: JsonRpcResponse) => void, relatedId: JsonRpcId | undefined): void;
  /** Any other notification from the server (log messages, cancellations of its own requests). */
  notification?(server: string, message: JsonRpcNotification): void;
}

export class ServerConnection {
  status: 'stopped' | 'starting' | 'ready' | 'unavailable' = 'stopped';
  private child: DownstreamLink | undefined;
  private tools = new Map<string, ToolState>();
  /** Every tool the server announced, approved or not: `check` and `manifest` report on them. */
  announced: Record<string, unknown>[] = [];
  /** What the server said besides its tools (prompts and templates only when pinned or asked for). */
  inventory: ServerInventory = { instructions: undefined, prompts: [], resourceTemplates: [] };
  /** Server-level pin failures (identity, instructions, prompts, templates): every tool is quarantined. */
  quarantined: string[] = [];
  /** Code and category of the latest start or link failure, for `check` (never raw error text). */
  lastFailure: string | undefined;
  private serverCapabilities: Record<string, unknown> = {};
  private readonly relists = new RelistQueue(
    (child) => this.refreshOnce(child),
    (child) => this.isCurrent(child),
  );
  // Bounded: a hostile server that rotates its descriptions forever must not grow memory forever.
  private readonly scanCache: ScanCache = new LRUCache<string, DescriptionVerdict>({ max: 512 });
  private starting: Promise<void> | undefined;
  private closing = false;
  readonly circuit: CircuitBreaker;
  private readonly restarts: RestartSchedule;
  /** The log level asked of the server (`logging/setLevel`), re-applied after a restart. */
  private logLevel: string | undefined;

  constructor(
    readonly server: CompiledServer,
    private readonly maxMessageBytes: number,
    private readonly events: ConnectionEvents,
    private readonly options: ConnectionOptions = {},
  ) {
    this.circuit = new CircuitBreaker(options.breaker ?? DEFAULT_BREAKER);
    this.restarts = new RestartSchedule(server.id, this.circuit, events, () => void this.start());
  }

  toolState(name: string): ToolState {
    return this.tools.get(name) ?? { state: 'missing' };
  }

  start(): Promise<void> {
    this.starting ??= this.launch().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  async call(name: string, args: Record<string, unknown>, options: RequestOptions & { meta?: Record<string, unknown> }): Promise<{ result: unknown; bytes: number }> {
    const open = this.circuit.refusal(this.server.id);
    if (open) throw open;
    if (this.status !== 'ready' || !this.child?.alive) throw new FirewallError('DOWNSTREAM_UNAVAILABLE');
    const params: Record<string, unknown> = { name, arguments: args };
    if (options.meta) params._meta = options.meta;
    try {
      return await this.child.request('tools/call', params, options);
    } catch (err) {
      throw diedMidCall(err, this.server.id, this.circuit, this.restarts.dueAt);
    }
  }

  /** Any other request the firewall decided to forward (resources, prompts, completion). */
  async request(method: string, params: Record<string, unknown>, options: RequestOptions): Promise<{ result: unknown; bytes: number }> {
    if (this.status !== 'ready' || !this.child?.alive) throw new FirewallError('DOWNSTREAM_UNAVAILABLE');
    return this.child.request(method, params, options);
  }

  /** Asks the server to send log messages from `level` up, when it offers logging; best effort. */
  setLogLevel(level: string): void {
    this.logLevel = level;
    const child = this.child;
    if (this.status !== 'ready' || !child?.alive || this.serverCapabilities.logging === undefined) return;
    child.request('logging/setLevel', { level }, { timeoutMs: this.server.initTimeoutMs }).catch(() => undefined);
  }

  /** Transport facts for `check` (TLS version, cipher, peer certificate, matched pin). */
  linkReport(): LinkReport | undefined {
    return this.child?.report();
  }

  async close(): Promise<void> {
    this.closing = true;
    this.restarts.stop();
    await this.child?.close();
  }

  killNow(): void {
    this.closing = true;
    this.restarts.stop();
    this.child?.killNow();
  }

  private async launch(): Promise<void> {
    this.status = 'starting';
    const server = this.server;
    if (server.transport === 'stdio' && server.identity) {
      // A different binary behind the same command is never started, and not retried: it will
      // not fix itself, and only the owner can re-pin it.
      const changed = identityMismatch(server.identity);
      if (changed.length > 0) {
        this.status = 'unavailable';
        this.quarantined = changed;
        this.tools.clear();
        this.events.fault(this.server.id, 'identity-mismatch', { changedFields: changed });
        this.events.toolsChanged(this.server.id);
        return;
      }
    }
    const hooks = {
      onNotification: (message: JsonRpcNotification) => {
        if (asksRelist(message)) void this.relists.relist(child);
        else if (message.method === 'notifications/resources/updated' && child === this.child) {
          const uri = (message as { params?: { uri?: unknown } }).params?.uri;
          if (typeof uri === 'string') this.events.resourceUpdated?.(this.server.id, uri);
        } else this.events.notification?.(this.server.id, message);
      },
      onServerRequest: (request: JsonRpcRequest, reply: (response: JsonRpcResponse) => void, relatedId: JsonRpcId | undefined) => {
        if (this.events.serverRequest) return this.events.serverRequest(this.server.id, request, reply, relatedId);
        this.events.fault(this.server.id, 'server-request-refused', { method: request.method.slice(0, 100) });
        reply(errorResponse(request.id, RPC.METHOD_NOT_FOUND, 'not offered by the firewall'));
      },
      onClosed: (event: string, details: LinkDetails) => this.onClosed(child, event, details),
    };
    const child: DownstreamLink =
      server.transport === 'stdio' ? new StdioChild(server.launch, this.maxMessageBytes, hooks) : new HttpLink(server.http, this.maxMessageBytes, hooks);
    this.child = child;
    try {
      child.open();
      if (child.pid !== undefined) this.events.lifecycle?.(this.server.id, 'started', { pid: child.pid });
      const init = await initializeLink(child, server);
      this.inventory = { instructions: init.instructions, prompts: [], resourceTemplates: [] };
      this.serverCapabilities = init.capabilities;
      await this.verify(child);
      this.status = 'ready';
      this.restarts.ready();
      if (this.logLevel) this.setLogLevel(this.logLevel);
    } catch (err) {
      this.status = 'unavailable';
      this.tools.clear();
      const details = failureDetails(err);
      this.lastFailure = [details.code, details.category].filter(Boolean).join(' ');
      child.killNow();
      this.events.fault(this.server.id, 'start-failed', details, await child.stderrTail());
      this.restarts.failed(child);
    }
    this.events.toolsChanged(this.server.id);
  }

  private async refreshOnce(child: DownstreamLink): Promise<void> {
    if (!this.isCurrent(child)) return;
    try {
      await this.verify(child);
    } catch {
      this.tools.clear();
      this.events.fault(this.server.id, 'relist-failed', {});
    }
    this.events.toolsChanged(this.server.id);
  }

  /** Lists everything pinned and recomputes each approved tool's state against its pins. */
  private async verify(child: DownstreamLink): Promise<void> {
    const offered = (capability: 'prompts' | 'resources'): boolean => this.serverCapabilities[capability] !== undefined;
    const { tools: announced, prompts, resourceTemplates, resources } = await listServer(child, this.server, this.options.inventory === true, offered);
    this.inventory = { instructions: this.inventory.instructions, prompts, resourceTemplates, resources };
    const serverChanged = serverPinChanges(this.server.pins, this.inventory);
    this.tools = verifyTools(this.server, announced, serverChanged, this.options.verify ?? DEFAULT_VERIFY, this.scanCache);
    this.quarantined = serverChanged;
    this.announced = announced;
  }

  private isCurrent(child: DownstreamLink): boolean {
    return child === this.child && child.alive;
  }

  private onClosed(child: DownstreamLink, event: string, details: LinkDetails): void {
    if (child !== this.child || this.closing) return;
    this.status = 'unavailable';
    this.tools.clear();
    if (typeof details.category === 'string') this.lastFailure = [details.code, details.category].filter(Boolean).join(' ');
    // Waiting for the rest of a child's stderr delays only the report, never the state change.
    void child.stderrTail().then((stderr) => {
      if (!this.closing) this.events.fault(this.server.id, event, details, stderr);
    });
    this.restarts.failed(child);
    this.events.toolsChanged(this.server.id);
  }
}
