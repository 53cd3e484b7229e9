// The start analyses the build stores beside the compiled scanner (src/scan/rules/
// start-analysis-store.ts): they are what the analyser computes, a start reads them, and a store
// written by other code, malformed, or with malformed entries is not read. The compiled code
// (dist/, built with its store by the global setup) is what ships and what is tested here.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/workspace.js';
import { RULE_CASES } from './rule-cases.js';

const DIST = join(REPO, 'dist');
const STORE = 'scan/rules/start-analyses.json';

type Stored = [string[], string[], boolean] | null;
interface StoreFile {
  analyser: string;
  analyses: Record<string, Stored>;
}

describe('the stored start analyses', () => {
  it('hold, for every pattern of every start filter, what the analyser computes', async () => {
    const { RULE_CATALOGUES } = await import(join(DIST, 'scan/rules/index.js'));
    const { SECRET_PATTERNS } = await import(join(DIST, 'scan/secrets.js'));
    const { analyzeStarts } = await import(join(DIST, 'scan/rules/regex-prefixes.js'));
    const { storeKey } = await import(join(DIST, 'scan/rules/start-analysis-store.js'));
    const store = JSON.parse(readFileSync(join(DIST, STORE), 'utf8')) as StoreFile;
    const patterns: RegExp[] = [...(RULE_CATALOGUES as Array<Array<{ pattern: RegExp }>>).flat().map((r) => r.pattern), ...(SECRET_PATTERNS as Array<{ pattern: RegExp }>).slice(0, 32).map((p) => p.pattern)];
    let bounded = 0;
    for (const pattern of patterns) {
      const analysis = analyzeStarts(pattern);
      const stored = store.analyses[storeKey(pattern)];
      expect(stored, pattern.source.slice(0, 60)).toBeDefined();
      if (analysis === null) {
        expect(stored).toBeNull();
        continue;
      }
      bounded++;
      const [prefixes, midWordPrefixes, anchored] = stored!;
      expect([...prefixes].sort()).toEqual([...analysis.prefixes].sort());
      expect([...midWordPrefixes].sort()).toEqual([...analysis.midWordPrefixes].sort());
      expect(anchored).toBe(analysis.anchored);
    }
    expect(bounded).toBeGreaterThan(100);
  });
});

describe('a start of the scanner with a changed store', () => {
  // A copy of the compiled code with its own store, under node_modules so that its imports resolve.
  const copy = mkdtempSync(join(REPO, 'node_modules', '.dist-copy-'));
  cpSync(DIST, copy, { recursive: true });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));
  const built = readFileSync(join(copy, STORE), 'utf8');
  const hit = RULE_CASES['override.ignore-previous']!.hit;

  /** The rule ids a fresh process of the copy finds in the hit, with `store` as its store. */
  const rulesFound = (store: string): string[] => {
    writeFileSync(join(copy, STORE), store);
    const child = `
      const { scanText, DEFAULT_SCAN_POLICY } = await import(${JSON.stringify(join(copy, 'scan/index.js'))});
      console.log(JSON.stringify(scanText(process.argv[1], DEFAULT_SCAN_POLICY).rules.map((r) => r.ruleId)));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', child, hit], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as string[];
  };
  /** The store with every pattern's starts replaced by one no text holds. */
  const emptied = (file: StoreFile): StoreFile => ({
    ...file,
    analyses: Object.fromEntries(Object.entries(file.analyses).map(([key, entry]) => [key, entry === null ? null : [['\u0001\u0002'], [], false]])),
  });

  it('is read when the running analyser wrote it: starts that no text holds find nothing', () => {
    expect(rulesFound(built)).toContain('override.ignore-previous');
    // (proves the store is read: the same store with impossible starts silences the rule)
    expect(rulesFound(JSON.stringify(emptied(JSON.parse(built) as StoreFile)))).not.toContain('override.ignore-previous');
  }, 120_000);

  // One process for the three: each case is read by a fresh instance of the store module (a
  // query string makes one), which reads its file on first use.
  it('is not read when written by other analyser code, not JSON, or with malformed entries: the pattern is analysed again', () => {
    const file = JSON.parse(built) as StoreFile;
    const cases: Record<string, string> = {
      'other analyser code': JSON.stringify({ ...emptied(file), analyser: 'other' }),
      'not JSON': built.slice(0, built.length >> 1),
      'malformed entries': JSON.stringify({ ...file, analyses: Object.fromEntries(Object.keys(file.analyses).map((key) => [key, [5, [], 'yes']])) }),
      // (the control: the store as built is read)
      'as built, emptied': JSON.stringify(emptied(file)),
    };
    const child = `
      import { copyFileSync } from 'node:fs';
      const dir = ${JSON.stringify(join(copy, 'scan/rules'))};
      const { RULES } = await import(dir + '/index.js');
      const { analyzeStarts } = await import(dir + '/regex-prefixes.js');
      const rule = RULES.find((r) => r.id === 'override.ignore-previous');
      const out = {};
      for (const [i, name] of JSON.parse(process.argv[1]).entries()) {
        copyFileSync(dir + '/case-' + i + '.json', dir + '/start-analyses.json');
        const { storedAnalysis } = await import(dir + '/start-analysis-store.js?case=' + i);
        out[name] = JSON.stringify(storedAnalysis(rule.pattern)) === JSON.stringify(analyzeStarts(rule.pattern)) ? 'analysed' : 'read';
      }
      console.log(JSON.stringify(out));
    `;
    Object.values(cases).forEach((store, i) => writeFileSync(join(copy, 'scan/rules', `case-${i}.json`), store));
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', child, JSON.stringify(Object.keys(cases))], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ 'other analyser code': 'analysed', 'not JSON': 'analysed', 'malformed entries': 'analysed', 'as built, emptied': 'read' });
  }, 60_000);
});
