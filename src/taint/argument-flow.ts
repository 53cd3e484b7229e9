import { forEachArgumentString } from '../pipeline/argument-strings.js';
import type { SessionTaint } from './session-taint.js';

/**
 * The argument flow check: which string arguments of an outbound call repeat passages of
 * private text the session has read. Only paths and counts come out, never text.
 */

/** Matching shingles a string needs before it counts as carrying private content: 3 shingles are 10 words in a row. */
export const MIN_MATCHED_SHINGLES = 3;
const MAX_STRINGS = 10_000;

export interface FlowFinding {
  /** Like `body` or `attachments[0].text`. */
  path: string;
  matched: number;
  total: number;
}

export interface ArgumentFlow {
  findings: FlowFinding[];
  /** Matching shingles over all string arguments. */
  matched: number;
}

export function privateFlowOf(taint: SessionTaint, args: Record<string, unknown>): ArgumentFlow {
  const findings: FlowFinding[] = [];
  let matched = 0;
  let left = MAX_STRINGS;
  forEachArgumentString(args, safeKey, (value, path) => {
    left -= 1;
    const overlap = taint.privateOverlap(value);
    matched += overlap.matched;
    if (overlap.matched >= MIN_MATCHED_SHINGLES) findings.push({ path, ...overlap });
    return left > 0;
  });
  return { findings, matched };
}

/** `body: 45 of 52 passages` for the audit; paths only, no text. */
export function flowLines(flow: ArgumentFlow): string[] {
  return flow.findings.slice(0, 10).map((f) => `${f.path}: ${f.matched} of ${f.total} passages`);
}

/**
 * Argument names shown to the user must not be a channel for model-written text: plain names
 * are shown as they are, anything else as a placeholder.
 */
export function safeKey(key: string): string {
  return /^[A-Za-z0-9_.-]{1,40}$/.test(key) ? key : '(a name with other characters)';
}
