// Character classes the tokenizer (features.ts) reads: one table lookup per ASCII character for
// its class bits, its folded code for hashing and its punctuation word class; three predicates
// for the characters above U+007F.
import * as lexicon from './lexicon.js';

const C = lexicon.C;

// Class bits of an ASCII character (CT).
export const WORD = 1;
export const B64_EXTRA = 2; // + / = - : base64 alphabet outside word characters
export const SENT_END = 4;
export const UPPER = 8; // features.ts counts upper-case letters as (bits >>> 3) & 1
export const LOWER = 16;
export const DIGIT = 32;
export const SPACE = 64;

/** Class bits per ASCII code. */
export const CT = new Uint8Array(128);
/** The code each ASCII character hashes as: letters lower-cased, every digit as '0'. */
export const FOLD = new Uint8Array(128);
/** Word class (lexicon.ts `C.P_*`) of the token an ASCII punctuation character makes. */
export const PUNCT_CLASS = new Uint8Array(128);
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

/** Non-ASCII: general punctuation, CJK punctuation and spaces separate words; the rest are letters. */
export function isWordCharNonAscii(c: number): boolean {
  return !(c <= 0xbf || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || c === 0xfeff);
}

export function isUnicodeSpace(c: number): boolean {
  return c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function isLatinLetter(c: number): boolean {
  return c < 0x250 || (c >= 0x1e00 && c <= 0x1eff);
}
