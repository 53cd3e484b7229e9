import { LineReader } from '../jsonrpc/line-reader.js';
import type { JsonRpcMessage } from '../jsonrpc/messages.js';

/**
 * The host side of stdio mode: newline-delimited JSON-RPC on stdin/stdout. stdout carries
 * protocol messages only. When stdin ends the host is gone, and `onClose` runs so the caller
 * can stop its children instead of leaving orphans.
 */
export interface HostLink {
  send(message: JsonRpcMessage): void;
}

export function attachStdio(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  maxMessageBytes: number,
  handlers: { line(text: string, bytes: number): void; oversized(bytes: number, id: string | number | undefined): void; close(): void },
): HostLink {
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    handlers.close();
  };
  const reader = new LineReader(maxMessageBytes, (event) => {
    if (event.kind === 'line') handlers.line(event.text, event.bytes);
    else handlers.oversized(event.bytes, event.id);
  });
  input.on('data', (chunk: Buffer) => reader.push(chunk));
  input.on('end', close);
  input.on('close', close);
  input.on('error', close);
  output.on('error', close);
  return {
    send(message) {
      if (!closed) output.write(`${JSON.stringify(message)}\n`);
    },
  };
}
