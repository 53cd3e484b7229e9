// `mcp-firewall scan [--jsonl] [--flag-threshold X] [--block-threshold Y] [--frames MODE] [FILE|-]`
// Scans text for prompt injection, hidden characters and secrets, offline.
// Exit codes: 0 = everything passed, 1 = something was flagged or blocked, 2 = usage or I/O error.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { DEFAULT_SCAN_POLICY } from '../scan/default-policy.js';
import type { ScanPolicy, TextScan } from '../scan/index.js';
import { flagValue, HelpRequest, parseArgs, UsageError } from './args.js';

export interface ScanIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

const USAGE = `usage: mcp-firewall scan [--jsonl] [--flag-threshold X] [--block-threshold Y] [--frames MODE] [FILE|-]
  Scans text for prompt injection, hidden characters and secrets, offline.
  Plain mode scans one text (FILE, or stdin for - or no FILE) and prints a report.
  --jsonl reads lines {"id": ..., "text": ...} and writes exactly one line per input line, in
  order, blank lines included: {"id","score","verdict","rules"}, or {"id","line","error"} for a
  line that cannot be scanned (the id is kept whenever the line names one).
  --flag-threshold X, --block-threshold Y   scores in [0, 1] (defaults ${DEFAULT_SCAN_POLICY.flagThreshold} and ${DEFAULT_SCAN_POLICY.blockThreshold})
  --frames explain|flag   what a frame does to the hits it accounts for (writing about attacks,
               a role-play request): explain ranks the text by the window models (default),
               flag keeps it flagged; as the config's scan.frames
  -h, --help   this text
  Exit codes: 0 all passed, 1 something flagged or blocked, 2 usage or I/O error.
`;

interface Options {
  help: boolean;
  jsonl: boolean;
  policy: ScanPolicy;
  file: string;
}

function parseThreshold(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new UsageError(`${flag} needs a number between 0 and 1`);
  }
  return n;
}

function parseOptions(argv: readonly string[]): Options {
  let args;
  try {
    args = parseArgs(argv[0] === 'scan' ? argv.slice(1) : argv, { usage: USAGE, values: ['--flag-threshold', '--block-threshold', '--frames'], booleans: ['--jsonl'] });
  } catch (err) {
    if (err instanceof HelpRequest) return { help: true, jsonl: false, policy: DEFAULT_SCAN_POLICY, file: '-' };
    throw err;
  }
  const policy = { ...DEFAULT_SCAN_POLICY };
  policy.flagThreshold = parseThreshold('--flag-threshold', flagValue(args, '--flag-threshold')) ?? policy.flagThreshold;
  policy.blockThreshold = parseThreshold('--block-threshold', flagValue(args, '--block-threshold')) ?? policy.blockThreshold;
  const frames = flagValue(args, '--frames');
  if (frames !== undefined) {
    if (frames !== 'explain' && frames !== 'flag') throw new UsageError('--frames is "explain" or "flag"');
    policy.frames = frames;
  }
  if (args.positional.length > 1) throw new UsageError('give at most one FILE');
  if (policy.flagThreshold > policy.blockThreshold) throw new UsageError('--flag-threshold must not exceed --block-threshold');
  return { help: false, jsonl: args.flags.has('--jsonl'), policy, file: args.positional[0] ?? '-' };
}

/** Whether the reader of stdout has gone away ("scan --jsonl big.jsonl | head"). */
interface Reader {
  gone: boolean;
}

/**
 * Watches stdout for the reader closing the pipe (EPIPE): the scan then stops quietly, like any
 * Unix filter, instead of dying on an unhandled stream error.
 */
function watchReader(out: Writable): Reader {
  const reader: Reader = { gone: false };
  out.on('error', () => {
    reader.gone = true;
    out.emit('drain');
  });
  return reader;
}

function write(out: Writable, reader: Reader, text: string): Promise<void> {
  if (reader.gone) return Promise.resolve();
  return new Promise((resolve) => {
    if (out.write(text)) resolve();
    else out.once('drain', resolve);
  });
}

