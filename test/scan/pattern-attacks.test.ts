// Every regular expression in src/ against the worst input a ReDoS checker could build for it
// (recheck, through `npm run check:redos`; the catalogue is test/fixtures/pattern-attacks.json).
// Hand-written input families miss shapes a pattern is slow on (a quotation over \r-separated
// lines, "eyJ-eyJ-…" for the JWT pattern, a run of combining marks): the checker derives them
// from the pattern itself. Each attack must grow linearly on the pattern alone, as the code runs
// it (linear-time.test.ts times the same attacks through the scanner's entry points); patterns
// the checker could not decide get every attack and the generic families instead.
import { describe, expect, it } from 'vitest';
import { attackOfSize, readCatalogue, type Catalogue } from '../../scripts/pattern-catalogue.js';
import { patternInventory, type Pattern } from '../../scripts/pattern-inventory.js';
import { bestOf, cpuMs } from './cpu-time.js';
import { fill } from './fill.js';

// Before anything imports src/: the inventory sees the patterns the modules build as they load.
const inventory = await patternInventory();
const { RULES } = await import('../../src/scan/rules/index.js');
const catalogue = readCatalogue() ?? ({ checker: 'none', maxSource: 0, patterns: {} } satisfies Catalogue);

const SMALL = 16 * 1024;
const LARGE = 256 * 1024;
/** As in linear-time.test.ts: 16× the input within 48× the time (quadratic would be 256×). */
const MAX_RATIO = 48;
const NOISE_FLOOR_MS = 1;
const LIMIT_MS = 1000;

/** The pattern as the code runs it: a global or sticky one over the whole text, others once. */
function runner(p: Pattern): (text: string) => unknown {
  const re = new RegExp(p.source, p.flags);
  if (!re.global && !re.sticky) return (text) => re.test(text);
  const all = new RegExp(p.source, p.flags.replace('y', '').replace('g', '') + 'g');
  return (text) => {
    all.lastIndex = 0;
    let n = 0;
    for (const _ of text.matchAll(all)) n++;
    return n;
  };
}

/** Fails when 256 KB takes more than MAX_RATIO times 16 KB, or a second. */
function expectLinear(run: (text: string) => unknown, gen: (size: number) => string, what: string): void {
  const small = gen(SMALL);
  const large = gen(LARGE);
  run(small);
  // a quadratic path takes seconds here: one run decides, with no retries to wait for
  const first = cpuMs(() => run(large));
  expect(first, `${what}: 256 KB took ${first.toFixed(0)} ms`).toBeLessThan(LIMIT_MS);
  let tSmall = 0;
  let tLarge = 0;
  // measured again (up to three times) until the pair meets the ratio: a burst of load is noise,
  // a superlinear path fails every attempt
  for (let attempt = 0; attempt < 3; attempt++) {
    tSmall = bestOf(3, () => run(small));
    tLarge = bestOf(2, () => run(large));
    if (tLarge <= MAX_RATIO * Math.max(tSmall, NOISE_FLOOR_MS)) break;
  }
  const where = `${what}: 16 KB ${tSmall.toFixed(2)} ms, 256 KB ${tLarge.toFixed(2)} ms`;
  expect(tLarge, where).toBeLessThanOrEqual(MAX_RATIO * Math.max(tSmall, NOISE_FLOOR_MS));
  expect(tLarge, where).toBeLessThan(LIMIT_MS);
}

const filled = (unit: string) => (size: number) => fill(unit, size);
const GENERIC: Array<[string, (size: number) => string]> = [
  ['spaces', filled(' ')],
  ['letters', filled('a')],
  ['words', filled('ignore all previous ')],
  ['punctuation', filled('!-[<|=')],
  ['quotes and blanks', filled('"A \t\r')],
  ['newlines and hashes', filled('\n### ')],
  ['markdown images', filled('![a](http://x?')],
  ['combining marks', filled('a\u0300\u0301 ')],
];
const attacks = Object.entries(catalogue.patterns).filter(([, e]) => e.status === 'vulnerable');
const ATTACKS: Array<[string, (size: number) => string]> = attacks.map(([key, e]) => [`attack on ${e.where} (${key})`, (size) => attackOfSize(e.attack!, size)]);

describe('the ReDoS catalogue lists every pattern in src/', () => {
  const checked = inventory.filter((p) => p.source.length <= catalogue.maxSource);

  it('was written by the checker, and for these patterns', () => {
    expect(catalogue.checker, 'no catalogue: run `npm run check:redos -- --write`').toMatch(/^recheck /);
    const missing = checked.filter((p) => !catalogue.patterns[p.key]).map((p) => `${p.where}: /${p.source.slice(0, 60)}/${p.flags}`);
    expect(missing, 'patterns not in the catalogue: run `npm run check:redos -- --write`').toEqual([]);
    const gone = Object.keys(catalogue.patterns).filter((k) => !checked.some((p) => p.key === k));
    expect(gone, 'catalogued patterns no longer in src/: run `npm run check:redos -- --write`').toEqual([]);
  });

  it('sees both the literals and the patterns built at load time', () => {
    // every rule pattern is built with new RegExp; the inventory must have seen them all
    const keys = new Set(inventory.map((p) => p.source));
    expect(RULES.filter((r) => !keys.has(r.pattern.source)).map((r) => r.id)).toEqual([]);
    expect(inventory.some((p) => p.where === 'src/scan/reported-speech.ts')).toBe(true);
    expect(checked.length).toBeGreaterThan(300);
  });

  it('leaves to other tests only the rule catalogues, which redos.test.ts times rule by rule', () => {
    const ruleSources = new Set(RULES.map((r) => r.pattern.source));
    const large = inventory.filter((p) => p.source.length > catalogue.maxSource && !ruleSources.has(p.source));
    expect(large.map((p) => `${p.where} (${p.source.length} characters)`)).toEqual([]);
  });
});

describe('every pattern is linear on the attack built for it', () => {
  const byKey = new Map(inventory.map((p) => [p.key, p]));
  it.each(attacks.map(([key, e]) => [`${e.where} (${e.complexity}, ${key})`, key] as const))('%s', (_name, key) => {
    const p = byKey.get(key);
    expect(p, `catalogued pattern ${key} is not in src/`).toBeDefined();
    const entry = catalogue.patterns[key]!;
    expectLinear(runner(p!), (size) => attackOfSize(entry.attack!, size), `/${p!.source.slice(0, 60)}/${p!.flags}`);
  });
});

describe('patterns the checker could not decide are linear on every attack and generic family', () => {
  const undecided = inventory.filter((p) => catalogue.patterns[p.key]?.status === 'unknown');
  it.each(undecided.map((p) => [`${p.where} (${catalogue.patterns[p.key]!.error}, ${p.key})`, p] as const))('%s', (_name, p) => {
    const run = runner(p);
    for (const [family, gen] of [...GENERIC, ...ATTACKS]) expectLinear(run, gen, `/${p.source.slice(0, 60)}/${p.flags} on ${family}`);
  });
});
