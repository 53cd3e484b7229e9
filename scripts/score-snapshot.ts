// Pins what the scanner decides, so a change meant only to make it faster can prove it changed
// nothing: every score (to the last bit), verdict, rule id, hidden-character count, secret count
// and the delivered text, on the development split and on real documents, hashed into a fixture.
//   npm run check:scores              compare with test/fixtures/scan-score-snapshot.json
//   npm run check:scores -- --write   record the current scanner's decisions (after a change to
//                                     what is detected, never to make a speed change pass)
// Rows are hashed in buckets, so a mismatch names the rows to look at without a huge fixture.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { realDocuments } from '../bench/real-docs.js';
import { prepareScanner, DEFAULT_SCAN_POLICY, scanText } from '../src/scan/index.js';
import { DATASET } from './detector-data.js';
import { docPieces } from './docs-corpus.js';

// many texts in one process: the scanner's patterns compiled first stay fast (src/scan/prepare.ts)
await prepareScanner();

const FIXTURE = fileURLToPath(new URL('../test/fixtures/scan-score-snapshot.json', import.meta.url));
const BUCKETS = 64;

interface Item {
  key: string;
  text: string;
}

type Corpus = Record<string, string>; // bucket (or key) → hash
interface Snapshot {
  note: string;
  corpora: Record<string, { items: number; buckets: Corpus }>;
}

function sha(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/** Everything scanText decides about one text, as a stable string. */
function decision(text: string): string {
  const r = scanText(text, DEFAULT_SCAN_POLICY);
  const hidden = Object.entries(r.hidden).sort(([a], [b]) => a.localeCompare(b));
  // A score's exact bits: toString round-trips every double.
  return JSON.stringify([r.score.toString(), r.verdict, r.rules.map((h) => `${h.ruleId}/${h.category}`), hidden, r.secrets.length, sha(r.text)]);
}

function bucketOf(key: string): string {
  return String(parseInt(sha(key).slice(0, 8), 16) % BUCKETS).padStart(2, '0');
}

function snapshotOf(items: Iterable<Item>): { items: number; buckets: Corpus } {
  const lines = new Map<string, string[]>();
  let n = 0;
  for (const item of items) {
    n++;
    const b = bucketOf(item.key);
    const list = lines.get(b) ?? [];
    list.push(`${item.key}\t${decision(item.text)}`);
    lines.set(b, list);
  }
  const buckets: Corpus = {};
  for (const b of [...lines.keys()].sort()) buckets[b] = sha(lines.get(b)!.sort().join('\n')).slice(0, 16);
  return { items: n, buckets };
}

function* devRows(): Generator<Item> {
  for (const line of readFileSync(DATASET, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: string; text: string };
    yield { key: row.id, text: row.text };
  }
}

function* realDocs(): Generator<Item> {
  // bench/real-docs.ts's corpus: whole documents, so long ones go through the windowed path.
  for (const text of realDocuments()) yield { key: `doc-${sha(text).slice(0, 16)}`, text };
}

function* docPieceItems(): Generator<Item> {
  for (const p of docPieces()) yield { key: `${p.file}@${p.offset}`, text: p.text };
}

const CORPORA: Record<string, () => Iterable<Item>> = {
  'development split': devRows,
  'real documents (whole)': realDocs,
  'real documents (4 KB pieces)': docPieceItems,
};

function main(): number {
  const write = process.argv.includes('--write');
  if (!existsSync(DATASET)) {
    process.stderr.write(`check:scores: the development split is missing (${DATASET}); set DETECTOR_DATASET to its path\n`);
    return 2;
  }
  const now: Snapshot = {
    note: 'Produced by scripts/score-snapshot.ts (npm run check:scores -- --write); do not edit by hand.',
    corpora: {},
  };
  for (const [name, items] of Object.entries(CORPORA)) {
    const t0 = performance.now();
    now.corpora[name] = snapshotOf(items());
    process.stderr.write(`check:scores: ${name}: ${now.corpora[name]!.items} texts in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  if (write) {
    writeFileSync(FIXTURE, `${JSON.stringify(now, null, 2)}\n`);
    process.stdout.write(`wrote ${FIXTURE}\n`);
    return 0;
  }
  const before = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Snapshot;
  let differences = 0;
  for (const [name, snap] of Object.entries(now.corpora)) {
    const old = before.corpora[name];
    if (!old) {
      process.stdout.write(`${name}: not in the fixture\n`);
      differences++;
      continue;
    }
    if (old.items !== snap.items) process.stdout.write(`${name}: ${old.items} texts in the fixture, ${snap.items} now (the corpus changed)\n`);
    const changed = Object.keys({ ...old.buckets, ...snap.buckets }).filter((b) => old.buckets[b] !== snap.buckets[b]);
    differences += changed.length;
    process.stdout.write(`${name}: ${changed.length ? `${changed.length} of ${BUCKETS} buckets differ (${changed.join(', ')})` : 'identical'}\n`);
  }
  return differences ? 1 : 0;
}

process.exitCode = main();
