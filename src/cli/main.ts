import { safeLines, safeText } from '../terminal-text.js';
import { HelpRequest, isHelpWord, UsageError } from './args.js';

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ main(argv: string[]): Promise<number> }> }> = {
  init: { summary: 'write a starter config and manifests directory (same as config init)', load: () => import('./init.js') },
  serve: { summary: 'run the firewall: stdio for a local host, --http for remote agents', load: () => import('./serve.js') },
  check: { summary: 'validate config and manifests, start each server, report pins', load: () => import('./check.js') },
  config: { summary: 'create a starter config, or set one of a few settings', load: () => import('./config.js') },
  agent: { summary: 'list agents, set clearances and capabilities, manage API keys', load: () => import('./agent.js') },
  audit: { summary: 'verify, tail or summarize the audit log', load: () => import('./audit.js') },
  scan: { summary: 'scan text for prompt injection, hidden text and secrets', load: () => import('./scan.js') },
  manifest: { summary: 'init, lock (re-pin), sign or verify tool-server manifests', load: () => import('./manifest.js') },
  keygen: { summary: 'create an ed25519 key pair for signing manifests', load: () => import('./keygen.js') },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return `usage: mcp-firewall <command> [options]

commands:
${lines.join('\n')}

Every command takes --help. Output goes to stdout, errors and failures to stderr.
Exit codes: 0 success, 1 the command ran and found a problem (see each command's --help),
2 usage or configuration error.
The config is --config FILE, else $MCP_FIREWALL_CONFIG, else ./mcp.config.json.
`;
}

/** Dispatches to one module per command; each returns its exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(usage());
    return 2;
  }
  if (isHelpWord(name)) {
    // `mcp-firewall help serve` is `mcp-firewall serve --help`.
    if (rest[0] !== undefined && Object.hasOwn(COMMANDS, rest[0])) return main([rest[0], '--help']);
    process.stdout.write(usage());
    return 0;
  }
  if (name === '--version') {
    const { VERSION } = await import('../version.js');
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    const what = name.startsWith('-') ? `unknown option ${safeText(name)}` : `unknown command "${safeText(name)}"`;
    process.stderr.write(`mcp-firewall: ${what}\n${usage()}`);
    return 2;
  }
  // `mcp-firewall audit tail --follow | head`: when the reader closes the pipe, end quietly like
  // any Unix filter. serve (the MCP channel: a gone host) and scan (which keeps its exit code
  // for what it scanned) handle a closed stdout themselves.
  if (name !== 'serve' && name !== 'scan') {
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      process.exit(process.exitCode ?? 0);
    });
  }
  try {
    return await (await command.load()).main(rest);
  } catch (err) {
    if (err instanceof HelpRequest) {
      process.stdout.write(err.usage.endsWith('\n') ? err.usage : `${err.usage}\n`);
      return 0;
    }
    if (err instanceof UsageError) {
      process.stderr.write(safeLines(`mcp-firewall ${name}: ${err.message}\n`));
      process.stderr.write(`run \`mcp-firewall ${name} --help\` for usage\n`);
      return 2;
    }
    throw err;
  }
}
