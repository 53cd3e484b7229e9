// What the tokenizer (features.ts) returns, and the buffers it writes tokens into: one shared
// set reused between calls, doubled when a text has more tokens than it holds.
import * as featureIds from './feature-ids.js';

const SLOTS = featureIds.SLOTS;

/** Bit set in `cls` when the token starts a sentence or line. */
export const AT_START = 0x80;

export interface TokenFeatures {
  /** SLOTS n-gram feature ids per token, valid up to count * SLOTS. */
  ids: Int32Array;
  /** Character offset where each token starts (for rule anchors), valid up to count. */
  starts: Int32Array;
  /** Word class (lexicon.ts `C`) per token, | AT_START at a sentence or line start. */
  cls: Uint8Array;
  /** Lexicon entry per token, -1 when the word is not in the lexicon. */
  entry: Int16Array;
  count: number;
  /** [start, end) offsets of runs of base64/hex alphabet characters of 24 or more. */
  longRuns: number[];
  /** True when five or more one-character words follow each other ("i g n o r e"). */
  spacedLetters: boolean;
  /**
   * False only when no credential pattern (secrets.ts) can match: no ':' or '=', no token of
   * 16+ characters, no base64 run, no "-----", no token starting "eyJ", no credential word.
   */
  maybeSecret: boolean;
  /** True when the text holds any character above U+007F. */
  nonAscii: boolean;
  /** Bit set of ASCII punctuation seen: 1 << (code & 31) for codes 0x20–0x3f and 0x5b–0x7e folded. */
  punct: number;
}

/** The bit `punct` holds for an ASCII punctuation character. */
export function punctBit(ch: string): number {
  return 1 << (ch.charCodeAt(0) & 31);
}

/** The per-token arrays of TokenFeatures, with room for `starts.length` tokens. */
export interface Buffers {
  ids: Int32Array;
  starts: Int32Array;
  cls: Uint8Array;
  entry: Int16Array;
}

function newBuffers(tokens: number): Buffers {
  return { ids: new Int32Array(SLOTS * tokens), starts: new Int32Array(tokens), cls: new Uint8Array(tokens), entry: new Int16Array(tokens) };
}

let shared: Buffers = newBuffers(4096);

/** The buffers one call writes into: the shared set, or when `own` a new set sized for the text. */
export function buffersFor(textLength: number, own: boolean): Buffers {
  return own ? newBuffers(Math.max(16, textLength >> 2)) : shared;
}

/** Buffers of twice the room holding the tokens of `b`; they become the shared set unless `own`. */
export function grow(b: Buffers, own: boolean): Buffers {
  const n = newBuffers(b.starts.length * 2);
  n.ids.set(b.ids);
  n.starts.set(b.starts);
  n.cls.set(b.cls);
  n.entry.set(b.entry);
  if (!own) shared = n;
  return n;
}
