import { isAbsolute, relative } from 'node:path';
import { createStarterConfig, STARTER_AGENT, StarterExistsError } from '../admin/starter-config.js';
import { safeText } from '../terminal-text.js';
import { parseArgs, UsageError, usageLines } from './args.js';

const USAGE = `${usageLines(['mcp-firewall init [DIR] [--force]', 'mcp-firewall config init [--dir DIR] [--force]'])}

Writes a starter config, DIR/mcp.config.json (DIR defaults to the current directory), and an
empty DIR/manifests directory. The config loads and serves as it is: one agent, "${STARTER_AGENT}",
that a local host runs as, and no tool servers until you add their manifests. The config is
checked against the schema and written atomically. An existing config is never overwritten
unless --force is given; an existing manifests directory is kept as it is.

Exit codes: 0 written, 1 the config exists or cannot be written, 2 usage error.
`;

export const INIT_USAGE = USAGE;

/** `mcp-firewall init [DIR]`: a starter deployment, and the commands that take it further. */
export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, errors: NodeJS.WritableStream = process.stderr): Promise<number> {
  const args = parseArgs(argv, { usage: USAGE, booleans: ['--force'] });
  if (args.positional.length > 1) throw new UsageError(`unexpected argument ${JSON.stringify(args.positional[1])}`);
  return writeStarterConfig(args.positional[0] ?? '.', args.flags.has('--force'), out, errors);
}

/** The one path of `init [DIR]` and `config init [--dir DIR]`. */
export function writeStarterConfig(dir: string, force: boolean, out: NodeJS.WritableStream, errors: NodeJS.WritableStream): number {
  let starter;
  try {
    starter = createStarterConfig(dir, { force });
  } catch (err) {
    if (err instanceof StarterExistsError) {
      errors.write(`FAIL ${safeText(err.file)} exists; init never overwrites a config. Choose another directory, edit this one, or pass --force to replace it.\n`);
      return 1;
    }
    const { code, path } = err as NodeJS.ErrnoException;
    if (!code) throw err;
    errors.write(`FAIL cannot write ${safeText(path ?? dir)} (${code}). Fix: choose a directory you can write to\n`);
    return 1;
  }
  const config = shown(starter.configFile);
  out.write(`wrote ${safeText(starter.configFile)} and ${safeText(starter.manifestsDir)}/
next:
  1. put a tool server behind the firewall (it is started once to list its tools):
       mcp-firewall manifest init <server-id> --config ${config} -- <command> [args…]
  2. review the draft in ${safeText(shown(starter.manifestsDir))}/<server-id>.json (delete the tools you do not want), then approve it:
       mcp-firewall manifest approve <server-id> --clearance LEVEL [--cap CAPABILITY …] --config ${config}
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
