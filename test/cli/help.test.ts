import { execFile, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/host.js';
import { REPO } from '../helpers/workspace.js';

/**
 * Every command and subcommand answers --help (usage on stdout, exit 0, nothing on stderr) and
 * refuses an unknown option (exit 2, naming it on stderr, nothing on stdout), through the real CLI.
 */

const COMMANDS = [
  'init',
  'serve',
  'check',
  'keygen',
  'scan',
  'agent',
  'agent list',
  'agent set',
  'agent grant',
  'agent revoke',
  'agent add',
  'agent remove',
  'agent key',
  'agent key add',
  'agent key list',
  'agent key revoke',
  'config',
  'config init',
  'config set',
  'audit',
  'audit verify',
  'audit tail',
  'audit summary',
  'manifest',
  'manifest init',
  'manifest approve',
  'manifest lock',
  'manifest sign',
  'manifest verify',
];

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const IMPORT_LOGS = mkdtempSync(join(tmpdir(), 'mcp-firewall-imports-'));
const RECORD_IMPORTS = join(REPO, 'test/fixtures/record-imports.mjs');
let runs = 0;

/**
 * The same, without blocking (the tables below run their rows a few at a time), with whether
 * the run loaded the scanner's rules: help and usage errors need no scanner, and loading it
 * costs about a second.
 */
function cliRun(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string; loadedScanner: boolean }> {
  const log = join(IMPORT_LOGS, `${++runs}.log`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', RECORD_IMPORTS, BIN, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
      env: { ...process.env, MCP_FIREWALL_IMPORT_LOG: log },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (status) => {
      const loaded = readFileSync(log, 'utf8').split('\n');
      expect(loaded.some((url) => url.endsWith('/bin/mcp-firewall.js')), 'the import log records the run').toBe(true);
      resolve({ status, stdout, stderr, loadedScanner: loaded.some((url) => /\/scan\/rules\/index\.[jt]s$/.test(url)) });
    });
  });
}

/** stdout of one run, several at once: the table's completeness check reads every command's help. */
async function cliAsync(args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return stdout;
}

describe('--help', () => {
  it.concurrent.each(COMMANDS)('mcp-firewall %s --help prints its usage and exit codes on stdout, exit 0', async (command) => {
    for (const flag of ['--help', '-h']) {
      const { status, stdout, stderr, loadedScanner } = await cliRun([...command.split(' '), flag]);
      expect({ status, stderr, loadedScanner }).toEqual({ status: 0, stderr: '', loadedScanner: false });
      expect(stdout).toMatch(/^usage: /);
      expect(stdout).toContain(`mcp-firewall ${command}`);
      expect(stdout).toMatch(/exit codes: 0 /i);
    }
  }, 60_000);

  it('the import log sees the scanner load once there is text to scan', async () => {
    const input = join(IMPORT_LOGS, 'input.txt');
    writeFileSync(input, 'The quarterly figures are attached.\n');
    const { status, stdout, loadedScanner } = await cliRun(['scan', input]);
    expect(status).toBe(0);
    expect(stdout).toContain('verdict: pass');
    expect(loadedScanner).toBe(true);
  }, 60_000);

  it('the top level lists every command, and every usage form is in the table above', async () => {
    const top = cli(['--help']);
    expect(top.status).toBe(0);
    expect(top.stderr).toBe('');
    const listed = [...top.stdout.matchAll(/^ {2}([a-z]+) +\S/gm)].map((m) => m[1]!);
    const forms = new Set<string>();
    const helps = await Promise.all(listed.map((command) => cliAsync([command, '--help'])));
    for (const help of helps) {
      // `mcp-firewall agent key add <agent>` yields "agent", "agent key" and "agent key add".
      for (const m of help.matchAll(/^(?:usage: | {7})mcp-firewall ([a-z]+(?: [a-z]+)*)\b/gm)) {
        const words = m[1]!.split(' ');
        words.forEach((_, i) => forms.add(words.slice(0, i + 1).join(' ')));
      }
    }
    expect([...forms].sort()).toEqual([...COMMANDS].sort());
  }, 120_000);

  it('help COMMAND is COMMAND --help; no command at all is a usage error on stderr', () => {
    expect(cli(['help', 'serve']).stdout).toBe(cli(['serve', '--help']).stdout);
    const none = cli([]);
    expect(none.status).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^usage: mcp-firewall <command>/);
  });

  it('a --help after -- belongs to the tool server command, not to manifest init', () => {
    const { status, stdout, stderr } = cli(['manifest', 'init', 'Bad_Id', '--', 'node', 'server.js', '--help']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('server id "Bad_Id"');
  });
});

describe('unknown options', () => {
  it.concurrent.each(['', ...COMMANDS])('mcp-firewall %s --no-such-option is a usage error naming it, exit 2', async (command) => {
    const { status, stdout, stderr, loadedScanner } = await cliRun([...command.split(' ').filter(Boolean), '--no-such-option']);
    expect(status).toBe(2);
    expect(loadedScanner).toBe(false);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown option --no-such-option');
  }, 60_000);

  it.each([
    [['serve', '--config'], '--config needs a value'],
    [['serve', '--config', '--agent', 'x'], '--config needs a value'],
    [['check', '--config=x', 'extra'], 'unexpected argument "extra"'],
    [['manifest', 'lock', '--yes=no'], '--yes takes no value'],
    [['audit', 'verify', '-n', '3'], 'apply to audit tail only'],
    [['agent', 'grant', 'a', 'fs.read', '--clearance', 'x'], '--clearance does not apply here'],
  ])('%j: %s (exit 2)', (args, message) => {
    const { status, stdout, stderr } = cli(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });
});
