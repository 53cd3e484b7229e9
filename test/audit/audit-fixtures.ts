import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { openAuditWriter } from '../../src/audit/writer.js';
import type { AuditEntry } from '../../src/audit/record.js';

/** Temp dirs made by a test file; `cleanupTempDirs` in afterEach removes them. */
const made: string[] = [];

export function makeTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mcp-fw-audit-'));
  made.push(dir);
  return dir;
}

export function cleanupTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function sampleEntry(index: number, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    auditId: `id-${index}`,
    agent: index % 2 === 0 ? 'agent-a' : 'agent-b',
    session: 'session-1',
    method: 'tools/call',
    exposed: 'everything__echo',
    server: 'everything',
    tool: 'echo',
    decision: 'allow',
    reason: 'ok',
    requestBytes: 100 + index,
    responseBytes: 200 + index,
    argsHash: 'a'.repeat(64),
    durationMs: 1.5 + index,
    ...overrides,
  };
}

/** Writes `count` sample records with the real writer and closes it. */
export async function writeSampleLog(file: string, count: number, from = 0): Promise<void> {
  const writer = openAuditWriter(file);
  for (let index = from; index < from + count; index += 1) writer.write(sampleEntry(index));
  await writer.close();
}

export function readLines(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').slice(0, -1);
}

/** A stream that keeps what is written to it, for the CLI's captured io. */
export function captureStream(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}
