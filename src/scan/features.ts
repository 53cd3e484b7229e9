// Hashed features for the injection classifier. One hand-written pass over the characters
// (no regexes, no intermediate strings) so scoring keeps up with the firewall's throughput.
// Training (scripts/train-detector.ts) and runtime share this file, so they can never drift.

export const HASH_BITS = 18;
export const HASH_SIZE = 1 << HASH_BITS;
const MASK = HASH_SIZE - 1;
/** Feature slots per token; an unused slot holds -1. */
export const SLOTS = 5;
export const NONE = -1;

// Slot seeds keep the same word in different roles apart in the shared hash space.
const SEED_BIGRAM = 0x9e3779b1;
const SEED_START = 0x85ebca6b;
const SEED_STEM = 0xc2b2ae35;
const SEED_PUNCT = 0x27d4eb2f;
const SHAPE_LONG = 0x165667b1;
const SHAPE_PUNCT_RUN = 0x2545f491;
const FNV_OFFSET = 0x811c9dc5;
const STEM_LEN = 5;

export interface TokenFeatures {
  /** SLOTS feature ids per token, valid up to count * SLOTS. */
  ids: Int32Array;
  /** Character offset where each token starts (for rule anchors), valid up to count. */
  starts: Int32Array;
  count: number;
  /** [start, end) offsets of runs of base64/hex alphabet characters of 24 or more. */
  longRuns: number[];
  /** True when five or more one-character words follow each other ("i g n o r e"). */
  spacedLetters: boolean;
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ (b >>> 15), 0x2c1b3c6d) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0x297a2d39);
  return (h ^ (h >>> 16)) & MASK;
}

function isSentenceEnd(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b || c === 0x0a;
}

function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || c === 0x27 || c === 0x5f;
  // General punctuation, CJK punctuation and spaces separate words; other non-ASCII is a letter.
  return !(c <= 0xbf || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || c === 0xfeff);
}

function isBase64Char(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f || c === 0x3d || c === 0x2d || c === 0x5f;
}

let shared: Int32Array = new Int32Array(SLOTS * 4096);
let sharedStarts: Int32Array = new Int32Array(4096);

/** The unigram feature id of one lower-case word, as extractFeatures computes it. */
export function wordId(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    let d = word.charCodeAt(i);
    if (d >= 0x31 && d <= 0x39) d = 0x30;
    h = Math.imul(h ^ d, 0x01000193);
  }
  return h & MASK;
}

/** Tokenizes `text` and returns each token's hashed features. Reuses one buffer per call. */
export function extractFeatures(text: string, ownBuffer = false): TokenFeatures {
  let ids: Int32Array = ownBuffer ? new Int32Array(SLOTS * 1024) : shared;
  let starts: Int32Array = ownBuffer ? new Int32Array(1024) : sharedStarts;
  let count = 0;
  const longRuns: number[] = [];
  let spacedRun = 0;
  let spacedLetters = false;
  let prev = FNV_OFFSET; // hash of the previous token, for bigrams
  let atSentenceStart = true;
  let punctRun = 0;
  let lastPunct = -1;
  let b64Start = -1;
  const n = text.length;
  let i = 0;
  while (i <= n) {
    const c = i < n ? text.charCodeAt(i) : 0x20;
    // base64/hex runs, tracked independently of words
    if (i < n && isBase64Char(c)) {
      if (b64Start < 0) b64Start = i;
    } else if (b64Start >= 0) {
      if (i - b64Start >= 24) longRuns.push(b64Start, i);
      b64Start = -1;
    }
    if (i < n && isWordChar(c)) {
      const start = i;
      let h = FNV_OFFSET;
      let stem = NONE;
      while (i < n) {
        let d = text.charCodeAt(i);
        if (!isWordChar(d)) break;
        if (d >= 0x41 && d <= 0x5a) d += 32;
        else if (d >= 0x31 && d <= 0x39) d = 0x30; // numbers collapse to their shape
        h = Math.imul(h ^ d, 0x01000193);
        i++;
        if (i - start === STEM_LEN) stem = h;
      }
      const len = i - start;
      if (count >= starts.length) [ids, starts] = grow(ids, starts, ownBuffer);
      const o = count * SLOTS;
      starts[count] = start;
      ids[o] = h & MASK;
      ids[o + 1] = mix(prev ^ SEED_BIGRAM, h);
      ids[o + 2] = atSentenceStart ? mix(SEED_START, h) : NONE;
      ids[o + 3] = len >= STEM_LEN + 2 ? mix(SEED_STEM, stem) : NONE;
      ids[o + 4] = len >= 20 ? SHAPE_LONG & MASK : NONE;
      count++;
      prev = h;
      atSentenceStart = false;
      punctRun = 0;
      lastPunct = -1;
      spacedRun = len === 1 ? spacedRun + 1 : 0;
      if (spacedRun >= 5) spacedLetters = true;
      continue;
    }
    if (c === 0x0a || (c > 0x20 && c !== 0xa0 && i < n && c !== 0x20 && c !== 0x09 && c !== 0x0d)) {
      // punctuation: one token per run of the same character, so "-----" is one token
      if (isSentenceEnd(c)) atSentenceStart = true;
      if (c === lastPunct) {
        punctRun++;
        if (punctRun === 3) ids[(count - 1) * SLOTS + 4] = SHAPE_PUNCT_RUN & MASK;
      } else if (c !== 0x0a) {
        if (count >= starts.length) [ids, starts] = grow(ids, starts, ownBuffer);
        const o = count * SLOTS;
        starts[count] = i;
        const h = mix(SEED_PUNCT, c);
        ids[o] = h;
        ids[o + 1] = mix(prev ^ SEED_BIGRAM, h);
        ids[o + 2] = NONE;
        ids[o + 3] = NONE;
        ids[o + 4] = NONE;
        count++;
        prev = h;
        punctRun = 1;
      }
      lastPunct = c;
    } else if (c !== 0x20 && spacedRun > 0 && c !== 0x09) {
      spacedRun = 0;
    }
    i++;
  }
  return { ids, starts, count, longRuns, spacedLetters };
}

function grow(ids: Int32Array, starts: Int32Array, ownBuffer: boolean): [Int32Array, Int32Array] {
  const nextIds = new Int32Array(ids.length * 2);
  nextIds.set(ids);
  const nextStarts = new Int32Array(starts.length * 2);
  nextStarts.set(starts);
  if (!ownBuffer) {
    shared = nextIds;
    sharedStarts = nextStarts;
  }
  return [nextIds, nextStarts];
}
