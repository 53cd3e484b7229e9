import { FirewallError } from '../errors.js';
import type { JsonRpcId, JsonRpcResponse } from '../jsonrpc/messages.js';
import type { AbortLike, RequestOptions } from './link.js';

/** A request sent to a tool server and not yet answered, whatever the transport. */
export interface PendingRequest {
  resolve(value: { result: unknown; bytes: number }): void;
  reject(error: FirewallError): void;
  timer: NodeJS.Timeout;
  maxBytes: number;
  onProgress: RequestOptions['onProgress'];
  cleanup(): void;
}

/**
 * Settles a request with the server's response: too large and error answers become refusals
 * carrying only the numeric code, never the server's text.
 */
export function answerPending(entry: PendingRequest, response: JsonRpcResponse, bytes: number): void {
  if (bytes > entry.maxBytes) entry.reject(new FirewallError('RESULT_TOO_LARGE', undefined, { bytes }));
  else if (response.error) {
    const code = typeof response.error.code === 'number' ? response.error.code : 0;
    entry.reject(new FirewallError('DOWNSTREAM_ERROR', `the tool server answered with error code ${code}`, { downstreamCode: code }));
  } else entry.resolve({ result: response.result, bytes });
}

/** Passes a progress notification to the request it belongs to (the token is the request id). */
export function forwardProgress(pending: ReadonlyMap<JsonRpcId, PendingRequest>, params: Record<string, unknown> | undefined): void {
  const entry = params ? pending.get(params.progressToken as JsonRpcId) : undefined;
  if (!entry?.onProgress || typeof params?.progress !== 'number') return;
  entry.onProgress({
    progress: params.progress,
    ...(typeof params.total === 'number' ? { total: params.total } : {}),
    ...(typeof params.message === 'string' ? { message: params.message } : {}),
  });
}

/** The error an aborted request fails with: the abort's own reason when the firewall gave one (shutdown). */
export function abortError(signal: AbortLike | undefined): FirewallError {
  return signal?.reason instanceof FirewallError ? signal.reason : new FirewallError('CANCELLED');
}
