import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/host.js';
import { REPO } from '../helpers/workspace.js';

/**
 * The owner's workflow for prompts and resources through the real CLI: manifest init drafts
 * them pinned, approve clears the DRAFT notes, check reports them, lock re-pins a changed one.
 */

const FIXTURE = join(REPO, 'test/fixtures/resource-server.mjs');
const dir = mkdtempSync(join(tmpdir(), 'mcp-fw-items-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): { status: number; out: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  return { status: result.status ?? -1, out: `${result.stdout}${result.stderr}` };
}

describe('manifest init, approve, check and lock on prompts and resources', () => {
  it('drafts, approves, reports and re-pins them', { timeout: 120_000 }, () => {
    expect(run(['config', 'init']).status).toBe(0);
    const config = join(dir, 'mcp.config.json');
    const manifest = join(dir, 'manifests', 'res.json');
    const init = run(['manifest', 'init', 'res', '--config', config, '--no-identity', '--', 'node', FIXTURE]);
    expect(init.status, init.out).toBe(0);
    expect(init.out).toContain('prompt(s) and resource(s)');
    const draft = JSON.parse(readFileSync(manifest, 'utf8'));
    expect(Object.keys(draft.prompts).sort()).toEqual(['greet', 'hidden', 'leaky', 'shifty']);
    expect(draft.prompts.greet.arguments).toEqual({ type: 'object', properties: { name: { type: 'string', maxLength: 1000, description: 'Who to greet' } }, required: ['name'] });
    expect(draft.resources.note).toMatchObject({ uriTemplate: 'res://notes/{id}', mimeTypes: ['text/plain'], sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(draft.resources['bin/logo']).toMatchObject({ uri: 'res://bin/logo', mimeTypes: ['image/png'] });
    expect(draft.prompts.greet.review).toMatch(/^DRAFT/);

    const drafted = run(['check', '--config', config]);
    expect(drafted.status).toBe(1);
    expect(drafted.out).toContain('prompt greet');

    const approve = run(['manifest', 'approve', 'res', '--config', config, '--clearance', 'public']);
    expect(approve.status, approve.out).toBe(0);
    const approved = JSON.parse(readFileSync(manifest, 'utf8'));
    expect(approved.prompts.greet.review).toBeUndefined();
    expect(approved.resources.note.review).toBeUndefined();

    const check = run(['check', '--config', config]);
    expect(check.status, check.out).toBe(0);
    expect(check.out).toMatch(/prompt\s+res__greet\s+public\s+.*ok/);
    expect(check.out).toMatch(/template\s+res\+res:\/\/notes\/\{id\}\s+public\s+.*ok/);

    // An approved prompt whose description changed: check names the field, lock re-pins it.
    approved.prompts.greet.sha256 = 'a'.repeat(64);
    approved.prompts.greet.pins.description = 'b'.repeat(64);
    writeFileSync(manifest, JSON.stringify(approved, null, 2));
    const mismatch = run(['check', '--config', config]);
    expect(mismatch.status).toBe(1);
    expect(mismatch.out).toMatch(/res__greet.*MISMATCH \(description\)/);
    const lock = run(['manifest', 'lock', 'res', '--config', config, '--yes']);
    expect(lock.status, lock.out).toBe(0);
    expect(lock.out).toContain('prompt greet: CHANGED description');
    expect(run(['check', '--config', config]).status).toBe(0);
  });
});
