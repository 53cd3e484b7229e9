import type { IncomingMessage } from 'node:http';
import { FirewallError } from '../errors.js';
import { SseReader } from './sse-reader.js';

/**
 * Reads one HTTP response body of JSON-RPC, as a JSON document or an event stream, never
 * holding more than `maxBytes` of it: a body or event that grows past the cap is dropped while
 * it arrives.
 */

export interface BodyHandlers {
  onMessage(value: unknown, bytes: number): void;
  onTooLarge(bytes: number): void;
  onInvalid(problem: string): void;
  /** The body is complete (JSON) or the stream ended or broke (event stream). */
  onEnd(): void;
  /** The older HTTP+SSE transport's `endpoint` event. */
  onEndpoint?(uri: string): void;
}

export function readJsonBody(res: IncomingMessage, maxBytes: number, handlers: BodyHandlers): void {
  const declared = Number(res.headers['content-length']);
  if (declared > maxBytes) {
    res.destroy();
    return handlers.onTooLarge(declared);
  }
  const chunks: Buffer[] = [];
  let bytes = 0;
  res.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    if (bytes > maxBytes) {
      res.destroy();
      return handlers.onTooLarge(bytes);
    }
    chunks.push(chunk);
  });
  res.once('end', () => {
    if (bytes > maxBytes) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return handlers.onInvalid('invalid JSON');
    }
    for (const message of Array.isArray(parsed) ? parsed : [parsed]) handlers.onMessage(message, bytes);
    handlers.onEnd();
  });
  res.once('error', () => undefined);
}

export function readEventStream(res: IncomingMessage, maxBytes: number, handlers: BodyHandlers): void {
  const reader = new SseReader(maxBytes, (event) => {
    if (event.event === 'endpoint' && handlers.onEndpoint) return handlers.onEndpoint(event.data);
    if (event.event !== 'message') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(event.data);
    } catch {
      return;
    }
    handlers.onMessage(parsed, event.bytes);
  });
  res.on('data', (chunk: Buffer) => {
    if (reader.push(chunk)) return;
    res.destroy();
    handlers.onTooLarge(maxBytes + 1);
  });
  let done = false;
  const ended = (): void => {
    if (done) return;
    done = true;
    handlers.onEnd();
  };
  res.once('end', ended);
  res.once('error', () => undefined);
  res.once('close', ended);
}

export function header(res: IncomingMessage, name: string): string | undefined {
  const value = res.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function badResponse(what: string): FirewallError {
  return new FirewallError('DOWNSTREAM_UNAVAILABLE', 'the tool server sent an invalid response', { category: 'bad-response', problem: what });
}
