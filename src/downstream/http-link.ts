import type { ClientRequest } from 'node:http';
import type { HttpTarget } from '../config/types.js';
import { FirewallError } from '../errors.js';
import { classify, type JsonRpcId, type JsonRpcMessage } from '../jsonrpc/messages.js';
import { HttpSender } from './http-sender.js';
import { HttpTransport } from './http-transport.js';
import type { DownstreamLink, LinkHooks, LinkReport, RequestOptions } from './link.js';
import { abortError, answerPending, forwardProgress, type PendingRequest } from './pending-request.js';

/**
 * A tool server reached over MCP Streamable HTTP. Each request is a POST answered with JSON
 * or an event stream (progress, then the response); server-sent notifications arrive on a
 * GET stream. Sizes are capped while reading. A failure that will not heal by retrying the
 * same request (TLS rejected, credentials refused, session gone, server down) closes the
 * link, and the connection above reconnects with backoff and re-verifies every pin.
 */

interface Pending extends PendingRequest {
  method: string;
  request?: ClientRequest;
}

export class HttpLink implements DownstreamLink {
  private readonly sender: HttpSender;
  private readonly transport: HttpTransport;
  private readonly pending = new Map<JsonRpcId, Pending>();
  private nextId = 1;
  private opened = false;
  private closed = false;

  constructor(
    target: HttpTarget,
    private readonly maxMessageBytes: number,
    private readonly hooks: LinkHooks,
  ) {
    this.sender = new HttpSender(target);
    this.transport = new HttpTransport(this.sender, target.url, maxMessageBytes, {
      alive: () => this.alive,
      pending: (id) => this.pending.get(id),
      onMessage: (value, bytes, streamOf) => this.dispatch(value, bytes, streamOf),
      onTooLarge: (id, bytes) => this.tooLarge(id, bytes),
      onFailed: (id, error, fatal) => this.fail(id, error, fatal),
      onClosed: (event, details, error) => this.closeLink(event, details, error),
    });
  }

  get alive(): boolean {
    return this.opened && !this.closed;
  }

  open(): void {
    this.opened = true;
  }

  report(): LinkReport {
    const facts: Record<string, string> = { ...this.sender.tlsFacts };
    if (this.sender.protocolVersion) facts.mcp = this.sender.protocolVersion;
    facts.session = this.sender.sessionId ? 'yes' : 'none';
    facts.signing = this.sender.signed ? 'on' : 'off';
    if (this.transport.legacy) facts.transport = 'HTTP+SSE (older transport)';
    return { transport: 'http', facts };
  }

  stderrTail(): Promise<undefined> {
    return Promise.resolve(undefined);
  }

  request(method: string, params: Record<string, unknown> | undefined, options: RequestOptions): Promise<{ result: unknown; bytes: number }> {
    if (!this.alive) return Promise.reject(new FirewallError('DOWNSTREAM_UNAVAILABLE'));
    if (options.signal?.aborted) return Promise.reject(abortError(options.signal));
    const id = this.nextId++;
    let sent = params;
    if (options.onProgress) sent = { ...params, _meta: { ...((params?._meta as object | undefined) ?? {}), progressToken: id } };
    return new Promise((resolve, reject) => {
      const stop = (error: FirewallError, reason: string): void => {
        const entry = this.settle(id);
        if (!entry) return;
        if (entry.request) this.sender.current(entry.request).destroy();
        entry.reject(error);
        this.notify('notifications/cancelled', { requestId: id, reason });
      };
      const onAbort = (): void => stop(abortError(options.signal), 'cancelled by the host');
      const timer = setTimeout(() => stop(new FirewallError('DOWNSTREAM_TIMEOUT', `the tool server did not answer within ${options.timeoutMs} ms`), 'timed out at the firewall'), options.timeoutMs);
      options.signal?.addEventListener('abort', onAbort, { once: true });
      const entry: Pending = {
        method,
        resolve,
        reject,
        timer,
        maxBytes: options.maxBytes ?? Number.POSITIVE_INFINITY,
        onProgress: options.onProgress,
        cleanup: () => options.signal?.removeEventListener('abort', onAbort),
      };
      this.pending.set(id, entry);
      const body = JSON.stringify({ jsonrpc: '2.0', id, method, ...(sent ? { params: sent } : {}) });
      entry.request = this.transport.post(body, id, Math.min(this.maxMessageBytes, entry.maxBytes));
      options.onSent?.(id);
    });
  }

