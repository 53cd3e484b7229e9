import { parseArgs } from 'node:util';
import { followFile } from '../audit/follow.js';
import { formatAuditLine } from '../audit/format-record.js';
import { parseAuditLine } from '../audit/parse-line.js';
import { readFileLines } from '../audit/read-lines.js';
import { createSummaryCounter, renderSummary } from '../audit/summary.js';
import { readLastLines } from '../audit/tail-lines.js';
import { verifyAuditFile } from '../audit/verify.js';
import { LoadError } from '../errors.js';
import type { AuditKey } from '../audit/audit-key.js';
import { terminalSafe } from '../terminal-text.js';
import { resolveAuditFile, resolveAuditTarget } from './audit-file-arg.js';

export interface AuditIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Stops `tail --follow` (tests); SIGINT does it on a terminal. */
  signal?: AbortSignal;
}

const USAGE = 'usage: mcp-firewall audit verify|tail|summary [FILE] [--config FILE] [--key file:PATH|env:NAME] [-n N] [--follow]\n';

/** `mcp-firewall audit …`; argv excludes the word "audit". Returns the exit code. */
export async function main(argv: string[], given: AuditIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  // Every string printed here may come from the audit file: escape controls and bidi once, here.
  const io: AuditIo = { ...given, stdout: terminalSafe(given.stdout), stderr: terminalSafe(given.stderr) };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        lines: { type: 'string', short: 'n' },
        follow: { type: 'boolean', short: 'f' },
        config: { type: 'string' },
        key: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    io.stderr.write(`audit: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) { io.stdout.write(USAGE); return 0; }
  const [command, fileArg, extra] = positionals;
  const count = values.lines === undefined ? 20 : Number(values.lines);
  const tailOnly = values.lines !== undefined || values.follow === true;
  if (!['verify', 'tail', 'summary'].includes(command ?? '') || extra !== undefined
    || (tailOnly && command !== 'tail') || (values.key !== undefined && command !== 'verify') || !Number.isSafeInteger(count) || count < 0) {
    io.stderr.write(USAGE);
    return 2;
  }
  try {
    if (command === 'verify') {
      const target = resolveAuditTarget({ file: fileArg, config: values.config, key: values.key });
      return await verify(target.file, target.key, io);
    }
    const file = resolveAuditFile({ file: fileArg, config: values.config });
    if (command === 'tail') return await tail(file, count, values.follow === true, io);
    return await summary(file, io);
  } catch (err) {
    if (err instanceof LoadError) { io.stderr.write(`audit: ${err.message}\n`); return 2; }
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES') {
      io.stderr.write(`audit: cannot read the audit file (${code}): ${(err as NodeJS.ErrnoException).path ?? ''}\n`);
      return 1;
    }
    throw err;
  }
}

async function verify(file: string, key: AuditKey | undefined, io: AuditIo): Promise<number> {
  const result = await verifyAuditFile(file, { key });
  if (!result.ok) {
    io.stdout.write(`BROKEN at ${result.line === 'end' ? 'end of file' : `line ${result.line}`}: ${result.reason}\n`);
    return 1;
  }
  if (key) {
    const cover = result.checkpoint ? `; checkpoint of ${result.checkpoint.time} matched (${result.checkpoint.chains} chain(s))` : '';
    io.stdout.write(`OK: ${result.records} records, chain intact, every record authenticated with key ${key.id}${cover}\n`);
  } else if (result.unauthenticated) {
    io.stdout.write(`OK: ${result.records} records, links intact; ${result.unauthenticated} keyed record(s) NOT authenticated and the checkpoint not checked: pass --key (or --config) to check them\n`);
  } else {
    io.stdout.write(`OK: ${result.records} records, chain intact\n`);
  }
  return 0;
}

async function tail(file: string, count: number, follow: boolean, io: AuditIo): Promise<number> {
  const { lines, size, endsWithNewline } = readLastLines(file, count + 1);
  // A last line without newline is still being written: let the follower print it whole.
  const partial = endsWithNewline ? '' : (lines.pop() ?? '');
  for (const line of lines.slice(-count || lines.length)) io.stdout.write(`${formatAuditLine(line)}\n`);
  if (!follow) return 0;
  const stop = new AbortController();
  const onSigint = (): void => stop.abort();
  process.once('SIGINT', onSigint);
  io.signal?.addEventListener('abort', onSigint, { once: true });
  try {
    const offset = size - Buffer.byteLength(partial);
    await followFile(file, offset, (line) => io.stdout.write(`${formatAuditLine(line)}\n`), stop.signal);
  } finally {
    process.removeListener('SIGINT', onSigint);
    io.signal?.removeEventListener('abort', onSigint);
  }
  return 0;
}

async function summary(file: string, io: AuditIo): Promise<number> {
  const counter = createSummaryCounter();
  let unreadable = 0;
  for await (const { text } of readFileLines(file)) {
    const parsed = parseAuditLine(text);
    if (parsed.ok) counter.add(parsed.record); else unreadable += 1;
  }
  io.stdout.write(renderSummary(counter.result()));
  // The table does not check the chain: say so when lines were skipped.
  if (unreadable > 0) io.stderr.write(`audit: ${unreadable} unreadable lines were not counted; run: mcp-firewall audit verify\n`);
  return 0;
}
