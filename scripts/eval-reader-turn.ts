// The reader-turn signal (src/scan/reader-turn.ts) alone, at several thresholds: the share of
// development-split injections and benign rows per kind it fires on, of the generated check set,
// and of real documents (which must stay at zero at the shipped threshold). Development split
// and our own texts only. `npm run eval:reader-turn [-- --all] [-- --show KIND]` prints the firing sentence
// of rows of that kind (benign rows when KIND is "benign").
import { extractFeatures } from '../src/scan/features.js';
import { normalizeDetailed } from '../src/scan/normalize.js';
import { readerTurn } from '../src/scan/reader-turn.js';
import { READER_TURN_THRESHOLD } from '../src/scan/reader-turn-signal.js';
import { loadRows } from './detector-data.js';
import { docPieces } from './docs-corpus.js';
import { syntheticCheck } from './synthetic-check.js';

const THRESHOLDS = [1, 1.5, 1.7, 1.8, 2, READER_TURN_THRESHOLD, 2.5];
const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : undefined;

function turnOf(raw: string): { score: number; sentence: string } {
  const text = normalizeDetailed(raw).text.slice(0, 32_768);
  const f = extractFeatures(text);
  const r = readerTurn(text, f);
  const from = r.at >= 0 ? f.starts[r.at]! : 0;
  // --all: the score alone; by default as the rule sees it (plain carriers only)
  const score = process.argv.includes('--all') || (r.density === 0 && !r.documentation) ? r.score : 0;
  return { score, sentence: r.at >= 0 ? text.slice(from, from + 140) : '' };
}

type Tally = { n: number; hits: number[] };
function tally(map: Map<string, Tally>, key: string, score: number): void {
  const t = map.get(key) ?? { n: 0, hits: THRESHOLDS.map(() => 0) };
  t.n++;
  THRESHOLDS.forEach((th, i) => {
    if (score >= th) t.hits[i]!++;
  });
  map.set(key, t);
}

function print(title: string, map: Map<string, Tally>): void {
  console.log(`\n${title}\n${'kind'.padEnd(34)}${'rows'.padStart(6)}${THRESHOLDS.map((t) => `  >=${t}`.padStart(8)).join('')}`);
  for (const [k, t] of [...map].sort()) console.log(`${k.padEnd(34)}${String(t.n).padStart(6)}${t.hits.map((h) => `${((100 * h) / t.n).toFixed(1)}%`.padStart(8)).join('')}`);
}

const dev = new Map<string, Tally>();
for (const row of loadRows()) {
  const { score, sentence } = turnOf(row.text);
  const key = `${row.label === 'injection' ? 'inj' : 'ben'} ${row.kind}`;
  tally(dev, key, score);
  tally(dev, row.label === 'injection' ? 'ALL injection' : 'ALL benign', score);
  if (show !== undefined && score >= 1.5 && (row.kind === show || (show === 'benign' && row.label === 'benign'))) console.log(`${row.label} ${score.toFixed(2)} ${row.id}: ${JSON.stringify(sentence)}`);
}
print('development split', dev);

const synth = new Map<string, Tally>();
for (const row of syntheticCheck()) {
  const { score, sentence } = turnOf(row.text);
  tally(synth, `${row.label === 'injection' ? 'inj' : 'ben'} ${row.fn ?? row.kind}`, score);
  if (show === 'synthetic' && score >= 1.5 && row.label === 'benign') console.log(`synthetic ${score.toFixed(2)} ${row.kind}: ${JSON.stringify(sentence)}`);
}
print('generated check set', synth);

const docs = new Map<string, Tally>();
for (const piece of docPieces()) {
  const { score, sentence } = turnOf(piece.text);
  tally(docs, 'real documents', score);
  if (show === 'docs' && score >= 1.5) console.log(`doc ${score.toFixed(2)} ${piece.file}@${piece.offset}: ${JSON.stringify(sentence)}`);
}
print('real documents (installed dependencies)', docs);
