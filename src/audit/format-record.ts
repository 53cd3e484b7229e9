import { parseAuditLine } from './parse-line.js';

// C0/C1 controls (ESC starts terminal escape sequences): a damaged or forged line must not
// be able to rewrite the reader's terminal.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

function show(value: unknown): string {
  return (value === undefined || value === null ? '-' : String(value)).replace(CONTROL, '?');
}

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
