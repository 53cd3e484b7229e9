import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const CHUNK = 64 * 1024;
const NEWLINE = 0x0a;

export interface FileTail {
  /** Up to `count` last lines, oldest first, without their newlines. */
  lines: string[];
  /** File size when read: where a follower starts reading appended bytes. */
  size: number;
  /** False when the last line was cut off mid-write (no trailing newline). */
  endsWithNewline: boolean;
}

/**
 * Reads only the end of a file, backwards in chunks, until it holds `count` complete lines:
 * resuming the chain and `audit tail` must not cost time proportional to the log's size.
 * Splitting on the 0x0a byte is safe in UTF-8 (it never occurs inside a multi-byte char).
 */
export function readLastLines(file: string, count: number): FileTail {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size === 0 || count <= 0) return { lines: [], size, endsWithNewline: true };
    const chunks: Buffer[] = [];
    let position = size;
    let newlines = 0;
    let endsWithNewline = true;
    // count lines need count+1 separators, unless the start of the file bounds the first one.
    while (position > 0 && newlines <= count) {
      const length = Math.min(CHUNK, position);
      position -= length;
      const chunk = Buffer.alloc(length);
      readSync(fd, chunk, 0, length, position);
      if (chunks.length === 0) endsWithNewline = chunk[length - 1] === NEWLINE;
      for (const byte of chunk) if (byte === NEWLINE) newlines += 1;
      chunks.unshift(chunk);
    }
    const text = Buffer.concat(chunks).toString('utf8');
    const lines = text.split('\n');
    if (endsWithNewline) lines.pop(); // the empty string after the final newline
    if (position > 0) lines.shift(); // partial line: it started before the bytes we read
    return { lines: lines.slice(-count), size, endsWithNewline };
  } finally {
    closeSync(fd);
  }
}
