import { parseArgs } from 'node:util';
import { followFile } from '../audit/follow.js';
import { formatAuditLine } from '../audit/format-record.js';
import { parseAuditLine } from '../audit/parse-line.js';
import { readFileLines } from '../audit/read-lines.js';
import { createSummaryCounter, renderSummary } from '../audit/summary.js';
import { readLastLines } from '../audit/tail-lines.js';
import { verifyAuditFile } from '../audit/verify.js';
import { LoadError } from '../errors.js';
import { resolveAuditFile } from './audit-file-arg.js';

export interface AuditIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Stops `tail --follow` (tests); SIGINT does it on a terminal. */
  signal?: AbortSignal;
}

const USAGE = 'usage: mcp-firewall audit verify|tail|summary [FILE] [--config FILE] [-n N] [--follow]\n';

/** `mcp-firewall audit …`; argv excludes the word "audit". Returns the exit code. */
export async function main(argv: string[], io: AuditIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        lines: { type: 'string', short: 'n' },
        follow: { type: 'boolean', short: 'f' },
        config: { type: 'string' },
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
    || (tailOnly && command !== 'tail') || !Number.isSafeInteger(count) || count < 0) {
    io.stderr.write(USAGE);
    return 2;
  }
  try {
    const file = resolveAuditFile({ file: fileArg, config: values.config });
    if (command === 'verify') return await verify(file, io);
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

async function verify(file: string, io: AuditIo): Promise<number> {
  const result = await verifyAuditFile(file);
  if (result.ok) { io.stdout.write(`OK: ${result.records} records, chain intact\n`); return 0; }
  io.stdout.write(`BROKEN at line ${result.line}: ${result.reason}\n`);
  return 1;
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
