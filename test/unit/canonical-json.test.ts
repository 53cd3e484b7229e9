import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/canonical-json.js';
import { signedBytes } from '../../src/config/manifest-signature.js';
import { definitionHash, fieldHashes } from '../../src/policy/pin.js';
import { liveTools, REPO, REPO_MANIFESTS, Workspace } from '../helpers/workspace.js';

/**
 * One canonical JSON (RFC 8785) serves pins, manifest signatures and the audit chain. Pins and
 * signatures already written must keep verifying byte for byte, so the output is held to the
 * RFC's own examples and to the pins in the shipped manifests.
 */

describe('canonicalJson follows RFC 8785', () => {
  it('orders keys by UTF-16 code units (RFC 8785 section 3.2.3), not by code points', () => {
    const value = JSON.parse('{"\\u20ac":"Euro Sign","\\r":"Carriage Return","\\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One","\\ud83d\\ude00":"Emoji: Grinning Face","\\u0080":"Control","\\u00f6":"Latin Small Letter O With Diaeresis"}');
    // Read the order from the text: a JS object would list the integer-like key "1" first anyway.
    const order = [...canonicalJson(value).matchAll(/"((?:[^"\\]|\\.)*)":/g)].map((m) => JSON.parse(`"${m[1]}"`));
    expect(order).toEqual(['\r', '1', '\u0080', '\u00f6', '\u20ac', '\u{1F600}', '\ufb33']);
  });

  // RFC 8785 appendix B: IEEE 754 bit patterns and their canonical text.
  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('prints the double %s as %s', (bits, text) => {
    expect(canonicalJson({ n: Buffer.from(bits, 'hex').readDoubleBE(0) })).toBe(`{"n":${text}}`);
  });

  it('escapes exactly what RFC 8785 escapes and leaves other characters as they are', () => {
    const value = { s: '\u0000\b\t\n\f\r\u001f"\\/\u007f\u2028é€😀' };
    expect(canonicalJson(value)).toBe('{"s":"\\u0000\\b\\t\\n\\f\\r\\u001f\\"\\\\/\u007f\u2028é€😀"}');
  });

  it('signs the same bytes for a manifest whatever its key order and indentation', () => {
    const manifest = JSON.parse('{"tools":{"b":{"x":1e2,"é":true},"a":[0.5,-0,"\\u00e9"]},"server":{"id":"demo"},"signature":{"keyId":"0","value":"x"}}');
    const reordered = JSON.parse(JSON.stringify({ server: manifest.server, tools: { a: manifest.tools.a, b: { é: true, x: 100 } } }, null, 4));
    const expected = '{"server":{"id":"demo"},"tools":{"a":[0.5,0,"é"],"b":{"x":100,"é":true}}}';
    expect(signedBytes(manifest).toString('utf8')).toBe(expected);
    expect(signedBytes(reordered).toString('utf8')).toBe(expected);
  });
});

describe('the shipped manifests keep verifying', () => {
  const ws = new Workspace();
  const ids = readdirSync(REPO_MANIFESTS).filter((n) => n.endsWith('.json')).map((n) => n.replace(/\.json$/, ''));

  it.each(ids)('every approved tool of %s hashes to its pins from the live server', async (id) => {
    const manifest = ws.copyManifest(id, (m) => {
      if (m.server.env.MEMORY_FILE_PATH) m.server.env.MEMORY_FILE_PATH = join(ws.dir, 'memory.jsonl');
    });
    const tools = await liveTools(process.execPath, manifest.server.args, manifest.server.env);
    for (const [name, policy] of Object.entries<Record<string, any>>(manifest.tools)) {
      const live = tools.find((t) => t.name === name);
      expect(live, name).toBeDefined();
      expect(definitionHash(live), name).toBe(policy.sha256);
      if (policy.pins) expect(fieldHashes(live!), name).toEqual(policy.pins);
    }
  }, 30_000);

  it('check agrees on the example config', () => {
    const out = execFileSync(process.execPath, [join(REPO, 'bin/mcp-firewall.js'), 'check', '--config', join(REPO, 'mcp.config.example.json')], { encoding: 'utf8' });
    expect(out).toContain('OK: every approved tool is running and matches its pin');
    ws.cleanup();
  }, 30_000);
});

describe('dependencies support the Node the README promises', () => {
  it('passes the CI engine check: no installed package excludes node 20', () => {
    const out = execFileSync(process.execPath, [join(REPO, '.ci/check-engines.mjs')], { encoding: 'utf8' });
    expect(out).toMatch(/^engine check OK/);
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
    expect(pkg.dependencies.canonicalize).toBeUndefined();
  });
});
