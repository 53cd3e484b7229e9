import { open } from 'node:fs/promises';

/**
 * Calls `onLine` for every complete line appended to `file` after byte `offset`, until
 * `signal` aborts. Polling rather than fs.watch: watch events are coalesced or missing on
 * some filesystems (network mounts, some containers), and a 250 ms poll costs nothing.
 */
export async function followFile(
  file: string,
  offset: number,
  onLine: (line: string) => void,
  signal: AbortSignal,
  intervalMs = 250,
): Promise<void> {
  let position = offset;
  let partial: Buffer = Buffer.alloc(0);
  while (!signal.aborted) {
    const handle = await open(file, 'r').catch(missingIsUndefined);
    // Deleted or not yet recreated (rotation): keep waiting for it to come back.
    if (handle === undefined) { position = 0; partial = Buffer.alloc(0); await sleep(intervalMs, signal); continue; }
    try {
      const { size } = await handle.stat();
      // Smaller than before: the file was replaced or truncated; start over from its start.
      if (size < position) { position = 0; partial = Buffer.alloc(0); }
      if (size > position) {
        const fresh = Buffer.alloc(size - position);
        const { bytesRead } = await handle.read(fresh, 0, fresh.length, position);
        position += bytesRead;
        partial = emitLines(Buffer.concat([partial, fresh.subarray(0, bytesRead)]), onLine);
      }
    } finally {
      await handle.close();
    }
    await sleep(intervalMs, signal);
  }
}

function missingIsUndefined(err: NodeJS.ErrnoException): undefined {
  if (err.code === 'ENOENT') return undefined;
  throw err;
}

/** Emits each complete line and returns the unterminated rest (a record still being written). */
function emitLines(buffer: Buffer, onLine: (line: string) => void): Buffer {
  let start = 0;
  let newline = buffer.indexOf(0x0a, start);
  while (newline !== -1) {
    onLine(buffer.subarray(start, newline).toString('utf8'));
    start = newline + 1;
    newline = buffer.indexOf(0x0a, start);
  }
  return buffer.subarray(start);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(finish, ms);
    signal.addEventListener('abort', finish, { once: true });
    function finish(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', finish);
      done();
    }
  });
}
