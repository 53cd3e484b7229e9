import { safeLines, safeText } from '../terminal-text.js';
import { UsageError } from './args.js';

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ main(argv: string[]): Promise<number> }> }> = {
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
  return `usage: mcp-firewall <command> [options]\n\ncommands:\n${lines.join('\n')}\n`;
}

/** Dispatches to one module per command; each returns its exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stderr.write(usage());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    const { VERSION } = await import('../version.js');
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`mcp-firewall: unknown command "${safeText(name)}"\n${usage()}`);
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
    if (err instanceof UsageError) {
      process.stderr.write(safeLines(`mcp-firewall ${name}: ${err.message}\n`));
      return 2;
    }
    throw err;
  }
}
