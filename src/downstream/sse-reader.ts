import { StringDecoder } from 'node:string_decoder';

/**
 * Reads a text/event-stream body into events, refusing any event larger than `maxEventBytes`
 * while it is still arriving (a flood is never buffered whole).
 */

export interface SseEvent {
  event: string;
  data: string;
  id: string | undefined;
  bytes: number;
}

export class SseReader {
  private readonly decoder = new StringDecoder('utf8');
  private buffer = '';
  private scanFrom = 0;
  private data: string[] = [];
  private event = '';
  private id: string | undefined;
  private bytes = 0;

  constructor(
    private readonly maxEventBytes: number,
    private readonly onEvent: (event: SseEvent) => void,
  ) {}

  /** False once the current event has grown past the limit; the caller then drops the stream. */
  push(chunk: Buffer): boolean {
    this.buffer += this.decoder.write(chunk);
    let start = 0;
    for (;;) {
      const newline = this.buffer.indexOf('\n', Math.max(start, this.scanFrom));
      if (newline < 0) break;
      const line = this.buffer.charCodeAt(newline - 1) === 13 && newline > start ? this.buffer.slice(start, newline - 1) : this.buffer.slice(start, newline);
      start = newline + 1;
      this.scanFrom = 0;
      this.bytes += Buffer.byteLength(line) + 1;
      if (this.bytes > this.maxEventBytes) return false;
      this.line(line);
    }
    this.buffer = this.buffer.slice(start);
    this.scanFrom = this.buffer.length;
    // Characters never outnumber bytes, so this is a lower bound on the event's size.
    return this.bytes + this.buffer.length <= this.maxEventBytes;
  }

  private line(line: string): void {
    if (line === '') {
      if (this.data.length > 0) this.onEvent({ event: this.event || 'message', data: this.data.join('\n'), id: this.id, bytes: this.bytes });
      this.data = [];
      this.event = '';
      this.bytes = 0;
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.data.push(value);
    else if (field === 'event') this.event = value;
    else if (field === 'id' && !value.includes('\0')) this.id = value;
  }
}
