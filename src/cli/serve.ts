import pino from 'pino';
import { openAuditWriter } from '../audit/writer.js';
import { loadPolicy } from '../config/load-config.js';
import { LoadError } from '../errors.js';
import { Firewall } from '../upstream/firewall.js';
import { Session } from '../upstream/session.js';
import { attachStdio } from '../upstream/stdio-transport.js';
import { flagValue, parseArgs, UsageError } from './args.js';
import { configPath } from './config-path.js';

const USAGE = 'usage: mcp-firewall serve [--config FILE] [--agent ID]';

/** `mcp-firewall serve`: the stdio MCP server a host points at. stdout is protocol only. */
export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: ['--config', '--agent'] });
  if (args.positional.length) throw new UsageError(USAGE);
  let policy;
  try {
    policy = loadPolicy(configPath(flagValue(args, '--config')));
  } catch (err) {
    if (err instanceof LoadError) {
      process.stderr.write(`mcp-firewall: configuration error: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const agentId = flagValue(args, '--agent') ?? policy.stdioAgent;
  const agent = agentId === undefined ? undefined : policy.agents.get(agentId);
  if (!agent) {
    process.stderr.write(
      `mcp-firewall: ${agentId === undefined ? 'no agent given' : `unknown agent "${agentId}"`}. Fix: pass --agent with one of: ${[...policy.agents.keys()].join(', ')}, or set "stdioAgent" in ${policy.configFile}\n`,
    );
    return 2;
  }

  const log = pino({ level: policy.logLevel, base: { name: 'mcp-firewall' } }, pino.destination({ dest: 2, sync: true }));
  const audit = openAuditWriter(policy.auditFile);
  const firewall = new Firewall(policy, audit, log);
  // Children must not outlive the firewall, however it exits.
  process.once('exit', () => firewall.killNow());
  await firewall.start();

  let session: Session | undefined;
  let shuttingDown = false;
  const done = new Promise<number>((resolve) => {
    const shutdown = async (): Promise<void> => {
      if (shuttingDown) return;
      shuttingDown = true;
      session?.close();
      await firewall.close();
      await audit.close();
      resolve(0);
    };
    const link = attachStdio(process.stdin, process.stdout, policy.limits.maxMessageBytes, {
      line: (text, bytes) => session!.handleLine(text, bytes),
      oversized: (bytes, id) => session!.handleOversized(bytes, id),
      close: () => void shutdown(),
    });
    session = new Session(firewall, agent, (message) => link.send(message));
    process.once('SIGINT', () => void shutdown());
    process.once('SIGTERM', () => void shutdown());
  });

  const ready = [...firewall.connections.values()].filter((c) => c.status === 'ready').length;
  const exposed = [...policy.tools.values()].filter((t) => !firewall.availability.check(t)).length;
  process.stderr.write(
    `mcp-firewall ready: agent=${agent.id} (clearance ${agent.clearance}) servers=${ready}/${firewall.connections.size} tools=${exposed} approved and verified, audit=${policy.auditFile}\n`,
  );
  return done;
}
