import { existsSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH, type AuditEntry } from '../../src/audit/record.js';
import { verifyAuditFile, verifyAuditLines } from '../../src/audit/verify.js';
import { openAuditWriter } from '../../src/audit/writer.js';
import { cleanupTempDirs, makeTempDir, readLines, sampleEntry, writeSampleLog } from './audit-fixtures.js';

afterEach(cleanupTempDirs);

const RECORD_KEYS = [
  'agent', 'argsHash', 'auditId', 'chain', 'decision', 'durationMs', 'exposed', 'hash', 'method', 'prev', 'reason',
  'requestBytes', 'responseBytes', 'seq', 'server', 'session', 'time', 'tool', 'v',
];

describe('openAuditWriter', () => {
  it('writes records that verify, chained from the genesis hash', async () => {
    const file = join(makeTempDir(), 'logs', 'audit.ndjson');
    await writeSampleLog(file, 25);
    expect(await verifyAuditFile(file)).toEqual({ ok: true, records: 25 });
    const records = readLines(file).map((line) => JSON.parse(line));
    expect(records.map((r) => r.seq)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(records[0].prev).toBe(GENESIS_HASH);
    expect(records[1].prev).toBe(records[0].hash);
  });

  it('writes only the record keys: no pino level, pid, hostname, time or msg', async () => {
    const file = join(makeTempDir(), 'audit.ndjson');
    await writeSampleLog(file, 3);
    for (const line of readLines(file)) {
      const record = JSON.parse(line);
      expect(Object.keys(record).sort()).toEqual(RECORD_KEYS);
      expect(record.v).toBe(1);
      expect(new Date(record.time).toISOString()).toBe(record.time);
    }
  });

  it('creates the file with mode 0600', async () => {
    const file = join(makeTempDir(), 'audit.ndjson');
    await writeSampleLog(file, 1);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readLines(file)).toHaveLength(1);
  });

  it('resumes the chain across writer sessions', async () => {
    const file = join(makeTempDir(), 'audit.ndjson');
    await writeSampleLog(file, 4);
    await writeSampleLog(file, 3, 4);
    expect(await verifyAuditFile(file)).toEqual({ ok: true, records: 7 });
    const lines = readLines(file).map((line) => JSON.parse(line));
    // The second writer starts its own chain segment, anchored to the first writer's last record.
    expect(lines[4].seq).toBe(1);
    expect(lines[4].chain).not.toBe(lines[3].chain);
    expect(lines[4].prev).toBe(lines[3].hash);
  });

  it('keeps interleaved writers from two processes verifiable', async () => {
    const file = join(makeTempDir(), 'audit.ndjson');
    const a = openAuditWriter(file);
    const b = openAuditWriter(file);
    for (let i = 0; i < 5; i++) {
      a.write(sampleEntry(i));
      b.write(sampleEntry(i));
    }
    await a.close();
    await b.close();
    expect(await verifyAuditFile(file)).toEqual({ ok: true, records: 10 });
    const lines = readLines(file);
    const edited = [...lines];
    edited[5] = edited[5]!.replace('"decision":"', '"decision":"x');
    expect(verifyAuditLines(edited)).toMatchObject({ ok: false, line: 6 });
    // Line 7 is the first writer's fourth record: the gap shows at that writer's next record.
    const dropped = lines.filter((_, i) => i !== 6);
    expect(verifyAuditLines(dropped)).toMatchObject({ ok: false, line: 8, reason: expect.stringMatching(/seq jumps from 3 to 5/) });
  });

  it('resumes from the tail of a log larger than one read chunk', async () => {
    const file = join(makeTempDir(), 'audit.ndjson');
    await writeSampleLog(file, 400);
    expect(statSync(file).size).toBeGreaterThan(128 * 1024);
    await writeSampleLog(file, 1, 400);
    expect(await verifyAuditFile(file)).toEqual({ ok: true, records: 401 });
  });

  it('has every record on disk as soon as write returns, and after flush', () => {
    const file = join(makeTempDir(), 'audit.ndjson');
    const writer = openAuditWriter(file);
    writer.write(sampleEntry(0));
    writer.write(sampleEntry(1));
    writer.flush();
    expect(readLines(file).map((line) => JSON.parse(line).auditId)).toEqual(['id-0', 'id-1']);
    return writer.close();
  });

  it('refuses writes after close', async () => {
    const writer = openAuditWriter(join(makeTempDir(), 'audit.ndjson'));
    await writer.close();
    expect(() => writer.write(sampleEntry(0))).toThrow(/closed/);
  });

  it.runIf(existsSync('/dev/full'))('throws when the record cannot be written, and on every later write', async () => {
    const writer = openAuditWriter('/dev/full'); // every write fails with ENOSPC
    expect(() => writer.write(sampleEntry(0))).toThrow(/cannot be written: .*ENOSPC/);
    expect(() => writer.write(sampleEntry(1))).toThrow(/cannot be written/);
    await writer.close().catch(() => undefined);
  });

  it('continues after an unparsable last line and marks the first new record', async () => {
    const file = join(makeTempDir(), 'audit.ndjson');
    await writeSampleLog(file, 3);
    const size = statSync(file).size;
    truncateSync(file, size - 40); // a crash mid-write: the last line is cut, no newline
    await writeSampleLog(file, 2, 3);
    const lines = readLines(file);
    expect(lines).toHaveLength(5);
    const resumed = JSON.parse(lines[3] ?? '');
    expect(resumed.details).toEqual({ chainResume: 'unparsable-tail' });
    expect(resumed.seq).toBe(1);
    expect(JSON.parse(lines[4] ?? '').details).toBeUndefined();
    expect(await verifyAuditFile(file)).toMatchObject({ ok: false, line: 3, records: 2 });
  });

  it('adds the missing newline when the last record lost only its newline', async () => {
    const file = join(makeTempDir(), 'audit.ndjson');
    await writeSampleLog(file, 2);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, -1));
    await writeSampleLog(file, 1, 2);
    expect(await verifyAuditFile(file)).toEqual({ ok: true, records: 3 });
  });

  it('keeps only safe detail values and never writes unknown entry keys', async () => {
    const file = join(makeTempDir(), 'audit.ndjson');
    const writer = openAuditWriter(file);
    const entry = {
      ...sampleEntry(0),
      arguments: { secret: 'hunter2' },
      details: { count: 3, fields: ['a', 'b'], long: 'x'.repeat(500), nested: { raw: 'payload' }, nan: Number.NaN },
    } as unknown as AuditEntry;
    writer.write(entry);
    await writer.close();
    const [line] = readLines(file);
    expect(line).not.toContain('hunter2');
    expect(line).not.toContain('payload');
    const record = JSON.parse(line ?? '');
    expect(record.arguments).toBeUndefined();
    expect(record.details).toEqual({ count: 3, fields: ['a', 'b'], long: 'x'.repeat(200), detailsDropped: ['nested', 'nan'] });
    expect(await verifyAuditFile(file)).toEqual({ ok: true, records: 1 });
  });

  it('round-trips awkward strings through the hash', async () => {
    const file = join(makeTempDir(), 'audit.ndjson');
    const writer = openAuditWriter(file);
    writer.write(sampleEntry(0, { agent: 'lone\ud800surrogate "quoted"\n\u2028 é 🎉' }));
    await writer.close();
    expect(JSON.parse(readLines(file)[0] ?? '').agent).toBe('lone\ud800surrogate "quoted"\n\u2028 é 🎉');
    expect(await verifyAuditFile(file)).toEqual({ ok: true, records: 1 });
  });
});
