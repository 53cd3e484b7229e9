import { unwatchFile, watchFile, type Stats } from 'node:fs';
import { compileAgentKeys } from '../config/http-config.js';
import { parseConfig } from '../config/load-config.js';
import { LoadError } from '../errors.js';
import type { KeyRing } from './agent-keys.js';
import { newAuditId } from './audit-id.js';
import type { Firewall } from './firewall.js';

/** How often the config's modification time is checked: a revoked key stops working within this. */
export const KEY_RELOAD_INTERVAL_MS = 500;

/**
 * Keeps a running front door's keys in step with the config, so `agent key add` and
 * `agent key revoke` take effect without a restart (which would drop every session). Only keys
 * are reloaded; agents, clearances and manifests change on restart. Keys of agents the running
 * policy does not know are ignored. A config that no longer loads keeps the last good keys and
 * is reported loudly: an admin's typo must not lock every agent out.
 */
export function watchAgentKeys(firewall: Firewall, ring: KeyRing): () => void {
  const file = firewall.policy.configFile;
  const onChange = (current: Stats, previous: Stats): void => {
    if (current.mtimeMs === previous.mtimeMs && current.size === previous.size && current.ino === previous.ino) return;
    try {
      const keys = compileAgentKeys(file, parseConfig(file)).filter((k) => firewall.policy.agents.has(k.agent));
      const before = ring.size;
      ring.replace(keys);
      firewall.log.info({ event: 'keys-reloaded', keys: keys.length }, `agent keys reloaded (${before} -> ${keys.length})`);
      firewall.record({ auditId: newAuditId(), agent: '-', session: '-', method: 'http/keys-reload', decision: 'allow', reason: 'ok', durationMs: 0, details: { keys: keys.length } });
    } catch (err) {
      const problem = err instanceof LoadError ? err.message : 'the config cannot be read';
      firewall.log.error({ event: 'keys-reload-failed' }, `agent keys NOT reloaded, the previous keys stay in force: ${problem}`);
      firewall.record({ auditId: newAuditId(), agent: '-', session: '-', method: 'http/keys-reload', decision: 'error', reason: 'CONFIG_INVALID', durationMs: 0 });
    }
  };
  watchFile(file, { interval: KEY_RELOAD_INTERVAL_MS, persistent: false }, onChange);
  return () => unwatchFile(file, onChange);
}
