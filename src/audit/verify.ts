import type { AuditKey } from './audit-key.js';
import { canonicalJson } from './canonical-json.js';
import { readCheckpoint, type ChainCheckpoint } from './checkpoint.js';
import { parseAuditLine } from './parse-line.js';
import { readFileLines } from './read-lines.js';
import { GENESIS_HASH, lineOf, sealRecord } from './record.js';

export type VerifyResult =
  | { ok: true; records: number; keyed?: number; unauthenticated?: number; checkpoint?: { chains: number; time: string } }
  | { ok: false; line: number | 'end'; reason: string; records: number };

/**
 * What verification has seen so far. Each writer (one per firewall process) appends its own
 * chain segment: within a segment, seq counts up from 1 and prev links every record to the one
 * before it; a segment's first record anchors to a line earlier in the file (or to 64 zeros
 * when the file was empty), so whole segments cannot be dropped or moved unnoticed either.
 * With a key, every record's hash must be the HMAC under that key, and the signed checkpoint
 * names records that must still be there (the end of each chain, as last checkpointed).
 */
interface ChainState {
  chains: Map<string, { seq: number; hash: string; line: number }>;
  /** 16-hex-digit prefixes of every verified hash: enough to recognise an anchor, at a fraction of the memory. */
  seen: Set<string>;
  anchored: boolean;
  key: AuditKey | undefined;
  keyed: number;
  unauthenticated: number;
  /** From the checkpoint: the record each chain must contain. */
  expected: Map<string, ChainCheckpoint>;
}

export interface VerifyOptions {
  /** Authenticates keyed records and checks the signed checkpoint. */
  key?: AuditKey | undefined;
}

function newState(key: AuditKey | undefined): ChainState {
  return { chains: new Map(), seen: new Set(), anchored: false, key, keyed: 0, unauthenticated: 0, expected: new Map() };
}

/**
 * Walks the lines and stops at the first break; `records` counts the lines that verified
 * before it. A trailing empty string (text split after its final newline) is not a line.
 * The checkpoint is a file's: use verifyAuditFile for it.
 */
export function verifyAuditLines(lines: string[], options: VerifyOptions = {}): VerifyResult {
  const count = lines.length > 0 && lines.at(-1) === '' ? lines.length - 1 : lines.length;
  const state = newState(options.key);
  for (let index = 0; index < count; index += 1) {
    const problem = checkLine(lines[index] ?? '', index + 1, state);
    if (problem) return { ok: false, line: index + 1, reason: problem, records: index };
  }
  return { ok: true, records: count, ...counts(state) };
}

/** Same checks, streamed. A last line without a newline was cut off mid-write: the writer ends every record with one. */
export async function verifyAuditFile(file: string, options: VerifyOptions = {}): Promise<VerifyResult> {
  const state = newState(options.key);
  let checkpoint: { chains: number; time: string } | undefined;
  if (options.key) {
    const read = readCheckpoint(file, options.key);
    if (read.status === 'invalid') return { ok: false, line: 'end', reason: `the checkpoint file ${file}.checkpoint does not verify: ${read.reason}`, records: 0 };
    if (read.status === 'ok') {
      for (const [chain, entry] of Object.entries(read.document.chains)) state.expected.set(chain, entry);
      checkpoint = { chains: state.expected.size, time: read.document.time };
    }
  }
  let lineNo = 0;
  for await (const { text, terminated } of readFileLines(file)) {
    lineNo += 1;
    const problem = checkLine(text, lineNo, state);
    if (problem) return { ok: false, line: lineNo, reason: problem, records: lineNo - 1 };
    if (!terminated) {
      return { ok: false, line: lineNo, reason: 'the last line has no newline: the file was truncated mid-record', records: lineNo - 1 };
    }
  }
  if (options.key) {
    if (!checkpoint && lineNo > 0) {
      return { ok: false, line: 'end', reason: `no checkpoint file (${file}.checkpoint): a keyed log always has one, so it was deleted and the end of the log cannot be vouched for`, records: lineNo };
    }
    const missing = missingCheckpointed(state);
    if (missing) return { ok: false, line: 'end', reason: missing, records: lineNo };
  }
  return { ok: true, records: lineNo, ...counts(state), ...(checkpoint ? { checkpoint } : {}) };
}

/** Keyed-record counts, present only for logs that have keyed records. */
function counts(state: ChainState): { keyed?: number; unauthenticated?: number } {
  if (state.keyed === 0) return {};
  return { keyed: state.keyed, ...(state.unauthenticated > 0 ? { unauthenticated: state.unauthenticated } : {}) };
}

