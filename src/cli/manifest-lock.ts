import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { DEFAULT_BLOCK_THRESHOLD, DEFAULT_FLAG_THRESHOLD, parseConfig } from '../config/load-config.js';
import { compileManifest, parseManifest } from '../config/load-manifest.js';
import { readJsonFile } from '../config/read-json.js';
import { flagValue, parseArgs, UsageError } from './args.js';
import { auditAdminChange } from './audit-admin.js';
import { configPath } from './config-path.js';
import { planLock, type LockPlan } from './manifest-lock-plan.js';
import { printFindings } from './manifest-report.js';
import { ProbeError, probeServer } from './manifest-probe.js';

export const LOCK_USAGE = `usage: mcp-firewall manifest lock [<server>] [--config FILE] [--yes]

Starts each server (or only <server>), shows how its live definitions differ from the pins in
its manifest, and re-pins after confirmation (--yes: without asking). Re-pinning removes a
manifest's signature.

Exit codes: 0 up to date or updated, 1 changes left pending or a server failed, 2 usage or
configuration error.
`;

/**
 * `manifest lock`: shows how each live definition differs from its pins (fields, and the new
 * text for review) and re-pins only on confirmation. Exit 0 up to date or updated, 1 changes
 * left pending or a server failed, 2 usage or config error.
 */
export async function lock(argv: string[], out: NodeJS.WritableStream, errors: NodeJS.WritableStream): Promise<number> {
  const args = parseArgs(argv, { usage: LOCK_USAGE, values: ['--config'], booleans: ['--yes'] });
  if (args.positional.length > 1) throw new UsageError('give at most one server id');
  const file = configPath(flagValue(args, '--config'));
  const config = parseConfig(file);
  const dir = resolve(dirname(file), config.manifests);
  const only = args.positional[0];
  const names = readdirSync(dir).filter((n) => n.endsWith('.json') && (!only || n === `${only}.json`)).sort();
  if (only && names.length === 0) throw new UsageError(`no manifest ${only}.json in ${dir}`);
  const ctx = { clearanceLevels: config.clearanceLevels, maxResultBytes: config.limits.maxResultBytes, defaultTimeoutMs: config.limits.defaultTimeoutMs, env: process.env };
  const scan = { flagThreshold: config.scan.flagThreshold ?? DEFAULT_FLAG_THRESHOLD, blockThreshold: config.scan.blockThreshold ?? DEFAULT_BLOCK_THRESHOLD, redactSecrets: true };
  let pending = 0;
  let failed = false;
  for (const name of names) {
    const manifestFile = join(dir, name);
    const doc = parseManifest(manifestFile);
    const server = compileManifest(manifestFile, doc, ctx);
    let plan: LockPlan;
    try {
      // The identity is compared, not enforced, here: lock exists to review and re-pin it.
      plan = await probeServer(server.transport === 'stdio' ? { ...server, identity: undefined } : server, config.limits.maxMessageBytes, { scanDescriptions: config.scan.scanDescriptions, scan }, async (connection) => {
        await printFindings(out, connection.announced.filter((t) => server.tools.has(t.name as string)), scan);
        return planLock(server, doc, connection);
      });
    } catch (err) {
      if (!(err instanceof ProbeError)) throw err;
      errors.write(`FAIL ${err.message}\n`);
      failed = true;
      continue;
    }
    out.write(`\nmanifest ${manifestFile}:\n${plan.report}`);
    if (plan.updates.length === 0) {
      out.write('  up to date\n');
      continue;
    }
    if (!(args.flags.has('--yes') || (await confirm(`Update ${plan.updates.length} pin(s) in ${name}?`)))) {
      pending += plan.updates.length;
      continue;
    }
    const raw = readJsonFile(manifestFile) as Record<string, any>;
    for (const update of plan.updates) update(raw);
    const wasSigned = raw.signature !== undefined;
    delete raw.signature;
    const text = `${JSON.stringify(raw, null, 2)}\n`;
    writeFileSync(manifestFile, text);
    out.write(`  updated ${plan.updates.length} pin(s)${wasSigned ? '; the signature was removed: re-sign with `mcp-firewall manifest sign`' : ''}\n`);
    const problem = await auditAdminChange(file, {
      command: 'manifest lock',
      target: server.id,
      details: { manifest: manifestFile, repinned: plan.pinned, signatureRemoved: wasSigned, manifestSha256: createHash('sha256').update(text).digest('hex') },
    });
    if (problem) {
      errors.write(`FAIL ${problem}\n`);
      failed = true;
    }
  }
  if (pending > 0) errors.write(`${pending} change(s) pending: review them above, then re-run with --yes to pin them\n`);
  return failed || pending > 0 ? 1 : 0;
}

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}
