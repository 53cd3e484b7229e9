import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces `file` with `text` so that a reader (serve starting, another admin) sees the old
 * bytes or the new ones, never half: a synced temp file beside it, renamed over it. Keeps the
 * file's mode; a new file gets `mode`.
 */
export function writeFileAtomic(file: string, text: string, mode = 0o644): void {
  let keep = mode;
  try {
    keep = statSync(file).mode & 0o7777;
  } catch {
    // a new file
  }
  const staged = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = openSync(staged, 'wx', keep);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(staged, file);
  } finally {
    rmSync(staged, { force: true });
  }
}
