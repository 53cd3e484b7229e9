import { loadPolicy } from '../config/load-config.js';
import { LoadError } from '../errors.js';
import { renderAgentList } from '../admin/agent-access.js';
import { applyAgentEdit, brokenManifestNotes, type Planner } from '../admin/agent-apply.js';
import { planAdd, planGrant, planRemove, planRevoke, planSet } from '../admin/agent-plan.js';
import { flagValue, HelpRequest, isHelpWord, parseArgs, UsageError, usageLines, type ParsedArgs } from './args.js';
import { KEY_LINES, runKeyCommand } from './agent-key.js';
import { configPath } from './config-path.js';
import { auditAdminChange, type AdminChange } from './audit-admin.js';
import { terminalSafe } from '../terminal-text.js';

export interface AgentIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const LINES: Record<string, string> = {
  list: 'mcp-firewall agent list [--config FILE]',
  set: 'mcp-firewall agent set <id> [--clearance LEVEL] [--taint deny|approve|warn|off|default] [--config FILE] [--dry-run]',
  grant: 'mcp-firewall agent grant <id> CAPABILITY... [--config FILE] [--dry-run]',
  revoke: 'mcp-firewall agent revoke <id> CAPABILITY... [--config FILE] [--dry-run]',
  add: 'mcp-firewall agent add <id> --clearance LEVEL [CAPABILITY... | --capability C ...] [--description TEXT] [--config FILE] [--dry-run]',
  remove: 'mcp-firewall agent remove <id> [--config FILE] [--dry-run]',
};

const ABOUT = `
list shows each agent with its clearance, capabilities and the tools it reaches. The other
subcommands edit the config in place (--dry-run: show the change only) and append an audit record.
set --taint sets what an egress call does once the agent's session holds private data and
untrusted content; "default" removes the agent's own mode so taint.onEgress applies.
\`mcp-firewall agent key --help\` describes the API keys of the HTTP front door.

Exit codes: 0 done (or nothing to change), 1 invalid config or edit (the file is untouched), or
the change was made but its audit record could not be written, 2 usage error.
`;

const USAGE = `${usageLines([...Object.values(LINES), ...Object.values(KEY_LINES)])}\n${ABOUT}`;

/** The help of one subcommand, or of all when it is unknown. */
function usageOf(command: string | undefined): string {
  return command !== undefined && Object.hasOwn(LINES, command) ? `usage: ${LINES[command]}\n${ABOUT}` : USAGE;
}

/**
 * `mcp-firewall agent …`: lists agents and what they reach, and edits clearances and
 * capabilities without hand-editing JSON. Exit 0 ok (including "nothing changed"),
 * 1 invalid config or edit (file untouched), 2 usage error.
 */
export async function main(argv: string[], given: AgentIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  // Names and messages can come from manifests and the config: escape controls and bidi.
  const io: AgentIo = { stdout: terminalSafe(given.stdout), stderr: terminalSafe(given.stderr) };
  try {
    return await run(argv, io);
  } catch (err) {
    if (err instanceof HelpRequest) {
      io.stdout.write(err.usage);
      return 0;
    }
    if (err instanceof UsageError) {
      io.stderr.write(`mcp-firewall agent: ${err.message}\nrun \`mcp-firewall agent --help\` for usage\n`);
      return 2;
    }
    if (err instanceof LoadError) {
      io.stderr.write(`mcp-firewall agent: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

async function run(argv: string[], io: AgentIo): Promise<number> {
  const [command, ...rest] = argv;
  if (isHelpWord(command)) throw new HelpRequest(USAGE);
  if (command === 'key') return runKeyCommand(rest, io);
  const args = parseArgs(rest, { usage: usageOf(command), values: ['--config', '--clearance', '--description', '--taint'], booleans: ['--dry-run'], lists: ['--capability'] });
  const flagCapabilities = args.lists.get('--capability') ?? [];
  const file = configPath(flagValue(args, '--config'));
  if (command === 'list') {
    allowOnly(args, flagCapabilities, 0, []);
    const policy = loadPolicy(file, process.env, { skipBrokenManifests: true });
    io.stdout.write(renderAgentList(policy));
    const notes = brokenManifestNotes(policy);
    if (notes.length) io.stderr.write(`${notes.join('\n')}\n`);
    return 0;
  }
  const planner = plannerFor(command, args, flagCapabilities);
  let change: AdminChange | undefined;
  const lines = applyAgentEdit(file, planner, { dryRun: args.flags.has('--dry-run'), onCommitted: (c) => (change = { ...c, command: `agent ${command}` }) });
  io.stdout.write(lines.join('\n') + '\n');
  const problem = change && (await auditAdminChange(file, change));
  if (problem) {
    io.stderr.write(`mcp-firewall agent: ${problem}\n`);
    return 1;
  }
  return 0;
}

function plannerFor(command: string | undefined, args: ParsedArgs, flagCapabilities: string[]): Planner {
  const [id, ...extra] = args.positional;
  switch (command) {
    case 'set': {
      allowOnly(args, flagCapabilities, 1, ['--clearance', '--taint']);
      const wanted = { clearance: flagValue(args, '--clearance'), taint: flagValue(args, '--taint') };
      if (wanted.clearance === undefined && wanted.taint === undefined) throw new UsageError('set needs --clearance, --taint or both');
      return (file, doc) => planSet(file, doc, id!, wanted);
    }
    case 'grant':
    case 'revoke': {
      allowOnly(args, flagCapabilities, Infinity, []);
      if (extra.length === 0) throw new UsageError(`${command} needs at least one CAPABILITY after the agent id`);
      const plan = command === 'grant' ? planGrant : planRevoke;
      return (file, doc) => plan(file, doc, id!, extra);
    }
    case 'add': {
      const capabilities = [...flagCapabilities, ...extra];
      allowOnly(args, [], Infinity, ['--clearance', '--description']);
      const level = requireFlag(args, '--clearance');
      return (file, doc) => planAdd(file, doc, id!, level, capabilities, flagValue(args, '--description'));
    }
    case 'remove':
      allowOnly(args, flagCapabilities, 1, []);
      return (file, doc) => planRemove(file, doc, id!);
    default:
      throw new UsageError(command === undefined ? 'missing subcommand' : command.startsWith('-') ? `unknown option ${command}` : `unknown subcommand ${JSON.stringify(command)}`);
  }
}

/**
 * Refuses flags and extra words a subcommand does not use: a silently ignored `--clearance` on
 * `grant` would leave the admin believing a change happened. `--config`/`--dry-run` apply everywhere.
 */
function allowOnly(args: ParsedArgs, flagCapabilities: string[], maxPositional: number, flags: string[]): void {
  const allowed = new Set(['--config', '--dry-run', ...flags]);
  const stray = [...args.flags.keys()].find((f) => !allowed.has(f)) ?? (flagCapabilities.length ? '--capability' : undefined);
  if (stray) throw new UsageError(`${stray} does not apply here`);
  if (maxPositional > 0 && args.positional.length === 0) throw new UsageError('missing agent id');
  if (args.positional.length > maxPositional) throw new UsageError(`unexpected argument ${JSON.stringify(args.positional[maxPositional])}`);
}

function requireFlag(args: ParsedArgs, name: string): string {
  const value = flagValue(args, name);
  if (value === undefined) throw new UsageError(`${name} is required`);
  return value;
}
