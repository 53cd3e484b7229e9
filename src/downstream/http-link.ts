import type { ClientRequest, IncomingMessage } from 'node:http';
import type { HttpTarget } from '../config/types.js';
import { FirewallError } from '../errors.js';
import { classify, errorResponse, RPC, type JsonRpcId, type JsonRpcMessage } from '../jsonrpc/messages.js';
import { HttpSender } from './http-sender.js';
import { statusFailure, transportFailure } from './link-failure.js';
import type { DownstreamLink, LinkHooks, LinkReport, RequestOptions } from './link.js';
import { abortError, answerPending, forwardProgress, type PendingRequest } from './pending-request.js';
import { badResponse, header, readEventStream, readJsonBody } from './http-body.js';

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

const ACCEPT_POST = 'application/json, text/event-stream';
const STREAM_RETRY_MS = [1000, 2000, 5000, 10000, 30000];

export class HttpLink implements DownstreamLink {
  private readonly sender: HttpSender;
  private readonly pending = new Map<JsonRpcId, Pending>();
  private nextId = 1;
  private opened = false;
  private closed = false;
  private streamAttempts = 0;
  private streamTimer: NodeJS.Timeout | undefined;
  /** The server speaks only the older HTTP+SSE transport: answers arrive on the GET stream. */
  private legacy = false;

