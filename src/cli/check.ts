import { loadPolicy } from '../config/load-config.js';
import { LoadError } from '../errors.js';
import type { ServerConnection, ToolState } from '../downstream/server-connection.js';
import { terminalSafe } from '../terminal-text.js';
import type { StderrTail } from '../downstream/stdio-child.js';
import { emptyManifestsWarning } from './start-warnings.js';
import { flagValue, parseArgs, UsageError } from './args.js';
import { configPath } from './config-path.js';
import { renderTable } from './table.js';
import type { CompiledServer, HttpServer, StdioServer } from '../config/types.js';
import { isolationOf, sandboxFailureText } from '../downstream/sandbox-launch.js';
import { sandboxWarnings } from '../downstream/sandbox-coverage.js';
import { approveCommand } from '../admin/drafts.js';
import { latestCircuitEvents } from '../audit/circuit-history.js';
import { renderTaintPolicy } from '../taint/explain.js';

const USAGE = `usage: mcp-firewall check [--config FILE]

Loads the config and manifests exactly as serve does, starts every tool server, and reports
each approved tool with its clearance, capabilities and pin status (stdout). Failures are
repeated on stderr.

Exit codes: 0 every approved tool runs and matches its pin (or is withheld by policy because its
server also offers a duplicate or look-alike name), 1 the config or a manifest is invalid, a
manifest is still a DRAFT, a server failed or its identity changed, or a tool does not match,
2 usage error.
`;

/**
 * `mcp-firewall check`: loads config and manifests exactly as serve does, starts every tool
 * server, and reports each approved tool with its pin status.
 * Exit 0: serve would start and every approved tool is either verified or withheld by policy
 * (the firewall correctly hiding a tool whose server also offers a duplicate or look-alike).
 * Exit 1: something is broken: the config or a manifest does not load, a manifest is still a
 * DRAFT (serve refuses it), a server does not start or its identity changed, a pin mismatch,
 * a tool the server does not offer, a poisoned description. Exit 2: usage error.
 */
export async function main(argv: string[], given: NodeJS.WritableStream = process.stdout, givenErr: NodeJS.WritableStream = process.stderr): Promise<number> {
  // Names, levels and fault texts come from manifests and tool servers: escape controls and bidi.
  const out = terminalSafe(given);
  const err = terminalSafe(givenErr);
  const args = parseArgs(argv, { usage: USAGE, values: ['--config'] });
  if (args.positional.length) throw new UsageError(`unexpected argument ${JSON.stringify(args.positional[0])}`);
  // Loaded once the arguments are read: they bring the scanner, about a second to load, which
  // `--help` and a usage error need not wait for.
  const [{ ServerConnection }, { itemReport }] = await Promise.all([import('../downstream/server-connection.js'), import('./check-items.js')]);
  let policy;
  try {
    policy = loadPolicy(configPath(flagValue(args, '--config')));
  } catch (error) {
    if (error instanceof LoadError) {
      err.write(`FAIL configuration: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  out.write(`config ${policy.configFile}: OK (${policy.agents.size} agents, ${policy.servers.length} manifests, ${policy.tools.size} approved tools)\n`);
  if (policy.servers.length === 0) err.write(`WARNING: ${emptyManifestsWarning(policy.manifestDir)}\n`);
  const faults: Array<{ id: string; event: string; details: Record<string, unknown>; stderr: StderrTail | undefined }> = [];
  const connections = policy.servers.map(
    (server) =>
      new ServerConnection(server, policy.limits.maxMessageBytes, {
        toolsChanged: () => undefined,
        fault: (id, event, details, stderr) => faults.push({ id, event, details, stderr }),
      }, { verify: { scanDescriptions: policy.scan.scanDescriptions, scan: policy.scan }, breaker: policy.limits.circuitBreaker }),
  );
  const circuitHistory = latestCircuitEvents(policy.auditFile);
  let sound = true;
  let withheld = 0;
  try {
    await Promise.all(connections.map((c) => c.start()));
    for (const connection of connections) {
      const server = connection.server;
      const ready = connection.status === 'ready';
      if (!ready) sound = false;
      if (server.drafts?.length) {
        sound = false;
        err.write(`server ${server.id}: DRAFT: ${server.manifestFile} still carries the DRAFT note of manifest init on ${server.drafts.join(', ')}; serve refuses to start until it is reviewed and approved: \`${approveCommand(server.id, policy.clearanceLevels)}\`\n`);
      }
      const identity = connection.quarantined.filter((f) => f.startsWith('identity.'));
      if (identity.length) {
        err.write(`server ${server.id}: NOT STARTED: IDENTITY MISMATCH on ${identity.join(', ')}: the files behind its command changed since they were pinned; review them, then run \`mcp-firewall manifest lock ${server.id}\`\n`);
      } else if (connection.quarantined.length) {
        err.write(`server ${server.id}: PIN MISMATCH on ${connection.quarantined.join(', ')}: every tool is quarantined (run \`mcp-firewall manifest lock ${server.id}\` to review)\n`);
      }
      const unlisted = connection.announced.filter((t) => !server.tools.has(t.name as string)).length;
      out.write(`\nserver ${server.id} (${server.manifestFile}): ${ready ? 'running' : 'FAILED TO START'}; ${unlisted} announced tool(s) not in the manifest stay hidden\n`);
      if (server.transport === 'http') out.write(httpReport(server, connection));
      else {
        out.write(isolationReport(server));
        for (const warning of sandboxWarnings(server)) err.write(`WARNING: ${warning}\n`);
      }
      out.write(clientRequestsReport(server));
      out.write(circuitReport(connection, circuitHistory.get(server.id)));
      const rows = [...server.tools.values()].map((tool) => {
        const state = ready && !connection.quarantined.length ? connection.toolState(tool.tool) : undefined;
        const pin = pinStatus(connection, state);
        if (state?.state === 'conflict') withheld += 1;
        else if (pin !== 'ok') sound = false;
        return [tool.exposed, tool.clearance, tool.capabilities.join(',') || '-', pin];
      });
      out.write(renderTable(['exposed name', 'clearance', 'capabilities', 'pin'], rows));
      const items = itemReport(connection, policy);
      out.write(items.text);
      if (!items.sound) sound = false;
    }
  } finally {
    await Promise.all(connections.map((c) => c.close()));
  }
  const shown = new Set<string>();
  for (const { id, event, details, stderr } of faults) {
    err.write(`fault: ${id}: ${details.code === 'SANDBOX_UNAVAILABLE' ? sandboxFailureText(id, details.category, details.sandbox) : event}\n`);
    // A server that exits while starting reports twice; its stderr is shown once.
    if (!stderr || shown.has(stderr.sha256)) continue;
    shown.add(stderr.sha256);
    err.write(stderr.lines.length ? `  last lines of its stderr:\n${stderr.lines.map((l) => `    | ${l}\n`).join('')}` : '  it wrote nothing on stderr\n');
  }
  out.write(`\n${renderTaintPolicy(policy).join('\n')}\n`);
  const note = withheld ? `; ${withheld} tool(s) WITHHELD BY POLICY (their server also offers a duplicate or look-alike name; serve hides them, as it should)` : '';
  if (sound) out.write(`\nOK: every approved tool is running and matches its pin${note}\n`);
  else err.write(`FAIL: see the rows marked above${note}\n`);
  return sound ? 0 : 1;
}


