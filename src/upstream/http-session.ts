import type { ServerResponse } from 'node:http';
import type { CompiledAgent } from '../config/types.js';
import type { Classified, JsonRpcId, JsonRpcMessage } from '../jsonrpc/messages.js';
import type { Firewall } from './firewall.js';
import { writeJson } from './http-wire.js';
import { Session } from './session.js';

/** Where the messages for one POSTed request go: one JSON body, or an SSE stream when progress may come first. */
interface Sink {
  res: ServerResponse;
  stream: boolean;
  progressToken: string | number | undefined;
  status: number;
}

const idKey = (id: JsonRpcId | null): string => (typeof id === 'number' ? `n${id}` : typeof id === 'string' ? `s${id}` : 'null');

/**
 * One Streamable HTTP session: the same `Session` (method table, stages, audit) a stdio host
 * gets, fed by POSTs instead of lines. Answers go back on the POST that asked; notifications
 * that belong to no request (tools/list_changed) go to the GET stream when the host opened one.
 * It is bound to the key that opened it and ends after `idleMs` without a request.
 */
export class HttpSession {
  readonly session: Session;
  private readonly pending = new Map<string, Sink>();
  private readonly progress = new Map<string, string>();
  private standalone: ServerResponse | undefined;
  private readonly idle: NodeJS.Timeout;
  private keepAlive: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    firewall: Firewall,
    readonly agent: CompiledAgent,
    readonly keyId: string,
    idleMs: number,
    private readonly onEnd: (why: 'idle' | 'deleted' | 'shutdown') => void,
  ) {
    this.session = new Session(firewall, agent, (message) => this.route(message));
    this.idle = setTimeout(() => this.expire(), idleMs);
    this.idle.unref();
  }

  /** Runs one parsed message; a request's answer is written to `res` when the session sends it. */
  dispatch(message: Classified, bytes: number, res: ServerResponse, acceptsStream: boolean): void {
    this.idle.refresh();
    if (message.kind === 'request' || message.kind === 'invalid') {
      const id = message.kind === 'request' ? message.message.id : message.id;
      const key = idKey(id);
      if (this.pending.has(key)) {
        writeJson(res, 409, { jsonrpc: '2.0', id, error: { code: -32600, message: 'INVALID_REQUEST: a request with this id is still in flight' } });
        return;
      }
      const meta = message.kind === 'request' ? (message.message.params?._meta as { progressToken?: unknown } | undefined) : undefined;
      const token = typeof meta?.progressToken === 'string' || typeof meta?.progressToken === 'number' ? meta.progressToken : undefined;
      const sink: Sink = { res, stream: acceptsStream && token !== undefined, progressToken: token, status: message.kind === 'invalid' ? 400 : 200 };
      this.pending.set(key, sink);
      if (token !== undefined) this.progress.set(idKey(token), key);
      res.once('close', () => this.forget(key, sink));
      if (sink.stream) openStream(res);
    } else {
      res.writeHead(202).end();
    }
    this.session.handleMessage(message, bytes);
  }

  /** The host's GET: one stream per session for notifications that answer no request. */
  openStandalone(res: ServerResponse): boolean {
    if (this.standalone) return false;
    this.idle.refresh();
    this.standalone = res;
    openStream(res);
    // Comments keep proxies from timing the stream out; unref so they never hold the process.
    this.keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
    this.keepAlive.unref();
    res.once('close', () => {
      if (this.standalone === res) this.standalone = undefined;
      clearInterval(this.keepAlive);
    });
    return true;
  }

  end(why: 'idle' | 'deleted' | 'shutdown'): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.idle);
    clearInterval(this.keepAlive);
    this.session.close();
    this.standalone?.end();
    for (const sink of this.pending.values()) sink.res.destroy();
    this.pending.clear();
    this.onEnd(why);
  }

  private expire(): void {
    // A long tool call is activity: the session ends only when nothing is in flight.
    if (this.pending.size > 0) this.idle.refresh();
    else this.end('idle');
  }

  private route(message: JsonRpcMessage): void {
    if ('id' in message && !('method' in message)) {
      const key = idKey(message.id);
      const sink = this.pending.get(key);
      if (!sink) return; // the host hung up before its answer was ready
      this.forget(key, sink);
      if (sink.stream) sink.res.end(event(message));
      else writeJson(sink.res, sink.status, message);
      this.idle.refresh();
      return;
    }
    const token = message.method === 'notifications/progress' ? (message.params?.progressToken as string | number | undefined) : undefined;
    const sink = token === undefined ? undefined : this.pending.get(this.progress.get(idKey(token)) ?? '');
    if (sink?.stream) sink.res.write(event(message));
    else if (token === undefined) this.standalone?.write(event(message));
  }

  private forget(key: string, sink: Sink): void {
    if (this.pending.get(key) !== sink) return;
    this.pending.delete(key);
    if (sink.progressToken !== undefined) this.progress.delete(idKey(sink.progressToken));
  }
}

function openStream(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  res.flushHeaders();
}

function event(message: JsonRpcMessage): string {
  return `event: message\ndata: ${JSON.stringify(message)}\n\n`;
}
