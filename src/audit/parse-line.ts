import type { AuditRecord } from './record.js';

const HEX64 = /^[0-9a-f]{64}$/;

export type ParsedLine = { ok: true; record: AuditRecord } | { ok: false; reason: string };

/**
 * Parses one audit line and checks the chain fields are present and well-formed. It does not
 * check the hash: verify does that; tail and summary only need a readable record.
 */
export function parseAuditLine(line: string): ParsedLine {
  if (line.length === 0) return { ok: false, reason: 'empty line' };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'unparsable line: not valid JSON (truncated or corrupted)' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'unparsable line: not a JSON object' };
  }
  const record = value as Partial<Record<keyof AuditRecord, unknown>>;
  if (typeof record.chain !== 'string' || !/^[A-Za-z0-9_-]{1,32}$/.test(record.chain)) {
    return { ok: false, reason: 'chain is missing or malformed' };
  }
  if (!Number.isSafeInteger(record.seq)) return { ok: false, reason: 'seq is missing or not an integer' };
  if (typeof record.prev !== 'string' || !HEX64.test(record.prev)) {
    return { ok: false, reason: 'prev is missing or not a sha256 hex digest' };
  }
  if (typeof record.hash !== 'string' || !HEX64.test(record.hash)) {
    return { ok: false, reason: 'hash is missing or not a sha256 hex digest' };
  }
  return { ok: true, record: value as AuditRecord };
}
