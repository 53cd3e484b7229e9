import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderSchemas } from '../../src/config/json-schemas.js';
import { BIN } from '../helpers/host.js';
import { REPO, Workspace } from '../helpers/workspace.js';

function run(args: string[]): { status: number; out: string } {
  try {
    return { status: 0, out: execFileSync(process.execPath, [BIN, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (err: any) {
    return { status: err.status, out: `${err.stdout}${err.stderr}` };
  }
}

const ws = new Workspace();
afterAll(() => ws.cleanup());

describe('mcp-firewall check', () => {
  it('passes on the bundled example: every approved tool runs and matches its pin', () => {
    const { status, out } = run(['check', '--config', join(REPO, 'mcp.config.example.json')]);
    expect(status, out).toBe(0);
    const rows = out.split('\n').filter((l) => /^\s+\w+__\S+\s/.test(l));
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(row.trim().endsWith(' ok'), row).toBe(true);
  });

  it('fails and names the tool whose pin does not match', () => {
    ws.copyManifest('everything', (m) => (m.tools.echo.sha256 = '0'.repeat(64)));
    ws.writeConfig();
    const { status, out } = run(['check', '--config', ws.configFile]);
    expect(status).toBe(1);
    expect(out).toMatch(/everything__echo\s.*MISMATCH/);
    expect(out).toMatch(/everything__get-sum\s.*ok/);
  });

  it('fails on a config error naming the file, the JSON path and the fix', () => {
    ws.writeConfig({ agnets: {} });
    const { status, out } = run(['check', '--config', ws.configFile]);
    expect(status).toBe(1);
    expect(out).toContain(ws.configFile);
    expect(out).toContain('unknown key "agnets"');
    expect(out).toContain('Fix:');
  });

  it('serve refuses to start on a config error, with exit code 2 and nothing on stdout', () => {
    ws.writeConfig({ clearanceLevels: ['public'], agents: { a: { clearance: 'top', capabilities: [] } } });
    let status = 0;
    let stdout = '';
    let stderr = '';
    try {
      execFileSync(process.execPath, [BIN, 'serve', '--config', ws.configFile], { encoding: 'utf8', input: '' });
    } catch (err: any) {
      status = err.status;
      stdout = err.stdout;
      stderr = err.stderr;
    }
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('$.agents.a.clearance');
  });
});

describe('generated JSON Schemas', () => {
  it('match the zod schemas (run `npm run schemas` after changing them)', () => {
    for (const [name, text] of Object.entries(renderSchemas())) {
      expect(readFileSync(join(REPO, 'schemas', name), 'utf8'), name).toBe(text);
    }
  });
});
