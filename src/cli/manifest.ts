import { LoadError } from '../errors.js';
import { terminalSafe } from '../terminal-text.js';
import { HelpRequest, isHelpWord, UsageError, usageLines } from './args.js';
import { APPROVE_USAGE, approve } from './manifest-approve.js';
import { INIT_USAGE, init } from './manifest-init.js';
import { LOCK_USAGE, lock } from './manifest-lock.js';
import { SIGN_USAGE, sign, VERIFY_USAGE, verify } from './manifest-sign.js';

type Subcommand = (argv: string[], out: NodeJS.WritableStream, errors: NodeJS.WritableStream) => Promise<number>;

const SUBCOMMANDS: Record<string, Subcommand> = { init, approve, lock, sign, verify };

const firstLine = (usage: string): string => usage.split('\n')[0]!.replace(/^usage: /, '');

const USAGE = `${usageLines([INIT_USAGE, APPROVE_USAGE, LOCK_USAGE, SIGN_USAGE, VERIFY_USAGE].map(firstLine))}

Writes, approves, re-pins, signs and verifies tool-server manifests. Reports go to stdout, failures to
stderr. \`mcp-firewall manifest <subcommand> --help\` describes each one.

Exit codes: 0 done, 1 the subcommand found a problem (see its --help), 2 usage or configuration error.
`;

/** `mcp-firewall manifest …`: write, re-pin, sign and verify tool-server manifests. */
export async function main(argv: string[], given: NodeJS.WritableStream = process.stdout, givenErrors: NodeJS.WritableStream = process.stderr): Promise<number> {
  // Tool names, descriptions and manifest values come from tool servers and owners: escape them.
  const out = terminalSafe(given);
  const errors = terminalSafe(givenErrors);
  const [name, ...rest] = argv;
  if (isHelpWord(name)) throw new HelpRequest(USAGE);
  if (name === undefined) throw new UsageError('missing subcommand (init, approve, lock, sign, verify)');
  const sub = Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
  if (!sub) throw new UsageError(name.startsWith('-') ? `unknown option ${name}` : `unknown subcommand ${JSON.stringify(name)} (init, approve, lock, sign, verify)`);
  try {
    return await sub(rest, out, errors);
  } catch (err) {
    if (err instanceof LoadError) {
      errors.write(`FAIL ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
