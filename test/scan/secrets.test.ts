import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/scan/index.js';

// Test credentials are assembled at run time so the source holds no scannable secret.
const j = (...parts: string[]): string => parts.join('');
const CASES: Array<[string, string, string]> = [
  ['aws-access-key', j('AKIA', 'IOSFODNN7EXAMPLE'), 'key id: {}'],
  ['aws-secret-key', j('wJalrXUtnFEMI/K7MDENG/', 'bPxRfiCYEXAMPLEKEY'), 'aws_secret_access_key = {}'],
  ['github-token', j('ghp_', 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'), 'export GH={}'],
  ['github-token', j('github_pat_', '11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEF'), 'token {} here'],
  ['gitlab-token', j('glpat-', 'xY9zAbCdEfGhIjKlMnOp'), 'use {} for CI'],
  ['slack-token', j('xoxb-', '123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx'), 'SLACK={}'],
  ['slack-webhook', j('https://hooks.slack.com/services/', 'T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'), 'post to {}'],
  ['stripe-key', j('sk_live_', '4eC39HqLyjWDarjtT1zdp7dc'), 'stripe: {}'],
  ['google-api-key', j('AIza', 'SyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY'), 'maps key {}'],
  ['jwt', j('eyJhbGciOiJIUzI1NiJ9', '.eyJzdWIiOiIxMjM0NTY3ODkwIn0', '.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'), 'Authorization: Bearer {}'],
  ['url-password', 'S3cr3tPassw0rd!', 'postgres://admin:{}@db.internal:5432/app'],
  ['generic-secret', 'q8Z!rT4v9Lm2Xp7W', 'DB_PASSWORD={}'],
  ['generic-secret', 'f3a9c1e07b6d4e2a9c8b', '"api_key": "{}"'],
];

// Vendor formats: one positive and one near miss each (a wrong prefix, length or alphabet).
const alnum = (n: number, seed = 7): string => {
  const abc = 'aB3cD4eF5gH6iJ7kL8mN9pQ2rS';
  let out = '';
  for (let i = 0; i < n; i++) out += abc[(i * seed + 3) % abc.length];
  return out;
};
const hex = (n: number): string => Array.from({ length: n }, (_, i) => '0123456789abcdef'[(i * 7 + 5) % 16]).join('');
const VENDOR: Array<[string, string, string]> = [
  ['anthropic-key', j('sk-ant-', 'api03-', alnum(93), 'AA'), j('sk-ant-', 'xyz03-', alnum(93))],
  ['openai-key', j('sk-', 'proj-', alnum(64)), j('sk-', 'proj-', alnum(12))],
  ['openai-key', j('sk-', alnum(20), 'T3Blbk', 'FJ', alnum(20)), j('sk-', alnum(30))],
  ['openai-key', j('sk-', alnum(48)), j('sk-', alnum(47), '-x')],
  ['azure-storage-key', j('AccountKey=', alnum(86, 5), '=='), 'AccountKey=short'],
  ['azure-sas-signature', j('https://acct.blob.core.windows.net/c/b?sv=2022-11-02&sig=', alnum(40, 11), '%3D'), 'https://example.com/search?sig=abc'],
  ['npm-token', j('npm_', alnum(36)), j('npm_', alnum(20))],
  ['huggingface-token', j('hf_', alnum(34)), 'hf_hub_download(repo_id)'],
  ['twilio-key', j('SK', hex(32)), j('SK', hex(31))],
  ['sendgrid-key', j('SG.', alnum(22), '.', alnum(43)), j('SG.', alnum(10), '.', alnum(43))],
  ['mailgun-key', j('key-', hex(32)), j('key-', hex(16))],
  ['digitalocean-token', j('dop_', 'v1_', hex(64)), j('dop_', 'v2_', hex(64))],
  ['shopify-token', j('shpat_', hex(32)), j('shpxx_', hex(32))],
  ['atlassian-token', j('ATATT3', alnum(180)), j('ATATT', alnum(40))],
  ['databricks-token', j('dapi', hex(32)), j('dapi', hex(20))],
  ['pypi-token', j('pypi-', 'AgEIcHlwaS5vcmc', alnum(70)), j('pypi-', 'AgENdGVzdC5weXBpLm9yZw', alnum(70))],
  ['dockerhub-token', j('dckr_', 'pat_', alnum(27)), j('dckr_', 'pat_', alnum(10))],
  ['gcp-service-account-key', `"private_key_id": "${hex(40)}"`, `"private_key_id": "${hex(12)}"`],
];

describe('vendor credential formats', () => {
  it.each(VENDOR)('redacts %s and leaves its near miss alone', (type, secret, nearMiss) => {
    const r = redactSecrets(`config: ${secret} end`);
    expect(r.secrets).toContain(type);
    expect(r.text).toContain(`[REDACTED:${type}]`);
    const miss = redactSecrets(`config: ${nearMiss} end`);
    expect(miss.secrets).not.toContain(type);
  });

  it('redacts the private key of a GCP service-account JSON file', () => {
    const body = alnum(64);
    const json = JSON.stringify({ type: 'service_account', private_key_id: hex(40), private_key: `-----BEGIN ${'PRIVATE'} KEY-----\n${body}\n-----END ${'PRIVATE'} KEY-----\n` });
    const r = redactSecrets(json);
    expect(r.secrets).toEqual(expect.arrayContaining(['private-key', 'gcp-service-account-key']));
    expect(r.text).not.toContain(body.slice(0, 16));
    expect(r.text).not.toContain(hex(40));
  });
});

describe('redactSecrets', () => {
  it.each(CASES)('redacts %s fully', (type, secret, template) => {
    const r = redactSecrets(template.replace('{}', secret));
    expect(r.secrets).toContain(type);
    expect(r.text).toContain(`[REDACTED:${type}]`);
    for (let i = 0; i + 8 <= secret.length; i++) expect(r.text).not.toContain(secret.slice(i, i + 8));
  });

  it('redacts a whole private key block', () => {
    const body = 'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw\n7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFc';
    const key = `-----BEGIN RSA ${'PRIVATE'} KEY-----\n${body}\n-----END RSA ${'PRIVATE'} KEY-----`;
    const r = redactSecrets(`config:\n${key}\nafter`);
    expect(r.text).toBe('config:\n[REDACTED:private-key]\nafter');
    expect(r.secrets).toEqual(['private-key']);
  });

  it('redacts an unterminated private key block to its end', () => {
    const r = redactSecrets(`-----BEGIN ${'PRIVATE'} KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgO\nEePzNm0tRgeLezV6ffAt0gunVTLw`);
    expect(r.text).not.toContain('MIIEowIB');
    expect(r.text).not.toContain('EePzNm0t');
  });

  // A reference or escape spells the same credential to a model that reads the text.
  const spelled: Array<[string, (s: string) => string]> = [
    ['a decimal reference', (s) => `&#${s.charCodeAt(0)};${s.slice(1)}`],
    ['a hex reference', (s) => `${s.slice(0, 3)}&#x${s.charCodeAt(3).toString(16)};${s.slice(4)}`],
    ['a \\u escape', (s) => `${s.slice(0, 2)}\\u${s.charCodeAt(2).toString(16).padStart(4, '0')}${s.slice(3)}`],
  ];
  it.each(spelled)('redacts a credential written with %s', (_name, spell) => {
    for (const [type, secret, template] of CASES) {
      const r = redactSecrets(`${template.replace('{}', spell(secret))} &nbsp;and ${'&amp;'} stay`);
      expect(r.secrets).toContain(type);
      for (let i = 0; i + 8 <= secret.length; i++) expect(r.text).not.toContain(secret.slice(i, i + 8));
      expect(r.text).toContain('&amp; stay');
    }
  });

  it('keeps references as written in a text with no credential, decodes them in one with', () => {
    const text = 'caf&eacute;&nbsp;menu &#8212; &lt;b&gt; \\u0041';
    expect(redactSecrets(text)).toEqual({ text, secrets: [] });
    const ghp = j('ghp_', 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8');
    expect(redactSecrets(`token ${ghp}, ${text}`)).toEqual({
      text: 'token [REDACTED:github-token], caf&eacute; menu \u2014 &lt;b&gt; A',
      secrets: ['github-token'],
    });
  });

  it.each([
    ['a git SHA in prose', 'Fixed in commit 3f786850e387550fdab836ed7e6dc881de23001b, see the changelog.'],
    ['a UUID', 'request 123e4567-e89b-12d3-a456-426614174000 failed'],
    ['a placeholder value', 'API_KEY=your_api_key_here'],
    ['an env reference', 'password = process.env.DB_PASSWORD'],
    ['an identifier', 'token = self.tokenizer.encode(text)'],
    ['a URL without password', 'https://user@example.com/path?x=1'],
    ['a sha256 checksum line', 'sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ])('leaves %s alone', (_name, text) => {
    expect(redactSecrets(text)).toEqual({ text, secrets: [] });
  });
});
