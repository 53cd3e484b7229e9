import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/agent.js';
import { loadPolicy } from '../../src/config/load-config.js';
import type { FirewallPolicy } from '../../src/config/types.js';
import { checkAccess } from '../../src/policy/access.js';
import { taintModeOf } from '../../src/taint/taint-policy.js';

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * The example config in a fresh directory, its manifests pointing back at the repo's (so
 * ../examples/files resolves). Kept byte for byte unless an edit or an indentation is asked for.
 */
function exampleConfig(options: { edit?: (doc: Record<string, any>) => void; indent?: string } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mcp-firewall-agent-'));
  tempDirs.push(dir);
  const file = join(dir, 'mcp.config.json');
  const text = readFileSync('mcp.config.example.json', 'utf8').replace('"manifests": "manifests"', `"manifests": ${JSON.stringify(resolve('manifests'))}`);
  const doc = JSON.parse(text);
  options.edit?.(doc);
  writeFileSync(file, options.edit || options.indent ? `${JSON.stringify(doc, null, options.indent ?? 2)}\n` : text);
  return file;
}

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const sink = (key: 'stdout' | 'stderr'): Writable =>
    new Writable({ write(chunk, _enc, done) { out[key] += String(chunk); done(); } });
  const code = await main(argv, { stdout: sink('stdout'), stderr: sink('stderr') });
  return { code, ...out };
}

/** Expected access derived from the manifests through the real policy function, not hard-coded. */
function reachable(policy: FirewallPolicy, agentId: string): string[] {
  const agent = policy.agents.get(agentId)!;
  return [...policy.tools.values()].filter((t) => checkAccess(agent, t).ok).map((t) => t.exposed);
}

/** The tool names printed under a heading such as "gains 3 tools:" or "guest reaches 2 tools:". */
function listedUnder(output: string, heading: RegExp): string[] {
  const lines = output.split('\n');
  const at = lines.findIndex((l) => heading.test(l));
  if (at < 0) return [];
  const indent = /^ */.exec(lines[at]!)![0].length;
  const names: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (/^ */.exec(line)![0].length <= indent || line.trim() === '') break;
    names.push(line.trim());
  }
  return names;
}

function keyPaths(value: unknown, prefix = '$'): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => [`${prefix}.${k}`, ...keyPaths(v, `${prefix}.${k}`)]);
}

describe('mcp-firewall agent list', () => {
  it('shows every agent with the tools reachableTools gives it, and marks the stdio agent', async () => {
    const file = exampleConfig();
    const policy = loadPolicy(file);
    const { code, stdout, stderr } = await run('list', '--config', file);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    for (const id of policy.agents.keys()) {
      const expected = reachable(policy, id);
      expect(listedUnder(stdout, new RegExp(`^${id} reaches ${expected.length} tools?`))).toEqual(expected);
    }
    const guest = listedUnder(stdout, /^guest reaches/);
    expect(guest).toContain('everything__echo');
    expect(guest).not.toContain('filesystem__read_text_file');
    expect(stdout).toMatch(/^ {2}assistant \* +internal /m);
    expect(stdout).toContain('* stdioAgent: stdio sessions run as assistant');
  });
});

