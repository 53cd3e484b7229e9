import pino from 'pino';
import { payloadHasher } from '../audit/payload-hash.js';
import type { AuditEntry } from '../audit/record.js';
import { openAuditWriter } from '../audit/writer.js';
import { loadPolicy } from '../config/load-config.js';
import { LoadError } from '../errors.js';
import type { CompiledAgent, FirewallPolicy } from '../config/types.js';
import { newAuditId } from '../upstream/audit-id.js';
import { VERSION } from '../version.js';
import type { Session } from '../upstream/session.js';
import { attachStdio } from '../upstream/stdio-transport.js';
import { flagValue, parseArgs, UsageError } from './args.js';
import { configPath } from './config-path.js';
import { startWarnings } from './start-warnings.js';
import { isolationOf } from '../downstream/sandbox-launch.js';
import { draftNotices } from '../admin/drafts.js';
import { shutDown } from './shutdown.js';

const USAGE = `usage: mcp-firewall serve [--config FILE] [--agent ID]
       mcp-firewall serve --http [HOST:PORT] [--config FILE]

Without --http, runs the firewall as a stdio MCP server: a host starts it and speaks MCP on its
stdin and stdout. One readiness line and the log go to stderr. --agent overrides the config's
stdioAgent.

With --http, runs the Streamable HTTP front door for remote agents on HOST:PORT (default: the
config's http.listen). Each request carries an agent key ("Authorization: Bearer <key>", see
\`mcp-firewall agent key --help\`) that decides its agent. A non-loopback address needs the
config's http.tls certificate. Runs until SIGINT/SIGTERM.

Exit codes: 0 the host closed the connection (or SIGINT/SIGTERM), 1 the HTTP address cannot be
listened on, 2 usage or configuration error, or the audit log cannot be opened.
`;

/**
 * `mcp-firewall serve`: the stdio MCP server a host points at (stdout is protocol only), or with
 * `--http` the Streamable HTTP front door for remote hosts, where each key names its agent.
 */
