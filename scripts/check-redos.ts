// Runs the ReDoS checker recheck on every regular expression in src/ up to MAX_SOURCE characters
// and keeps what it found in test/fixtures/pattern-attacks.json: for each pattern, safe, or the
// attack string it built (a prefix and pumped parts, repeated to any length), or why it could not
// decide. test/scan/pattern-attacks.test.ts times every attack against the pattern alone and
// through the scanner's entry points, and fails when the file no longer lists exactly the
// patterns in src/.
//
//   npm run check:redos              # is the catalogue current? (exit 1 if not)
//   npm run check:redos -- --write   # check new or changed patterns and rewrite the catalogue
//
// Larger patterns (the rule catalogues, up to 20 KB) are beyond the checker's time limit; the
// 100 KB adversarial family of test/scan/redos.test.ts times those.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { check } from 'recheck';
import { CATALOGUE_FILE, readCatalogue, type Catalogue, type Entry } from './pattern-catalogue.js';
import { patternInventory, type Pattern } from './pattern-inventory.js';

const MAX_SOURCE = 4000;
const CHECK_TIMEOUT_MS = 10_000;

async function checkOne(p: Pattern): Promise<Entry> {
  // recheck does not know the `d` (indices) flag, which changes nothing about matching
  const d = await check(p.source, p.flags.replace('d', ''), { timeout: CHECK_TIMEOUT_MS });
  if (d.status === 'safe') return { where: p.where, status: 'safe' };
  if (d.status === 'vulnerable') {
    const c = d.complexity;
    return {
      where: p.where,
      status: 'vulnerable',
      complexity: c.type === 'polynomial' ? `polynomial ${c.degree}` : c.type,
      attack: { pumps: d.attack.pumps.map(({ prefix, pump }) => ({ prefix, pump })), suffix: d.attack.suffix },
    };
  }
  return { where: p.where, status: 'unknown', error: d.error.kind };
}

function recheckVersion(): string {
  const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../node_modules/recheck/package.json', import.meta.url)), 'utf8')) as { version: string };
  return `recheck ${pkg.version}`;
}

async function main(): Promise<number> {
  const write = process.argv.includes('--write');
  const patterns = (await patternInventory()).filter((p) => p.source.length <= MAX_SOURCE);
  const old = readCatalogue();
  const reusable = old && old.checker === recheckVersion() && old.maxSource === MAX_SOURCE ? old.patterns : {};
  const missing = patterns.filter((p) => !reusable[p.key]);
  const stale = Object.keys(old?.patterns ?? {}).filter((k) => !patterns.some((p) => p.key === k));
  if (!write) {
    if (missing.length === 0 && stale.length === 0 && old) {
      process.stdout.write(`check:redos: the catalogue lists all ${patterns.length} patterns\n`);
      return 0;
    }
    for (const p of missing) process.stderr.write(`check:redos: not in the catalogue: ${p.where}: /${p.source.slice(0, 80)}/${p.flags}\n`);
    if (stale.length) process.stderr.write(`check:redos: ${stale.length} catalogued patterns are gone from src/\n`);
    process.stderr.write('check:redos: run `npm run check:redos -- --write` to check them and rewrite the catalogue\n');
    return 1;
  }
  const patternsOut: Record<string, Entry> = {};
  const started = performance.now();
  let done = 0;
  // two at a time: recheck's native agent answers requests concurrently
  const queue = [...patterns];
  const worker = async (): Promise<void> => {
    for (let p = queue.shift(); p; p = queue.shift()) {
      const entry = reusable[p.key] ? { ...reusable[p.key]!, where: p.where } : await checkOne(p);
      patternsOut[p.key] = entry;
      done++;
      if (entry.status !== 'safe') process.stderr.write(`  ${entry.status} ${entry.complexity ?? entry.error ?? ''}: ${p.where}: /${p.source.slice(0, 80)}/${p.flags}\n`);
    }
  };
  await Promise.all([worker(), worker()]);
  const sorted = Object.fromEntries(Object.entries(patternsOut).sort(([a], [b]) => (a < b ? -1 : 1)));
  const catalogue: Catalogue = { checker: recheckVersion(), maxSource: MAX_SOURCE, patterns: sorted };
  writeFileSync(CATALOGUE_FILE, `${JSON.stringify(catalogue, null, 1)}\n`);
  const count = (s: Entry['status']) => Object.values(sorted).filter((e) => e.status === s).length;
  process.stdout.write(
    `check:redos: ${done} patterns (${missing.length} checked now, in ${((performance.now() - started) / 1000).toFixed(0)} s): ` +
      `${count('safe')} safe, ${count('vulnerable')} with an attack, ${count('unknown')} undecided; wrote ${CATALOGUE_FILE}\n`,
  );
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
