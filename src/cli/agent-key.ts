import { configSchema, type ConfigDocument } from '../config/config-schema.js';
import { commitConfigEdit, readConfigText } from '../config/edit-config.js';
import { loadErrorFromZod } from '../config/zod-issues.js';
import { newAgentKey } from '../upstream/agent-keys.js';
import { candidateText } from '../admin/agent-apply.js';
import { auditAdminChange, type AdminChange } from './audit-admin.js';
import { DEFAULT_KEY_LIFETIME_DAYS, keyStatus, parseWhen, planKeyAdd, planKeyRevoke } from './agent-key-plan.js';
import { flagValue, HelpRequest, isHelpWord, parseArgs, UsageError, usageLines } from './args.js';
import { configPath } from './config-path.js';
import { renderTable } from './table.js';

export const KEY_LINES: Record<string, string> = {
  add: 'mcp-firewall agent key add <agent> [--expires WHEN] [--not-before WHEN] [--description TEXT] [--config FILE]',
  list: 'mcp-firewall agent key list [agent] [--config FILE]',
  revoke: 'mcp-firewall agent key revoke <key-id> [--config FILE]',
};

const ABOUT = `
API keys of the HTTP front door (serve --http); an agent sends one as "Authorization: Bearer <key>".
add prints the new key once, alone on stdout, and stores only its sha256 (WHEN: an ISO date or
time, "now", or a duration such as 90d or 12h; a key expires after ${DEFAULT_KEY_LIFETIME_DAYS} days unless --expires
says otherwise). list shows ids, validity and status, never keys or hashes. revoke removes a key;
a running front door refuses it within a second. Every change is recorded in the audit log.

Exit codes: 0 done, 1 invalid config or edit (the file is untouched), or the change was made but
its audit record could not be written, 2 usage error.
`;

const KEY_USAGE = `${usageLines(Object.values(KEY_LINES))}\n${ABOUT}`;

function usageOf(command: string | undefined): string {
  return command !== undefined && Object.hasOwn(KEY_LINES, command) ? `usage: ${KEY_LINES[command]}\n${ABOUT}` : KEY_USAGE;
}

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/**
 * `agent key …`: API keys for the HTTP front door. `add` prints the new key once, alone on
 * stdout (so `KEY=$(mcp-firewall agent key add bot)` captures exactly it) and stores only its
 * sha256; nothing can show the key again. `list` shows ids and validity, never hashes: a hash
 * is not a secret that opens anything, but it has no use outside the config either.
 */
export async function runKeyCommand(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (isHelpWord(command)) throw new HelpRequest(KEY_USAGE);
  const args = parseArgs(rest, { usage: usageOf(command), values: ['--config', '--expires', '--not-before', '--description'] });
  const file = configPath(flagValue(args, '--config'));
  const only = (...flags: string[]): void => {
    const stray = [...args.flags.keys()].find((f) => f !== '--config' && !flags.includes(f));
    if (stray) throw new UsageError(`${stray} does not apply to "agent key ${command}"`);
  };
  const now = Date.now();
  switch (command) {
    case 'add': {
      only('--expires', '--not-before', '--description');
      const [agentId, ...extra] = args.positional;
      if (!agentId || extra.length) throw new UsageError('agent key add takes exactly one agent id');
      const notBefore = parseWhen(flagValue(args, '--not-before') ?? 'now', now, '--not-before');
      const expires = parseWhen(flagValue(args, '--expires') ?? `${DEFAULT_KEY_LIFETIME_DAYS}d`, notBefore === now ? now : notBefore, '--expires');
      const fresh = newAgentKey();
      const original = readConfigText(file);
      const plan = planKeyAdd(original.file, parsed(original.file, original.doc), agentId, fresh, { notBefore, expires }, flagValue(args, '--description'));
      const after = commitConfigEdit(original, candidateText(original, plan.ops));
      // The key is stored now: print it whatever happens next, or it would be lost.
      io.stdout.write(`${fresh.key}\n`);
      io.stderr.write(
        `added key ${plan.entry.id} for agent ${agentId}, valid ${plan.entry.notBefore} to ${plan.entry.expires}; ${original.file} stores only its sha256.\n` +
          'The key above is shown once: hand it to the agent now (it sends "Authorization: Bearer <key>").\n',
      );
      const details = { agent: agentId, keyId: plan.entry.id, notBefore: plan.entry.notBefore, expires: plan.entry.expires, configSha256: after.configSha256 };
      return audited(original.file, { command: 'agent key add', target: agentId, details }, io);
    }
    case 'list': {
      only();
      const [agentId, ...extra] = args.positional;
      if (extra.length) throw new UsageError('agent key list takes at most one agent id');
      const original = readConfigText(file);
      const doc = parsed(original.file, original.doc);
      if (agentId !== undefined && !Object.hasOwn(doc.agents, agentId)) throw new UsageError(`unknown agent "${agentId}"`);
      const rows = Object.entries(doc.agents)
        .filter(([id]) => agentId === undefined || id === agentId)
        .flatMap(([id, agent]) => agent.keys.map((k) => [k.id, id, k.notBefore, k.expires, keyStatus(k, now), k.description ?? '']));
      io.stdout.write(rows.length ? renderTable(['key', 'agent', 'not before', 'expires', 'status', 'description'], rows) : 'no agent keys\n');
      return 0;
    }
    case 'revoke': {
      only();
      const [keyId, ...extra] = args.positional;
      if (!keyId || extra.length) throw new UsageError('agent key revoke takes exactly one key id');
      const original = readConfigText(file);
      const plan = planKeyRevoke(original.file, parsed(original.file, original.doc), keyId);
      const after = commitConfigEdit(original, candidateText(original, plan.ops));
      io.stdout.write(`revoked key ${keyId} of agent ${plan.agentId}; a running front door refuses it within a second\n`);
      return audited(original.file, { command: 'agent key revoke', target: plan.agentId, details: { agent: plan.agentId, keyId, configSha256: after.configSha256 } }, io);
    }
    default:
      throw new UsageError(command === undefined ? 'missing key subcommand (add, list, revoke)' : command.startsWith('-') ? `unknown option ${command}` : `unknown key subcommand ${JSON.stringify(command)} (add, list, revoke)`);
  }
}

/** Key changes go to the audit log like every admin change: ids and times, never a key or its hash. */
async function audited(file: string, change: AdminChange, io: Io): Promise<number> {
  const problem = await auditAdminChange(file, change);
  if (!problem) return 0;
  io.stderr.write(`mcp-firewall agent: ${problem}\n`);
  return 1;
}

function parsed(file: string, raw: unknown): ConfigDocument {
  const result = configSchema.safeParse(raw);
  if (!result.success) throw loadErrorFromZod(file, result.error, 'schemas/config.schema.json');
  return result.data;
}
