import http, { type ClientRequest, type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import type { HttpTarget } from '../config/types.js';
import { signRequest } from '../signing/sign-request.js';
import { createHttpsAgent, describeTls } from './tls-policy.js';

/**
 * Sends HTTP requests to one tool server over a kept-alive pool: the manifest's static
 * headers, the MCP session headers and, when configured, the request signature on each.
 * Records the TLS facts of every new connection for `check`.
 */
export class HttpSender {
  private readonly agent: http.Agent;
  private readonly observed = new WeakSet<object>();
  private readonly inFlight = new Set<ClientRequest>();
  private readonly retries = new WeakMap<ClientRequest, ClientRequest>();
  /** TLS facts of the latest new connection. */
  tlsFacts: Record<string, string> = {};
  sessionId: string | undefined;
  /** Where messages are POSTed: the URL itself, or the endpoint an older HTTP+SSE server named. */
  postPath: string;
  protocolVersion: string | undefined;

  constructor(private readonly target: HttpTarget) {
    this.agent = target.tls ? createHttpsAgent(target.tls) : new http.Agent({ keepAlive: true });
    this.postPath = target.url.pathname + target.url.search;
  }

  get signed(): boolean {
    return this.target.signing !== undefined;
  }

  /**
   * `onError` gets the error and whether it came on a fresh mutual-TLS connection after its
   * handshake (see link-failure). A request that finds its kept-alive socket closed by the
   * server before any answer is sent again once on a new connection (Node's advice for
   * `reusedSocket`): the server never read it.
   */
  send(method: 'GET' | 'POST' | 'DELETE', body: string, accept: string, onResponse: (res: IncomingMessage) => void, onError: (err: Error, freshMutualTls: boolean) => void, retried = false): ClientRequest {
    const url = this.target.url;
    const path = method === 'POST' ? this.postPath : url.pathname + url.search;
    const headers: Record<string, string> = { ...this.target.headers, accept };
    if (method === 'POST') {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(body));
    }
    if (this.sessionId !== undefined) headers['mcp-session-id'] = this.sessionId;
    if (this.protocolVersion !== undefined) headers['mcp-protocol-version'] = this.protocolVersion;
    const key = this.target.signing?.[0];
    if (key) Object.assign(headers, signRequest(key, method, path, body));
    const request = (this.target.tls ? https.request : http.request)({
      protocol: url.protocol,
      hostname: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port || undefined,
      path,
      method,
      headers,
      agent: this.agent,
    });
    this.inFlight.add(request);
    let answered = false;
    let handshaken = false;
    request.once('close', () => this.inFlight.delete(request));
    if (this.target.tls) {
      request.once('socket', (socket) => {
        this.observe(socket as TLSSocket);
        if (!request.reusedSocket) socket.once('secureConnect', () => (handshaken = true));
      });
    }
    request.on('response', (res) => {
      answered = true;
      onResponse(res);
    });
    request.on('error', (err: NodeJS.ErrnoException) => {
      if (!answered && !retried && request.reusedSocket && err.code === 'ECONNRESET') {
        const again = this.send(method, body, accept, onResponse, onError, true);
        this.retries.set(request, again);
        return;
      }
      onError(err, handshaken && !answered && this.target.tls?.cert !== undefined);
    });
    request.end(method === 'POST' ? body : undefined);
    return request;
  }

  /** The request actually in flight for one that was sent (itself, or its retry). */
  current(request: ClientRequest): ClientRequest {
    return this.retries.get(request) ?? request;
  }

  /** Stops every request and drops the pool. */
  destroy(): void {
    for (const request of this.inFlight) request.destroy();
    this.inFlight.clear();
    this.agent.destroy();
  }

  private observe(socket: TLSSocket): void {
    if (this.observed.has(socket)) return;
    this.observed.add(socket);
    const pins = this.target.tls?.pins ?? [];
    socket.once('secureConnect', () => (this.tlsFacts = describeTls(socket, pins)));
  }
}