describe('mcp-firewall agent set', () => {
  it.each([
    ['the example layout', null],
    ['4-space indentation', '    '],
    ['tab indentation', '\t'],
  ])('changes only the clearance line in %s and prints the gained tools', async (_name, indent) => {
    const file = exampleConfig(indent === null ? {} : { indent });
    const before = readFileSync(file, 'utf8');
    const was = reachable(loadPolicy(file), 'guest');
    const { code, stdout } = await run('set', 'guest', '--clearance', 'internal', '--config', file);
    expect(code).toBe(0);
    const after = readFileSync(file, 'utf8');
    const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    expect(changed).toEqual([`${(indent ?? '  ').repeat(3)}"clearance": "internal",`]);
    expect(keyPaths(JSON.parse(after))).toEqual(keyPaths(JSON.parse(before)));
    expect(after.endsWith('}\n')).toBe(true);
    const gained = reachable(loadPolicy(file), 'guest').filter((t) => !was.includes(t));
    expect(gained.length).toBeGreaterThan(0);
    expect(stdout).toContain('clearance: public -> internal');
    expect(listedUnder(stdout, /^ {2}gains \d+ tools?:/)).toEqual(gained);
    expect(stdout).toContain('loses no tools');
  });

  it('refuses an unknown level, naming the JSON path and the valid levels, and leaves the file byte-identical', async () => {
    const file = exampleConfig();
    const before = readFileSync(file);
    const { code, stdout, stderr } = await run('set', 'guest', '--clearance', 'top-secret', '--config', file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${file}: at $.agents.guest.clearance: unknown clearance level "top-secret"`);
    expect(stderr).toContain('use one of: public, internal, confidential, secret');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('fails on an unknown agent id without touching the file', async () => {
    const file = exampleConfig();
    const before = readFileSync(file);
    const { code, stderr } = await run('set', 'nobody', '--clearance', 'public', '--config', file);
    expect(code).toBe(1);
    expect(stderr).toContain('at $.agents.nobody: agent "nobody" is not defined');
    expect(stderr).toContain('use one of: assistant, maintainer, guest');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('is a usage error (exit 2) without --clearance or --taint, or with a flag the subcommand does not take', async () => {
    const file = exampleConfig();
    expect((await run('set', 'guest', '--config', file)).code).toBe(2);
    expect((await run('grant', 'guest', 'fs.read', '--clearance', 'secret', '--config', file)).code).toBe(2);
    expect((await run('frobnicate', '--config', file)).code).toBe(2);
  });
});

describe('mcp-firewall agent set --taint', () => {
  it("sets an agent's own egress mode, then 'default' removes it and restores the bytes", async () => {
    const file = exampleConfig();
    const before = readFileSync(file, 'utf8');
    const set = await run('set', 'assistant', '--taint', 'deny', '--config', file);
    expect(set.code).toBe(0);
    const onEgress = loadPolicy(file).taint.onEgress;
    expect(set.stdout).toContain(`taint: ${onEgress} (the config's taint.onEgress) -> deny`);
    expect(JSON.parse(readFileSync(file, 'utf8')).agents.assistant.taint).toBe('deny');
    expect(taintModeOf(loadPolicy(file).taint, loadPolicy(file).agents.get('assistant')!)).toBe('deny');
    expect((await run('set', 'assistant', '--taint', 'deny', '--config', file)).stdout).toContain('assistant already has taint deny; nothing changed');
    const reset = await run('set', 'assistant', '--taint', 'default', '--config', file);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toContain(`taint: deny -> ${onEgress} (the config's taint.onEgress)`);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('sets the clearance and the mode in one edit', async () => {
    const file = exampleConfig();
    const { code, stdout } = await run('set', 'guest', '--clearance', 'internal', '--taint', 'warn', '--config', file);
    expect(code).toBe(0);
    expect(stdout).toContain('clearance: public -> internal');
    expect(stdout).toContain('-> warn');
    expect(JSON.parse(readFileSync(file, 'utf8')).agents.guest).toMatchObject({ clearance: 'internal', taint: 'warn' });
  });

  it('refuses an unknown mode with the JSON path and the valid modes, leaving the file byte-identical', async () => {
    const file = exampleConfig();
    const before = readFileSync(file);
    const { code, stderr } = await run('set', 'guest', '--taint', 'block', '--config', file);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}: at $.agents.guest.taint: unknown taint mode "block"`);
    expect(stderr).toContain('use one of: deny, approve, warn, off, or default');
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('mcp-firewall agent grant / revoke', () => {
  it('grant adds the capability and reports gained tools; revoke reports them lost and restores the bytes', async () => {
    const file = exampleConfig();
    const original = readFileSync(file, 'utf8');
    const was = reachable(loadPolicy(file), 'guest');
    const granted = await run('grant', 'guest', 'fs.read', '--config', file);
    expect(granted.code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).agents.guest.capabilities).toEqual(['fs.read']);
    const gained = reachable(loadPolicy(file), 'guest').filter((t) => !was.includes(t));
    expect(gained).toContain('filesystem__list_directory');
    expect(listedUnder(granted.stdout, /^ {2}gains/)).toEqual(gained);
    const revoked = await run('revoke', 'guest', 'fs.read', '--config', file);
    expect(revoked.code).toBe(0);
    expect(listedUnder(revoked.stdout, /^ {2}loses/)).toEqual(gained);
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('granting a capability already held is a no-op: exit 0, nothing rewritten', async () => {
    const file = exampleConfig();
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(file, past, past);
    const before = readFileSync(file);
    const { code, stdout } = await run('grant', 'assistant', 'fs.read', '--config', file);
    expect(code).toBe(0);
    expect(stdout).toBe('assistant already holds fs.read; nothing changed\n');
    expect(statSync(file).mtimeMs).toBe(past.getTime());
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a malformed capability with its JSON path', async () => {
    const file = exampleConfig();
    const before = readFileSync(file);
    const { code, stderr } = await run('grant', 'guest', 'FS Read', '--config', file);
    expect(code).toBe(1);
    expect(stderr).toContain('at $.agents.guest.capabilities: "FS Read" is not a capability name');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('inserts a missing "capabilities" key in the file\'s own indentation', async () => {
    const file = exampleConfig({ edit: (doc) => delete doc.agents.guest.capabilities, indent: '    ' });
    expect((await run('grant', 'guest', 'fs.read', '--config', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('"clearance": "public",\n            "capabilities": [\n                "fs.read"\n            ]\n        }');
  });
});

describe('mcp-firewall agent add / remove', () => {
  it('add then remove round-trips to the original bytes', async () => {
    const file = exampleConfig();
    const original = readFileSync(file, 'utf8');
    const added = await run('add', 'bot', '--clearance', 'public', '--capability', 'fs.read', '--config', file);
    expect(added.code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).agents.bot).toEqual({ clearance: 'public', capabilities: ['fs.read'] });
    expect(listedUnder(added.stdout, /^ {2}gains/)).toEqual(reachable(loadPolicy(file), 'bot'));
    expect((await run('remove', 'bot', '--config', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('will not remove the stdio agent', async () => {
    const file = exampleConfig();
    const { code, stderr } = await run('remove', 'assistant', '--config', file);
    expect(code).toBe(1);
    expect(stderr).toContain('at $.stdioAgent');
  });
});

describe('safe writes', () => {
  it('leaves no temp files after successes and failures, and keeps the file mode', async () => {
    const file = exampleConfig();
    chmodSync(file, 0o640);
    await run('set', 'guest', '--clearance', 'internal', '--config', file);
    await run('set', 'guest', '--clearance', 'nope', '--config', file);
    await run('grant', 'guest', 'fs.write', '--config', file);
    // (the audit/ directory holds the audit log the two changes were recorded in)
    expect(readdirSync(join(file, '..')).filter((name) => name !== 'audit')).toEqual(['mcp.config.json']);
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('an error only loadPolicy finds names the admin\'s file, not the staging copy, and writes nothing', async () => {
    const file = exampleConfig({ edit: (doc) => (doc.scan = { ...doc.scan, flagThreshold: 0.9, blockThreshold: 0.5 }) });
    const before = readFileSync(file);
    const { code, stderr } = await run('set', 'guest', '--clearance', 'internal', '--config', file);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}: at $.scan.flagThreshold: flagThreshold is above blockThreshold`);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(join(file, '..'))).toEqual(['mcp.config.json']);
  });

  it('--dry-run validates and reports without writing', async () => {
    const file = exampleConfig();
    const before = readFileSync(file);
    const { code, stdout } = await run('set', 'guest', '--clearance', 'secret', '--dry-run', '--config', file);
    expect(code).toBe(0);
    expect(stdout).toContain('dry run: the edit is valid');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('can repair a config that does not load because an agent has an unknown level', async () => {
    const file = exampleConfig({ edit: (doc) => (doc.agents.guest.clearance = 'gone') });
    expect(() => loadPolicy(file)).toThrow(/unknown clearance level "gone"/);
    const { code, stdout } = await run('set', 'guest', '--clearance', 'public', '--config', file);
    expect(code).toBe(0);
    expect(stdout).toContain('did not load before this change');
    expect(reachable(loadPolicy(file), 'guest')).toContain('everything__echo');
  });
});
