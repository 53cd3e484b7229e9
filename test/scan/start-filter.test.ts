import { describe, expect, it } from 'vitest';
import { benignProse, hostileText } from '../../bench/scanner-texts.js';
import { docPieces } from '../../scripts/docs-corpus.js';
import { RULE_CATALOGUES } from '../../src/scan/rules/index.js';
import { analyzeStarts, startPrefixes } from '../../src/scan/rules/regex-prefixes.js';
import { atWordStart } from '../../src/scan/rules/rule.js';
import { buildStartFilter, firedIn } from '../../src/scan/rules/start-filter.js';
import { matchesOf } from '../../src/scan/rules/start-matches.js';
import { matchView } from '../../src/scan/view.js';
import { SECRET_PATTERNS } from '../../src/scan/secrets.js';
import { RULE_CASES } from './rule-cases.js';
import { catalogue } from './start-filter-views.js';

describe.each(RULE_CATALOGUES.map((rules, i) => [i, rules] as const))('rule start filter, catalogue %i', (_index, rules) => {
  const { RULES, FILTER, ALL, names, plain } = catalogue(rules);

  it('fires exactly the rules a plain test of every pattern fires, on every view', () => {
    let firedSomewhere = 0;
    for (const { view, mask } of plain()) {
      firedSomewhere |= mask;
      expect(names(firedIn(FILTER, view, ALL)), view.slice(0, 80)).toEqual(names(mask));
    }
    // the comparison covered every rule firing, not only silence
    expect(names(firedSomewhere)).toEqual(RULES.map((r) => r.id));
  }, 60_000);

  it('tests only the rules asked for', () => {
    for (const { view, mask } of plain().slice(0, 200)) {
      for (const todo of [0, 0x55555555, 0x0f0f0f0f]) expect(firedIn(FILTER, view, todo & ALL)).toBe(mask & todo & ALL);
    }
  });

  it('lists a start for every position where a rule matches (away from the text start)', () => {
    let checked = 0;
    RULES.forEach((rule, bit) => {
      const prefixes = startPrefixes(rule.pattern);
      if (prefixes === null) return;
      for (const { view, starts } of plain()) {
        for (const at of starts[bit]!) {
          if (at === 0) continue;
          checked++;
          expect(prefixes.some((p) => view.startsWith(p, at)), `${rule.id} at "${view.slice(at, at + 20)}"`).toBe(true);
        }
      }
    });
    expect(checked).toBeGreaterThan(0);
  });
});

