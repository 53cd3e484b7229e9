// Tokens and hashed features for the injection classifiers. One hand-written pass over the
// char codes (table lookups, no regexes, no intermediate strings, buffers reused between calls)
// so scoring keeps up with the firewall's throughput. Training (scripts/detector-*.ts) and
// runtime share this file, so they can never drift.
import * as lexicon from './lexicon.js';

// Imported bindings copied into module constants: some loaders (tsx) turn each use of an
// imported name into a getter call, which costs more than the rest of the hot loop.
const C = lexicon.C;
const ENTRY_CLASS = lexicon.ENTRY_CLASS;
const lookupEntry = lexicon.lookupEntry;
const wordHash = lexicon.wordHash;
const SECRET_CLASS: number = C.SECRET;
const K_LONG: number = C.LONG;
const K_NON_LATIN: number = C.NON_LATIN;
const K_NUM: number = C.NUM;
const K_MIXED_CASE: number = C.MIXED_CASE;
const K_CAPS: number = C.CAPS;
const K_CAPITALIZED: number = C.CAPITALIZED;
const K_P_OTHER: number = C.P_OTHER;

export const HASH_BITS = 18;
export const HASH_SIZE = 1 << HASH_BITS;
const MASK = HASH_SIZE - 1;
/** N-gram feature slots per token; an unused slot holds -1. */
export const SLOTS = 5;
export const NONE = -1;
/** Bit set in `cls` when the token starts a sentence or line. */
export const AT_START = 0x80;

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

// ASCII character table: class bits and the folded code used for hashing.
const WORD = 1;
const B64_EXTRA = 2; // + / = - : base64 alphabet outside word characters
const SENT_END = 4;
const UPPER = 8;
const LOWER = 16;
const DIGIT = 32;
const SPACE = 64;
const CT = new Uint8Array(128);
const FOLD = new Uint8Array(128);
const PUNCT_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  FOLD[c] = c;
  if (c >= 0x61 && c <= 0x7a) CT[c]! |= WORD | LOWER;
  if (c >= 0x41 && c <= 0x5a) {
    CT[c]! |= WORD | UPPER;
    FOLD[c] = c + 32;
  }
  if (c >= 0x30 && c <= 0x39) {
    CT[c]! |= WORD | DIGIT;
    if (c > 0x30) FOLD[c] = 0x30; // numbers collapse to their shape
  }
  if (c === 0x27 || c === 0x5f) CT[c]! |= WORD;
  if (c === 0x2b || c === 0x2f || c === 0x3d || c === 0x2d) CT[c]! |= B64_EXTRA;
  if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b || c === 0x0a) CT[c]! |= SENT_END;
  if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a || c === 0x0b || c === 0x0c || c < 0x20 || c === 0x7f) CT[c]! |= SPACE;
  PUNCT_CLASS[c] = C.P_OTHER;
}
const punct = (chars: string, cls: number): void => {
  for (const ch of chars) PUNCT_CLASS[ch.charCodeAt(0)] = cls;
};
punct(':;', C.P_COLON);
punct('!', C.P_BANG);
punct('?', C.P_QUESTION);
punct('.', C.P_STOP);
punct(',', C.P_COMMA);
punct('([{<', C.P_OPEN);
punct(')]}>', C.P_CLOSE);
punct('#', C.P_HASH);
punct('*', C.P_STAR);
punct('=', C.P_EQ);
punct('-_~', C.P_DASH);
punct('|', C.P_PIPE);
punct('"\'`', C.P_QUOTE);
punct('/\\', C.P_SLASH);
punct('@', C.P_AT);
punct('$%&^+', C.P_DOLLAR);

/** Hash of a pair of 32-bit values into the feature space (multiply-shift: high bits). */
function mix(a: number, b: number): number {
  return Math.imul(Math.imul(b, 0x85ebca6b) ^ a, 0xc2b2ae35) >>> (32 - HASH_BITS);
}

/** Non-ASCII: general punctuation, CJK punctuation and spaces separate words; the rest are letters. */
function isWordCharNonAscii(c: number): boolean {
  return !(c <= 0xbf || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || c === 0xfeff);
}

