// The catalogues' start filters are built on first use (src/scan/rules/lazy-start-filter.ts):
// importing the scanner builds none, a rule's matches are found before any scan has built its
// filter, and prepareScanner builds every one before it compiles their patterns ahead.
import { expect, it } from 'vitest';
import { patternsCompiledAhead } from '../../src/scan/machine-code.js';
import { DEFAULT_SCAN_POLICY, prepareScanner, scanText } from '../../src/scan/index.js';
import { RULES } from '../../src/scan/rules/index.js';
import { matchesOf } from '../../src/scan/rules/start-matches.js';
import { matchView } from '../../src/scan/view.js';
import { RULE_CASES } from './rule-cases.js';

it('builds no filter on import, and finds a rule\'s matches before any scan, as a global search does', async () => {
  // each filter makes a sticky copy of every rule it holds, registered to be compiled ahead
  const atImport = patternsCompiledAhead().length;
  const rule = RULES.find((r) => r.confirm !== undefined && RULE_CASES[r.id] !== undefined)!;
  expect(rule, 'a rule with a condition on its matches and a test case').toBeDefined();
  const view = matchView(RULE_CASES[rule.id]!.hit);
  const found = [...matchesOf(rule.pattern, view)];
  const global = [...view.matchAll(new RegExp(rule.pattern.source, `${rule.pattern.flags.replace(/[gy]/g, '')}g`))].map((m) => [m.index, m.index + m[0].length]);
  expect(found.length).toBeGreaterThan(0);
  expect(found).toEqual(global);
  const built = patternsCompiledAhead().length;
  expect(built - atImport).toBeGreaterThanOrEqual(RULES.length);
  // built once: a scan and prepareScanner find every filter there and build none again
  expect(scanText(RULE_CASES[rule.id]!.hit, DEFAULT_SCAN_POLICY).verdict).not.toBe('pass');
  await prepareScanner();
  expect(patternsCompiledAhead().length).toBe(built);
});
