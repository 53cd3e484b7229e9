import { userInfo } from 'node:os';
import type { AuditPolicy } from '../config/types.js';
import { randomId } from '../random-id.js';
import type { DetailValue } from './record.js';
import { openAuditWriter } from './writer.js';

/**
 * An admin change (an agent's access, a manifest's pins or signature, a key) as one audit
 * record in the configured log, so the log shows when the policy in force changed and how.
 * Details are safe facts only: ids, field names, capability names, tool names, hashes.
 * Never secrets, key material or file contents.
 */
export interface AdminChange {
  /** The command, e.g. "agent set", "manifest lock", "agent key add". */
  command: string;
  /** What it changed: an agent id, a manifest's server id. */
  target: string;
  details: Record<string, DetailValue>;
}

/**
 * Appends the record as its own chain segment (an admin command is a short-lived writer),
 * keyed and checkpointed like serve's records. Throws when it cannot be written.
 */
export async function recordAdminChange(audit: AuditPolicy, change: AdminChange): Promise<void> {
  const writer = openAuditWriter(audit.file, { key: audit.key, checkpointEvery: audit.checkpointEvery });
  try {
    writer.write({
      auditId: randomId(12),
      agent: '-',
      session: '-',
      method: `admin/${change.command.trim().replace(/\s+/g, '-')}`,
      decision: 'allow',
      reason: 'ok',
      durationMs: 0,
      details: { target: change.target, user: osUser(), ...change.details },
    });
  } finally {
    await writer.close();
  }
}

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return String(process.getuid?.() ?? 'unknown');
  }
}
