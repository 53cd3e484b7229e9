import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SCAN_POLICY, scanText } from '../../src/scan/index.js';
import { docPieces } from '../../scripts/docs-corpus.js';

// The documentation of the installed dependencies is real writing about code, commands, tokens
// and security that the detector never trained on: what a host's tools return every day.
describe('false alarms on real documentation', () => {
  it('blocks none of the dependencies\' documentation and flags at most 0.5% of it', () => {
    const verdicts = { pass: 0, flag: 0, block: 0 };
    const blocked: string[] = [];
    for (const piece of docPieces()) {
      const r = scanText(piece.text, DEFAULT_SCAN_POLICY);
      verdicts[r.verdict]++;
      if (r.verdict === 'block') blocked.push(`${piece.file}@${piece.offset}: ${r.rules.map((x) => x.ruleId).join(',')}`);
    }
    const total = verdicts.pass + verdicts.flag + verdicts.block;
    expect(total).toBeGreaterThan(300);
    expect(blocked).toEqual([]);
    expect(verdicts.flag / total).toBeLessThanOrEqual(0.005);
  }, 60_000);
});

/** A compiled gettext catalog (little-endian .mo) holding `pairs` of message and translation. */
function catalog(pairs: Array<[string, string]>): Buffer {
  const all: Array<[string, string]> = [['', 'Content-Type: text/plain; charset=UTF-8\n'], ...pairs];
  const strings = all.flatMap(([id, text]) => [Buffer.from(id), Buffer.from(text)]);
  const n = all.length;
  const header = 28;
  const tables = header + 16 * n;
  const out: Buffer[] = [];
  const head = Buffer.alloc(tables);
  head.writeUInt32LE(0x950412de, 0);
  head.writeUInt32LE(n, 8);
  head.writeUInt32LE(header, 12);
  head.writeUInt32LE(header + 8 * n, 16);
  let at = tables;
  strings.forEach((s, k) => {
    const table = k % 2 === 0 ? header : header + 8 * n;
    const i = Math.floor(k / 2);
    head.writeUInt32LE(s.length, table + 8 * i);
    head.writeUInt32LE(at, table + 8 * i + 4);
    at += s.length + 1;
  });
  out.push(head);
  for (const s of strings) out.push(s, Buffer.from([0]));
  return Buffer.concat(out);
}

describe('translated program messages as a corpus', () => {
  it('reads a gettext catalog as its translations, one per line, without the header', () => {
    const root = mkdtempSync(join(tmpdir(), 'mcp-firewall-locale-'));
    try {
      mkdirSync(join(root, 'de', 'LC_MESSAGES'), { recursive: true });
      writeFileSync(join(root, 'de', 'LC_MESSAGES', 'demo.mo'), catalog([['File not found', 'Datei nicht gefunden'], ['%d files', 'Eine Datei\u0000%d Dateien']]));
      expect([...docPieces(root)]).toEqual([{ file: 'de/LC_MESSAGES/demo.mo', offset: 0, text: 'Datei nicht gefunden\nEine Datei' }]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
