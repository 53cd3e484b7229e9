import { candidateText, brokenManifestNotes } from '../admin/agent-apply.js';
import { planSetting, SETTABLE } from '../admin/config-set.js';
import { configSchema } from '../config/config-schema.js';
import { commitConfigEdit, readConfigText } from '../config/edit-config.js';
import { loadErrorFromZod } from '../config/zod-issues.js';
import { LoadError } from '../errors.js';
import { terminalSafe } from '../terminal-text.js';
import { flagValue, HelpRequest, isHelpWord, parseArgs, UsageError, usageLines } from './args.js';
import { auditAdminChange } from './audit-admin.js';
import { configPath } from './config-path.js';
import { INIT_USAGE, writeStarterConfig } from './init.js';

const SET_USAGE = `usage: mcp-firewall config set <key> <value> [--config FILE] [--dry-run]

Changes one setting. Settable keys: ${Object.keys(SETTABLE).join(', ')}.
The edit is validated exactly as serve loads the config, keeps the file's format, replaces it
atomically (--dry-run: show the change only) and is recorded in the audit log.

Exit codes: 0 done (or nothing to change), 1 invalid config or edit (the file is untouched) or the audit
record could not be written, 2 usage or configuration error.
`;

const USAGE = `${usageLines(['mcp-firewall config init [--dir DIR] [--force]', 'mcp-firewall config set <key> <value> [--config FILE] [--dry-run]'])}

init writes a starter config and manifests directory (the same as \`mcp-firewall init DIR\`);
set changes one of a few settings (${Object.keys(SETTABLE).join(', ')}).
\`mcp-firewall config <subcommand> --help\` describes each one.

Exit codes: 0 done, 1 the subcommand failed (see its --help), 2 usage or configuration error.
`;

/**
 * `mcp-firewall config …`: creates a starter config, and changes the few settings an admin
 * tunes after setup. Every edit is validated exactly as serve loads it, keeps the file's
 * format, replaces it atomically and is audited. Exit 0 done (or nothing to change),
 * 1 invalid edit (file untouched) or an audit record that could not be written, 2 usage.
 */
export async function main(argv: string[], given: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream } = process): Promise<number> {
  const stdout = terminalSafe(given.stdout);
  const stderr = terminalSafe(given.stderr);
  const [command, ...rest] = argv;
  if (isHelpWord(command)) throw new HelpRequest(USAGE);
  try {
    if (command === 'init') return await init(rest, stdout, stderr);
    if (command === 'set') return await set(rest, stdout, stderr);
    throw new UsageError(command === undefined ? 'missing subcommand (init, set)' : command.startsWith('-') ? `unknown option ${command}` : `unknown subcommand ${JSON.stringify(command)} (init, set)`);
  } catch (err) {
    if (err instanceof LoadError) {
      stderr.write(`mcp-firewall config: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

/** `config init` is `init` with the directory as --dir: one code path. */
async function init(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const args = parseArgs(argv, { usage: INIT_USAGE, values: ['--dir'], booleans: ['--force'] });
  if (args.positional.length) throw new UsageError(`unexpected argument ${JSON.stringify(args.positional[0])}`);
  return writeStarterConfig(flagValue(args, '--dir') ?? '.', args.flags.has('--force'), out, err);
}

async function set(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const args = parseArgs(argv, { usage: SET_USAGE, values: ['--config'], booleans: ['--dry-run'] });
  const [key, value, ...extra] = args.positional;
  if (key === undefined || value === undefined || extra.length) throw new UsageError(extra.length ? `unexpected argument ${JSON.stringify(extra[0])}` : 'config set needs a key and a value');
  const original = readConfigText(configPath(flagValue(args, '--config')));
  const parsed = configSchema.safeParse(original.doc);
  if (!parsed.success) throw loadErrorFromZod(original.file, parsed.error, 'schemas/config.schema.json');
  const plan = planSetting(original.file, original.doc, key, value);
  if (plan.unchanged) {
    out.write(`${key} is already ${value}; nothing changed\n`);
    return 0;
  }
  const dryRun = args.flags.has('--dry-run');
  const after = commitConfigEdit(original, candidateText(original, plan.ops), { dryRun, skipBrokenManifests: true });
  out.write([plan.change, ...brokenManifestNotes(after), dryRun ? `dry run: the edit is valid; ${original.file} was not changed` : `updated ${original.file}`].join('\n') + '\n');
  if (dryRun) return 0;
  const problem = await auditAdminChange(original.file, { command: 'config set', target: key, details: { change: plan.change, configSha256: after.configSha256 } });
  if (problem) {
    err.write(`mcp-firewall config: ${problem}\n`);
    return 1;
  }
  return 0;
}