function isUnicodeSpace(c: number): boolean {
  return c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isLatinLetter(c: number): boolean {
  return c < 0x250 || (c >= 0x1e00 && c <= 0x1eff);
}

interface Buffers {
  ids: Int32Array;
  starts: Int32Array;
  cls: Uint8Array;
  entry: Int16Array;
}

function newBuffers(tokens: number): Buffers {
  return { ids: new Int32Array(SLOTS * tokens), starts: new Int32Array(tokens), cls: new Uint8Array(tokens), entry: new Int16Array(tokens) };
}

function grow(b: Buffers): Buffers {
  const n = newBuffers(b.starts.length * 2);
  n.ids.set(b.ids);
  n.starts.set(b.starts);
  n.cls.set(b.cls);
  n.entry.set(b.entry);
  return n;
}

let shared: Buffers = newBuffers(4096);

/** The unigram feature id of one word, as extractFeatures computes it. */
export function wordId(word: string): number {
  return wordHash(word) & MASK;
}

/** The unigram feature id of a punctuation character. */
export function punctId(c: number): number {
  return mix(SEED_PUNCT, c);
}

/**
 * Tokenizes `text` and returns each token's hashed features. Reuses one set of buffers per
 * call unless `ownBuffer`: the result is only valid until the next call.
 */
export function extractFeatures(text: string, ownBuffer = false): TokenFeatures {
  let b = ownBuffer ? newBuffers(Math.max(16, text.length >> 2)) : shared;
  let { ids, starts, cls, entry } = b;
  let cap = starts.length;
  let count = 0;
  const longRuns: number[] = [];
  let spacedRun = 0;
  let spacedLetters = false;
  let prev = FNV_OFFSET; // hash of the previous token, for bigrams
  let atStart = true;
  let punctRun = 0;
  let lastPunct = -1;
  let runStart = -1; // start of the current base64-alphabet run
  let maybeSecret = false;
  let nonAscii = false;
  let punctSeen = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const t = c < 128 ? CT[c]! : isWordCharNonAscii(c) ? WORD : isUnicodeSpace(c) ? SPACE : 0;
    if ((t & WORD) !== 0) {
      const start = i;
      const first = t; // char table bits of the first character
      if (runStart < 0) runStart = start;
      let h = FNV_OFFSET;
      let stem = 0;
      let seen = 0; // OR of the char table bits
      let ups = 0; // upper-case letters
      let nonLatin = false;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          const e = CT[d]!;
          if ((e & WORD) === 0) break;
          seen |= e;
          ups += (e >>> 3) & 1; // UPPER
          h = Math.imul(h ^ FOLD[d]!, 0x01000193);
        } else {
          nonAscii = true;
          if (!isWordCharNonAscii(d)) break;
          if (!isLatinLetter(d)) nonLatin = true;
          h = Math.imul(h ^ d, 0x01000193);
        }
        i++;
      }
      const len = i - start;
      if (len >= STEM_LEN + 2) {
        // the hash of the first STEM_LEN characters ("instruct" and "instructions" share it)
        stem = FNV_OFFSET;
        for (let j = start; j < start + STEM_LEN; j++) {
          const d = text.charCodeAt(j);
          stem = Math.imul(stem ^ (d < 128 ? FOLD[d]! : d), 0x01000193);
        }
      }
      if (len >= 11 && (len >= 16 || (text.charCodeAt(start) === 0x65 && text.charCodeAt(start + 1) === 0x79 && text.charCodeAt(start + 2) === 0x4a))) maybeSecret = true;
      if (count >= cap) {
        b = grow(b);
        if (!ownBuffer) shared = b;
        ({ ids, starts, cls, entry } = b);
        cap = starts.length;
      }
      const o = count * SLOTS;
      starts[count] = start;
      ids[o] = h & MASK;
      ids[o + 1] = mix(prev ^ SEED_BIGRAM, h);
      ids[o + 2] = atStart ? mix(SEED_START, h) : NONE;
      ids[o + 3] = len >= STEM_LEN + 2 ? mix(SEED_STEM, stem) : NONE;
      ids[o + 4] = len >= 20 ? SHAPE_LONG & MASK : NONE;
      const en = lookupEntry(h | 0);
      entry[count] = en;
      let k: number = en >= 0 ? ENTRY_CLASS[en]! : 0;
      if (k === SECRET_CLASS) maybeSecret = true;
      if (k === 0) {
        if (len >= 20) k = K_LONG;
        else if (nonLatin) k = K_NON_LATIN;
        else if ((seen & DIGIT) !== 0 && (seen & (UPPER | LOWER)) === 0) k = K_NUM;
        else if ((seen & LOWER) !== 0 && (ups > 1 || (ups === 1 && (first & UPPER) === 0))) k = K_MIXED_CASE;
        else if ((seen & LOWER) === 0 && (seen & UPPER) !== 0 && len >= 2) k = K_CAPS;
        else if ((first & UPPER) !== 0 && !atStart) k = K_CAPITALIZED;
      }
      cls[count] = atStart ? k | AT_START : k;
      count++;
      prev = h;
      atStart = false;
      punctRun = 0;
      lastPunct = -1;
      spacedRun = len === 1 ? spacedRun + 1 : 0;
      if (spacedRun >= 5) spacedLetters = true;
      continue;
    }
    if (c >= 128) nonAscii = true;
    if ((t & B64_EXTRA) === 0 && runStart >= 0) {
      if (i - runStart >= 24) {
        longRuns.push(runStart, i);
        maybeSecret = true;
      }
      runStart = -1;
    }
    if ((t & SPACE) === 0) {
      // punctuation: one token per run of the same character, so "-----" is one token
      if ((t & SENT_END) !== 0) atStart = true;
      if (c === 0x3a || c === 0x3d) maybeSecret = true; // key: value, key=value, scheme://
      punctSeen |= 1 << (c & 31);
      if (c === lastPunct) {
        punctRun++;
        if (punctRun === 5 && c === 0x2d) maybeSecret = true; // -----BEGIN ... KEY-----
        if (punctRun === 3) ids[(count - 1) * SLOTS + 4] = SHAPE_PUNCT_RUN & MASK;
      } else {
        if (count >= cap) {
          b = grow(b);
          if (!ownBuffer) shared = b;
          ({ ids, starts, cls, entry } = b);
          cap = starts.length;
        }
        const o = count * SLOTS;
        starts[count] = i;
        const h = mix(SEED_PUNCT, c);
        ids[o] = h;
        ids[o + 1] = mix(prev ^ SEED_BIGRAM, h);
        ids[o + 2] = NONE;
        ids[o + 3] = NONE;
        ids[o + 4] = NONE;
        entry[count] = -1;
        cls[count] = c < 128 ? PUNCT_CLASS[c]! : K_P_OTHER;
        count++;
        prev = h;
        punctRun = 1;
      }
      lastPunct = c;
    } else {
      if (c === 0x0a) {
        atStart = true;
        lastPunct = -1;
      }
      if (c !== 0x20 && c !== 0x09 && spacedRun > 0) spacedRun = 0;
    }
    i++;
  }
  if (runStart >= 0 && n - runStart >= 24) {
    longRuns.push(runStart, n);
    maybeSecret = true;
  }
  return { ids, starts, cls, entry, count, longRuns, spacedLetters, maybeSecret, nonAscii, punct: punctSeen };
}
