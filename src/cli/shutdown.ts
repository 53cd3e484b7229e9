import { FirewallError } from '../errors.js';
import type { AuditWriter } from '../audit/writer.js';
import type { Firewall } from '../upstream/firewall.js';
import { newAuditId } from '../upstream/audit-id.js';
import type { Session } from '../upstream/session.js';

/** How long calls in flight get to be answered and audited before the children are stopped anyway. */
const DRAIN_MS = 5000;

/**
 * The one way a running firewall ends (SIGTERM, SIGINT, the host hanging up, the front door
 * stopping). Order matters, so nothing is lost:
 *  1. every call in flight fails with SHUTTING_DOWN: answered while the host is still there,
 *     and audited either way;
 *  2. the tool servers are stopped, each with its whole process group (stdin end, SIGTERM, SIGKILL);
 *  3. a `firewall/stop` record closes the run, the audit file is fsync'd and closed.
 */
export async function shutDown(
  firewall: Firewall,
  audit: AuditWriter,
  sessions: Iterable<Session>,
  why: string,
  /** Closes the host side (the front door) once the calls are answered, while the audit is still open. */
  closeHosts: () => Promise<void> = async () => undefined,
): Promise<void> {
  const started = performance.now();
  const reason = new FirewallError('SHUTTING_DOWN', undefined, { shutdown: why });
  const draining = [...sessions];
  let timer: NodeJS.Timeout | undefined;
  const drained = await Promise.race([
    Promise.all(draining.map((session) => session.drain(reason))).then(() => true),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), DRAIN_MS))),
  ]);
  clearTimeout(timer);
  for (const session of draining) session.close();
  await closeHosts();
  await firewall.close();
  firewall.record({
    auditId: newAuditId(),
    agent: '-',
    session: '-',
    method: 'firewall/stop',
    decision: 'allow',
    reason: 'ok',
    durationMs: Math.round(performance.now() - started),
    details: { why, drained },
  });
  try {
    audit.flush();
  } catch {
    // A failed fsync loses nothing that write(2) already handed to the kernel; close still runs.
  }
  await audit.close();
}
