import { FirewallError } from '../errors.js';
import type { AbortLike } from '../downstream/link.js';
import type { JsonRpcId, JsonRpcMessage, JsonRpcResponse } from '../jsonrpc/messages.js';

/** What the host declared it can do in `initialize` (`capabilities`), kept as sent. */
export type HostCapabilities = Readonly<Record<string, unknown>>;

export interface HostRequestOptions {
  timeoutMs: number;
  signal?: AbortLike;
}

interface Waiting {
  resolve(result: Record<string, unknown>): void;
  reject(error: FirewallError): void;
  cleanup(): void;
}

// The prefix keeps the firewall's ids apart from anything a host might echo; only the host can
// answer on its own connection, so tool output has no way to settle one of these requests.
const ID_PREFIX = 'mcp-firewall-';

/**
 * Requests the firewall sends to the host (elicitation, sampling, roots), matched with the
 * host's responses. A request that is not answered in time, or whose caller gives up, is
 * cancelled at the host with `notifications/cancelled`.
 */
export class HostRequests {
  private next = 0;
  private readonly waiting = new Map<JsonRpcId, Waiting>();

  constructor(private readonly send: (message: JsonRpcMessage) => void) {}

  get pending(): number {
    return this.waiting.size;
  }

  request(method: string, params: Record<string, unknown>, options: HostRequestOptions): Promise<Record<string, unknown>> {
    if (options.signal?.aborted) return Promise.reject(new FirewallError('CANCELLED'));
    const id = `${ID_PREFIX}${++this.next}`;
    return new Promise((resolve, reject) => {
      const giveUp = (error: FirewallError, reason: string): void => {
        if (!this.waiting.has(id)) return;
        entry.cleanup();
        this.send({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: id, reason } });
        reject(error);
      };
      const onAbort = (): void => giveUp(new FirewallError('CANCELLED'), 'cancelled by the firewall');
      const timer = setTimeout(() => giveUp(new FirewallError('HOST_TIMEOUT', `the host did not answer ${method} within ${options.timeoutMs} ms`), 'timed out at the firewall'), options.timeoutMs);
      const entry: Waiting = {
        resolve,
        reject,
        cleanup: () => {
          clearTimeout(timer);
          options.signal?.removeEventListener('abort', onAbort);
          this.waiting.delete(id);
        },
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.set(id, entry);
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  /** Settles the request a host response answers; false when it answers none of them. */
  settle(response: JsonRpcResponse): boolean {
    const entry = response.id === null ? undefined : this.waiting.get(response.id);
    if (!entry) return false;
    entry.cleanup();
    if (response.error) {
      const code = typeof response.error.code === 'number' ? response.error.code : 0;
      entry.reject(new FirewallError('HOST_ERROR', `the host answered with error code ${code}`, { hostCode: code }));
    } else if (response.result && typeof response.result === 'object' && !Array.isArray(response.result)) {
      entry.resolve(response.result as Record<string, unknown>);
    } else {
      entry.reject(new FirewallError('HOST_ERROR', 'the host answered with a result that is not an object'));
    }
    return true;
  }

  /** The session ended: every waiting caller is told, nothing is sent. */
  close(): void {
    for (const entry of [...this.waiting.values()]) {
      entry.cleanup();
      entry.reject(new FirewallError('CANCELLED', 'the host session ended'));
    }
  }
}
