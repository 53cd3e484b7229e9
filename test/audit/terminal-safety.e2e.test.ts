import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeLines, safeText } from '../../src/terminal-text.js';
import { BIN, connectHost } from '../helpers/host.js';
import { Workspace } from '../helpers/workspace.js';

/**
 * Strings that reach an admin's terminal from a host, a tool server, a manifest or the audit
 * file must not be able to drive it: no escape sequences, no bidi reordering, nothing invisible.
 */

// Clears the screen, then renders reversed, with a zero-width space and a tag character inside.
const HOSTILE = '\u001b[2J\u001b]0;pwned\u0007\u202eevil\u200b\u{e0041}\u009b31m';
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\u{e0000}-\u{e007f}]/u;

const ws = new Workspace();
const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

beforeAll(async () => {
  ws.copyManifest('everything');
  ws.writeConfig({ agents: { tester: { clearance: 'public', capabilities: [] } }, stdioAgent: 'tester' });
  const host = await connectHost(ws.configFile);
  // A host can ask for any tool name: the refusal is audited with the name it asked for.
  const result = await host.client.callTool({ name: HOSTILE, arguments: {} });
  expect(result.isError).toBe(true);
  await host.close();
}, 60_000);
afterAll(() => ws.cleanup());

describe('terminal safety of CLI output', () => {
  it('the audit record keeps the name as asked (JSON-escaped on disk)', () => {
    expect(ws.auditRecords().some((r) => r.exposed === HOSTILE)).toBe(true);
  });

  it.each([['summary'], ['tail']])('audit %s escapes control, bidi and invisible characters', (command) => {
    const run = cli('audit', command, ws.auditFile);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(UNSAFE);
    expect(run.stdout).toContain('\\u{1b}[2J\\u{1b}]0;pwned\\u{7}\\u{202e}evil\\u{200b}\\u{e0041}\\u{9b}31m');
  });

  it('check escapes a hostile value from a manifest in its error', () => {
    const file = join(ws.manifests, 'everything.json');
    const original = readFileSync(file, 'utf8');
    const manifest = JSON.parse(original);
    manifest.tools.echo.clearance = HOSTILE;
    writeFileSync(file, JSON.stringify(manifest));
    try {
      const run = cli('check', '--config', ws.configFile);
      expect(run.status).toBe(1);
      const output = run.stdout + run.stderr;
      expect(output).toContain('unknown clearance');
      expect(output).not.toMatch(UNSAFE);
      expect(output).toContain('\\u{202e}evil');
    } finally {
      writeFileSync(file, original);
    }
  });

  it('agent escapes a hostile value echoed in its error', () => {
    const run = cli('agent', 'set', 'tester', '--clearance', HOSTILE, '--config', ws.configFile);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('unknown clearance level');
    expect(run.stderr).not.toMatch(UNSAFE);
  });

  it('manifest escapes hostile values in its output', () => {
    const run = cli('manifest', 'verify', '--config', ws.configFile, HOSTILE);
    expect(run.stdout + run.stderr).toContain('file not found');
    expect(run.stdout + run.stderr).not.toMatch(UNSAFE);
  });
});

describe('safeText / safeLines', () => {
  it.each([
    ['ESC and CSI', '\u001b[31mred', '\\u{1b}[31mred'],
    ['C1 CSI and DEL', '\u009b2J\u007f', '\\u{9b}2J\\u{7f}'],
    ['bidi override and isolates', 'a\u202eb\u2066c\u2069', 'a\\u{202e}b\\u{2066}c\\u{2069}'],
    ['zero-width, word joiner, BOM', 'a\u200bb\u2060c\ufeff', 'a\\u{200b}b\\u{2060}c\\u{feff}'],
    ['tag characters and variation selectors', 'x\u{e0041}\ufe0f', 'x\\u{e0041}\\u{fe0f}'],
    ['line and paragraph separators, newline, tab', 'a\u2028b\u2029\n\t', 'a\\u{2028}b\\u{2029}\\u{a}\\u{9}'],
    ['lone surrogate', 'a\ud800b', 'a\\u{d800}b'],
    ['visible text in any script is kept', 'naïve 東京 مرحبا 🎉', 'naïve 東京 مرحبا 🎉'],
  ])('safeText: %s', (_name, input, expected) => {
    expect(safeText(input)).toBe(expected);
  });

  it('safeLines keeps newlines and tabs only', () => {
    expect(safeLines('a\n\tb\r\u001b')).toBe('a\n\tb\\u{d}\\u{1b}');
  });
});