/** A checkpointed chain that ends before its checkpointed record was cut or deleted. */
function missingCheckpointed(state: ChainState): string | undefined {
  for (const [chain, entry] of state.expected) {
    const seen = state.chains.get(chain);
    if (!seen) return `chain ${chain} is missing: the checkpoint of ${entry.time} records ${entry.seq} record(s) in it; the whole segment was deleted`;
    return `chain ${chain} ends at seq ${seen.seq} (line ${seen.line}) but the checkpoint of ${entry.time} records seq ${entry.seq}: records were cut from its end`;
  }
  return undefined;
}

/** Returns why line `lineNo` breaks the chain, or undefined after recording its link. */
function checkLine(text: string, lineNo: number, state: ChainState): string | undefined {
  const parsed = parseAuditLine(text);
  if (!parsed.ok) return parsed.reason;
  const problem = checkSeal(text, parsed.record, state);
  if (problem) return problem;
  const { chain, seq, prev, hash } = parsed.record;
  const previous = state.chains.get(chain);
  if (previous === undefined) {
    if (seq !== 1) return `chain ${chain} starts at seq ${seq}, not 1: its first records were removed`;
    if (prev === GENESIS_HASH) {
      if (lineNo === 1 || !state.anchored) return record(state, chain, seq, hash, lineNo);
      return 'a chain starts from nothing after anchored records: records before it were removed';
    }
    if (lineNo === 1) return 'the first line does not start from an empty file (prev is not 64 zeros): records before it were removed';
    if (!state.seen.has(prev.slice(0, 16))) return `chain ${chain} is anchored to a record that is not earlier in the file: records were removed or reordered`;
    state.anchored = true;
    return record(state, chain, seq, hash, lineNo);
  }
  if (seq > previous.seq + 1) return `seq jumps from ${previous.seq} to ${seq}: a record was deleted or moved`;
  if (seq <= previous.seq) return `seq goes back from ${previous.seq} to ${seq}: records were reordered or duplicated`;
  if (prev !== previous.hash) return `prev does not match line ${previous.line}'s hash: a record was deleted or reordered`;
  return record(state, chain, seq, hash, lineNo);
}

/** The record's own hash: sha256, or with a key the HMAC; keyed records without the key are checked for form only. */
function checkSeal(text: string, record: { hash: string; keyId?: unknown }, state: ChainState): string | undefined {
  const { hash, ...unsealed } = record as Parameters<typeof sealRecord>[0] & { hash: string };
  const keyId = record.keyId;
  if (keyId !== undefined && (typeof keyId !== 'string' || !/^[0-9a-f]{16}$/.test(keyId))) return 'keyId is malformed';
  if (state.key) {
    if (keyId === undefined) return 'the record is not keyed: it was written without audit.key, or rewritten by someone without the key';
    if (keyId !== state.key.id) return `the record is keyed with another key (id ${keyId}; the key given is ${state.key.id})`;
  }
  if (keyId !== undefined && !state.key) {
    state.keyed += 1;
    state.unauthenticated += 1;
    // Without the key the HMAC cannot be recomputed; the line must still be in the writer's form.
    return lineOf(canonicalJson(unsealed), hash) === text ? undefined : 'line is not in the form the writer wrote: the record was reformatted';
  }
  if (keyId !== undefined) state.keyed += 1;
  const sealed = sealRecord(unsealed, keyId !== undefined ? state.key!.chain : undefined);
  if (sealed.hash !== hash) return keyId !== undefined ? 'HMAC mismatch: the record was edited or forged without the key' : 'hash mismatch: the record was edited';
  // Same content but different bytes (reformatted, keys moved): still not what was written.
  if (sealed.line !== text) return 'line is not in the form the writer wrote: the record was reformatted';
  return undefined;
}

/** Remembers a verified link; a checkpointed record whose hash differs is the one thing it refuses. */
function record(state: ChainState, chain: string, seq: number, hash: string, line: number): string | undefined {
  const expected = state.expected.get(chain);
  if (expected && seq === expected.seq) {
    if (expected.hash !== hash) return `checkpointed record seq ${seq} of chain ${chain} has another hash than the checkpoint: the chain was rewritten`;
    state.expected.delete(chain);
  }
  state.chains.set(chain, { seq, hash, line });
  state.seen.add(hash.slice(0, 16));
  return undefined;
}
