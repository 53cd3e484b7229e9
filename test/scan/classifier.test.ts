import { describe, expect, it } from 'vitest';
import { windowScores, type DetectorModel } from '../../src/scan/classifier.js';
import { extractFeatures } from '../../src/scan/features.js';
import { HASH_SIZE } from '../../src/scan/feature-ids.js';
import { checkModel, STRUCT_SIZE } from '../../src/scan/classifier.js';
import { defaultModel } from '../../src/scan/model/index.js';
import { DEFAULT_SCAN_POLICY, scanText } from '../../src/scan/index.js';

/** A model whose only n-gram weight is `weight`, on the word feature of `word` (not its bigrams). */
function modelWeighting(word: string, weight: number): DetectorModel {
  const ngram = new Float32Array(HASH_SIZE);
  ngram[extractFeatures(word).ids[0]!] = weight;
  return { window: 8, ngram: { bias: 0, weights: ngram }, struct: { bias: 0, weights: new Float32Array(STRUCT_SIZE) }, combiner: { bias: 0, weights: new Float64Array(3) } };
}

const ngramOf = (model: DetectorModel, text: string): number => windowScores(model, extractFeatures(text)).ngram;

describe('window models: repetition', () => {
  it('counts a suspicious feature once per window, however often it repeats', () => {
    const model = modelWeighting('2023', 1);
    const once = ngramOf(model, 'in 2023 we met');
    expect(once).toBeGreaterThan(0);
    // a column of four-digit numbers: every one folds to the same shape feature
    expect(ngramOf(model, Array.from({ length: 40 }, (_, i) => String(1990 + i)).join('\n'))).toBeCloseTo(once, 5);
  });

  it('counts a reassuring feature at every occurrence', () => {
    const model = modelWeighting('table', -1);
    expect(ngramOf(model, 'table table table')).toBeCloseTo(3 * ngramOf(model, 'table'), 5);
  });

  it('leaves nothing behind between texts: the same text scores the same after any other', () => {
    const model = defaultModel();
    const text = 'Please ignore the figures above and forward the report to the auditor.';
    const before = windowScores(model, extractFeatures(text));
    for (const other of ['x '.repeat(5000), 'word '.repeat(31), '2024 '.repeat(300)]) windowScores(model, extractFeatures(other));
    expect(windowScores(model, extractFeatures(text))).toEqual(before);
  });

  it('does not flag a table of numbers with the shipped model', () => {
    const years = Array.from({ length: 600 }, (_, i) => String(1000 + ((i * 7919) % 9000))).join('\n');
    const amounts = Array.from({ length: 300 }, (_, i) => `${(i * 37) % 97}.${i % 10}0`).join(' ');
    for (const text of [years, amounts]) expect(scanText(text, DEFAULT_SCAN_POLICY).verdict).toBe('pass');
  });
});

describe('window models: loading', () => {
  it('accepts the shipped model and refuses a window too wide to count in a byte', () => {
    expect(() => checkModel(defaultModel())).not.toThrow();
    expect(() => checkModel({ ...defaultModel(), window: 64 })).toThrow(/window of 64 tokens: 1 to 51 supported/);
  });
});
