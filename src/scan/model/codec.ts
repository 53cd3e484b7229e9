// Encodes and decodes the detector weights. The n-gram table is quantized to int16 and stored in base64 inside a JSON module, which both tsx and
// the tsc build (resolveJsonModule) carry along. Only learned numbers ship: no dataset text.
import { STRUCT_SIZE, type DetectorModel, type WindowModel } from '../classifier.js';
import { INPUT_NAMES, INPUTS } from '../combiner.js';
import { HASH_BITS, HASH_SIZE } from '../feature-ids.js';

interface StoredTable {
  bias: number;
  scale: number;
  bits: 8 | 16;
  weights: string;
}

export interface StoredModel {
  version: 2;
  hashBits: number;
  window: number;
  ngram: StoredTable;
  struct: { bias: number; weights: number[] };
  combiner: { inputs: string[]; bias: number; weights: number[] };
  trainedOn?: string;
}

function decodeTable(t: StoredTable, size: number): WindowModel {
  const bytes = Buffer.from(t.weights, 'base64');
  // Copy: a pooled Buffer may start at an odd offset, which Int16Array cannot view.
  const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const q = t.bits === 8 ? new Int8Array(buf) : new Int16Array(buf);
  if (q.length !== size) throw new Error(`weights hold ${q.length} entries, expected ${size}`);
  const weights = new Float32Array(size);
  for (let i = 0; i < size; i++) weights[i] = q[i]! * t.scale;
  return { bias: t.bias, weights };
}

function encodeTable(m: WindowModel, bits: 8 | 16): StoredTable {
  let max = 1e-9;
  for (const w of m.weights) max = Math.max(max, Math.abs(w));
  const top = bits === 8 ? 127 : 32767;
  const scale = max / top;
  const q = bits === 8 ? new Int8Array(m.weights.length) : new Int16Array(m.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(m.weights[i]! / scale);
  return { bias: m.bias, scale, bits, weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString('base64') };
}

export function decodeModel(m: StoredModel): DetectorModel {
  if (m.version !== 2 || m.hashBits !== HASH_BITS) throw new Error('stored detector model does not match this scanner');
  if (m.combiner.inputs.join() !== INPUT_NAMES.join() || m.struct.weights.length !== STRUCT_SIZE) throw new Error('stored detector model has other inputs');
  return {
    window: m.window,
    ngram: decodeTable(m.ngram, HASH_SIZE),
    struct: { bias: m.struct.bias, weights: Float32Array.from(m.struct.weights) },
    combiner: { bias: m.combiner.bias, weights: Float64Array.from(m.combiner.weights) },
  };
}

const round = (x: number): number => Math.round(x * 1e5) / 1e5;

export function encodeModel(model: DetectorModel, trainedOn: string): StoredModel {
  if (model.combiner.weights.length !== INPUTS) throw new Error('combiner size');
  return {
    version: 2,
    hashBits: HASH_BITS,
    window: model.window,
    ngram: encodeTable(model.ngram, 16),
    struct: { bias: model.struct.bias, weights: Array.from(model.struct.weights, round) },
    combiner: { inputs: [...INPUT_NAMES], bias: model.combiner.bias, weights: Array.from(model.combiner.weights) },
    trainedOn,
  };
}