describe('startPrefixes', () => {
  it.each([
    [/\b(?:ignore|skip) all/, ['ignore', 'skip a']],
    [/ab?c/, ['abc', 'ac']],
    [/(?:x|y)z{0,2}!/, ['xz', 'x!', 'yz', 'y!']],
    // the repetitions that always occur are spelled out ("<<", not "<"), then the start goes on
    [/(?<![a-z])[<[]{2,} ?end/, ['<<', '<[', '[<', '[['].sort()],
    [/x{3}y/, ['xxxy']],
    // …unless that would crowd the index: a letter class twice is 676 starts, left at one letter
    [/\b[a-z]{2}!/, [...'abcdefghijklmnopqrstuvwxyz']],
    // `i` without `u` folds a letter beyond ASCII to its other case too
    [/é/i, ['É', 'é'].sort()],
    [/(?:^|\n)system:/, ['\nsyste']],
    [/https?:\/\/(?=([^\s]{1,9}))\1\{/, ['http:/', 'https:']],
    [/caf\u00e9|na\x69ve/, ['caf\u00e9', 'naive']],
    // a branch behind `(?!)` never matches, so what follows it starts nothing (not every space)
    [/(?!)[,:]?\s(?:ab|cd)|xyz/, ['xyz']],
  ] as const)('%s', (pattern, expected) => {
    expect([...(startPrefixes(pattern) ?? [])].sort()).toEqual([...expected].sort());
  });

  it.each([
    ['case-insensitive unicode patterns', /ignore/iu],
    ['a leading negated class', /[^\s]{1,30} now/],
    ['a leading dot', /.x/],
    ['a pattern that can match nothing', /(?:abc)?/],
    ['a leading backreference', /(?:\1)(a)/],
    ['a leading unicode property', /\p{L}x/u],
  ])('is unbounded for %s', (_name, pattern) => {
    expect(startPrefixes(pattern)).toBeNull();
  });

  it('lists both cases of ASCII letters for a case-insensitive pattern', () => {
    expect([...startPrefixes(/\bke[y-]/i)!].sort()).toEqual(['KE-', 'KEY', 'Ke-', 'KeY', 'kE-', 'kEY', 'ke-', 'keY', 'KEy', 'Key', 'kEy', 'key'].sort());
  });

  it('bounds a class of a few characters and a word class', () => {
    const got = startPrefixes(/[ab]\d/)!;
    expect(got).toHaveLength(20);
    expect(got).toContain('a0');
    expect(startPrefixes(/\wq/)!).toHaveLength(63);
  });
});

describe('secret patterns through the start filter', () => {
  it('match exactly where a plain test of each pattern matches', () => {
    const patterns = SECRET_PATTERNS.slice(0, 32).map((p) => p.pattern);
    const filter = buildStartFilter(patterns);
    const texts = [
      ...Array.from({ length: 20 }, (_, i) => hostileText(4000, i + 1)),
      ...[...docPieces()].filter((_, i) => i % 4 === 1).map((p) => p.text),
      'DB_PASSWORD=hunter2Xy9!q and https://user:s3cr3tP4ss@db.example.com/x AccountKey=' + 'A'.repeat(60),
      'AWS_SECRET_ACCESS_KEY = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY; SG.' + 'a'.repeat(22) + '.' + 'b'.repeat(43),
    ];
    let seen = 0;
    for (const t of texts) {
      let expected = 0;
      patterns.forEach((p, bit) => {
        if (new RegExp(p.source, p.flags.replace('g', '')).test(t)) expected |= 1 << bit;
      });
      seen |= expected;
      expect(firedIn(filter, t, patterns.length === 32 ? -1 : (1 << patterns.length) - 1)).toBe(expected);
    }
    expect(seen).not.toBe(0);
  });
});

describe('analyzeStarts', () => {
  // A rule without known starts is tried at every position of its regions, which costs several
  // times more on real documents; an edit that loses the analysis should be a decision.
  it.each(RULE_CATALOGUES.flat().map((r) => [r.id, r] as const))('knows where rule %s can start', (_id, rule) => {
    expect(analyzeStarts(rule.pattern)).not.toBeNull();
  });

  // A branch that can open with a bare line start, a bracket or a comma sends its rule to every
  // such position of its regions (an optional emoji class or a leading word list did, costing a
  // sixth of the scanner's time on real documents): the few one-character starts are decisions.
  it('starts no rule at a single ASCII character but the listed ones', () => {
    const allowed: Record<string, string[]> = { 'role.system-marker': ['#'], 'address.to-assistant': ['[', '('] };
    for (const rule of RULE_CATALOGUES.flat()) {
      const single = (analyzeStarts(rule.pattern)?.prefixes ?? []).filter((p) => p.length <= 1 && p.charCodeAt(0) < 0x80);
      expect(single.sort(), rule.id).toEqual((allowed[rule.id] ?? []).sort());
    }
  });

  it.each([
    [/\b(?:ignore|skip) all|\bforget/, false],
    [/\b(?:ignore|skip) all|forget/, true],
    [/\b(?:ignore|<skip)/, false], // "<" after a boundary follows a word character, but is none
    [/(?:\bignore)/, false],
    [/(?:^|\n|[.!?] |\b(?:please|now) )do/, false],
    [/(?:^|\n|[.!?] |(?:please|now) )do/, true],
    [/x\by/, true], // a boundary after the first character does not guard the start
    [/[<[]{2,} ?end/, false],
  ])('%s can start inside a word: %s', (pattern, expected) => {
    expect(analyzeStarts(pattern)?.midWord).toBe(expected);
  });

  it.each([
    [/^system:|\bfoo/, true],
    [/(?:^\s?|[.!?] )please/, true],
    [/^x/m, false], // with the m flag `^` also matches after each newline: a listed start
    [/[ab^]x|\bfoo/, false], // a caret in a class anchors nothing
  ])('%s has a branch only the text start can match: %s', (pattern, expected) => {
    expect(analyzeStarts(pattern)?.anchored).toBe(expected);
  });

  it('names the first characters of the starts that may open inside a word', () => {
    expect(analyzeStarts(/https?:\/\/|\bwww\./)?.midWordFirsts).toBe('h');
    expect(analyzeStarts(/(?:pass|tok)en=/i)?.midWordFirsts).toBe('PTpt');
    expect(analyzeStarts(/\b(?:ignore|skip)/)?.midWordFirsts).toBe('');
  });

  it('counts a leading boundary in no start, so the starts keep their length', () => {
    expect(analyzeStarts(/\b(?:ignore|skip) all/)?.prefixes.sort()).toEqual(['ignore', 'skip a']);
    expect(analyzeStarts(/\b/)).toBeNull();
  });
});

describe('atWordStart', () => {
  it.each([
    ['beantworte(?:n sie)? frage', '\\bbeantworte(?:n sie)? frage'],
    ['(?:zeig|gib|\u043f\u0438)x', '(?:\\bzeig|\\bgib|\u043f\u0438)x'],
    ['\u56de\u7b54', '\u56de\u7b54'],
  ])('%s', (source, expected) => {
    expect(atWordStart(source)).toBe(expected);
    expect(analyzeStarts(new RegExp(atWordStart(source)))?.midWord).toBe(false);
  });
});

describe('matchesOf', () => {
  it('finds, for every rule, the spans a global search of its pattern finds', () => {
    const texts: string[] = [];
    for (const c of Object.values(RULE_CASES)) texts.push(matchView(c.hit), matchView(c.miss), matchView(`${benignProse(400, 3)} ${c.hit} ${c.hit}\n${c.miss}`));
    for (let seed = 1; seed <= 5; seed++) texts.push(matchView(hostileText(2000, seed)));
    let spans = 0;
    for (const RULES of RULE_CATALOGUES) {
      buildStartFilter(RULES.map((r) => r.pattern));
      for (const rule of RULES) {
        const global = new RegExp(rule.pattern.source, `${rule.pattern.flags}g`);
        for (const text of texts) {
          const expected = [...text.matchAll(global)].map((m): [number, number] => [m.index, m.index + m[0].length]);
          expect([...matchesOf(rule.pattern, text)], rule.id).toEqual(expected);
          spans += expected.length;
        }
      }
    }
    // the rule cases' hits are found, twice where a text holds one twice
    expect(spans).toBeGreaterThan(2 * Object.keys(RULE_CASES).length);
  });

  it('refuses a pattern that is in no start filter', () => {
    expect(() => [...matchesOf(/x/, 'x')]).toThrow(/in no start filter/);
  });
});
