import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode } from '../errors.js';

/** Small HTTP helpers of the front door: bodies in, JSON and refusals out. */

export function writeJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

const ERROR_TEXT: Partial<Record<ErrorCode, string>> = {
  UNAUTHENTICATED: 'send "Authorization: Bearer <key>" with a valid, unexpired agent key',
  ORIGIN_DENIED: 'this Origin is not in http.allowedOrigins',
  HOST_DENIED: 'this Host is not served here (http.allowedHosts)',
  SESSION_UNKNOWN: 'the session does not exist or has ended; send initialize without Mcp-Session-Id to start one',
  SESSIONS_EXHAUSTED: 'too many sessions are open; retry later',
  AUDIT_UNAVAILABLE: 'the audit log cannot be written, so no session is opened; retry later',
  PAYLOAD_TOO_LARGE: 'the request body is larger than the firewall accepts',
  INVALID_REQUEST: 'the request is not a valid MCP Streamable HTTP request',
};

export function remoteOf(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? '-';
}

/**
 * Collects the body up to `max` bytes; undefined when it is larger. The rest is read and
 * dropped rather than cut off, so the client sees the 413 instead of a broken pipe.
 */
export function readBody(req: IncomingMessage, max: number, done: (body: Buffer | undefined) => void): void {
  const declared = Number(req.headers['content-length']);
  if (declared > max) {
    req.resume();
    req.once('end', () => done(undefined));
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  req.on('data', (chunk: Buffer) => {
    if (over) return;
    size += chunk.length;
    if (size > max) {
      over = true;
      chunks.length = 0;
      return;
    }
    chunks.push(chunk);
  });
  req.on('end', () => done(over ? undefined : chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
}

/** The JSON-RPC error body of an HTTP-level refusal: the code, the audit id and what to do. */
export function refusalBody(code: ErrorCode, auditId: string, rpcCode: number): unknown {
  return { jsonrpc: '2.0', id: null, error: { code: rpcCode, message: `${code}: ${ERROR_TEXT[code] ?? code}`, data: { code, auditId } } };
}
