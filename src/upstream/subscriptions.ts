import type { ServerConnection } from '../downstream/server-connection.js';

/**
 * Resource subscriptions of every session, shared over one downstream connection per server:
 * the firewall subscribes downstream when the first session subscribes to a URI and
 * unsubscribes when the last one leaves (or closes). An update is delivered only to the
 * sessions subscribed to that URI, and only after the firewall checked the URI is approved
 * (see Firewall.resourceUpdated): a server cannot push notifications about anything else.
 */

export interface Subscriber {
  /** Sends `notifications/resources/updated` for this URI, if the session's agent may still see it. */
  updated(server: string, uri: string): void;
}

const MAX_PER_SESSION = 256;

export class Subscriptions {
  private readonly byUri = new Map<string, Set<Subscriber>>();
  private readonly bySession = new Map<Subscriber, Set<string>>();

  constructor(private readonly connections: ReadonlyMap<string, ServerConnection>) {}

  /** Throws what the downstream subscribe threw; the session is then not subscribed. */
  async subscribe(subscriber: Subscriber, server: string, uri: string, timeoutMs: number): Promise<void> {
    const key = `${server}\0${uri}`;
    const mine = this.bySession.get(subscriber) ?? new Set<string>();
    if (mine.has(key)) return;
    if (mine.size >= MAX_PER_SESSION) throw new RangeError(`a session may hold at most ${MAX_PER_SESSION} subscriptions`);
    const current = this.byUri.get(key);
    if (!current?.size) await this.connections.get(server)!.request('resources/subscribe', { uri }, { timeoutMs });
    (this.byUri.get(key) ?? this.byUri.set(key, new Set()).get(key)!).add(subscriber);
    this.bySession.set(subscriber, mine.add(key));
  }

  async unsubscribe(subscriber: Subscriber, server: string, uri: string, timeoutMs: number): Promise<void> {
    const key = `${server}\0${uri}`;
    this.bySession.get(subscriber)?.delete(key);
    const set = this.byUri.get(key);
    if (!set?.delete(subscriber) || set.size > 0) return;
    this.byUri.delete(key);
    await this.connections.get(server)?.request('resources/unsubscribe', { uri }, { timeoutMs });
  }

  /** A closing session leaves every subscription; downstream unsubscribes are best effort. */
  dropSession(subscriber: Subscriber, timeoutMs: number): void {
    for (const key of this.bySession.get(subscriber) ?? []) {
      const [server, uri] = key.split('\0') as [string, string];
      this.unsubscribe(subscriber, server, uri, timeoutMs).catch(() => undefined);
    }
    this.bySession.delete(subscriber);
  }

  subscribers(server: string, uri: string): readonly Subscriber[] {
    return [...(this.byUri.get(`${server}\0${uri}`) ?? [])];
  }

  /** After a restart the server has forgotten every subscription: subscribe again. */
  resubscribe(server: string, timeoutMs: number): void {
    for (const [key, set] of this.byUri) {
      const [owner, uri] = key.split('\0') as [string, string];
      if (owner === server && set.size > 0) this.connections.get(server)?.request('resources/subscribe', { uri }, { timeoutMs }).catch(() => undefined);
    }
  }
}
