import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScenarioResult } from './suite.js';

export interface Expectation {
  expect: 'pass' | 'fail';
  kind?: 'pending' | 'denial';
  owner?: string;
  why?: string;
  failureIncludes?: string;
}

/** The committed expected result of each scenario through the firewall. */
export function loadExpected(): Map<string, Expectation> {
  const doc = JSON.parse(readFileSync(join(import.meta.dirname, 'expected.json'), 'utf8')) as { throughFirewall: Record<string, Expectation> };
  return new Map(Object.entries(doc.throughFirewall));
}

/** Every way `results` differ from `expected`: one line each, empty when they agree. */
export function mismatches(results: Map<string, ScenarioResult>, expected: Map<string, Expectation>): string[] {
  const problems: string[] = [];
  for (const [scenario, want] of expected) {
    const got = results.get(scenario);
    if (!got) problems.push(`${scenario}: expected ${want.expect}, but the suite did not run it`);
    else if (got.outcome !== want.expect) {
      const detail = got.outcome === 'fail' ? ` (${got.failures.join('; ')})` : ' (update scripts/conformance/expected.json: it now passes)';
      problems.push(`${scenario}: expected ${want.expect}, got ${got.outcome}${detail}`);
    } else if (want.failureIncludes && !got.failures.some((f) => f.includes(want.failureIncludes!))) {
      problems.push(`${scenario}: fails, but not with "${want.failureIncludes}" (${got.failures.join('; ')})`);
    }
  }
  for (const scenario of results.keys()) {
    if (!expected.has(scenario)) problems.push(`${scenario}: a scenario scripts/conformance/expected.json does not list`);
  }
  return problems;
}

export interface Column {
  title: string;
  results: Map<string, ScenarioResult>;
}

/** Scenarios down, one column per run, then what the firewall is expected to do and why. */
export function formatTable(columns: Column[], expected: Map<string, Expectation>): string {
  const scenarios = [...new Set(columns.flatMap((c) => [...c.results.keys()]))];
  const cell = (r: ScenarioResult | undefined): string => (r ? `${r.outcome}${r.warnings ? ` (${r.warnings} warn)` : ''}` : '-');
  const note = (s: string): string => {
    const e = expected.get(s);
    if (!e) return 'not in expected.json';
    return e.expect === 'pass' ? '' : `${e.kind}${e.owner ? ` (${e.owner})` : ''}`;
  };
  const rows = [['scenario', ...columns.map((c) => c.title), 'difference'], ...scenarios.map((s) => [s, ...columns.map((c) => cell(c.results.get(s))), note(s)])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]): string => r.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  const totals = ['passed', ...columns.map((c) => `${[...c.results.values()].filter((r) => r.outcome === 'pass').length}/${c.results.size}`), ''];
  return [line(rows[0]!), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line), line(totals)].join('\n');
}

/** The scenarios where `b` differs from `a`, with the firewall's reason and the failed checks. */
export function formatDiff(a: Column, b: Column, expected: Map<string, Expectation>): string {
  const lines: string[] = [];
  for (const [scenario, left] of a.results) {
    const right = b.results.get(scenario);
    if (right && right.outcome === left.outcome) continue;
    const e = expected.get(scenario);
    lines.push(`${scenario}: ${a.title} ${left.outcome}, ${b.title} ${right?.outcome ?? 'not run'}`);
    if (e?.why) lines.push(`    ${e.kind}${e.owner ? ` (${e.owner})` : ''}: ${e.why}`);
    for (const failure of right?.failures ?? []) lines.push(`    suite: ${failure.length > 200 ? `${failure.slice(0, 200)}…` : failure}`);
  }
  return lines.length ? lines.join('\n') : `no differences between ${a.title} and ${b.title}`;
}
