import type { AgentKeyDocument, ConfigDocument } from '../config/config-schema.js';
import { childPath } from '../config/json-path.js';
import { LoadError } from '../errors.js';
import type { EditOp } from '../admin/agent-json-splice.js';

/** What `agent key add|revoke` would change, decided on the parsed config before any file is touched. */

const DAY = 86_400_000;
export const DEFAULT_KEY_LIFETIME_DAYS = 90;

/** "now", an ISO 8601 date or time, or a span from now such as "90d", "12h", "30m". */
export function parseWhen(text: string, now: number, flag: string): number {
  if (text === 'now') return now;
  const span = /^(\d{1,6})([dhm])$/.exec(text);
  if (span) return now + Number(span[1]) * { d: DAY, h: 3_600_000, m: 60_000 }[span[2] as 'd' | 'h' | 'm'];
  const at = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(at)) throw new LoadError('(command line)', flag, `"${text}" is not a time`, 'use an ISO 8601 date or time (2027-01-31, 2027-01-31T12:00:00Z), a span such as 90d, 12h or 30m, or "now"');
  return at;
}

export function planKeyAdd(
  file: string,
  doc: ConfigDocument,
  agentId: string,
  key: { id: string; sha256: string },
  window: { notBefore: number; expires: number },
  description: string | undefined,
): { ops: EditOp[]; entry: AgentKeyDocument } {
  const agent = Object.hasOwn(doc.agents, agentId) ? doc.agents[agentId] : undefined;
  if (!agent) {
    throw new LoadError(file, childPath('$', 'agents', agentId), `agent ${JSON.stringify(agentId)} is not defined`, `use one of: ${Object.keys(doc.agents).join(', ') || '(no agents yet)'}`);
  }
  if (window.expires <= Date.now()) throw new LoadError(file, childPath('$', 'agents', agentId, 'keys'), 'the key would already be expired', 'give --expires a future time, e.g. 90d');
  if (!(window.expires > window.notBefore)) throw new LoadError(file, childPath('$', 'agents', agentId, 'keys'), 'the key would expire before it becomes valid', 'give --expires a time after --not-before');
  const entry: AgentKeyDocument = {
    id: key.id,
    sha256: key.sha256,
    notBefore: new Date(window.notBefore).toISOString(),
    expires: new Date(window.expires).toISOString(),
    ...(description === undefined ? {} : { description }),
  };
  return { ops: [{ path: ['agents', agentId, 'keys'], value: [...agent.keys, entry] }], entry };
}

export function planKeyRevoke(file: string, doc: ConfigDocument, keyId: string): { ops: EditOp[]; agentId: string } {
  for (const [agentId, agent] of Object.entries(doc.agents)) {
    if (!agent.keys.some((k) => k.id === keyId)) continue;
    return { ops: [{ path: ['agents', agentId, 'keys'], value: agent.keys.filter((k) => k.id !== keyId) }], agentId };
  }
  throw new LoadError(file, '$.agents', `no agent has a key with id ${JSON.stringify(keyId)}`, 'list the keys with `mcp-firewall agent key list`');
}

export function keyStatus(key: AgentKeyDocument, now: number): 'valid' | 'expired' | 'not yet valid' {
  if (now < Date.parse(key.notBefore)) return 'not yet valid';
  if (now >= Date.parse(key.expires)) return 'expired';
  return 'valid';
}