/** One cell of the pin column: what serve would do with this tool, and why. */
function pinStatus(connection: ServerConnection, state: ToolState | undefined): string {
  if (!state) return connection.quarantined.length ? `MISMATCH: ${connection.quarantined.join(',')}` : 'server unavailable';
  switch (state.state) {
    case 'ok':
      return 'ok';
    case 'missing':
      return 'MISSING: server does not offer it';
    case 'pin-mismatch':
      return `MISMATCH: ${state.changedFields.join(',')}`;
    case 'poisoned':
      return `POISONED: ${state.rules.join(',')}`;
    case 'conflict':
      return `WITHHELD BY POLICY: ${state.kind} ${state.names.join(',')}`;
  }
}

/** The circuit breaker: its state in this check, its setting, and what the running firewall last recorded. */
function circuitReport(connection: ServerConnection, last: { state: string; time: string } | undefined): string {
  const { crashes, windowSeconds, coolDownSeconds } = connection.circuit.settings;
  const setting = `opens after ${crashes} crashes within ${windowSeconds} s, one restart after ${coolDownSeconds} s`;
  const history = last ? `; last change in the audit log: ${last.state.toUpperCase()} at ${last.time}${last.state === 'open' ? ' (restart serve or wait for the cool-down once the server is fixed)' : ''}` : '';
  return `  circuit ${connection.circuit.state} (${setting})${history}
`;
}

/** Which requests (manifest `clientRequests`) the server may send the host through the firewall. */
function clientRequestsReport(server: CompiledServer): string {
  const allowed = server.clientRequests;
  const parts: string[] = [];
  if (allowed?.sampling) parts.push(`sampling (maxTokens at most ${allowed.sampling.maxTokens}, messages scanned)`);
  if (allowed?.elicitation) parts.push('elicitation (form mode, shown as from this server)');
  if (allowed?.roots) parts.push(`roots answered by the firewall: ${allowed.roots.map((r) => r.uri).join(', ') || '(none)'}`);
  if (parts.length === 0) return '  requests to the host: none allowed\n';
  const wait = allowed!.sampling || allowed!.elicitation ? `; the host has ${Math.round(allowed!.timeoutMs / 1000)} s to answer` : '';
  return `  requests to the host: ${parts.join('; ')}${wait}\n`;
}

/** For a child process: which isolation it runs under, and what it may touch. */
function isolationReport(server: StdioServer): string {
  const plan = server.launch.sandbox;
  if (!plan) return '  isolation: none (see the warning below)\n';
  const network = plan.mode === 'bwrap' ? (plan.network ? 'shared (a tool has net.egress)' : 'none') : 'NOT restricted (node-permissions)';
  return `  isolation: ${isolationOf(server.launch)}; network ${network}; read-write ${plan.writable.join(', ') || '-'}\n`;
}

/** For an HTTP server: where it is and what the TLS session looks like (or why it failed). */
function httpReport(server: HttpServer, connection: ServerConnection): string {
  const facts = connection.linkReport()?.facts ?? {};
  const lines = [`  url ${server.http.url.origin}${server.http.url.pathname}`];
  if (server.http.tls) {
    lines.push(`  tls ${facts.tls ?? '-'}, cipher ${facts.cipher ?? '-'}, mcp protocol ${facts.mcp ?? '-'}, signing ${facts.signing ?? '-'}`);
    lines.push(`  certificate ${facts.subject ?? '-'}, expires ${facts.expires ?? '-'}`);
    lines.push(`  pin ${facts.pin ?? '-'}`);
  } else lines.push(`  plain http (loopback), mcp protocol ${facts.mcp ?? '-'}, signing ${facts.signing ?? '-'}`);
  if (connection.lastFailure) lines.push(`  last failure: ${connection.lastFailure}`);
  return `${lines.join('\n')}\n`;
}
