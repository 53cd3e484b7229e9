import type { JsonRpcId, JsonRpcNotification, JsonRpcRequest, JsonRpcResponse } from '../jsonrpc/messages.js';
import type { StderrTail } from './stdio-child.js';

/**
 * One way of talking JSON-RPC to a tool server: a child's stdio or an HTTPS endpoint.
 * `ServerConnection` sees only this, so verification, pins, quarantine, restarts, the call
 * stages and the audit are the same whichever transport carries the messages.
 */

/**
 * What a request needs of its cancellation: an AbortSignal has it, and so does the far cheaper
 * CallAbort (upstream/call-abort.ts) that every tools/call gets.
 */
export interface AbortLike {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

export interface RequestOptions {
  timeoutMs: number;
  signal?: AbortLike;
  onProgress?: (params: ProgressParams) => void;
  /** Told the link's own id of the request once it is sent (to tie the server's requests to it). */
  onSent?: (id: JsonRpcId) => void;
  /** Largest response accepted for this request; bigger ones fail with RESULT_TOO_LARGE. */
  maxBytes?: number;
}

/** A progress notification's values, without the token (each side has its own). */
export interface ProgressParams {
  progress: number;
  total?: number;
  message?: string;
}

export type LinkDetails = Record<string, string | number | boolean>;

export interface LinkHooks {
  onNotification(message: JsonRpcNotification): void;
  /**
   * A request from the server (sampling, roots…), answered through `reply`. `relatedId` is the
   * link's id of the firewall request it was sent in the course of, when the transport says so
   * (an HTTP server sends it on that request's response stream; stdio carries no such tie).
   */
  onServerRequest(request: JsonRpcRequest, reply: (response: JsonRpcResponse) => void, relatedId: JsonRpcId | undefined): void;
  /**
   * The link is gone for good (the child exited, the connection or session failed); every
   * pending request has been failed. `event` and `details` are for the operator's log.
   */
  onClosed(event: string, details: LinkDetails): void;
}

/** Facts about the transport for `check`; for HTTPS the TLS session of the latest connection. */
export interface LinkReport {
  transport: 'stdio' | 'http';
  facts: Record<string, string>;
}

export interface DownstreamLink {
  readonly alive: boolean;
  /** A child's process id (the leader of its process group), for the audit; remote servers have none. */
  readonly pid?: number | undefined;
  /** Starts the child or prepares the connection pool; messages may be sent right after. */
  open(): void;
  request(method: string, params: Record<string, unknown> | undefined, options: RequestOptions): Promise<{ result: unknown; bytes: number }>;
  notify(method: string, params?: Record<string, unknown>): void;
  /** Ends politely (stdin end / session delete), then forcefully. */
  close(): Promise<void>;
  /** For the synchronous exit path, where nothing can be awaited. */
  killNow(): void;
  report(): LinkReport;
  /** The end of a child's stderr, for the operator's log; remote servers have none. */
  stderrTail(): Promise<StderrTail | undefined>;
}
