import { safeText } from '../terminal-text.js';
import type { AuditRecord } from './record.js';

export type SummaryInput = Pick<AuditRecord, 'method' | 'decision' | 'reason'> & { exposed?: string };

export interface SummaryRow {
  /** The exposed tool name, or the method for exchanges without a tool (tools/list, initialize). */
  target: string;
  decision: string;
  reason: string;
  count: number;
}

export interface AuditSummary {
  rows: SummaryRow[];
  /** Records per decision, keys in sorted order. */
  byDecision: Record<string, number>;
  total: number;
}

/** Counts records per (tool or method) × decision × reason. Pure: the caller reads the file. */
export function summarizeRecords(records: Iterable<SummaryInput>): AuditSummary {
  const counter = createSummaryCounter();
  for (const record of records) counter.add(record);
  return counter.result();
}

/** The same count one record at a time, so a large log is summarized while it streams. */
export function createSummaryCounter(): { add(record: SummaryInput): void; result(): AuditSummary } {
  const counts = new Map<string, SummaryRow>();
  let total = 0;
  return {
    add(record) {
      // String(): records come from a file and a damaged one may hold anything.
      const target = String(record.exposed ?? record.method);
      const decision = String(record.decision);
      const reason = String(record.reason);
      const key = JSON.stringify([target, decision, reason]);
      const row = counts.get(key) ?? { target, decision, reason, count: 0 };
      row.count += 1;
      counts.set(key, row);
      total += 1;
    },
    result() {
      const rows = [...counts.values()].map((row) => ({ ...row })).sort(
        (a, b) => compare(a.target, b.target) || compare(a.decision, b.decision) || compare(a.reason, b.reason),
      );
      // No prototype: a decision read from a damaged file could be "__proto__".
      const byDecision = Object.create(null) as Record<string, number>;
      for (const row of [...rows].sort((a, b) => compare(a.decision, b.decision))) {
        byDecision[row.decision] = (byDecision[row.decision] ?? 0) + row.count;
      }
      return { rows, byDecision, total };
    },
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Fixed-width text table: one row per combination, then a total per decision and overall. */
export function renderSummary(summary: AuditSummary): string {
  const header = ['TOOL/METHOD', 'DECISION', 'REASON', 'COUNT'];
  // Names come from the log (a host can call any tool name): escaped before widths are measured.
  const body = summary.rows.map((row) => [safeText(row.target), safeText(row.decision), safeText(row.reason), String(row.count)]);
  const totals = Object.entries(summary.byDecision).map(([decision, count]) => ['TOTAL', safeText(decision), '', String(count)]);
  totals.push(['TOTAL', '', '', String(summary.total)]);
  const table = [header, ...body, ...totals];
  const widths = header.map((_, column) => Math.max(...table.map((cells) => (cells[column] ?? '').length)));
  const format = (cells: string[]): string =>
    cells
      .map((cell, column) => (column === 3 ? cell.padStart(widths[3] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [format(header), rule, ...body.map(format), rule, ...totals.map(format)].join('\n') + '\n';
}
