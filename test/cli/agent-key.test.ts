import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/config/load-config.js';
import { keyCli } from '../helpers/front-door.js';

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The example config, byte for byte, in a fresh directory (manifests pointing back at the repo's). */
function exampleConfig(edit?: (doc: Record<string, any>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'mcp-firewall-key-'));
  tempDirs.push(dir);
  const file = join(dir, 'mcp.config.json');
  let text = readFileSync('mcp.config.example.json', 'utf8').replace('"manifests": "manifests"', `"manifests": ${JSON.stringify(resolve('manifests'))}`);
  if (edit) {
    const doc = JSON.parse(text);
    edit(doc);
    text = `${JSON.stringify(doc, null, 2)}\n`;
  }
  writeFileSync(file, text);
  return file;
}

describe('mcp-firewall agent key add', () => {
  it('prints only the new key on stdout, stores only its sha256, and leaves the rest of the file as it was', () => {
    const file = exampleConfig();
    const before = readFileSync(file, 'utf8');
    const run = keyCli(file, 'add', 'guest', '--expires', '30d', '--description', 'ci runner');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^mfwk_[A-Za-z0-9_-]{43}\n$/);
    const key = run.stdout.trim();
    const after = readFileSync(file, 'utf8');
    expect(after).not.toContain(key);
    const entry = JSON.parse(after).agents.guest.keys[0];
    expect(entry.sha256).toBe(createHash('sha256').update(key).digest('hex'));
    expect(Date.parse(entry.expires) - Date.parse(entry.notBefore)).toBe(30 * 86_400_000);
    expect(entry.description).toBe('ci runner');
    expect(run.stderr).toContain(`added key ${entry.id} for agent guest`);
    // Only the guest agent's block changed: the inline arrays and every other line stay.
    const removed = before.split('\n').filter((l) => !after.split('\n').includes(l));
    expect(removed).toEqual(['      "capabilities": []']);
    expect(loadPolicy(file).agentKeys.map((k) => k.id)).toEqual([entry.id]);
  });

  it('refuses an unknown agent, a bad time and an expired window without touching the file', () => {
    const file = exampleConfig();
    const before = readFileSync(file, 'utf8');
    const unknown = keyCli(file, 'add', 'nobody');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('at $.agents.nobody: agent "nobody" is not defined');
    expect(keyCli(file, 'add', 'guest', '--expires', 'soon').stderr).toContain('--expires: "soon" is not a time');
    expect(keyCli(file, 'add', 'guest', '--expires', '2020-01-01').stderr).toContain('the key would already be expired');
    for (const run of [unknown]) expect(run.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('mcp-firewall agent key list / revoke', () => {
  it('lists ids, agents and validity but never a hash; revoke removes exactly one key', () => {
    const file = exampleConfig();
    const first = keyCli(file, 'add', 'guest');
    const second = keyCli(file, 'add', 'guest', '--not-before', '1d', '--expires', '10d');
    const other = keyCli(file, 'add', 'assistant');
    const ids = [first, second, other].map((r) => /added key (k-[0-9a-f]{12})/.exec(r.stderr)![1]!);
    const list = keyCli(file, 'list');
    expect(list.status).toBe(0);
    for (const id of ids) expect(list.stdout).toContain(id);
    expect(list.stdout).toMatch(new RegExp(`${ids[1]}\\s+guest\\s+\\S+\\s+\\S+\\s+not yet valid`));
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    for (const agent of ['guest', 'assistant']) for (const k of doc.agents[agent].keys) expect(list.stdout).not.toContain(k.sha256.slice(0, 12));
    expect(keyCli(file, 'list', 'assistant').stdout).not.toContain(ids[0]);

    const revoke = keyCli(file, 'revoke', ids[0]!);
    expect(revoke.status, revoke.stderr).toBe(0);
    expect(revoke.stdout).toContain(`revoked key ${ids[0]} of agent guest`);
    expect(loadPolicy(file).agentKeys.map((k) => k.id).sort()).toEqual([ids[1], ids[2]].sort());
    // Both changes are in the audit log as admin records: ids and times, never a key or a hash.
    const auditText = readFileSync(join(dirname(file), 'audit', 'mcp-firewall.audit.ndjson'), 'utf8');
    const admin = auditText.split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((r) => r.method.startsWith('admin/agent-key'));
    expect(admin.map((r) => [r.method, r.details.keyId])).toEqual([
      ['admin/agent-key-add', ids[0]],
      ['admin/agent-key-add', ids[1]],
      ['admin/agent-key-add', ids[2]],
      ['admin/agent-key-revoke', ids[0]],
    ]);
    for (const k of doc.agents.guest.keys) expect(auditText).not.toContain(k.sha256);
    for (const run of [first, second, other]) expect(auditText).not.toContain(run.stdout.trim());
    const again = keyCli(file, 'revoke', ids[0]!);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`no agent has a key with id "${ids[0]}"`);
  }, 120_000); // eight runs of the real CLI
});

describe('agent keys in the config', () => {
  const entry = (id: string, hash: string, notBefore = '2026-01-01T00:00:00Z', expires = '2027-01-01T00:00:00Z') => ({ id, sha256: hash, notBefore, expires });
  const h1 = 'a'.repeat(64);
  const h2 = 'b'.repeat(64);
  it.each([
    ['a reused key id', { guest: [entry('k-000000000001', h1)], assistant: [entry('k-000000000001', h2)] }, /at \$\.agents\.guest\.keys\[0\]\.id: key id k-000000000001 is also used at \$\.agents\.assistant\.keys\[0\]/],
    ['one key stored twice', { guest: [entry('k-000000000001', h1), entry('k-000000000002', h1)] }, /at \$\.agents\.guest\.keys\[1\]\.sha256: the same key is also stored/],
    ['a window that ends before it starts', { guest: [entry('k-000000000001', h1, '2027-01-01T00:00:00Z', '2026-01-01T00:00:00Z')] }, /keys\[0\]\.expires: the key expires before it becomes valid/],
    ['a key written in clear instead of its hash', { guest: [entry('k-000000000001', 'mfwk_secret')] }, /sha256 is the lowercase hex sha256 of the key/],
  ])('refuses %s, naming the path', (_name, keys, message) => {
    const file = exampleConfig((doc) => {
      for (const [agent, list] of Object.entries(keys)) doc.agents[agent].keys = list;
    });
    expect(() => loadPolicy(file)).toThrow(message);
  });

  it('refuses plain HTTP settings that cannot work', () => {
    const file = exampleConfig((doc) => (doc.http = { listen: 'everywhere' }));
    expect(() => loadPolicy(file)).toThrow(/at \$\.http\.listen: "everywhere" is not HOST:PORT/);
    const origin = exampleConfig((doc) => (doc.http = { allowedOrigins: ['https://ok.example/path'] }));
    expect(() => loadPolicy(origin)).toThrow(/allowedOrigins/);
  });
});
