import { LATEST_PROTOCOL_VERSION } from '@modelcontextprotocol/sdk/types.js';
import { FirewallError } from '../errors.js';
import type { CompiledServer } from '../config/types.js';
import { definitionHash } from '../policy/pin.js';
import { StdioChild, type RequestOptions } from './stdio-child.js';
import { VERSION } from '../version.js';

/**
 * Keeps one tool server running and verified: initialize, list its tools, compare each
 * approved tool with its pin, and re-verify whenever the server says its tools changed or
 * after a crash-restart. Only tools whose live definition matches the pin are usable.
 */

export type ToolState =
  | { state: 'ok'; definition: Record<string, unknown> }
  | { state: 'missing' }
  | { state: 'pin-mismatch'; liveHash: string; definition: Record<string, unknown> };

export interface ConnectionEvents {
  /** The verified tool set may have changed (after list_changed, restart or failure). */
  toolsChanged(server: string): void;
  /** An operator-facing fact: a restart, an exit, a refused server request. No payloads. */
  fault(server: string, event: string, details: Record<string, string | number | boolean | string[]>): void;
}

const MAX_LIST_PAGES = 50;
const RESTART_BACKOFF_MS = [500, 1000, 2000, 5000, 10000, 30000];

export class ServerConnection {
  status: 'stopped' | 'starting' | 'ready' | 'unavailable' = 'stopped';
  private child: StdioChild | undefined;
  private tools = new Map<string, ToolState>();
  /** Every tool the server announced, approved or not: `check` and `manifest` report on them. */
  announced: Record<string, unknown>[] = [];
  private starting: Promise<void> | undefined;
  private restarts = 0;
  private restartTimer: NodeJS.Timeout | undefined;
  private closing = false;

  constructor(
    readonly server: CompiledServer,
    private readonly maxMessageBytes: number,
    private readonly events: ConnectionEvents,
  ) {}

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
    if (this.status !== 'ready' || !this.child?.alive) throw new FirewallError('DOWNSTREAM_UNAVAILABLE');
    const params: Record<string, unknown> = { name, arguments: args };
    if (options.meta) params._meta = options.meta;
    return this.child.request('tools/call', params, options);
  }

  async close(): Promise<void> {
    this.closing = true;
    clearTimeout(this.restartTimer);
    await this.child?.close();
  }

  killNow(): void {
    this.closing = true;
    clearTimeout(this.restartTimer);
    this.child?.killNow();
  }

  private async launch(): Promise<void> {
    this.status = 'starting';
    const child = new StdioChild(this.server.launch, this.maxMessageBytes, {
      onNotification: (message) => {
        if (message.method === 'notifications/tools/list_changed') void this.refresh(child);
      },
      onServerRequest: (method) => this.events.fault(this.server.id, 'server-request-refused', { method: method.slice(0, 100) }),
      onExit: (info) => this.onExit(child, info),
    });
    this.child = child;
    try {
      child.spawn();
      const init = await child.request(
        'initialize',
        { protocolVersion: LATEST_PROTOCOL_VERSION, capabilities: {}, clientInfo: { name: 'mcp-firewall', version: VERSION } },
        { timeoutMs: this.server.initTimeoutMs },
      );
      if (!init.result || typeof init.result !== 'object') throw new FirewallError('DOWNSTREAM_UNAVAILABLE', 'the tool server sent an invalid initialize result');
      child.notify('notifications/initialized');
      await this.verify(child);
      this.status = 'ready';
    } catch (err) {
      this.status = 'unavailable';
      this.tools.clear();
      this.events.fault(this.server.id, 'start-failed', { code: err instanceof FirewallError ? err.code : 'INTERNAL' });
      child.killNow();
      this.scheduleRestart();
    }
    this.events.toolsChanged(this.server.id);
  }

  private async refresh(child: StdioChild): Promise<void> {
    if (child !== this.child || !child.alive) return;
    try {
      await this.verify(child);
    } catch {
      this.tools.clear();
      this.events.fault(this.server.id, 'relist-failed', {});
    }
    this.events.toolsChanged(this.server.id);
  }

  /** Lists every page of tools and recomputes each approved tool's state against its pin. */
  private async verify(child: StdioChild): Promise<void> {
    const announced: Record<string, unknown>[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_LIST_PAGES; page++) {
      const { result } = await child.request('tools/list', cursor ? { cursor } : undefined, { timeoutMs: this.server.initTimeoutMs });
      const body = result as { tools?: unknown; nextCursor?: unknown };
      if (!Array.isArray(body?.tools)) throw new FirewallError('DOWNSTREAM_UNAVAILABLE', 'the tool server sent an invalid tools/list result');
      for (const tool of body.tools) if (tool && typeof tool === 'object' && typeof (tool as { name?: unknown }).name === 'string') announced.push(tool as Record<string, unknown>);
      cursor = typeof body.nextCursor === 'string' ? body.nextCursor : undefined;
      if (!cursor) break;
    }
    const next = new Map<string, ToolState>();
    const seen = new Set<string>();
    for (const definition of announced) {
      const name = definition.name as string;
      const policy = this.server.tools.get(name);
      if (!policy) continue;
      if (seen.has(name)) {
        // The same name announced twice: which one would run is ambiguous, so neither does.
        next.set(name, { state: 'pin-mismatch', liveHash: 'duplicate', definition });
        continue;
      }
      seen.add(name);
      const liveHash = definitionHash(definition);
      next.set(name, liveHash === policy.pin ? { state: 'ok', definition } : { state: 'pin-mismatch', liveHash, definition });
    }
    this.tools = next;
    this.announced = announced;
  }

  private onExit(child: StdioChild, info: { code: number | null; signal: string | null; stderrTail: string[] }): void {
    if (child !== this.child || this.closing) return;
    this.status = 'unavailable';
    this.tools.clear();
    this.events.fault(this.server.id, 'exited', { code: info.code ?? -1, signal: info.signal ?? '', stderrLines: info.stderrTail.length });
    this.scheduleRestart();
    this.events.toolsChanged(this.server.id);
  }

  /** Crashed or failed servers come back on their own, with backoff, and are re-verified first. */
  private scheduleRestart(): void {
    if (this.closing) return;
    const delay = RESTART_BACKOFF_MS[Math.min(this.restarts, RESTART_BACKOFF_MS.length - 1)]!;
    this.restarts += 1;
    clearTimeout(this.restartTimer);
    this.restartTimer = setTimeout(() => {
      if (!this.closing) void this.start();
    }, delay);
    this.restartTimer.unref();
  }
}
