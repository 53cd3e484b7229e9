import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '../../src/audit/record.js';
import type { FirewallPolicy } from '../../src/config/types.js';
import { DEFAULT_SCAN_POLICY } from '../../src/scan/index.js';
import { LOG_BURST, LOG_PER_SECOND, MAX_LOG_CHARS, ServerLogs, type LogDelivery, type LogLevel } from '../../src/upstream/server-logs.js';

/** Tool-server log messages, prepared once for every session: capped, named, scanned, wrapped. */

const policy = {
  delimiter: 'xml',
  scan: { ...DEFAULT_SCAN_POLICY, enabled: true, scanDescriptions: true, onFlaggedStructuredContent: 'withhold-structured', exfiltration: { mode: 'off', allow: { exact: new Set(), suffixes: [] } }, secretsInArguments: 'audit' },
} as unknown as FirewallPolicy;

function setup() {
  let now = 0;
  const records: AuditEntry[] = [];
  const levels: LogLevel[] = [];
  const delivered: LogDelivery[] = [];
  const logs = new ServerLogs({ policy, record: (e) => (records.push(e), true), setServerLevel: (l) => levels.push(l), now: () => now });
  logs.subscribe((d) => delivered.push(d));
  return { logs, records, levels, delivered, advance: (ms: number) => (now += ms) };
}

afterEach(() => vi.useRealTimers());

describe('server logs', () => {
  it('names the logger after the server, caps the size and wraps the text', () => {
    const { logs, delivered } = setup();
    logs.receive('srv', { level: 'info', logger: 'db\u001b[31m', data: 'x'.repeat(MAX_LOG_CHARS + 500) });
    logs.receive('srv', { level: 'notice', data: { rows: 3 } });
    logs.receive('srv', { level: 'shout', data: 'ignored' });
    expect(delivered).toHaveLength(2);
    expect(delivered[0]!.params.logger).toBe('srv/db?[31m');
    expect(delivered[0]!.params.data).toContain(`cut by mcp-firewall: ${MAX_LOG_CHARS + 500} characters in all`);
    expect(delivered[0]!.params.data).toMatch(/^<untrusted-data source="srv log"/);
    expect(delivered[1]!.params).toMatchObject({ level: 'notice', logger: 'srv' });
    expect(delivered[1]!.params.data).toContain('{"rows":3}');
  });

  it('lets a burst through, then the steady rate, and reports and audits what it dropped', () => {
    vi.useFakeTimers();
    const { logs, delivered, records, advance } = setup();
    for (let i = 0; i < 1000; i++) logs.receive('srv', { level: 'info', data: `m${i}` });
    expect(delivered).toHaveLength(LOG_BURST);
    advance(1000);
    for (let i = 0; i < 1000; i++) logs.receive('srv', { level: 'info', data: `n${i}` });
    expect(delivered).toHaveLength(LOG_BURST + LOG_PER_SECOND);
    // Another server has its own budget.
    logs.receive('other', { level: 'info', data: 'hello' });
    expect(delivered.at(-1)!.server).toBe('other');
    vi.advanceTimersByTime(1000);
    const notice = delivered.at(-1)!;
    expect(notice.params).toMatchObject({ level: 'warning', logger: 'mcp-firewall/srv' });
    expect(notice.params.data).toContain(`${2000 - LOG_BURST - LOG_PER_SECOND} log message(s)`);
    expect(records.filter((r) => r.reason === 'RATE_LIMITED')).toEqual([expect.objectContaining({ server: 'srv', decision: 'deny', details: expect.objectContaining({ dropped: 2000 - LOG_BURST - LOG_PER_SECOND }) })]);
  });

  it('asks the servers for the most verbose level any session wants, and relaxes when that session leaves', () => {
    const { logs, levels } = setup();
    logs.setSessionLevel('a', 'warning');
    logs.setSessionLevel('b', 'debug');
    logs.setSessionLevel('c', 'error');
    logs.setSessionLevel('b', undefined);
    expect(levels).toEqual(['warning', 'debug', 'warning']);
  });
});
