// The hashed feature space the tokenizer (features.ts) writes into and the window models are
// weighted over: its size, the slots each token fills, the seeds that keep the slots apart, and
// the ids of single words and punctuation characters as the tokenizer computes them.
import * as lexicon from './lexicon.js';

const wordHash = lexicon.wordHash;

export const HASH_BITS = 18;
export const HASH_SIZE = 1 << HASH_BITS;
export const MASK = HASH_SIZE - 1;
/** N-gram feature slots per token; an unused slot holds -1. */
export const SLOTS = 5;
export const NONE = -1;

// Slot seeds keep the same word in different roles apart in the shared hash space.
export const SEED_BIGRAM = 0x9e3779b1;
export const SEED_START = 0x85ebca6b;
export const SEED_STEM = 0xc2b2ae35;
export const SEED_PUNCT = 0x27d4eb2f;
export const SHAPE_LONG = 0x165667b1;
export const SHAPE_PUNCT_RUN = 0x2545f491;
/** FNV-1a offset basis: the tokenizer hashes words with FNV-1a (prime 0x01000193). */
export const FNV_OFFSET = 0x811c9dc5;

/** Hash of a pair of 32-bit values into the feature space (multiply-shift: high bits). */
export function mix(a: number, b: number): number {
  return Math.imul(Math.imul(b, 0x85ebca6b) ^ a, 0xc2b2ae35) >>> (32 - HASH_BITS);
}

/** The unigram feature id of one word, as extractFeatures computes it. */
export function wordId(word: string): number {
  return wordHash(word) & MASK;
}

/** The unigram feature id of a punctuation character. */
export function punctId(c: number): number {
  return mix(SEED_PUNCT, c);
}
