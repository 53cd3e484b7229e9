import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/config/load-config.js';
import { BIN } from '../helpers/host.js';
import { Workspace } from '../helpers/workspace.js';

/**
 * keygen, manifest sign / verify, and requireSignedManifests on copies of the three example
 * manifests with the example config: signed manifests load, a one-byte edit does not.
 */

function run(args: string[], input?: string): { status: number; out: string } {
  try {
    return { status: 0, out: execFileSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input: input ?? '', stdio: ['pipe', 'pipe', 'pipe'] }) };
  } catch (err: any) {
    return { status: err.status, out: `${err.stdout}${err.stderr}` };
  }
}

const ws = new Workspace();
const key = join(ws.dir, 'owner.key');
const otherKey = join(ws.dir, 'other.key');
let keyId = '';
const memory = join(ws.manifests, 'memory.json');

beforeAll(() => {
  const gen = run(['keygen', '--out', key]);
  expect(gen.status, gen.out).toBe(0);
  keyId = /key id ([0-9a-f]{16})/.exec(gen.out)![1]!;
  expect(run(['keygen', '--out', otherKey]).status).toBe(0);
  for (const id of ['everything', 'filesystem', 'memory']) ws.copyManifest(id);
  ws.writeConfig({ trustedKeys: [{ id: keyId, publicKey: `file:${key}.pub` }], requireSignedManifests: true });
});
afterAll(() => ws.cleanup());

describe('keygen', () => {
  it('writes an ed25519 private key readable only by its owner, and never overwrites it', () => {
    expect(statSync(key).mode & 0o777).toBe(0o600);
    expect(readFileSync(`${key}.pub`, 'utf8')).toContain('BEGIN PUBLIC KEY');
    expect(run(['keygen', '--out', key]).status).toBe(1);
    expect(run(['keygen']).status).toBe(2);
  });
});

describe('requireSignedManifests', () => {
  it('refuses unsigned manifests, naming the file', () => {
    expect(() => loadPolicy(ws.configFile)).toThrow(/everything\.json: at \$\.signature: the manifest is not signed/);
    const verify = run(['manifest', 'verify', '--config', ws.configFile]);
    expect(verify.status).toBe(1);
    expect(verify.out).toContain('UNSIGNED');
  });

  it('loads signed manifests, and check passes on the example servers', () => {
    const signed = run(['manifest', 'sign', '--key', key, '--config', ws.configFile]);
    expect(signed.status, signed.out).toBe(0);
    expect(run(['manifest', 'verify', '--config', ws.configFile]).status).toBe(0);
    const check = run(['check', '--config', ws.configFile]);
    expect(check.status, check.out).toBe(0);
  }, 60_000);

  it('survives re-indentation: the signature covers canonical JSON, not bytes of layout', () => {
    const doc = JSON.parse(readFileSync(memory, 'utf8'));
    writeFileSync(memory, JSON.stringify(doc));
    expect(() => loadPolicy(ws.configFile)).not.toThrow();
  });

  it('refuses a one-byte edit after signing: check and serve fail naming the file', () => {
    const text = readFileSync(memory, 'utf8');
    const edited = text.replace('"perMinute":60', '"perMinute":61');
    expect(edited).not.toBe(text);
    writeFileSync(memory, edited);
    const check = run(['check', '--config', ws.configFile]);
    expect(check.status).toBe(1);
    expect(check.out).toContain(`${memory}: at $.signature: the signature does not match the content`);
    const serve = run(['serve', '--config', ws.configFile]);
    expect(serve.status).toBe(2);
    expect(serve.out).toContain(memory);
    expect(run(['manifest', 'verify', 'memory', '--config', ws.configFile]).out).toContain('INVALID SIGNATURE');
    writeFileSync(memory, text);
  });

  it('refuses a manifest signed by a key not in trustedKeys', () => {
    chmodSync(otherKey, 0o600);
    expect(run(['manifest', 'sign', 'memory', '--key', otherKey, '--config', ws.configFile]).status).toBe(0);
    expect(() => loadPolicy(ws.configFile)).toThrow(/memory\.json: at \$\.signature: the manifest is signed by a key that is not in trustedKeys/);
    expect(run(['manifest', 'sign', 'memory', '--key', key, '--config', ws.configFile]).status).toBe(0);
    expect(() => loadPolicy(ws.configFile)).not.toThrow();
  });

  it('refuses a signing key others can read, and a trusted key whose id is wrong', () => {
    chmodSync(otherKey, 0o644);
    const sign = run(['manifest', 'sign', '--key', otherKey, '--config', ws.configFile]);
    expect(sign.status).toBe(2);
    expect(sign.out).toContain('chmod 600');
    ws.writeConfig({ trustedKeys: [{ id: '0123456789abcdef', publicKey: `file:${key}.pub` }], requireSignedManifests: true });
    expect(() => loadPolicy(ws.configFile)).toThrow(new RegExp(`trustedKeys\\[0\\]\\.id: the id does not match the key \\(its id is ${keyId}\\)`));
  });

  it('without requireSignedManifests, a trusted signature that no longer verifies still refuses to load', () => {
    ws.writeConfig({ trustedKeys: [{ id: keyId, publicKey: `file:${key}.pub` }], requireSignedManifests: false });
    const text = readFileSync(memory, 'utf8');
    writeFileSync(memory, text.replace('"internal"', '"public"'));
    expect(() => loadPolicy(ws.configFile)).toThrow(/edited after signing/);
    writeFileSync(memory, text);
    expect(() => loadPolicy(ws.configFile)).not.toThrow();
  });
});
