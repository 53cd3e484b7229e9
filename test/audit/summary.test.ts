import { describe, expect, it } from 'vitest';
import { renderSummary, summarizeRecords, type SummaryInput } from '../../src/audit/summary.js';

const records: SummaryInput[] = [
  { method: 'tools/call', exposed: 'web__fetch', decision: 'block', reason: 'SCAN_BLOCKED' },
  { method: 'tools/call', exposed: 'everything__echo', decision: 'allow', reason: 'ok' },
  { method: 'tools/list', decision: 'allow', reason: 'ok' },
  { method: 'tools/call', exposed: 'everything__echo', decision: 'allow', reason: 'ok' },
  { method: 'tools/call', exposed: 'everything__echo', decision: 'deny', reason: 'POLICY_DENIED' },
  { method: 'tools/call', exposed: 'web__fetch', decision: 'block', reason: 'SCAN_BLOCKED' },
];

describe('summarizeRecords', () => {
  it('counts per tool or method, decision and reason, with totals', () => {
    const summary = summarizeRecords(records);
    expect(summary.rows).toEqual([
      { target: 'everything__echo', decision: 'allow', reason: 'ok', count: 2 },
      { target: 'everything__echo', decision: 'deny', reason: 'POLICY_DENIED', count: 1 },
      { target: 'tools/list', decision: 'allow', reason: 'ok', count: 1 },
      { target: 'web__fetch', decision: 'block', reason: 'SCAN_BLOCKED', count: 2 },
    ]);
    expect({ ...summary.byDecision }).toEqual({ allow: 3, block: 2, deny: 1 });
    expect(summary.total).toBe(6);
  });

  it('renders a fixed-width table', () => {
    expect(renderSummary(summarizeRecords(records))).toBe(
      [
        'TOOL/METHOD       DECISION  REASON         COUNT',
        '----------------  --------  -------------  -----',
        'everything__echo  allow     ok                 2',
        'everything__echo  deny      POLICY_DENIED      1',
        'tools/list        allow     ok                 1',
        'web__fetch        block     SCAN_BLOCKED       2',
        '----------------  --------  -------------  -----',
        'TOTAL             allow                        3',
        'TOTAL             block                        2',
        'TOTAL             deny                         1',
        'TOTAL                                          6',
        '',
      ].join('\n'),
    );
  });

  it('renders an empty log as a zero total', () => {
    expect(renderSummary(summarizeRecords([]))).toMatch(/^TOTAL\s+0$/m);
  });
});
