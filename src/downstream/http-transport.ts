import type { ClientRequest, IncomingMessage } from 'node:http';
import { FirewallError } from '../errors.js';
import type { JsonRpcId } from '../jsonrpc/messages.js';
import { badResponse, header, readEventStream, readJsonBody } from './http-body.js';
import { EventStream } from './http-event-stream.js';
import { openLegacyStream } from './http-legacy-stream.js';
import type { HttpSender } from './http-sender.js';
import { statusFailure, transportFailure } from './link-failure.js';

/**
 * Carries the link's messages over MCP Streamable HTTP: each is POSTed, and its answer is read
 * by status and content type; the messages in it and the failures it means go back to the link,
 * which alone knows its requests. What the server says unprompted comes on the GET stream
 * (http-event-stream.ts) or, from a server that speaks only the older HTTP+SSE transport, on
 * that transport's one stream (http-legacy-stream.ts).
 */

/** What the transport needs of a request in flight: its method, and the POST carrying it. */
export interface PostedRequest {
  method: string;
  request?: ClientRequest;
}

export interface TransportHandlers {
  /** Whether the link is open: a closed link opens no stream and ignores its requests' errors. */
  alive(): boolean;
  /** The request sent with `id`, while it awaits its response. */
  pending(id: JsonRpcId): PostedRequest | undefined;
  /** `streamOf`: the request whose response stream carried the message, if any. */
  onMessage(value: unknown, bytes: number, streamOf?: JsonRpcId): void;
  onTooLarge(id: JsonRpcId | undefined, bytes: number): void;
  /** Fails one request; a fatal failure closes the link (and so every other request). */
  onFailed(id: JsonRpcId | undefined, error: FirewallError, fatal: boolean): void;
  /** The session ended or the connection failed for good: the link closes. */
  onClosed(event: string, details: Record<string, string | number>, error?: FirewallError): void;
}

const ACCEPT_POST = 'application/json, text/event-stream';

export class HttpTransport {
  /** The server speaks only the older HTTP+SSE transport: answers arrive on the GET stream. */
  legacy = false;
  private readonly events: EventStream;

  constructor(
    private readonly sender: HttpSender,
    private readonly url: URL,
    private readonly maxMessageBytes: number,
    private readonly handlers: TransportHandlers,
  ) {
    this.events = new EventStream(sender, {
      alive: () => handlers.alive(),
      onStream: (res) => this.readStream(res, maxMessageBytes, undefined, 'get'),
      onClosed: (event, details, error) => handlers.onClosed(event, details, error),
    });
  }

  post(body: string, id: JsonRpcId | undefined, maxBytes: number): ClientRequest {
    return this.sender.send(
      'POST',
      body,
      ACCEPT_POST,
      (res) => this.onPostResponse(res, id, maxBytes, body),
      (err, freshMutualTls) => this.onTransportError(err, id, freshMutualTls),
    );
  }

  /** Once the session is initialized; the older transport's stream is open already. */
  openEventStream(): void {
    if (!this.legacy) this.events.open();
  }

  /** Ends the session on the server; best effort and brief. */
  endSession(): Promise<void> {
    return new Promise<void>((resolve) => {
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

  /** The link is closing: the GET stream is not opened again. */
  stop(): void {
    this.events.stop();
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
      if ((status === 400 || status === 404 || status === 405) && !this.legacy && this.sender.sessionId === undefined && id !== undefined && this.handlers.pending(id)?.method === 'initialize' && body !== undefined) {
        this.legacy = true;
        openLegacyStream(this.sender, this.url, {
          onStream: (stream, onEndpoint) => this.readStream(stream, Math.max(maxBytes, this.maxMessageBytes), undefined, 'legacy', onEndpoint),
          onEndpoint: () => {
            const entry = this.handlers.pending(id);
            if (entry) entry.request = this.post(body, id, maxBytes);
          },
          onRefused: (error) => this.handlers.onFailed(id, error, true),
          onError: (err, freshMutualTls) => this.onTransportError(err, id, freshMutualTls),
        });
        return;
      }
      if (status === 404 && this.sender.sessionId !== undefined) {
        this.handlers.onFailed(id, new FirewallError('DOWNSTREAM_UNAVAILABLE', 'the tool server ended the session', { category: 'session-expired', status }), true);
        return;
      }
      const failure = statusFailure(status, header(res, 'www-authenticate'), this.sender.signed);
      this.handlers.onFailed(id, failure.error, failure.fatal);
      return;
    }
    const type = header(res, 'content-type') ?? '';
    if (type.startsWith('text/event-stream')) this.readStream(res, maxBytes, id, 'post');
    else if (type.startsWith('application/json')) this.readJson(res, maxBytes, id);
    else {
      res.resume();
      if (id !== undefined) this.handlers.onFailed(id, badResponse('an unexpected content type'), false);
    }
  }

  private readJson(res: IncomingMessage, maxBytes: number, id: JsonRpcId | undefined): void {
    readJsonBody(res, maxBytes, {
      onMessage: (message, bytes) => this.handlers.onMessage(message, bytes),
      onTooLarge: (bytes) => this.handlers.onTooLarge(id, bytes),
      onInvalid: (problem) => id !== undefined && this.handlers.onFailed(id, badResponse(problem), false),
      onEnd: () => id !== undefined && this.handlers.pending(id) && this.handlers.onFailed(id, badResponse('no response in the body'), false),
    });
  }

  /**
   * A POST's answer stream, the GET stream, or the older transport's only stream. Only the end
   * of the GET stream opens it again: a server that answers a notification or a reply with a
   * stream (it owes 202) must not get a second GET stream each time it does.
   */
  private readStream(res: IncomingMessage, maxBytes: number, id: JsonRpcId | undefined, source: 'post' | 'get' | 'legacy', onEndpoint?: (uri: string) => void): void {
    readEventStream(res, maxBytes, {
      onMessage: (message, bytes) => {
        this.handlers.onMessage(message, bytes, id);
        if (id === undefined) this.events.resetRetries();
      },
      onTooLarge: (bytes) => this.handlers.onTooLarge(id, bytes),
      onInvalid: () => undefined,
      onEnd: () => {
        if (id !== undefined) {
          if (this.handlers.pending(id)) this.handlers.onFailed(id, badResponse('the stream ended before the response'), false);
        } else if (source === 'legacy') this.handlers.onClosed('session-expired', { category: 'session-expired' });
        else if (source === 'get') this.events.retryLater();
      },
      ...(onEndpoint ? { onEndpoint } : {}),
    });
  }

  private onTransportError(err: Error, id: JsonRpcId | undefined, freshMutualTls: boolean): void {
    if (!this.handlers.alive()) return;
    const failure = transportFailure(err, { freshMutualTls });
    this.handlers.onFailed(id, failure.error, failure.fatal);
  }
}
