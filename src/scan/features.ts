// The tokenizer of the injection classifiers: one hand-written pass over the char codes (table
// lookups, no regexes, no intermediate strings, buffers reused between calls) that yields each
// token's hashed features and word class, so scoring keeps up with the firewall's throughput.
// Training (scripts/detector-*.ts) and runtime share this pass, so they can never drift.
// Character tables: char-classes.ts; feature ids and hashing: feature-ids.ts; the result and
// its buffers: token-features.ts.
import * as chars from './char-classes.js';
import * as featureIds from './feature-ids.js';
import * as lexicon from './lexicon.js';
import * as tokenFeatures from './token-features.js';
import type { TokenFeatures } from './token-features.js';

// Imported bindings copied into module constants: some loaders (tsx) turn each use of an
// imported name into a getter call, which costs more than the rest of the hot loop.
const { CT, FOLD, PUNCT_CLASS, WORD, B64_EXTRA, SENT_END, UPPER, LOWER, DIGIT, SPACE, isWordCharNonAscii, isUnicodeSpace, isLatinLetter } = chars;
const { MASK, SLOTS, NONE, SEED_BIGRAM, SEED_START, SEED_STEM, SEED_PUNCT, SHAPE_LONG, SHAPE_PUNCT_RUN, FNV_OFFSET, mix } = featureIds;
const { AT_START, buffersFor, grow } = tokenFeatures;
const C = lexicon.C;
const ENTRY_CLASS = lexicon.ENTRY_CLASS;
const lookupEntry = lexicon.lookupEntry;
const SECRET_CLASS: number = C.SECRET;
const K_LONG: number = C.LONG;
const K_NON_LATIN: number = C.NON_LATIN;
const K_NUM: number = C.NUM;
const K_MIXED_CASE: number = C.MIXED_CASE;
const K_CAPS: number = C.CAPS;
const K_CAPITALIZED: number = C.CAPITALIZED;
const K_P_OTHER: number = C.P_OTHER;

/** Words of STEM_LEN + 2 characters or more also get a feature for their first STEM_LEN. */
const STEM_LEN = 5;

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isCombiningMark = (c: number): boolean => c >= 0x300 && c <= 0x36f;

/** Whether text[start, end) (one word token) holds five letters joined by underscores ("i_g_n_o_r_e"). */
function underscoreSpaced(text: string, start: number, end: number): boolean {
  let run = 0;
  for (let j = start + 1; j < end; j += 1) {
    if (text.charCodeAt(j) !== 0x5f) continue;
    // a letter alone between underscores (or the token's start) and an underscore
    const alone = j - 1 === start || text.charCodeAt(j - 2) === 0x5f;
    run = alone ? run + 1 : 0;
    if (run >= 4 && j + 2 <= end && (j + 2 === end || text.charCodeAt(j + 2) === 0x5f)) return true;
  }
  return false;
}

/** The lexicon entry of text[start, end) without its leading and trailing apostrophes, or -1. */
function unquotedEntry(text: string, start: number, end: number): number {
  while (start < end && text.charCodeAt(start) === 0x27) start++;
  while (end > start && text.charCodeAt(end - 1) === 0x27) end--;
  let h = FNV_OFFSET;
  for (let j = start; j < end; j++) {
    const d = text.charCodeAt(j);
    h = Math.imul(h ^ (d < 128 ? FOLD[d]! : d), 0x01000193);
  }
  return end > start ? lookupEntry(h | 0) : -1;
}

/**
 * Tokenizes `text` and returns each token's hashed features. Reuses one set of buffers per
 * call unless `ownBuffer`: the result is only valid until the next call.
 */
