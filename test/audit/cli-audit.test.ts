import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/audit.js';
import { resolveAuditFile } from '../../src/cli/audit-file-arg.js';
import { openAuditWriter } from '../../src/audit/writer.js';
import { captureStream, cleanupTempDirs, makeTempDir, sampleEntry, writeSampleLog } from './audit-fixtures.js';

afterEach(cleanupTempDirs);

async function run(argv: string[], signal?: AbortSignal): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await main(argv, { stdout: stdout.stream, stderr: stderr.stream, signal });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

async function sampleLog(count: number): Promise<string> {
  const file = join(makeTempDir(), 'audit.ndjson');
  await writeSampleLog(file, count);
  return file;
}

describe('mcp-firewall audit', () => {
  it('verify prints OK for an intact chain', async () => {
    const file = await sampleLog(5);
    expect(await run(['verify', file])).toEqual({ code: 0, stdout: 'OK: 5 records, chain intact\n', stderr: '' });
  });

  it('verify prints BROKEN with the line and returns 1', async () => {
    const file = await sampleLog(5);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"agent":"agent-b"', '"agent":"agent-x"'));
    expect(await run(['verify', file])).toEqual({
      code: 1, stdout: 'BROKEN at line 2: hash mismatch: the record was edited\n', stderr: '',
    });
  });

  it('finds the file through the config audit.file, relative to the config', async () => {
    const dir = makeTempDir();
    await writeSampleLog(join(dir, 'logs', 'audit.ndjson'), 2);
    writeFileSync(join(dir, 'firewall.json'), JSON.stringify({ audit: { file: 'logs/audit.ndjson' } }));
    expect(await run(['verify', '--config', join(dir, 'firewall.json')])).toMatchObject({ code: 0, stdout: 'OK: 2 records, chain intact\n' });
  });

  it('defaults to mcp.config.json, else mcp.config.example.json, in the cwd', () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'mcp.config.example.json'), JSON.stringify({ audit: { file: 'example.ndjson' } }));
    expect(resolveAuditFile({ cwd: dir })).toBe(join(dir, 'example.ndjson'));
    writeFileSync(join(dir, 'mcp.config.json'), JSON.stringify({ audit: { file: './real.ndjson' } }));
    expect(resolveAuditFile({ cwd: dir })).toBe(join(dir, 'real.ndjson'));
    expect(resolveAuditFile({ cwd: dir, file: 'given.ndjson' })).toBe(join(dir, 'given.ndjson'));
  });

  it('tail neutralises terminal escapes in logged names', async () => {
    const file = join(makeTempDir(), 'audit.ndjson');
    const writer = openAuditWriter(file);
    writer.write(sampleEntry(0, { agent: '\u001b[2Jevil' }));
    await writer.close();
    const { stdout } = await run(['tail', file]);
    expect(stdout).not.toContain('\u001b');
    expect(stdout).toContain('agent=\\u{1b}[2Jevil');
  });

  it('tail -n prints the last records as one-liners', async () => {
    const file = await sampleLog(5);
    const { code, stdout } = await run(['tail', file, '-n', '2']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\S+Z allow ok agent=agent-b everything__echo 4\.5ms id=id-3$/);
    expect(lines[1]).toMatch(/ agent=agent-a everything__echo 5\.5ms id=id-4$/);
  });

  it('tail --follow prints records appended later until stopped', async () => {
    const file = await sampleLog(1);
    const stop = new AbortController();
    const stdout = captureStream();
    const done = main(['tail', file, '-n', '0', '--follow'], { stdout: stdout.stream, stderr: captureStream().stream, signal: stop.signal });
    const writer = openAuditWriter(file);
    writer.write(sampleEntry(7, { decision: 'deny', reason: 'POLICY_DENIED' }));
    await writer.close();
    await expect.poll(() => stdout.text(), { timeout: 5000 }).toMatch(/deny  POLICY_DENIED .* id=id-7\n$/);
    stop.abort();
    expect(await done).toBe(0);
    expect(stdout.text().split('\n')).toHaveLength(2);
  });

  it('summary prints the table and notes unreadable lines', async () => {
    const file = await sampleLog(3);
    appendFileSync(file, 'not json\n');
    const { code, stdout, stderr } = await run(['summary', file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^everything__echo\s+allow\s+ok\s+3$/m);
    expect(stdout).toMatch(/^TOTAL\s+3$/m);
    expect(stderr).toMatch(/1 unreadable lines were not counted/);
  });

  it.each([
    [[]],
    [['frobnicate']],
    [['verify', 'a', 'b']],
    [['verify', '-n', '3']],
    [['tail', '-n', 'many']],
    [['tail', '--bogus']],
  ])('returns 2 with usage for %j', async (argv) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage: mcp-firewall audit/);
  });

  it('returns 2 naming the config when it has no audit.file', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'c.json'), '{}');
    const { code, stderr } = await run(['verify', '--config', join(dir, 'c.json')]);
    expect(code).toBe(2);
    expect(stderr).toContain('audit.file');
  });

  it('returns 1 when the audit file does not exist', async () => {
    const { code, stderr } = await run(['verify', join(makeTempDir(), 'missing.ndjson')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot read the audit file \(ENOENT\)/);
  });
});
