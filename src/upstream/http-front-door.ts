import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { SUPPORTED_PROTOCOL_VERSIONS } from '@modelcontextprotocol/sdk/types.js';
import type { DetailValue } from '../audit/record.js';
import { hostOnly, isLoopback } from '../config/http-config.js';
import type { CompiledAgent, CompiledHttp } from '../config/types.js';
import type { ErrorCode } from '../errors.js';
import { classify, RPC } from '../jsonrpc/messages.js';
import { escapeName } from '../policy/name-fold.js';
import type { KeyRing } from './agent-keys.js';
import { newAuditId } from './audit-id.js';
import type { Firewall } from './firewall.js';
import { HttpSession } from './http-session.js';
import type { Session } from './session.js';
import { readBody, refusalBody, remoteOf, writeJson } from './http-wire.js';
import { RefusalThrottle } from './refusal-throttle.js';

export const MCP_PATH = '/mcp';

export interface TlsMaterial {
  cert: string;
  key: string;
}

/**
 * The Streamable HTTP front door: remote hosts and agents reach the same sessions, stages and
 * audit as stdio. Every request passes, in order: path, Origin (DNS-rebinding protection),
 * bearer key, session ownership; only then does it reach a Session, so nothing unauthenticated
 * touches a tool server. Every refusal is audited without key material.
 */
export class FrontDoor {
  private readonly sessions = new Map<string, HttpSession>();
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private loopback = true;
  private readonly unauthenticated = new RefusalThrottle();

  constructor(
    private readonly firewall: Firewall,
    private readonly keys: KeyRing,
    private readonly options: CompiledHttp,
  ) {}

  get sessionCount(): number {
    return this.sessions.size;
  }

  async listen(host: string, port: number, tls: TlsMaterial | undefined): Promise<AddressInfo> {
    this.loopback = isLoopback(host);
    const handler = (req: IncomingMessage, res: ServerResponse): void => this.handle(req, res);
    // TLS 1.3 only: nothing older is offered, so no client can negotiate it down.
    const server = tls ? createTlsServer({ cert: tls.cert, key: tls.key, minVersion: 'TLSv1.3' }, handler) : createServer(handler);
    server.on(tls ? 'secureConnection' : 'connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    // Hosts keep connections open between calls; closing them sooner than clients expect
    // races their next request ("socket hang up"). Load balancers use about a minute too.
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 70_000;
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    return server.address() as AddressInfo;
  }

  /** The host sessions open now, for a shutdown to drain. */
  sessionsOpen(): Session[] {
    return [...this.sessions.values()].map((s) => s.session);
  }

  async close(): Promise<void> {
    for (const session of [...this.sessions.values()]) session.end('shutdown');
    const server = this.server;
    if (!server) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '').split('?', 1)[0];
    if (path !== MCP_PATH) return writeJson(res, 404, { error: `not found; the MCP endpoint is ${MCP_PATH}` });
    if (!this.hostAllowed(req.headers.host)) {
      this.refuse(req, res, 403, 'HOST_DENIED', 'http/host', '-', { host: escapeName(req.headers.host ?? '-') });
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !this.options.allowedOrigins.has(origin.toLowerCase())) {
      this.refuse(req, res, 403, 'ORIGIN_DENIED', 'http/origin', '-', { origin: escapeName(origin) });
      return;
    }
    const auth = this.keys.authenticate(req.headers.authorization, Date.now());
    const agent = auth.ok ? this.firewall.policy.agents.get(auth.agent) : undefined;
    if (!auth.ok || !agent) {
      const why = auth.ok ? 'unknown-agent' : auth.why;
      const keyId = auth.keyId;
      const challenge = why === 'missing' ? 'Bearer realm="mcp-firewall"' : 'Bearer realm="mcp-firewall", error="invalid_token"';
      this.refuse(req, res, 401, 'UNAUTHENTICATED', 'http/auth', '-', { why, ...(keyId ? { keyId } : {}) }, { 'www-authenticate': challenge });
      return;
    }
    const version = req.headers['mcp-protocol-version'];
    if (typeof version === 'string' && !SUPPORTED_PROTOCOL_VERSIONS.includes(version)) {
      this.refuse(req, res, 400, 'INVALID_REQUEST', 'http/protocol-version', agent.id, { version: escapeName(version) });
      return;
    }
    switch (req.method) {
      case 'POST':
        return this.post(req, res, agent, auth.keyId);
      case 'GET':
        return this.get(req, res, agent, auth.keyId);
      case 'DELETE': {
        const session = this.owned(req, res, agent, auth.keyId);
        if (!session) return;
        session.end('deleted');
        res.writeHead(200).end();
        return;
      }
      default:
        res.writeHead(405, { allow: 'GET, POST, DELETE' }).end();
    }
  }

  /**
   * DNS rebinding points an attacker's name at this address; the browser then sends that name
   * as Host. On a loopback address only loopback names are served unless allowedHosts says more.
   */
  private hostAllowed(host: string | undefined): boolean {
    if (host === undefined) return false;
    const value = host.toLowerCase();
    const allowed = this.options.allowedHosts;
    if (allowed) return allowed.has(value) || allowed.has(hostOnly(value));
    return !this.loopback || isLoopback(hostOnly(value));
  }

