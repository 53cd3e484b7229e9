// Trains the injection classifier on the whole development split and writes the weights
// that ship with the scanner (src/scan/model/weights.json). Deterministic: same data, same
// bytes. Run with `npm run train:detector`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodeModel } from '../src/scan/model/index.js';
import { DATASET, featurize, loadRows } from './detector-data.js';
import { DEFAULT_TRAIN, train } from './detector-train-core.js';

const out = fileURLToPath(new URL('../src/scan/model/weights.json', import.meta.url));
const started = performance.now();
const rows = loadRows();
const docs = featurize(rows);
const model = train(docs, DEFAULT_TRAIN);
const stored = encodeModel(model, `${rows.length} rows of ${DATASET.split('/').slice(-3).join('/')}`);
writeFileSync(out, `${JSON.stringify(stored)}\n`);
const secs = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(`trained on ${rows.length} rows in ${secs}s; wrote ${out} (${Math.round(JSON.stringify(stored).length / 1024)} KB)\n`);
