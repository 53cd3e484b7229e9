// Loads the committed classifier weights. They are stored as int16 in base64 inside a JSON
// module, which both tsx and the tsc build (resolveJsonModule) carry along.
import type { LinearModel } from '../classifier.js';
import { HASH_SIZE } from '../features.js';
import stored from './weights.json' with { type: 'json' };

export interface StoredModel {
  version: number;
  hashBits: number;
  window: number;
  bias: number;
  scale: number;
  weights: string;
  trainedOn?: string;
}

export function decodeModel(m: StoredModel): LinearModel {
  const bytes = Buffer.from(m.weights, 'base64');
  // Copy: a pooled Buffer may start at an odd offset, which Int16Array cannot view.
  const q = new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  if (q.length !== HASH_SIZE) throw new Error(`weights hold ${q.length} entries, expected ${HASH_SIZE}`);
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! * m.scale;
  return { window: m.window, bias: m.bias, weights };
}

export function encodeModel(model: LinearModel, trainedOn: string): StoredModel {
  let max = 1e-9;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 32767;
  const q = new Int16Array(model.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(model.weights[i]! / scale);
  const weights = Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString('base64');
  return { version: 1, hashBits: Math.log2(HASH_SIZE), window: model.window, bias: model.bias, scale, weights, trainedOn };
}

export const MODEL: LinearModel = decodeModel(stored as StoredModel);
