import { LoadError } from '../errors.js';
import { terminalSafe } from '../terminal-text.js';
import { UsageError } from './args.js';
import { APPROVE_USAGE, approve } from './manifest-approve.js';
import { INIT_USAGE, init } from './manifest-init.js';
import { LOCK_USAGE, lock } from './manifest-lock.js';
import { SIGN_USAGE, sign, VERIFY_USAGE, verify } from './manifest-sign.js';

const SUBCOMMANDS: Record<string, (argv: string[], out: NodeJS.WritableStream) => Promise<number>> = { init, approve, lock, sign, verify };

const USAGE = `usage: mcp-firewall manifest <init|approve|lock|sign|verify> …
  ${INIT_USAGE}
  ${APPROVE_USAGE}
  ${LOCK_USAGE}
  ${SIGN_USAGE}
  ${VERIFY_USAGE}`;

/** `mcp-firewall manifest …`: write, re-pin, sign and verify tool-server manifests. */
export async function main(argv: string[], given: NodeJS.WritableStream = process.stdout): Promise<number> {
  // Tool names, descriptions and manifest values come from tool servers and owners: escape them.
  const out = terminalSafe(given);
  const [name, ...rest] = argv;
  const sub = name ? SUBCOMMANDS[name] : undefined;
  if (!sub) throw new UsageError(USAGE);
  try {
    return await sub(rest, out);
  } catch (err) {
    if (err instanceof LoadError) {
      out.write(`FAIL ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
