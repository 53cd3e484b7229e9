import * as crypto from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import { keyedHash, type KeyedHash } from './keyed-hash.js';

export type Decision = 'allow' | 'deny' | 'block' | 'flag' | 'error';

export type DetailValue = string | number | boolean | string[] | number[];

/** What the pipeline knows about one exchange. Never raw arguments, results, tokens or secrets. */
export interface AuditEntry {
  auditId: string;        // random id, also shown to the host in error texts
  agent: string;
  session: string;
  method: string;         // e.g. 'tools/call', 'tools/list', 'initialize', 'session/start'
  exposed?: string;       // exposed tool name, e.g. 'everything__echo'
  server?: string;
  tool?: string;
  decision: Decision;
  reason: string;         // 'ok' or a FirewallError code such as 'POLICY_DENIED'
  rules?: string[];       // rule ids (policy rule ids or scanner rule ids)
  requestBytes?: number;
  responseBytes?: number;
  argsHash?: string;      // HMAC-SHA256 (per-install key) of the arguments' JSON
  resultHash?: string;    // HMAC-SHA256 (per-install key) of the result's JSON
  durationMs: number;
  details?: Record<string, DetailValue>;  // safe facts only: counts, scores, field names, hashes
}

export const AUDIT_RECORD_VERSION = 1;

/** `prev` of the first record of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** One line of the audit file: the entry plus its place in the hash chain. */
export interface AuditRecord extends AuditEntry {
  v: number;
  /** One writer's segment of the file. Several firewall processes may share a file; each keeps its own chain. */
  chain: string;
  seq: number;
  time: string;
  prev: string;
  /** Set when `hash` is an HMAC-SHA256 with the audit key of this id; absent: plain sha256. */
  keyId?: string;
  hash: string;
}

// crypto.hash (Node ≥ 20.12) is the one-shot form: about half the cost of createHash on a record.
const oneShotHash = typeof crypto.hash === 'function' ? crypto.hash : undefined;

export function sha256Hex(text: string): string {
  if (oneShotHash) return oneShotHash('sha256', text, 'hex');
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}


// One hasher per chain key (a writer keeps its key for its whole life).
const chainHashers = new WeakMap<Buffer, KeyedHash>();
function chainHasher(key: Buffer): KeyedHash {
  let hasher = chainHashers.get(key);
  if (!hasher) chainHashers.set(key, (hasher = keyedHash(key)));
  return hasher;
}

/**
 * Builds the exact line written for a record (without the newline). The line is the
 * canonical JSON of the record without `hash`, with `"hash"` appended last: the bytes that
 * were hashed are the bytes on disk, so writing costs one serialization and one hash.
 * With a chain key (the record then names its `keyId`), the hash is an HMAC-SHA256: without
 * the key nobody can recompute it, so a rewritten record cannot be made to verify.
 */
export function sealRecord(unsealed: Omit<AuditRecord, 'hash'>, chainKey?: Buffer): { line: string; hash: string } {
  const body = canonicalJson(unsealed);
  const hash = chainKey ? chainHasher(chainKey)(body) : sha256Hex(body);
  return { line: lineOf(body, hash), hash };
}

/** The on-disk form of a record body and its hash. */
export function lineOf(body: string, hash: string): string {
  return `${body.slice(0, -1)},"hash":"${hash}"}`;
}

/** sha256 of canonical JSON: equal JSON values hash equally whatever their key order. */
export function hashJson(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