  notify(method: string, params?: Record<string, unknown>): void {
    if (!this.alive) return;
    this.transport.post(JSON.stringify({ jsonrpc: '2.0', method, ...(params ? { params } : {}) }), undefined, this.maxMessageBytes);
    if (method === 'notifications/initialized') this.transport.openEventStream();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.transport.stop();
    this.failPending(new FirewallError('DOWNSTREAM_UNAVAILABLE', 'the connection to the tool server was closed'));
    if (this.sender.sessionId !== undefined) await this.transport.endSession();
    this.sender.destroy();
  }

  killNow(): void {
    this.closed = true;
    this.transport.stop();
    this.sender.destroy();
  }

  /** `streamOf`: the request whose response stream carried the message, if any. */
  private dispatch(value: unknown, bytes: number, streamOf?: JsonRpcId): void {
    const message = classify(value);
    if (message.kind === 'response') {
      const id = message.message.id;
      const entry = id === null ? undefined : this.settle(id);
      if (!entry) return;
      if (entry.method === 'initialize' && !message.message.error && bytes <= entry.maxBytes) this.learnProtocol(message.message.result);
      answerPending(entry, message.message, bytes);
    } else if (message.kind === 'notification') {
      if (message.message.method === 'notifications/progress') forwardProgress(this.pending, message.message.params);
      else this.hooks.onNotification(message.message);
    } else if (message.kind === 'request') {
      this.hooks.onServerRequest(message.message, (response) => this.send(response), streamOf);
    }
  }

  private send(message: JsonRpcMessage): void {
    if (this.alive) this.transport.post(JSON.stringify(message), undefined, this.maxMessageBytes);
  }

  private learnProtocol(result: unknown): void {
    const version = (result as { protocolVersion?: unknown } | undefined)?.protocolVersion;
    if (typeof version === 'string' && /^[\x21-\x7e]{1,64}$/.test(version)) this.sender.protocolVersion = version;
  }

  private tooLarge(id: JsonRpcId | undefined, bytes: number): void {
    const entry = id === undefined ? undefined : this.settle(id);
    entry?.reject(new FirewallError('RESULT_TOO_LARGE', undefined, { bytes }));
  }

  /** Fails one request; a fatal failure closes the link (and so every other request). */
  private fail(id: JsonRpcId | undefined, error: FirewallError, fatal: boolean): void {
    const entry = id === undefined ? undefined : this.settle(id);
    entry?.reject(error);
    if (fatal) {
      const details: Record<string, string | number> = { code: error.code };
      for (const key of ['category', 'status'] as const) {
        const value = error.details[key];
        if (typeof value === 'string' || typeof value === 'number') details[key] = value;
      }
      this.closeLink('disconnected', details, error);
    }
  }

  private closeLink(event: string, details: Record<string, string | number>, error = new FirewallError('DOWNSTREAM_UNAVAILABLE', undefined, details)): void {
    if (this.closed) return;
    this.closed = true;
    this.transport.stop();
    this.failPending(error);
    this.sender.destroy();
    this.hooks.onClosed(event, details);
  }

  private failPending(error: FirewallError): void {
    for (const id of [...this.pending.keys()]) this.settle(id)?.reject(new FirewallError(error.code, error.message, error.details));
  }

  private settle(id: JsonRpcId): Pending | undefined {
    const entry = this.pending.get(id);
    if (!entry) return undefined;
    this.pending.delete(id);
    clearTimeout(entry.timer);
    entry.cleanup();
    return entry;
  }
}
