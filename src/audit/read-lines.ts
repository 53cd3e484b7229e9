import { createReadStream } from 'node:fs';

export interface FileLine {
  text: string;
  /** False only for a last line that the file ends without a newline. */
  terminated: boolean;
}

/** Streams a file's lines so verify and summary run in constant memory on a large log. */
export async function* readFileLines(file: string): AsyncGenerator<FileLine> {
  let pending = '';
  // setEncoding-style decoding keeps multi-byte characters intact across chunk boundaries.
  for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
    pending += chunk as string;
    let newline = pending.indexOf('\n');
    while (newline !== -1) {
      yield { text: pending.slice(0, newline), terminated: true };
      pending = pending.slice(newline + 1);
      newline = pending.indexOf('\n');
    }
  }
  if (pending.length > 0) yield { text: pending, terminated: false };
}
