// npm run conformance [-- --unmapped] [--json FILE]
// Runs the MCP conformance suite's server scenarios directly against the conformance fixture
// server and through the firewall's HTTP front door (the fixture as its stdio downstream), then
// prints both side by side, the differences with their reasons, and any departure from
// scripts/conformance/expected.json. --unmapped adds a run that sends tool and prompt names and
// resource URIs as the suite writes them, without the firewall's `<server>__` / `<server>+`. Exit 1 when a scenario fails
// directly or the firewall's result departs from the expected set.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatDiff, formatTable, loadExpected, mismatches, type Column } from './conformance/compare.js';
import { runDirect, runThroughFirewall } from './conformance/runs.js';
import { ensureRunner } from './conformance/suite.js';

const { values } = parseArgs({ options: { unmapped: { type: 'boolean', default: false }, json: { type: 'string' } } });
const log = (line: string): void => void process.stderr.write(`${line}\n`);

ensureRunner(log);
const expected = loadExpected();
log('running the suite directly against the fixture server…');
const direct = await runDirect();
log(`  ${direct.seconds.toFixed(1)} s`);
log('running the suite through the firewall front door…');
const firewall = await runThroughFirewall({ mapNames: true });
log(`  ${firewall.seconds.toFixed(1)} s`);
const columns: Column[] = [
  { title: 'direct', results: direct.results },
  { title: 'firewall', results: firewall.results },
];
if (values.unmapped) {
  log('running the suite through the firewall with unprefixed names…');
  const unmapped = await runThroughFirewall({ mapNames: false });
  columns.push({ title: 'firewall, bare names', results: unmapped.results });
}

console.log(formatTable(columns, expected));
console.log(`\nDifferences (direct → through the firewall):\n${formatDiff(columns[0]!, columns[1]!, expected)}`);
const directFailures = [...direct.results.values()].filter((r) => r.outcome === 'fail').map((r) => `${r.scenario}: ${r.failures.join('; ')}`);
const departures = mismatches(firewall.results, expected);
if (directFailures.length) console.log(`\nFAILED directly against the fixture:\n  ${directFailures.join('\n  ')}`);
if (direct.results.size === 0) console.log(`\nthe suite ran no scenario directly:\n${direct.output}`);
if (departures.length) console.log(`\nThrough the firewall, departures from scripts/conformance/expected.json:\n  ${departures.join('\n  ')}`);
if (values.json) {
  const plain = (c: Column): unknown => Object.fromEntries(c.results);
  writeFileSync(values.json, JSON.stringify(Object.fromEntries(columns.map((c) => [c.title, plain(c)])), null, 2));
}
const ok = directFailures.length === 0 && direct.results.size > 0 && departures.length === 0;
console.log(ok ? '\nconformance OK: every scenario passes directly; through the firewall the result matches the expected set' : '\nconformance FAILED');
process.exitCode = ok ? 0 : 1;