  private post(req: IncomingMessage, res: ServerResponse, agent: CompiledAgent, keyId: string): void {
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      this.refuse(req, res, 415, 'INVALID_REQUEST', 'http/content-type', agent.id, {});
      return;
    }
    readBody(req, this.options.maxBodyBytes, (body) => {
      if (body === undefined) {
        this.refuse(req, res, 413, 'PAYLOAD_TOO_LARGE', 'http/body', agent.id, { limit: this.options.maxBodyBytes });
        return;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        this.refuse(req, res, 400, 'INVALID_REQUEST', 'http/body', agent.id, { bytes: body.length }, {}, RPC.PARSE_ERROR);
        return;
      }
      const message = classify(parsed);
      const accepts = (req.headers.accept ?? '').includes('text/event-stream');
      const sessionId = req.headers['mcp-session-id'];
      if (sessionId === undefined) {
        if (message.kind !== 'request' || message.message.method !== 'initialize') {
          this.refuse(req, res, 400, 'SESSION_UNKNOWN', 'http/session', agent.id, { why: 'no-session-header' });
          return;
        }
        const session = this.open(req, res, agent, keyId);
        session?.dispatch(message, body.length, res, accepts);
        return;
      }
      this.owned(req, res, agent, keyId)?.dispatch(message, body.length, res, accepts);
    });
  }

  private get(req: IncomingMessage, res: ServerResponse, agent: CompiledAgent, keyId: string): void {
    if (!(req.headers.accept ?? '').includes('text/event-stream')) {
      res.writeHead(406).end();
      return;
    }
    const session = this.owned(req, res, agent, keyId);
    if (session && !session.openStandalone(res)) res.writeHead(409).end();
  }

  private open(req: IncomingMessage, res: ServerResponse, agent: CompiledAgent, keyId: string): HttpSession | undefined {
    if (this.sessions.size >= this.options.maxSessions) {
      this.refuse(req, res, 503, 'SESSIONS_EXHAUSTED', 'http/session', agent.id, { max: this.options.maxSessions }, { 'retry-after': '30' });
      return undefined;
    }
    // The id is a capability for the session, so it is unguessable and never written to the audit log.
    const id = randomBytes(32).toString('base64url');
    const session = new HttpSession(this.firewall, agent, keyId, this.options.idleTimeoutMs, (why) => {
      if (!this.sessions.delete(id)) return; // never opened: nothing to close in the log
      this.firewall.record({ auditId: newAuditId(), agent: agent.id, session: session.session.id, method: 'http/session-end', decision: 'allow', reason: 'ok', durationMs: 0, details: { why } });
    });
    const start = { auditId: newAuditId(), agent: agent.id, session: session.session.id, method: 'http/session-start', decision: 'allow', reason: 'ok', durationMs: 0, details: { keyId, remote: remoteOf(req) } } as const;
    // A session whose opening cannot be recorded is not opened (fail closed, like every exchange).
    if (!this.firewall.record(start)) {
      session.end('shutdown');
      writeJson(res, 503, refusalBody('AUDIT_UNAVAILABLE', start.auditId, RPC.INTERNAL_ERROR));
      return undefined;
    }
    this.sessions.set(id, session);
    res.setHeader('mcp-session-id', id);
    return session;
  }

  /** The session named by the header, if this key opened it. Another key gets the same 404 as a made-up id. */
  private owned(req: IncomingMessage, res: ServerResponse, agent: CompiledAgent, keyId: string): HttpSession | undefined {
    const id = req.headers['mcp-session-id'];
    const session = typeof id === 'string' ? this.sessions.get(id) : undefined;
    if (session && session.keyId === keyId) return session;
    const why = id === undefined ? 'no-session-header' : session ? 'other-key' : 'unknown-or-ended';
    this.refuse(req, res, id === undefined ? 400 : 404, 'SESSION_UNKNOWN', 'http/session', agent.id, { why });
    return undefined;
  }

  private refuse(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    code: ErrorCode,
    method: string,
    agent: string,
    details: Record<string, DetailValue>,
    headers: Record<string, string> = {},
    rpcCode: number = RPC.INVALID_REQUEST,
  ): void {
    const auditId = newAuditId();
    const remote = remoteOf(req);
    // Requests without a valid key can come from anyone: their records are budgeted per address.
    const admitted = agent === '-' ? this.unauthenticated.admit(remote, performance.now()) : { suppressed: 0 };
    if (admitted) {
      const flood: Record<string, DetailValue> = admitted.suppressed ? { suppressedBefore: admitted.suppressed } : {};
      this.firewall.record({ auditId, agent, session: '-', method, decision: 'deny', reason: code, durationMs: 0, details: { status, httpMethod: req.method ?? '-', remote, ...details, ...flood } });
    }
    writeJson(res, status, refusalBody(code, auditId, rpcCode), headers);
  }
}
