import { safeText } from '../terminal-text.js';
import { parseAuditLine } from './parse-line.js';

// A damaged or forged line must not be able to rewrite the reader's terminal or reorder
// what it shows (escape sequences, bidi overrides): every field is escaped.
const show = safeText;

/** One readable line for `audit tail`: time, decision, reason, agent, target, duration, id. */
export function formatAuditLine(line: string): string {
  const parsed = parseAuditLine(line);
  if (!parsed.ok) return `[${parsed.reason}]`;
  const r = parsed.record;
  return [
    show(r.time),
    show(r.decision).padEnd(5),
    show(r.reason),
    `agent=${show(r.agent)}`,
    show(r.exposed ?? r.method),
    `${show(r.durationMs)}ms`,
    `id=${show(r.auditId)}`,
  ].join(' ');
}
