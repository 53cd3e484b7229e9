import { readFileSync, truncateSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sealRecord } from '../../src/audit/record.js';
import { verifyAuditFile, verifyAuditLines } from '../../src/audit/verify.js';
import { cleanupTempDirs, makeTempDir, readLines, writeSampleLog } from './audit-fixtures.js';

afterEach(cleanupTempDirs);

async function sampleLines(count: number): Promise<{ file: string; lines: string[] }> {
  const file = join(makeTempDir(), 'audit.ndjson');
  await writeSampleLog(file, count);
  return { file, lines: readLines(file) };
}

function writeLines(file: string, lines: string[]): void {
  writeFileSync(file, lines.map((line) => `${line}\n`).join(''));
}

describe('verifyAuditLines / verifyAuditFile', () => {
  it('accepts an intact log and an empty file', async () => {
    const { file, lines } = await sampleLines(6);
    expect(verifyAuditLines(lines)).toEqual({ ok: true, records: 6 });
    expect(verifyAuditLines([...lines, ''])).toEqual({ ok: true, records: 6 });
    writeFileSync(file, '');
    expect(await verifyAuditFile(file)).toEqual({ ok: true, records: 0 });
  });

  it('names the line when one byte of it is edited, wherever the byte is', async () => {
    const { lines } = await sampleLines(5);
    const target = lines[2] ?? '';
    for (let at = 0; at < target.length; at += 1) {
      const replacement = target[at] === '1' ? '2' : '1';
      const edited = [...lines];
      edited[2] = target.slice(0, at) + replacement + target.slice(at + 1);
      expect(verifyAuditLines(edited), `byte ${at}`).toMatchObject({ ok: false, line: 3, records: 2 });
    }
  });

  it('reports a value edit as a hash mismatch', async () => {
    const { file, lines } = await sampleLines(5);
    writeLines(file, lines.map((line, i) => (i === 3 ? line.replace('"decision":"allow"', '"decision":"deny"') : line)));
    expect(await verifyAuditFile(file)).toEqual({ ok: false, line: 4, records: 3, reason: 'hash mismatch: the record was edited' });
  });

  it('catches an edit that re-sealed the record: the next line no longer links', async () => {
    const { lines } = await sampleLines(5);
    const { hash: _old, ...record } = JSON.parse(lines[1] ?? '');
    lines[1] = sealRecord({ ...record, decision: 'deny' }).line;
    expect(verifyAuditLines(lines)).toEqual({
      ok: false, line: 3, records: 2, reason: "prev does not match line 2's hash: a record was deleted or reordered",
    });
  });

  it('reports a deleted line as a seq gap', async () => {
    const { lines } = await sampleLines(6);
    lines.splice(3, 1);
    expect(verifyAuditLines(lines)).toEqual({
      ok: false, line: 4, records: 3, reason: 'seq jumps from 3 to 5: a record was deleted or moved',
    });
  });

  it('reports a deleted first line', async () => {
    const { lines } = await sampleLines(3);
    expect(verifyAuditLines(lines.slice(1))).toMatchObject({ ok: false, line: 1, records: 0 });
  });

  it('reports swapped lines', async () => {
    const { lines } = await sampleLines(6);
    [lines[2], lines[3]] = [lines[3] ?? '', lines[2] ?? ''];
    expect(verifyAuditLines(lines)).toMatchObject({ ok: false, line: 3, reason: expect.stringMatching(/seq jumps from 2 to 4/) });
  });

  it('reports a truncated last line', async () => {
    const { file } = await sampleLines(4);
    truncateSync(file, statSync(file).size - 30);
    expect(await verifyAuditFile(file)).toMatchObject({ ok: false, line: 4, records: 3, reason: expect.stringMatching(/^unparsable line/) });
  });

  it('reports a last record whose newline was cut off', async () => {
    const { file } = await sampleLines(4);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, -1));
    expect(await verifyAuditFile(file)).toEqual({
      ok: false, line: 4, records: 3, reason: 'the last line has no newline: the file was truncated mid-record',
    });
  });

  it.each([
    ['an empty line', () => '', 'empty line'],
    ['a reformatted record', (line: string) => JSON.stringify(JSON.parse(line), null, 1).replace(/\n/g, ''), 'line is not in the form the writer wrote: the record was reformatted'],
    ['a record without its hash', (line: string) => line.replace(/,"hash":"[0-9a-f]{64}"/, ''), 'hash is missing or not a sha256 hex digest'],
  ])('reports %s', async (_name, damage, reason) => {
    const { lines } = await sampleLines(3);
    lines[1] = damage(lines[1] ?? '');
    expect(verifyAuditLines(lines)).toEqual({ ok: false, line: 2, records: 1, reason });
  });
});
