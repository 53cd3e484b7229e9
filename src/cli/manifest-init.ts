import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '../config/load-config.js';
import { DEFAULT_BLOCK_THRESHOLD, DEFAULT_FLAG_THRESHOLD } from '../config/load-config.js';
import { identityFile } from '../config/identity.js';
import { draftTool } from '../config/manifest-draft.js';
import { draftItems } from '../config/item-draft.js';
import { SERVER_ID } from '../config/manifest-schema.js';
import type { CompiledServer } from '../config/types.js';
import { observeIdentity } from '../downstream/server-identity.js';
import { serverPinValues } from '../policy/server-pins.js';
import { flagValue, parseArgs, UsageError, type ParsedArgs } from './args.js';
import { approveCommand } from '../admin/drafts.js';
import { selectDraftTools, type DraftSelection } from '../admin/draft-selection.js';
import { draftLaunch, LaunchDraftError } from '../admin/launch-draft.js';
import { draftSandbox } from '../admin/sandbox-draft.js';
import { httpDraftServer } from './manifest-init-http.js';
import type { ServerConnection } from '../downstream/server-connection.js';
import type { ConfigDocument } from '../config/config-schema.js';
import { configPath } from './config-path.js';
import { printFindings } from './manifest-report.js';
import { ProbeError, probeServer } from './manifest-probe.js';

// The published schema next to this package (dist/cli or src/cli → ../../schemas).
const SCHEMA_FILE = fileURLToPath(new URL('../../schemas/manifest.schema.json', import.meta.url));

export const INIT_USAGE = `usage: mcp-firewall manifest init <server> [--config FILE] [--out FILE] [--force] [--no-identity] [--cwd DIR] [--env NAME=VALUE]… [--inherit-env NAME]… [--sandbox bwrap|node-permissions [--writable PATH]… [--readable PATH]…] -- <command> [args…]
       mcp-firewall manifest init <server> --url URL [--ca FILE] [--pin SHA256]… [--no-pin] [--cert FILE --key FILE] [--servername NAME] [--header Name=env:VAR|file:PATH]… [--allow-insecure-loopback] [--config FILE] [--out FILE] [--force]

Starts the tool server with <command> (or reaches it over HTTPS at --url), lists everything it
offers, and writes a DRAFT manifest (manifests/<server>.json, or --out) with every tool pinned at
the highest clearance, for review (approve it with \`mcp-firewall manifest approve\`). Scanner
findings in tool descriptions are printed with the report. The launch is stored relative to the
manifest: --cwd (default: the manifests directory), --env values (VALUE may be env:OTHER or
file:PATH to keep a secret out of the manifest) and --inherit-env variables taken from the
firewall's environment. --sandbox writes a "sandbox" (README, "Sandboxed tool servers") with the
--writable and --readable paths, and the server is probed inside it. Over HTTPS the key the server
presents is pinned unless --no-pin.

Exit codes: 0 written, 1 the server failed or the file exists (--force overwrites), 2 usage or
configuration error.
`;

/**
 * `manifest init`: runs the server, lists everything, and writes a draft manifest with every
 * tool pinned at the highest clearance and marked for review. Exit 0 written, 1 the server
 * failed or the file exists, 2 usage or config error.
 */
export async function init(argv: string[], out: NodeJS.WritableStream, errors: NodeJS.WritableStream): Promise<number> {
  const args = parseArgs(argv, {
    usage: INIT_USAGE,
    values: ['--config', '--out', '--url', '--ca', '--cert', '--key', '--servername', '--cwd', '--sandbox'],
    booleans: ['--force', '--no-identity', '--no-pin', '--allow-insecure-loopback'],
    lists: ['--pin', '--header', '--env', '--inherit-env', '--writable', '--readable'],
  });
  const [id, command, ...commandArgs] = args.positional;
  const url = flagValue(args, '--url');
  if (!id) throw new UsageError('needs a server id');
  if (url === undefined && (!command || !argv.includes('--'))) throw new UsageError('needs -- and the command that starts the server, or --url');
  if (url !== undefined && command !== undefined) throw new UsageError('give either --url or -- and a command, not both');
  if (!SERVER_ID.test(id)) throw new UsageError(`server id "${id}" must be lowercase letters, digits and dashes, at most 32`);
  const config = parseConfig(configPath(flagValue(args, '--config')));
  const configDir = dirname(configPath(flagValue(args, '--config')));
  const file = resolve(flagValue(args, '--out') ?? join(resolve(configDir, config.manifests), `${id}.json`));
  if (existsSync(file) && !args.flags.has('--force')) {
    errors.write(`FAIL ${file} exists; pass --force to overwrite it, or use \`mcp-firewall manifest lock ${id}\` to re-pin it\n`);
    return 1;
  }
  if (url !== undefined) return initHttp(id, url, args, file, config, out, errors);
  if (!command) throw new UsageError('needs -- and the command that starts the server, or --url');
  let launchDraft;
  let sandbox;
  let launch;
  try {
    launchDraft = draftLaunch({ manifestFile: file, command, args: commandArgs, from: process.cwd(), cwd: flagValue(args, '--cwd'), env: args.lists.get('--env') ?? [], inheritEnv: args.lists.get('--inherit-env') ?? [], parentEnv: process.env });
    const probeLaunch = { command: launchDraft.command === 'node' ? process.execPath : launchDraft.command, ...launchDraft.probe };
    sandbox = draftSandbox({
      mode: flagValue(args, '--sandbox'),
      writable: args.lists.get('--writable') ?? [],
      readable: args.lists.get('--readable') ?? [],
      from: process.cwd(),
      manifestFile: file,
      command: launchDraft.command,
      launch: probeLaunch,
    });
    launch = { ...probeLaunch, sandbox: sandbox?.plan };
  } catch (err) {
    if (err instanceof LaunchDraftError) throw new UsageError(err.message);
    throw err;
  }
  const server: CompiledServer = { id, manifestFile: file, transport: 'stdio', launch, initTimeoutMs: 15_000, tools: new Map() };
  return draft(server, file, config, out, errors, (connection) => {
    const identity = args.flags.has('--no-identity') ? undefined : observeIdentity(identityFile(launchDraft.command, launch));
    return {
      id,
      transport: 'stdio',
      command: launchDraft.command,
      args: launchDraft.args,
      cwd: launchDraft.cwd,
      env: launchDraft.env,
      inheritEnv: launchDraft.inheritEnv,
      pins: serverPinValues(connection.inventory),
      ...(identity ? { identity: identity.package ? { package: identity.package } : { sha256: identity.sha256 } } : {}),
      ...(sandbox ? { sandbox: sandbox.document } : {}),
    };
  });
}

