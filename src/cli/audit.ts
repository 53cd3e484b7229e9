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
import { flagValue, HelpRequest, isHelpWord, parseArgs, UsageError, usageLines } from './args.js';
import { resolveAuditFile, resolveAuditTarget } from './audit-file-arg.js';

export interface AuditIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Stops `tail --follow` (tests); SIGINT does it on a terminal. */
  signal?: AbortSignal;
}

const LINES: Record<string, string> = {
  verify: 'mcp-firewall audit verify [FILE] [--config FILE] [--key file:PATH|env:NAME]',
  tail: 'mcp-firewall audit tail [FILE] [--config FILE] [-n N] [--follow]',
  summary: 'mcp-firewall audit summary [FILE] [--config FILE]',
};

const ABOUT = `
FILE defaults to the config's audit.file. verify checks the hash chain (and, with the audit key,
every record's authentication and the last checkpoint); tail prints the last N records (20)
readably, --follow keeps printing new ones; summary counts decisions per tool.

Exit codes: 0 done (verify: the chain is intact), 1 the chain is broken or the file cannot be
read, 2 usage or configuration error.
`;

const USAGE = `${usageLines(Object.values(LINES))}\n${ABOUT}`;

/** `mcp-firewall audit …`; argv excludes the word "audit". Returns the exit code. */
export async function main(argv: string[], given: AuditIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  // Every string printed here may come from the audit file: escape controls and bidi once, here.
  const io: AuditIo = { ...given, stdout: terminalSafe(given.stdout), stderr: terminalSafe(given.stderr) };
  try {
    return await run(argv, io);
  } catch (err) {
    if (err instanceof HelpRequest) {
      io.stdout.write(err.usage);
      return 0;
    }
    if (err instanceof UsageError) {
      io.stderr.write(`mcp-firewall audit: ${err.message}\n${USAGE}`);
      return 2;
    }
    throw err;
  }
}

async function run(argv: string[], io: AuditIo): Promise<number> {
  const [command, ...rest] = argv;
  if (isHelpWord(command)) throw new HelpRequest(USAGE);
  if (command === undefined || !Object.hasOwn(LINES, command)) {
    const what = command === undefined ? 'missing subcommand' : command.startsWith('-') ? `unknown option ${command}` : `unknown subcommand ${JSON.stringify(command)}`;
    throw new UsageError(`${what} (verify, tail, summary)`);
  }
  const args = parseArgs(rest, {
    usage: `usage: ${LINES[command]}\n${ABOUT}`,
    values: ['--lines', '--config', ...(command === 'verify' ? ['--key'] : [])],
    booleans: ['--follow'],
    short: { '-n': '--lines', '-f': '--follow' },
  });
  const [fileArg, extra] = args.positional;
  const lines = flagValue(args, '--lines');
  const follow = args.flags.has('--follow');
  const count = lines === undefined ? 20 : Number(lines);
  if (extra !== undefined) throw new UsageError(`unexpected argument ${JSON.stringify(extra)}`);
  if ((lines !== undefined || follow) && command !== 'tail') throw new UsageError('-n and --follow apply to audit tail only');
  if (!Number.isSafeInteger(count) || count < 0) throw new UsageError('-n needs a whole number of records');
  const values = { config: flagValue(args, '--config'), key: flagValue(args, '--key') };
  try {
    if (command === 'verify') {
      const target = resolveAuditTarget({ file: fileArg, config: values.config, key: values.key });
      return await verify(target.file, target.key, io);
    }
    const file = resolveAuditFile({ file: fileArg, config: values.config });
    if (command === 'tail') return await tail(file, count, follow, io);
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
