// Trains the injection detector on the whole development split and the probe rounds
// (scripts/probes) and writes the weights that ship with the scanner (src/scan/model/weights.json). Deterministic: same data, same bytes.
// Run with `npm run train:detector`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodeModel } from '../src/scan/model/codec.js';
import { DATASET, featurize, isProbe, loadTrainingRows, markNovel } from './detector-data.js';
import { trainDetector } from './detector-train-core.js';
import { INPUT_NAMES } from '../src/scan/combiner.js';

const out = fileURLToPath(new URL('../src/scan/model/weights.json', import.meta.url));
const started = performance.now();
const rows = loadTrainingRows();
const probes = rows.filter(isProbe).length;
const docs = featurize(rows);
process.stderr.write(`  ${markNovel(docs)} injected rows located by their clean carrier\n`);
// Combiner fitted on scores from models that never saw the source (one group per source).
const model = trainDetector(docs, 99, (m) => process.stderr.write(`  ${m}\n`));
const stored = encodeModel(model, `${rows.length - probes} rows of ${DATASET.split('/').slice(-3).join('/')} and ${probes} probe rows`);
const json = JSON.stringify(stored);
writeFileSync(out, `${json}\n`);
const secs = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(`combiner: bias ${model.combiner.bias.toFixed(3)}; ${INPUT_NAMES.map((n, i) => `${n} ${model.combiner.weights[i]!.toFixed(3)}`).join(', ')}\n`);
process.stdout.write(`trained on ${rows.length} rows in ${secs}s; wrote ${out} (${Math.round(json.length / 1024)} KB)\n`);
