import { existsSync } from 'node:fs';
import { GENESIS_HASH, sha256Hex } from './record.js';
import { parseAuditLine } from './parse-line.js';
import { readLastLines } from './tail-lines.js';

export interface ChainPosition {
  /** What a new chain anchors to: the hash of the file's last line, or 64 zeros for an empty file. */
  prev: string;
  /** Set when the chain continues after a line that could not be parsed. */
  resumeNote?: 'unparsable-tail';
  /** The file ends mid-line: a newline must be written before the next record. */
  needsNewline: boolean;
}

/**
 * Where a writer opening `file` anchors its new chain, from the file's last line only.
 * A broken last line (a crash mid-write, an edit) is not repaired: the chain continues from
 * the hash of its raw text so the new records still link, and verify keeps reporting it.
 */
export function resumeChain(file: string): ChainPosition {
  if (!existsSync(file)) return { prev: GENESIS_HASH, needsNewline: false };
  const { lines, endsWithNewline } = readLastLines(file, 1);
  const last = lines.at(-1);
  if (last === undefined) return { prev: GENESIS_HASH, needsNewline: false };
  const needsNewline = !endsWithNewline;
  const parsed = parseAuditLine(last);
  if (parsed.ok) return { prev: parsed.record.hash, needsNewline };
  return { prev: sha256Hex(last), resumeNote: 'unparsable-tail', needsNewline };
}