export function extractFeatures(text: string, ownBuffer = false): TokenFeatures {
  let b = buffersFor(text.length, ownBuffer);
  let { ids, starts, cls, entry } = b;
  let cap = starts.length;
  let count = 0;
  const longRuns: number[] = [];
  let spacedRun = 0; // single letters in a row, each after at most one separator
  let separated = false; // a separator character since the last single letter
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
      let latin = false; // a non-ASCII Latin letter (ASCII letters show in `seen`)
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
          if (isLatinLetter(d)) latin = true;
          else nonLatin = true;
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
        b = grow(b, ownBuffer);
        ({ ids, starts, cls, entry } = b);
        cap = starts.length;
      }
      const o = count * SLOTS;
      starts[count] = start;
      // A word wholly in another script is transparent to the window models (no features, and
      // the bigram after it links the words around it): see SCRIPT_NEUTRAL in classifier.ts.
      const otherScript = nonLatin && !latin && (seen & (UPPER | LOWER)) === 0;
      if (otherScript) {
        ids[o] = NONE;
        ids[o + 1] = NONE;
        ids[o + 2] = NONE;
        ids[o + 3] = NONE;
        ids[o + 4] = NONE;
      } else {
        ids[o] = h & MASK;
        ids[o + 1] = mix(prev ^ SEED_BIGRAM, h);
        ids[o + 2] = atStart ? mix(SEED_START, h) : NONE;
        ids[o + 3] = len >= STEM_LEN + 2 ? mix(SEED_STEM, stem) : NONE;
        ids[o + 4] = len >= 20 ? SHAPE_LONG & MASK : NONE;
      }
      // a word in single quotes ("'ignore … instructions'") is the word itself to the lexicon,
      // as the rules' `\b` reads it: the quotes would otherwise hide it from the anchors
      const en = text.charCodeAt(start) === 0x27 || text.charCodeAt(i - 1) === 0x27 ? unquotedEntry(text, start, i) : lookupEntry(h | 0);
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
      if (!otherScript) prev = h;
      atStart = false;
      punctRun = 0;
      lastPunct = -1;
      // one letter: one code unit, or a surrogate pair or a letter and a combining mark, which
      // the match view folds to one (see view.ts SPACED_BLOCK for what despacing undoes)
      const single = len === 1 || (len === 2 && (isHighSurrogate(text.charCodeAt(start)) || isCombiningMark(text.charCodeAt(start + 1))));
      spacedRun = single ? spacedRun + 1 : 0;
      separated = false;
      if (spacedRun >= 5 || (len >= 9 && underscoreSpaced(text, start, i))) spacedLetters = true;
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
    if (c === 0x5c) {
      const e = text.charCodeAt(i + 1);
      if (e === 0x6e || e === 0x72 || e === 0x74) {
        // "\n" escaped inside JSON or a log line separates words like a real newline does
        if (e !== 0x74) {
          atStart = true;
          lastPunct = -1;
        }
        i += 2;
        continue;
      }
    }
    if ((t & SPACE) === 0) {
      // punctuation: one token per run of the same character, so "-----" is one token
      if ((t & SENT_END) !== 0) atStart = true;
      if (spacedRun > 0) {
        // spaced letters take one separator each (". - * |"), spaced words one gap ("/ , ; :"),
        // symbols beyond ASCII either (view.ts SPACED_BLOCK); anything more ends the run
        if (separated || !(c === 0x2e || c === 0x2d || c === 0x2a || c === 0x7c || c === 0x2f || c === 0x2c || c === 0x3b || c === 0x3a || c >= 128)) spacedRun = 0;
        else separated = true;
      }
      if (c === 0x3a || c === 0x3d) maybeSecret = true; // key: value, key=value, scheme://
      punctSeen |= 1 << (c & 31);
      if (c === lastPunct) {
        punctRun++;
        if (punctRun === 5 && c === 0x2d) maybeSecret = true; // -----BEGIN ... KEY-----
        if (punctRun === 3) ids[(count - 1) * SLOTS + 4] = SHAPE_PUNCT_RUN & MASK;
      } else {
        if (count >= cap) {
          b = grow(b, ownBuffer);
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
      // the view turns every other space (tab, no-break, ideographic) into one ' '
      if (c === 0x0a) spacedRun = 0;
    }
    i++;
  }
  if (runStart >= 0 && n - runStart >= 24) {
    longRuns.push(runStart, n);
    maybeSecret = true;
  }
  return { ids, starts, cls, entry, count, longRuns, spacedLetters, maybeSecret, nonAscii, punct: punctSeen };
}
