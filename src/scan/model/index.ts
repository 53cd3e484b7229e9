// The committed detector weights (written by scripts/train-detector.ts, format in codec.ts).
// Decoded on first use, so training and evaluation scripts never depend on the stored file.
import { checkModel, type DetectorModel } from '../classifier.js';
import { decodeModel, type StoredModel } from './codec.js';
import stored from './weights.json' with { type: 'json' };

export { decodeModel, encodeModel, type StoredModel } from './codec.js';

let cached: DetectorModel | undefined;

export function defaultModel(): DetectorModel {
  if (cached === undefined) {
    const model = decodeModel(stored as unknown as StoredModel);
    checkModel(model);
    cached = model;
  }
  return cached;
}
