import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keyFromSecret } from '../../src/audit/audit-key.js';
import { readCheckpoint } from '../../src/audit/checkpoint.js';
import { verifyAuditFile } from '../../src/audit/verify.js';
import { AuditWriteError, openAuditWriter } from '../../src/audit/writer.js';
import { cleanupTempDirs, makeTempDir, readLines, sampleEntry } from './audit-fixtures.js';

afterEach(cleanupTempDirs);

const ids = (file: string): string[] => (existsSync(file) ? readLines(file).map((line) => JSON.parse(line).auditId as string) : []);

describe('writeSoon: the records of one tick in one append', () => {
  it('writes nothing before the tick ends, then every record in order, chained and verifiable', async () => {
    const file = join(makeTempDir(), 'audit.ndjson');
    const writer = openAuditWriter(file);
    const pending = [0, 1, 2, 3, 4].map((i) => writer.writeSoon(sampleEntry(i)));
    expect(ids(file)).toEqual([]); // still queued: no answer may go out yet
    await Promise.all(pending);
    expect(ids(file)).toEqual(['id-0', 'id-1', 'id-2', 'id-3', 'id-4']);
    expect(readLines(file).map((line) => JSON.parse(line).seq)).toEqual([1, 2, 3, 4, 5]);
    await Promise.all([writer.writeSoon(sampleEntry(5)), writer.writeSoon(sampleEntry(6))]);
    await writer.close();
    expect(await verifyAuditFile(file)).toEqual({ ok: true, records: 7 });
  });

  it('each promise settles only after its own line is on disk', async () => {
    const file = join(makeTempDir(), 'audit.ndjson');
    const writer = openAuditWriter(file);
    const seenAtSettle: string[][] = [];
    await Promise.all([0, 1, 2].map((i) => writer.writeSoon(sampleEntry(i)).then(() => seenAtSettle.push(ids(file)))));
    for (const seen of seenAtSettle) expect(seen).toEqual(['id-0', 'id-1', 'id-2']);
    await writer.close();
  });

  it('a synchronous write goes out with the records queued before it, in order', async () => {
    const file = join(makeTempDir(), 'audit.ndjson');
    const writer = openAuditWriter(file);
    const queued = [writer.writeSoon(sampleEntry(0)), writer.writeSoon(sampleEntry(1))];
    writer.write(sampleEntry(2));
    expect(ids(file)).toEqual(['id-0', 'id-1', 'id-2']);
    await Promise.all(queued);
    await writer.close();
    expect(await verifyAuditFile(file)).toEqual({ ok: true, records: 3 });
  });

  it('close writes what is still queued', async () => {
    const file = join(makeTempDir(), 'audit.ndjson');
    const writer = openAuditWriter(file);
    const queued = writer.writeSoon(sampleEntry(0));
    await writer.close();
    await queued;
    expect(ids(file)).toEqual(['id-0']);
    await expect(writer.writeSoon(sampleEntry(1))).rejects.toThrow(/closed/);
  });

  it('keeps the keyed chain and its checkpoints', async () => {
    const dir = makeTempDir();
    const file = join(dir, 'audit.ndjson');
    const key = keyFromSecret(Buffer.from('0123456789abcdef0123456789abcdef'));
    const writer = openAuditWriter(file, { key, checkpointEvery: 3 });
    for (let tick = 0; tick < 3; tick += 1) await Promise.all([0, 1, 2, 3].map((i) => writer.writeSoon(sampleEntry(tick * 4 + i))));
    await writer.close();
    expect(await verifyAuditFile(file, { key })).toMatchObject({ ok: true, records: 12 });
    const lines = readLines(file).map((line) => JSON.parse(line));
    expect(lines.every((r) => r.keyId === key.id)).toBe(true);
    const checkpoint = readCheckpoint(file, key);
    expect(checkpoint.status).toBe('ok');
    expect(JSON.stringify(checkpoint)).toContain(lines.at(-1).hash);
  });

  it.runIf(existsSync('/dev/full'))('fails closed: when the append fails, every record of the tick is refused, and later ones too', async () => {
    const writer = openAuditWriter('/dev/full'); // every write fails with ENOSPC
    const outcomes = await Promise.allSettled([0, 1, 2].map((i) => writer.writeSoon(sampleEntry(i))));
    for (const outcome of outcomes) {
      expect(outcome.status).toBe('rejected');
      if (outcome.status === 'rejected') {
        expect(outcome.reason).toBeInstanceOf(AuditWriteError);
        expect(String(outcome.reason.message)).toMatch(/cannot be written: .*ENOSPC/);
      }
    }
    expect(writer.healthy).toBe(false);
    await expect(writer.writeSoon(sampleEntry(3))).rejects.toBeInstanceOf(AuditWriteError);
    expect(() => writer.write(sampleEntry(4))).toThrow(/cannot be written/);
    await writer.close().catch(() => undefined);
  });
});