  constructor(
    private readonly target: HttpTarget,
    private readonly maxMessageBytes: number,
    private readonly hooks: LinkHooks,
  ) {
    this.sender = new HttpSender(target);
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
    if (this.legacy) facts.transport = 'HTTP+SSE (older transport)';
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
      entry.request = this.post(body, id, Math.min(this.maxMessageBytes, entry.maxBytes));
      options.onSent?.(id);
    });
  }

  notify(method: string, params?: Record<string, unknown>): void {
    if (!this.alive) return;
    this.post(JSON.stringify({ jsonrpc: '2.0', method, ...(params ? { params } : {}) }), undefined, this.maxMessageBytes);
    if (method === 'notifications/initialized' && !this.legacy) this.openEventStream();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.streamTimer);
    this.failPending(new FirewallError('DOWNSTREAM_UNAVAILABLE', 'the connection to the tool server was closed'));
    if (this.sender.sessionId !== undefined) {
      // Ends the session on the server; best effort and brief.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 1000);
        const done = (): void => {
          clearTimeout(timer);
          resolve();
        };
        this.sender.send('DELETE', '', ACCEPT_POST, (res) => {
          res.resume();
          res.once('end', done);
          res.once('error', done);
        }, done);
      });
    }
    this.sender.destroy();
  }

  killNow(): void {
    this.closed = true;
    clearTimeout(this.streamTimer);
    this.sender.destroy();
  }

  private post(body: string, id: JsonRpcId | undefined, maxBytes: number): ClientRequest {
    return this.sender.send(
      'POST',
      body,
      ACCEPT_POST,
      (res) => this.onPostResponse(res, id, maxBytes, body),
      (err, freshMutualTls) => this.onTransportError(err, id, freshMutualTls),
    );
  }

  private onPostResponse(res: IncomingMessage, id: JsonRpcId | undefined, maxBytes: number, body?: string): void {
    const session = res.headers['mcp-session-id'];
    if (typeof session === 'string' && this.sender.sessionId === undefined && /^[\x21-\x7e]{1,256}$/.test(session)) this.sender.sessionId = session;
    const status = res.statusCode ?? 0;
    if (status === 202 || status === 204) {
      res.resume();
      return;
    }
    if (status < 200 || status >= 300) {
      res.resume();
      // A server that refuses the Streamable HTTP initialize may speak the older HTTP+SSE transport.
      if ((status === 400 || status === 404 || status === 405) && !this.legacy && this.sender.sessionId === undefined && id !== undefined && this.pending.get(id)?.method === 'initialize' && body !== undefined) {
        this.legacy = true;
        this.openLegacyStream(id, body, maxBytes);
        return;
      }
      if (status === 404 && this.sender.sessionId !== undefined) {
        this.fail(id, new FirewallError('DOWNSTREAM_UNAVAILABLE', 'the tool server ended the session', { category: 'session-expired', status }), true);
        return;
      }
      const failure = statusFailure(status, header(res, 'www-authenticate'), this.sender.signed);
      this.fail(id, failure.error, failure.fatal);
      return;
    }
    const type = header(res, 'content-type') ?? '';
    if (type.startsWith('text/event-stream')) this.readStream(res, maxBytes, id);
    else if (type.startsWith('application/json')) this.readJson(res, maxBytes, id);
    else {
      res.resume();
      if (id !== undefined) this.fail(id, badResponse('an unexpected content type'), false);
    }
  }

  private readJson(res: IncomingMessage, maxBytes: number, id: JsonRpcId | undefined): void {
    readJsonBody(res, maxBytes, {
      onMessage: (message, bytes) => this.dispatch(message, bytes),
      onTooLarge: (bytes) => this.tooLarge(id, bytes),
      onInvalid: (problem) => id !== undefined && this.fail(id, badResponse(problem), false),
      onEnd: () => id !== undefined && this.pending.has(id) && this.fail(id, badResponse('no response in the body'), false),
    });
  }

  /** A POST's answer stream (id set), the GET stream, or the older transport's only stream. */
  private readStream(res: IncomingMessage, maxBytes: number, id: JsonRpcId | undefined, onEndpoint?: (uri: string) => void): void {
    readEventStream(res, maxBytes, {
      onMessage: (message, bytes) => {
        this.dispatch(message, bytes, id);
        if (id === undefined) this.streamAttempts = 0;
      },
      onTooLarge: (bytes) => this.tooLarge(id, bytes),
      onInvalid: () => undefined,
      onEnd: () => {
        if (id !== undefined) {
          if (this.pending.has(id)) this.fail(id, badResponse('the stream ended before the response'), false);
        } else if (this.legacy) this.closeLink('session-expired', { category: 'session-expired' });
        else this.scheduleEventStream();
      },
      ...(onEndpoint ? { onEndpoint } : {}),
    });
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
    if (this.alive) this.post(JSON.stringify(message), undefined, this.maxMessageBytes);
  }

  private learnProtocol(result: unknown): void {
    const version = (result as { protocolVersion?: unknown } | undefined)?.protocolVersion;
    if (typeof version === 'string' && /^[\x21-\x7e]{1,64}$/.test(version)) this.sender.protocolVersion = version;
  }

  /** The GET stream carries what the server says unprompted (list_changed above all). */
  private openEventStream(): void {
    if (!this.alive) return;
    this.sender.send(
      'GET',
      '',
      'text/event-stream',
      (res) => {
        const type = header(res, 'content-type') ?? '';
        if (res.statusCode === 200 && type.startsWith('text/event-stream')) return this.readStream(res, this.maxMessageBytes, undefined);
        res.resume();
        // 405: the server offers no stream; anything else is retried later.
        if (res.statusCode === 404 && this.sender.sessionId !== undefined) this.closeLink('session-expired', { category: 'session-expired', status: 404 });
        else if (res.statusCode !== 405) this.scheduleEventStream();
      },
      (err, freshMutualTls) => {
        const failure = transportFailure(err, { freshMutualTls });
        if (failure.fatal) this.closeLink('disconnected', { code: failure.error.code, category: String(failure.error.details.category) }, failure.error);
        else this.scheduleEventStream();
      },
    );
  }

  /**
   * The older transport: a GET stream first names the endpoint to POST to (same origin only),
   * then carries every answer. The initialize that was refused is sent again there.
   */
  private openLegacyStream(id: JsonRpcId, initialize: string, maxBytes: number): void {
    let named = false;
    const fail = (problem: string): void => this.fail(id, badResponse(problem), true);
    this.sender.send(
      'GET',
      '',
      'text/event-stream',
      (res) => {
        const type = header(res, 'content-type') ?? '';
        if (res.statusCode !== 200 || !type.startsWith('text/event-stream')) {
          res.resume();
          const failure = statusFailure(res.statusCode ?? 0, header(res, 'www-authenticate'), this.sender.signed);
          return this.fail(id, failure.error, true);
        }
        this.readStream(res, Math.max(maxBytes, this.maxMessageBytes), undefined, (uri) => {
          if (named) return;
          named = true;
          let endpoint: URL;
          try {
            endpoint = new URL(uri, this.target.url);
          } catch {
            return fail('an invalid endpoint');
          }
          if (endpoint.origin !== this.target.url.origin) return fail('an endpoint on another origin');
          this.sender.postPath = endpoint.pathname + endpoint.search;
          const entry = this.pending.get(id);
          if (entry) entry.request = this.post(initialize, id, maxBytes);
        });
      },
      (err, freshMutualTls) => this.onTransportError(err, id, freshMutualTls),
    );
  }

  private scheduleEventStream(): void {
    if (!this.alive) return;
    clearTimeout(this.streamTimer);
    const delay = STREAM_RETRY_MS[Math.min(this.streamAttempts++, STREAM_RETRY_MS.length - 1)]!;
    this.streamTimer = setTimeout(() => this.openEventStream(), delay);
    this.streamTimer.unref();
  }

  private onTransportError(err: Error, id: JsonRpcId | undefined, freshMutualTls: boolean): void {
    if (this.closed) return;
    const failure = transportFailure(err, { freshMutualTls });
    this.fail(id, failure.error, failure.fatal);
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
    clearTimeout(this.streamTimer);
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
