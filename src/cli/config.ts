import { candidateText, brokenManifestNotes } from '../admin/agent-apply.js';
import { planSetting, SETTABLE } from '../admin/config-set.js';
import { createStarterConfig } from '../admin/starter-config.js';
import { configSchema } from '../config/config-schema.js';
import { commitConfigEdit, readConfigText } from '../config/edit-config.js';
import { loadErrorFromZod } from '../config/zod-issues.js';
import { LoadError } from '../errors.js';
import { terminalSafe } from '../terminal-text.js';
import { flagValue, parseArgs, UsageError } from './args.js';
import { auditAdminChange } from './audit-admin.js';
import { configPath } from './config-path.js';

const USAGE = `usage:
  mcp-firewall config init [--dir DIR] [--force]
  mcp-firewall config set <key> <value> [--config FILE] [--dry-run]
settable keys: ${Object.keys(SETTABLE).join(', ')}
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
  try {
    if (command === 'init') return await init(rest, stdout);
    if (command === 'set') return await set(rest, stdout, stderr);
    if (command === 'help' || command === '--help' || command === '-h') {
      stdout.write(USAGE);
      return 0;
    }
    throw new UsageError(command === undefined ? 'missing subcommand' : `unknown subcommand ${JSON.stringify(command)}`);
  } catch (err) {
    if (err instanceof UsageError) {
      stderr.write(`mcp-firewall config: ${err.message}\n${USAGE}`);
      return 2;
    }
    if (err instanceof LoadError) {
      stderr.write(`mcp-firewall config: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

async function init(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const args = parseArgs(argv, { values: ['--dir'], booleans: ['--force'] });
  if (args.positional.length) throw new UsageError(`unexpected argument ${JSON.stringify(args.positional[0])}`);
  const { configFile, manifestsDir } = createStarterConfig(flagValue(args, '--dir') ?? process.cwd(), { force: args.flags.has('--force') });
  out.write(`wrote ${configFile} and ${manifestsDir}/\n`);
  out.write('next: mcp-firewall manifest init <server> -- <command> [args…]   (then manifest approve, agent grant, check)\n');
  return 0;
}

async function set(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const args = parseArgs(argv, { values: ['--config'], booleans: ['--dry-run'] });
  const [key, value, ...extra] = args.positional;
  if (key === undefined || value === undefined || extra.length) throw new UsageError('config set needs a key and a value');
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