/** An HTTP server: probed over its URL with the TLS settings given; the key it presents is pinned unless --no-pin. */
async function initHttp(id: string, url: string, args: ParsedArgs, file: string, config: ConfigDocument, out: NodeJS.WritableStream, errors: NodeJS.WritableStream): Promise<number> {
  const { document, server } = httpDraftServer(id, url, args, file);
  return draft(server, file, config, out, errors, (connection) => {
    const facts = connection.linkReport()?.facts ?? {};
    for (const key of ['tls', 'cipher', 'subject', 'expires', 'pin']) if (facts[key]) out.write(`${key}: ${facts[key]}\n`);
    const tls = { ...((document.tls as Record<string, unknown> | undefined) ?? {}) };
    if (!tls.pins && facts.spki && !args.flags.has('--no-pin')) {
      tls.pins = [facts.spki];
      out.write(`pinned the server key ${facts.spki}; a certificate renewed with a new key needs a new pin (list both during the change)\n`);
    }
    return { ...document, ...(Object.keys(tls).length ? { tls } : {}), pins: serverPinValues(connection.inventory) };
  });
}

/** Probes the server, drafts every tool at the highest clearance and writes the manifest. */
async function draft(
  server: CompiledServer,
  file: string,
  config: ConfigDocument,
  out: NodeJS.WritableStream,
  errors: NodeJS.WritableStream,
  serverDocument: (connection: ServerConnection) => Record<string, unknown>,
): Promise<number> {
  const highest = config.clearanceLevels.at(-1)!;
  const scan = { flagThreshold: config.scan.flagThreshold ?? DEFAULT_FLAG_THRESHOLD, blockThreshold: config.scan.blockThreshold ?? DEFAULT_BLOCK_THRESHOLD, redactSecrets: true };
  let doc: Record<string, unknown>;
  let leftOut: DraftSelection['leftOut'] = [];
  try {
    doc = await probeServer(server, config.limits.maxMessageBytes, { scanDescriptions: false, scan }, async (connection) => {
      const selection = selectDraftTools(server.id, connection.announced);
      leftOut = selection.leftOut;
      const tools = Object.fromEntries(selection.keep.map((t) => [t.name as string, draftTool(t, highest)]));
      await printFindings(out, selection.keep, scan);
      return { $schema: relative(dirname(file), SCHEMA_FILE), server: serverDocument(connection), tools, ...draftItems(server.id, connection.inventory, highest) };
    });
  } catch (err) {
    if (err instanceof ProbeError) {
      errors.write(`FAIL ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  const count = Object.keys(doc.tools as object).length;
  const items = Object.keys((doc.prompts ?? {}) as object).length + Object.keys((doc.resources ?? {}) as object).length;
  out.write(`wrote ${file}: ${count} tool(s)${items ? ` and ${items} prompt(s) and resource(s)` : ''} pinned at clearance "${highest}", marked DRAFT for review\n`);
  if (leftOut.length) {
    out.write(`left out ${leftOut.length} tool(s) the firewall could not approve:\n`);
    for (const tool of leftOut) out.write(`  ${tool.name}: ${tool.reason}\n`);
  }
  out.write(`next: review clearance, capabilities and argument bounds; remove tools you do not approve; then \`${approveCommand(server.id, config.clearanceLevels)}\` and \`mcp-firewall check\`\n`);
  return 0;
}
