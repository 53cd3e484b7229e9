import { recordAdminChange, type AdminChange } from '../audit/admin-record.js';
import { compileAuditSettings } from '../config/audit-settings.js';
import { parseConfig } from '../config/load-config.js';

export type { AdminChange } from '../audit/admin-record.js';

/**
 * For admin commands: appends `change` to the audit log that `configFile` configures (its
 * file, key and checkpoint interval). Call it after the change is made. Returns the problem
 * as text when the record could not be written (the command then reports it and exits 1),
 * or undefined when it was.
 */
export async function auditAdminChange(configFile: string, change: AdminChange): Promise<string | undefined> {
  try {
    await recordAdminChange(compileAuditSettings(configFile, parseConfig(configFile)), change);
    return undefined;
  } catch (err) {
    return `the change was made, but its audit record could not be written: ${(err as Error).message}`;
  }
}
