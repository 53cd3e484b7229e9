import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/scan/rules/index.js';
import { redactSecrets } from '../../src/scan/secrets.js';
import { matchView } from '../../src/scan/view.js';
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

/** CPU time of one call in ms: other processes on a shared machine do not add to it. */
function cpuMs(fn: () => unknown): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

describe('every pattern runs in linear time on 100 KB adversarial input', () => {
  const inputs = adversarialInputs();
  it.each(RULES.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
    for (const [name, input] of inputs) {
      const ms = Math.min(cpuMs(() => rule.pattern.test(input)), cpuMs(() => rule.pattern.test(input)));
      expect(ms, `${rule.id} on ${name}`).toBeLessThan(50);
    }
  });
  it('secret redaction', () => {
    for (const [name, input] of inputs) {
      expect(Math.min(cpuMs(() => redactSecrets(input)), cpuMs(() => redactSecrets(input))), name).toBeLessThan(50);
    }
  });
});
