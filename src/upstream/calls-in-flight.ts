import type { CompiledAgent } from '../config/types.js';
import type { JsonRpcId } from '../jsonrpc/messages.js';
import type { HostRequestOptions } from './host-requests.js';

/** What a tool server's request needs of the host session it is routed to. */
export interface HostChannel {
  readonly id: string;
  readonly agent: CompiledAgent;
  /** What the host declared in `initialize`. */
  readonly hostCapabilities: Readonly<Record<string, unknown>>;
  hostCan(capability: string): boolean;
  requestHost(method: string, params: Record<string, unknown>, capability: string, options: HostRequestOptions): Promise<Record<string, unknown>>;
}

interface Call {
  host: HostChannel;
  /** The link's id of the downstream request, once sent. */
  downstreamId: JsonRpcId | undefined;
  /** Aborted when the call ends: a request made for it is no longer wanted. Made only when asked for. */
  ended: AbortController | undefined;
  done: boolean;
}

export type Route = { ok: true; host: HostChannel; callEnded: AbortSignal } | { ok: false; reason: 'no-call' | 'ambiguous' };

/**
 * Which host sessions have calls in flight on which tool server. A tool server shares one
 * connection among all sessions, so a request it sends (sampling, elicitation) is tied to a
 * session through the call it was made for: by the request id the transport names (an HTTP
 * server answers on that call's stream), else by there being exactly one session waiting on
 * the server. None, or several, and the request is refused: it is never guessed.
 */
export class CallsInFlight {
  private readonly byServer = new Map<string, Set<Call>>();

  begin(server: string, host: HostChannel): { onSent(id: JsonRpcId): void; end(): void } {
    const call: Call = { host, downstreamId: undefined, ended: undefined, done: false };
    let calls = this.byServer.get(server);
    if (!calls) this.byServer.set(server, (calls = new Set()));
    calls.add(call);
    return {
      onSent: (id) => {
        call.downstreamId = id;
      },
      end: () => {
        calls.delete(call);
        if (calls.size === 0 && this.byServer.get(server) === calls) this.byServer.delete(server);
        call.done = true;
        call.ended?.abort();
      },
    };
  }

  route(server: string, relatedId: JsonRpcId | undefined): Route {
    const calls = [...(this.byServer.get(server) ?? [])];
    if (relatedId !== undefined) {
      const call = calls.find((c) => c.downstreamId === relatedId);
      return call ? { ok: true, host: call.host, callEnded: endedSignal(call) } : { ok: false, reason: 'no-call' };
    }
    const hosts = new Set(calls.map((c) => c.host));
    if (hosts.size === 0) return { ok: false, reason: 'no-call' };
    if (hosts.size > 1) return { ok: false, reason: 'ambiguous' };
    // One session, perhaps several calls: the request stays wanted while any of them runs.
    const host = calls[0]!.host;
    return { ok: true, host, callEnded: calls.length === 1 ? endedSignal(calls[0]!) : allEnded(calls.map(endedSignal)) };
  }
}

// The hot path (every tools/call) pays for no AbortController; only a routed request makes one.
function endedSignal(call: Call): AbortSignal {
  call.ended ??= new AbortController();
  if (call.done) call.ended.abort();
  return call.ended.signal;
}

function allEnded(signals: AbortSignal[]): AbortSignal {
  const controller = new AbortController();
  let left = signals.length;
  for (const signal of signals) {
    if (signal.aborted) left -= 1;
    else signal.addEventListener('abort', () => --left === 0 && controller.abort(), { once: true });
  }
  if (left === 0) controller.abort();
  return controller.signal;
}
