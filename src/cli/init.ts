import { isAbsolute, relative } from 'node:path';
import { STARTER_AGENT, StarterExistsError, writeStarter } from '../admin/starter-config.js';
import { safeText } from '../terminal-text.js';
import { parseArgs, UsageError } from './args.js';

const USAGE = `usage: mcp-firewall init [DIR]

Writes a starter config, DIR/mcp.config.json (DIR defaults to the current directory), and an
empty DIR/manifests directory. The config loads and serves as it is: one agent, "${STARTER_AGENT}",
that a local host runs as, and no tool servers until you add their manifests. An existing
config is never overwritten.

Exit codes: 0 written, 1 the config exists or cannot be written, 2 usage error.
`;

/** `mcp-firewall init [DIR]`: a starter deployment, and the commands that take it further. */
export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, errors: NodeJS.WritableStream = process.stderr): Promise<number> {
  const args = parseArgs(argv, { usage: USAGE });
  if (args.positional.length > 1) throw new UsageError(`unexpected argument ${JSON.stringify(args.positional[1])}`);
  let starter;
  try {
    starter = writeStarter(args.positional[0] ?? '.');
  } catch (err) {
    if (err instanceof StarterExistsError) {
      errors.write(`FAIL ${safeText(err.file)} exists; init never overwrites a config. Choose another directory, or edit this one.\n`);
      return 1;
    }
    const { code, path } = err as NodeJS.ErrnoException;
    if (!code) throw err;
    errors.write(`FAIL cannot write ${safeText(path ?? args.positional[0] ?? '.')} (${code}). Fix: choose a directory you can write to\n`);
    return 1;
  }
  const config = shown(starter.configFile);
  out.write(`wrote ${safeText(starter.configFile)} and ${safeText(starter.manifestsDir)}/
next:
  1. put a tool server behind the firewall (it is started once to list its tools):
       mcp-firewall manifest init <server-id> --config ${config} -- <command> [args…]
  2. review the draft in ${safeText(shown(starter.manifestsDir))}/<server-id>.json: clearance, capabilities and
     argument bounds of each tool; delete the tools you do not approve and each "review" note
  3. grant the agent what the approved tools need:
       mcp-firewall agent grant ${STARTER_AGENT} <capability>… --config ${config}
  4. mcp-firewall check --config ${config}
  5. point your MCP host at: mcp-firewall serve --config ${safeText(starter.configFile)}
`);
  return 0;
}

/** A path as the user would type it from here: relative below the working directory, else absolute. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return safeText(rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel);
}