function report(scan: TextScan): string {
  const lines = [`verdict: ${scan.verdict}`, `score:   ${scan.score.toFixed(3)}`];
  lines.push(scan.rules.length === 0 ? 'rules:   none' : 'rules:');
  for (const r of scan.rules) lines.push(`  - ${r.ruleId} (${r.category})`);
  const hidden = Object.entries(scan.hidden);
  lines.push(hidden.length === 0 ? 'hidden characters: none' : 'hidden characters (stripped):');
  for (const [cls, n] of hidden) lines.push(`  - ${cls}: ${n}`);
  // Only the types: printing a secret would leak it into terminals and logs.
  lines.push(scan.secrets.length === 0 ? 'secrets: none' : `secrets (redacted): ${scan.secrets.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

async function scanPlain(opts: Options, io: ScanIo, reader: Reader): Promise<number> {
  const text = opts.file === '-' ? await readAll(io.stdin) : await readFile(opts.file, 'utf8');
  const { scanText } = await loadScanner();
  const scan = scanText(text, opts.policy);
  await write(io.stdout, reader, report(scan));
  return scan.verdict === 'pass' ? 0 : 1;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

// A leading "id" member, read from a line that is not valid JSON so its error line keeps the id.
const RAW_ID = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.){0,512}"|-?\d{1,20}(?:\.\d{1,20})?|null)\s*[,}]/;

function rawId(line: string): unknown {
  const m = RAW_ID.exec(line);
  if (!m) return null;
  try {
    return JSON.parse(m[1]!) as unknown;
  } catch {
    return null;
  }
}

/**
 * The scanner, loaded once a text is to be scanned: its rules take about a second to load, which
 * `--help` and a usage error need not wait for.
 */
const loadScanner = (): Promise<typeof import('../scan/index.js')> => import('../scan/index.js');

type ScanText = (text: string, policy: ScanPolicy) => TextScan;

function scanLine(line: string, lineNo: number, policy: ScanPolicy, scanText: ScanText): { out: object; flagged: boolean } {
  const error = (id: unknown, message: string): { out: object; flagged: boolean } => ({ out: { id, line: lineNo, error: message }, flagged: false });
  if (line.trim() === '') return error(null, 'empty line');
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return error(rawId(line), 'invalid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return error(null, 'expected an object with a string "text"');
  const { id = null, text } = parsed as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') return error(id, 'expected an object with a string "text"');
  let scan: TextScan;
  try {
    scan = scanText(text, policy);
  } catch {
    return error(id, 'the scanner failed on this text');
  }
  const out = { id, score: Math.round(scan.score * 1e4) / 1e4, verdict: scan.verdict, rules: scan.rules.map((r) => r.ruleId) };
  return { out, flagged: scan.verdict !== 'pass' };
}

async function scanJsonl(opts: Options, io: ScanIo, reader: Reader): Promise<number> {
  const input = opts.file === '-' ? io.stdin : createReadStream(opts.file);
  const opened = new Promise<void>((resolve, reject) => {
    input.once('error', reject);
    if (opts.file === '-') resolve();
    else input.once('open', () => resolve());
  });
  await opened;
  const { scanText } = await loadScanner();
  const lines = createInterface({ input, crlfDelay: Infinity });
  const progress = io.stderr.isTTY === true;
  let lineNo = 0;
  let flagged = false;
  let malformed = 0;
  for await (const line of lines) {
    lineNo++;
    const r = scanLine(line, lineNo, opts.policy, scanText);
    flagged ||= r.flagged;
    if ('error' in r.out) malformed++;
    await write(io.stdout, reader, `${JSON.stringify(r.out)}\n`);
    if (reader.gone) break;
    if (progress && lineNo % 1000 === 0) io.stderr.write(`\rscanned ${lineNo} lines`);
  }
  if (progress) io.stderr.write(`\rscanned ${lineNo} lines\n`);
  if (malformed > 0) io.stderr.write(`${malformed} line(s) that could not be scanned reported with "error"\n`);
  return flagged ? 1 : 0;
}

export async function main(argv: string[], io: ScanIo = process): Promise<number> {
  let opts: Options;
  try {
    opts = parseOptions(argv);
  } catch (err) {
    io.stderr.write(`mcp-firewall scan: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (opts.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  try {
    const reader = watchReader(io.stdout);
    return opts.jsonl ? await scanJsonl(opts, io, reader) : await scanPlain(opts, io, reader);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    io.stderr.write(`mcp-firewall scan: cannot read ${opts.file === '-' ? 'stdin' : opts.file}${code ? ` (${code})` : ''}\n`);
    return 2;
  }
}