export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(optionalHttpValue(argv), { usage: USAGE, values: ['--config', '--agent', '--http'] });
  if (args.positional.length) throw new UsageError(`unexpected argument ${JSON.stringify(args.positional[0])}`);
  const httpFlag = flagValue(args, '--http');
  if (httpFlag !== undefined && args.flags.has('--agent')) throw new UsageError('--agent applies to stdio; over HTTP each agent key decides the agent');
  // Loaded once the arguments are read: the scanner alone (which the firewall loads) takes most
  // of a second to load, which `--help` and a usage error need not wait for.
  const [{ Firewall }, { Session }, { planHttp, serveHttp }] = await Promise.all([
    import('../upstream/firewall.js'),
    import('../upstream/session.js'),
    import('./serve-http.js'),
  ]);
  let policy;
  let plan;
  try {
    policy = loadPolicy(configPath(flagValue(args, '--config')));
    if (httpFlag !== undefined) plan = planHttp(policy, httpFlag);
  } catch (err) {
    if (err instanceof LoadError) {
      process.stderr.write(`mcp-firewall: configuration error: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  // A draft has every tool at the highest clearance with guessed capabilities: never live unreviewed.
  const drafts = draftNotices(policy);
  if (drafts.length) {
    for (const notice of drafts) process.stderr.write(`mcp-firewall: refusing to start: ${notice}\n`);
    return 2;
  }
  // Over HTTP each key names its agent; stdio runs as one.
  const agentId = flagValue(args, '--agent') ?? policy.stdioAgent;
  const agent = plan ? undefined : agentId === undefined ? undefined : policy.agents.get(agentId);
  if (!plan && !agent) {
    process.stderr.write(
      `mcp-firewall: ${agentId === undefined ? 'no agent given' : `unknown agent "${agentId}"`}. Fix: pass --agent with one of: ${[...policy.agents.keys()].join(', ')}, or set "stdioAgent" in ${policy.configFile}\n`,
    );
    return 2;
  }

  const log = pino({ level: policy.logLevel, base: { name: 'mcp-firewall' } }, pino.destination({ dest: 2, sync: true }));
  let audit;
  let hashPayload;
  try {
    audit = openAuditWriter(policy.audit.file, { key: policy.audit.key, checkpointEvery: policy.audit.checkpointEvery, warn: (message) => log.warn({ event: 'audit-checkpoint-failed' }, message) });
    hashPayload = payloadHasher(policy.audit.file, policy.audit.key);
  } catch (err) {
    process.stderr.write(`mcp-firewall: the audit log cannot be opened: ${(err as Error).message}. Fix: check audit.file in ${policy.configFile} and the directory's permissions and free space\n`);
    return 2;
  }
  if (plan) {
    const firewall = new Firewall(policy, audit, log, { hashPayload, start: startRecord(policy, undefined) });
    process.once('exit', () => firewall.killNow());
    await firewall.start();
    for (const warning of startWarnings(policy, firewall.connections.values())) process.stderr.write(`mcp-firewall: warning: ${warning}\n`);
    const opened = audit;
    return serveHttp(firewall, plan, (sessions, why, closeHosts) => shutDown(firewall, opened, sessions, why, closeHosts));
  }
  if (!agent) return 2; // refused above; this narrows the type
  const firewall = new Firewall(policy, audit, log, { hashPayload, start: startRecord(policy, agent) });
  // Children must not outlive the firewall, however it exits.
  process.once('exit', () => firewall.killNow());
  await firewall.start();

  let session: Session | undefined;
  let shuttingDown = false;
  const done = new Promise<number>((resolve) => {
    const shutdown = async (why: string): Promise<void> => {
      if (shuttingDown) return;
      shuttingDown = true;
      await shutDown(firewall, audit, session ? [session] : [], why);
      // After a signal the host may still hold stdin open; nothing more will be read from it.
      process.stdin.destroy();
      resolve(0);
    };
    const link = attachStdio(process.stdin, process.stdout, policy.limits.maxMessageBytes, {
      line: (text, bytes) => session!.handleLine(text, bytes),
      oversized: (bytes, id) => session!.handleOversized(bytes, id),
      close: () => void shutdown('host-disconnected'),
    });
    session = new Session(firewall, agent, (message) => link.send(message));
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
  });

  for (const warning of startWarnings(policy, firewall.connections.values())) process.stderr.write(`mcp-firewall: warning: ${warning}\n`);
  const ready = [...firewall.connections.values()].filter((c) => c.status === 'ready').length;
  const exposed = [...policy.tools.values()].filter((t) => !firewall.availability.check(t)).length;
  process.stderr.write(
    `mcp-firewall ready: agent=${agent.id} (clearance ${agent.clearance}) servers=${ready}/${firewall.connections.size} tools=${exposed} approved and verified, audit=${policy.auditFile}\n`,
  );
  return done;
}

/**
 * The first record of every run: which policy is in force, by the hashes of the files it came
 * from, and the agent a stdio run serves (an HTTP run serves the agents its keys name).
 */
function startRecord(policy: FirewallPolicy, agent: CompiledAgent | undefined): AuditEntry {
  return {
    auditId: newAuditId(),
    agent: agent?.id ?? '-',
    session: '-',
    method: 'firewall/start',
    decision: 'allow',
    reason: 'ok',
    durationMs: 0,
    details: {
      version: VERSION,
      configFile: policy.configFile,
      configSha256: policy.configSha256,
      manifestCount: policy.servers.length,
      manifests: policy.servers.map((server) => `${server.id}=${server.manifestSha256 ?? 'unknown'}`),
      isolation: policy.servers.map((server) => `${server.id}=${server.transport === 'stdio' ? isolationOf(server.launch) : 'remote'}`),
      ...(agent ? { clearance: agent.clearance, capabilities: [...agent.capabilities] } : { transport: 'http', agentKeys: policy.agentKeys.length }),
      keyed: policy.audit.key !== undefined,
      onWriteFailure: policy.audit.onWriteFailure,
    },
  };
}

/** `--http` alone means "the address in the config": give it an empty value for the strict parser. */
function optionalHttpValue(argv: string[]): string[] {
  return argv.map((arg, i) => (arg === '--http' && (i === argv.length - 1 || argv[i + 1]!.startsWith('-')) ? '--http=' : arg));
}
