import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { approveCommand } from '../admin/drafts.js';
import { planApprove } from '../admin/manifest-approve.js';
import { writeFileAtomic } from '../admin/write-atomic.js';
import { detectIndent } from '../config/edit-config.js';
import { DEFAULT_BLOCK_THRESHOLD, DEFAULT_FLAG_THRESHOLD, parseConfig } from '../config/load-config.js';
import { compileManifest, parseManifest } from '../config/load-manifest.js';
import { LoadError } from '../errors.js';
import { flagValue, parseArgs, UsageError } from './args.js';
import { auditAdminChange } from './audit-admin.js';
import { configPath } from './config-path.js';
import { ProbeError, probeServer } from './manifest-probe.js';

export const APPROVE_USAGE = `usage: mcp-firewall manifest approve <server> --clearance LEVEL [--tool T …] [--cap CAPABILITY … | --no-caps] [--config FILE] [--dry-run]

Approves the DRAFT tools of a manifest written by manifest init: sets their clearance (and with
--cap the capabilities an agent needs to call them; --no-caps: none), for the tools named by
--tool or all of them, and drops their DRAFT note. Every pin is first verified against the
running server. The manifest is written atomically (--dry-run: show the change only) and the
approval is recorded in the audit log. serve refuses a manifest while any tool is a draft.

Exit codes: 0 approved (or dry run), 1 a pin or the server no longer matches (nothing written)
or the audit record could not be written, 2 usage or configuration error.
`;

/**
 * `manifest approve`: sets the clearance (and, with --cap, the capabilities) of the chosen
 * tools (all without --tool), drops their DRAFT note, re-verifies every pin against the running
 * server, then writes the manifest atomically and audits the change. Exit 0 approved, 1 a pin
 * or the server's identity no longer matches (nothing written), 2 usage or load error.
 */
export async function approve(argv: string[], out: NodeJS.WritableStream, errors: NodeJS.WritableStream): Promise<number> {
  const args = parseArgs(argv, { usage: APPROVE_USAGE, values: ['--config', '--clearance'], booleans: ['--dry-run', '--no-caps'], lists: ['--tool', '--cap'] });
  const tools = args.lists.get('--tool') ?? [];
  const caps = args.lists.get('--cap') ?? [];
  const [id, ...extra] = args.positional;
  if (!id || extra.length) throw new UsageError(id ? `unexpected argument ${JSON.stringify(extra[0])}` : 'missing <server>');
  const clearance = flagValue(args, '--clearance');
  if (clearance === undefined) throw new UsageError('--clearance is required');
  if (caps.length && args.flags.has('--no-caps')) throw new UsageError('--cap and --no-caps exclude each other');
  const configFile = resolve(configPath(flagValue(args, '--config')));
  const config = parseConfig(configFile);
  const manifestFile = join(resolve(dirname(configFile), config.manifests), `${id}.json`);
  if (!existsSync(manifestFile)) {
    throw new LoadError(manifestFile, '$', `there is no manifest for server "${id}"`, `write a draft first: mcp-firewall manifest init ${id} -- <command> [args…]`);
  }
  const text = readFileSync(manifestFile, 'utf8');
  const raw = parseManifest(manifestFile, JSON.parse(text)) && (JSON.parse(text) as Record<string, any>);
  const capabilities = args.flags.has('--no-caps') ? [] : caps.length ? caps : undefined;
  const plan = planApprove(manifestFile, raw, config.clearanceLevels, { tools, clearance, capabilities });
  const ctx = { clearanceLevels: config.clearanceLevels, maxResultBytes: config.limits.maxResultBytes, defaultTimeoutMs: config.limits.defaultTimeoutMs, env: process.env };
  const server = compileManifest(manifestFile, parseManifest(manifestFile, plan.doc), ctx);
  const scan = { flagThreshold: config.scan.flagThreshold ?? DEFAULT_FLAG_THRESHOLD, blockThreshold: config.scan.blockThreshold ?? DEFAULT_BLOCK_THRESHOLD, redactSecrets: true };
  let broken: string[];
  try {
    broken = await probeServer(server, config.limits.maxMessageBytes, { scanDescriptions: config.scan.scanDescriptions, scan }, (connection) => {
      if (connection.quarantined.length) return [`server: ${connection.quarantined.join(', ')} changed since it was pinned`];
      return [...server.tools.keys()].flatMap((name) => {
        const state = connection.toolState(name);
        if (state.state === 'ok') return [];
        if (state.state === 'pin-mismatch') return [`${name}: changed since it was pinned (${state.changedFields.join(', ')})`];
        if (state.state === 'missing') return [`${name}: the server no longer offers it`];
        if (state.state === 'poisoned') return [`${name}: its description carries hidden or injected instructions (${state.rules.join(', ')})`];
        return [`${name}: the server also offers a duplicate or look-alike name (${state.names.join(', ')})`];
      });
    });
  } catch (err) {
    if (!(err instanceof ProbeError)) throw err;
    errors.write(`FAIL ${err.message}; nothing was approved\n`);
    return 1;
  }
  if (broken.length) {
    errors.write(`FAIL ${manifestFile}: the pins no longer match what runs; nothing was approved:\n${broken.map((b) => `  ${b}\n`).join('')}`);
    errors.write(`Fix: review the changes with \`mcp-firewall manifest lock ${id}\` (or delete the tool from the manifest), then approve again\n`);
    return 1;
  }
  const indent = detectIndent(text) || '  ';
  const next = `${JSON.stringify(plan.doc, null, indent)}\n`;
  out.write(`${manifestFile}:\n${plan.changes.map((c) => `  ${c}\n`).join('')}  every pin verified against the running server\n`);
  if (plan.signatureRemoved) out.write('  the signature no longer matches and was removed: sign the manifest again with `mcp-firewall manifest sign`\n');
  if (args.flags.has('--dry-run')) {
    out.write(`dry run: the approval is valid; ${manifestFile} was not changed\n`);
    return 0;
  }
  writeFileAtomic(manifestFile, next);
  out.write(`approved ${plan.approved.length} tool(s) in ${manifestFile}\n`);
  if (plan.stillDraft.length) out.write(`still DRAFT (serve refuses the manifest until these are approved too): ${plan.stillDraft.join(', ')}; \`${approveCommand(id, config.clearanceLevels)} --tool …\`\n`);
  const problem = await auditAdminChange(configFile, {
    command: 'manifest approve',
    target: id,
    details: { manifest: manifestFile, tools: plan.approved, clearance, capabilities: capabilities ?? 'unchanged', stillDraft: plan.stillDraft, signatureRemoved: plan.signatureRemoved, manifestSha256: createHash('sha256').update(next).digest('hex') },
  });
  if (problem) {
    errors.write(`FAIL ${problem}\n`);
    return 1;
  }
  return 0;
}
