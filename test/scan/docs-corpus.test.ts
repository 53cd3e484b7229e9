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

describe('manual pages as a corpus', () => {
  const PAGE = [
    '.\\" a comment the reader never sees',
    '.TH DEMO 1 "2024" "demo 1.0"',
    '.SH NAME',
    'demo \\- show what a manual page holds',
    '.SH OPTIONS',
    '.TP 2m',
    '.BR \\-q , " \\-\\-quiet"',
    'Print nothing; \\fBdemo\\fR exits with status 0 \\(em or 1.',
    '.IP "\\(bu" 4',
    'The \\fIfile\\fP is read \\*(Lqas is\\*(Rq.',
    '.sp',
    '.RS 4',
    'Use\\ it\\&.',
  ].join('\n');

  it('reads roff source as the words its reader sees, without formatter or layout requests', () => {
    const root = mkdtempSync(join(tmpdir(), 'mcp-firewall-man-'));
    try {
      mkdirSync(join(root, 'man1'));
      writeFileSync(join(root, 'man1', 'demo.1'), PAGE);
      const [piece] = [...docPieces(root)];
      expect(piece?.text).toBe(
        ['NAME', 'demo - show what a manual page holds', 'OPTIONS', '-q, --quiet', 'Print nothing; demo exits with status 0 \u2014 or 1.', '\u2022', 'The file is read as is.', 'Use it.'].join('\n'),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('puts a page on one side for every section and language', () => {
    const root = mkdtempSync(join(tmpdir(), 'mcp-firewall-man-'));
    try {
      const names = Array.from({ length: 40 }, (_, i) => `page${i}`);
      for (const dir of ['man1', 'man8', join('de', 'man1')]) {
        mkdirSync(join(root, dir), { recursive: true });
        for (const name of names) writeFileSync(join(root, dir, `${name}.${dir.endsWith('8') ? 8 : 1}`), `${name}\n`);
      }
      const side = (half: 'dev' | 'held'): Set<string> => new Set([...docPieces(root, half)].map((p) => p.text));
      const dev = side('dev');
      const held = side('held');
      // each name is in one half only, with all three of its copies, and both halves are used
      expect([...dev].filter((t) => held.has(t))).toEqual([]);
      expect(dev.size + held.size).toBe(names.length);
      expect(dev.size).toBeGreaterThan(5);
      expect(held.size).toBeGreaterThan(5);
      expect([...docPieces(root, 'dev')].length).toBe(3 * dev.size);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
