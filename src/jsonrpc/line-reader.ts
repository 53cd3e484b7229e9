/**
 * Newline-delimited JSON-RPC framing with a hard size cap. A message over the cap is never
 * buffered whole: its bytes are dropped as they arrive and the caller learns its size and,
 * where the id sits at either end of the line (as every SDK serializes it), its id, so the
 * request it answers can still be failed instead of hanging.
 */

export type LineEvent =
  | { kind: 'line'; text: string; bytes: number }
  | { kind: 'oversized'; bytes: number; id: string | number | undefined };

const EDGE = 256;
const HEAD_ID = /^\s*\{\s*"jsonrpc"\s*:\s*"2\.0"\s*,\s*"id"\s*:\s*(-?\d{1,15}|"(?:[^"\\]|\\.){0,128}")/;
const TAIL_ID = /"id"\s*:\s*(-?\d{1,15}|"(?:[^"\\]|\\.){0,128}")\s*\}\s*$/;

export class LineReader {
  private parts: Buffer[] = [];
  private size = 0;
  private discarding = false;
  private head = '';
  private tail = Buffer.alloc(0);

  constructor(
    private readonly maxBytes: number,
    private readonly emit: (event: LineEvent) => void,
  ) {}

  push(chunk: Buffer): void {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(10, start);
      if (nl === -1) {
        this.append(chunk.subarray(start));
        return;
      }
      this.append(chunk.subarray(start, nl));
      this.finishLine();
      start = nl + 1;
    }
  }

  private append(piece: Buffer): void {
    if (piece.length === 0) return;
    if (this.discarding) {
      this.size += piece.length;
      this.tail = Buffer.concat([this.tail, piece]).subarray(-EDGE);
      return;
    }
    if (this.size + piece.length > this.maxBytes) {
      const all = Buffer.concat([...this.parts, piece]);
      this.head = all.subarray(0, EDGE).toString('utf8');
      this.tail = all.subarray(-EDGE);
      this.size += piece.length;
      this.parts = [];
      this.discarding = true;
      return;
    }
    this.parts.push(piece);
    this.size += piece.length;
  }

  private finishLine(): void {
    if (this.discarding) {
      const tail = this.tail.toString('utf8');
      const id = parseId(HEAD_ID.exec(this.head)?.[1] ?? TAIL_ID.exec(tail)?.[1]);
      this.emit({ kind: 'oversized', bytes: this.size, id });
      this.discarding = false;
      this.head = '';
      this.tail = Buffer.alloc(0);
    } else if (this.size > 0) {
      const text = (this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts)).toString('utf8');
      const bytes = this.size;
      if (text.trim().length > 0) this.emit({ kind: 'line', text, bytes });
    }
    this.parts = [];
    this.size = 0;
  }
}

function parseId(raw: string | undefined): string | number | undefined {
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw) as string | number;
  } catch {
    return undefined;
  }
}
