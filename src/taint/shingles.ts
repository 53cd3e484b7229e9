import { randomBytes } from 'node:crypto';

/**
 * Hashed word shingles of private results, for the argument flow check: does an outbound call
 * carry passages of private text this session has read? Only 53-bit hashes are kept, never the
 * text, keyed per session (a random seed), in a bounded set that forgets the oldest first.
 */

export const SHINGLE_WORDS = 8;
/** Shingles hashed per text at most: a huge result costs bounded time and memory. */
const MAX_SHINGLES_PER_TEXT = 200_000;

// Letters and digits of any script; everything else separates words.
const WORD = /[\p{L}\p{N}]+/gu;

export interface FlowMatch {
  /** Shingles of the text that were seen in private results. */
  matched: number;
  /** Shingles of the text. */
  total: number;
}

export class ShingleStore {
  private readonly seen = new Set<number>();
  private readonly seedLow: number;
  private readonly seedHigh: number;

  constructor(private readonly max: number) {
    const seed = randomBytes(8);
    this.seedLow = seed.readUInt32LE(0);
    this.seedHigh = seed.readUInt32LE(4);
  }

  get size(): number {
    return this.seen.size;
  }

  /** Remembers every shingle of a private text; the oldest are dropped beyond the cap. */
  add(text: string): void {
    this.each(text, (hash) => {
      // Re-adding moves a shingle to the young end: what is read again stays longest.
      if (this.seen.delete(hash) || this.seen.size < this.max) {
        this.seen.add(hash);
        return;
      }
      const oldest = this.seen.values().next();
      if (!oldest.done) this.seen.delete(oldest.value);
      this.seen.add(hash);
    });
  }

  match(text: string): FlowMatch {
    let matched = 0;
    let total = 0;
    this.each(text, (hash) => {
      total += 1;
      if (this.seen.has(hash)) matched += 1;
    });
    return { matched, total };
  }

  /** Calls `visit` with the keyed hash of every run of SHINGLE_WORDS consecutive words. */
  private each(text: string, visit: (hash: number) => void): void {
    const words: number[] = [];
    let emitted = 0;
    for (const m of text.toLowerCase().matchAll(WORD)) {
      words.push(wordHash(m[0], this.seedLow));
      if (words.length > SHINGLE_WORDS) words.shift();
      if (words.length === SHINGLE_WORDS) {
        visit(this.combine(words));
        if (++emitted >= MAX_SHINGLES_PER_TEXT) return;
      }
    }
  }

  /** Two 32-bit lanes mixed over the window, folded into a 53-bit integer (exact in a number). */
  private combine(words: readonly number[]): number {
    let low = this.seedLow;
    let high = this.seedHigh;
    for (const w of words) {
      low = Math.imul(low ^ w, 0x9e3779b1);
      low ^= low >>> 15;
      high = Math.imul(high ^ w ^ low, 0x85ebca77);
      high ^= high >>> 13;
    }
    return (high >>> 11) * 0x1_0000_0000 + (low >>> 0);
  }
}

/** FNV-1a over UTF-16 code units, seeded. */
function wordHash(word: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
