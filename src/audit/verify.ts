import { parseAuditLine } from './parse-line.js';
import { readFileLines } from './read-lines.js';
import { GENESIS_HASH, sealRecord } from './record.js';

export type VerifyResult =
  | { ok: true; records: number }
  | { ok: false; line: number; reason: string; records: number };

/**
 * What verification has seen so far. Each writer (one per firewall process) appends its own
 * chain segment: within a segment, seq counts up from 1 and prev links every record to the one
 * before it; a segment's first record anchors to a line earlier in the file (or to 64 zeros
 * when the file was empty), so whole segments cannot be dropped or moved unnoticed either.
 */
interface ChainState {
  chains: Map<string, { seq: number; hash: string; line: number }>;
  /** 16-hex-digit prefixes of every verified hash: enough to recognise an anchor, at a fraction of the memory. */
  seen: Set<string>;
  anchored: boolean;
}

function newState(): ChainState {
  return { chains: new Map(), seen: new Set(), anchored: false };
}

/**
 * Walks the file line by line and stops at the first break; `records` counts the lines that
 * verified before it. A trailing empty string (text split after its final newline) is not a line.
 */
export function verifyAuditLines(lines: string[]): VerifyResult {
  const count = lines.length > 0 && lines.at(-1) === '' ? lines.length - 1 : lines.length;
  const state = newState();
  for (let index = 0; index < count; index += 1) {
    const problem = checkLine(lines[index] ?? '', index + 1, state);
    if (problem) return { ok: false, line: index + 1, reason: problem, records: index };
  }
  return { ok: true, records: count };
}

/** Same checks, streamed. A last line without a newline was cut off mid-write: the writer ends every record with one. */
export async function verifyAuditFile(file: string): Promise<VerifyResult> {
  const state = newState();
  let lineNo = 0;
  for await (const { text, terminated } of readFileLines(file)) {
    lineNo += 1;
    const problem = checkLine(text, lineNo, state);
    if (problem) return { ok: false, line: lineNo, reason: problem, records: lineNo - 1 };
    if (!terminated) {
      return { ok: false, line: lineNo, reason: 'the last line has no newline: the file was truncated mid-record', records: lineNo - 1 };
    }
  }
  return { ok: true, records: lineNo };
}

/** Returns why line `lineNo` breaks the chain, or undefined after recording its link. */
function checkLine(text: string, lineNo: number, state: ChainState): string | undefined {
  const parsed = parseAuditLine(text);
  if (!parsed.ok) return parsed.reason;
  const { hash, ...unsealed } = parsed.record;
  const sealed = sealRecord(unsealed);
  if (sealed.hash !== hash) return 'hash mismatch: the record was edited';
  // Same content but different bytes (reformatted, keys moved): still not what was written.
  if (sealed.line !== text) return 'line is not in the form the writer wrote: the record was reformatted';
  const { chain, seq, prev } = parsed.record;
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

function record(state: ChainState, chain: string, seq: number, hash: string, line: number): undefined {
  state.chains.set(chain, { seq, hash, line });
  state.seen.add(hash.slice(0, 16));
  return undefined;
}
