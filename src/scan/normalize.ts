// Strips characters a human reviewer cannot see but a model still reads, and reports what
// was removed: hidden text is itself a signal of an attack.

export type HiddenClass =
  | 'ansi'
  | 'zero-width'
  | 'bidi'
  | 'bidi-mark'
  | 'tag'
  | 'variation-selector'
  | 'private-use'
  | 'control';

export interface NormalizedText {
  text: string;
  hidden: Record<string, number>;
  /** ASCII decoded from Unicode tag characters (U+E0020–E007E); empty when none. */
  tagPayload: string;
}

// Printable ASCII plus tab, LF and CRLF: the common case, left untouched without a char loop.
const PLAIN = /^[\x20-\x7e\t\n]*$/;
const CRLF_ONLY = /^[\x20-\x7e\t\n\r]*$/;
// CSI (ESC [ or 8-bit 0x9B), OSC (ESC ] … BEL or ST) and two-byte ESC sequences. The classes
// inside each branch are disjoint, so matching is linear.
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]{0,4096}(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]/g;

const BLACK_FLAG = 0x1f3f4;
const CANCEL_TAG = 0xe007f;

function isPictographic(cp: number): boolean {
  return cp >= 0x1f000 || (cp >= 0x2600 && cp <= 0x27bf) || (cp >= 0x2300 && cp <= 0x23ff);
}

/** What kind of hidden character `cp` is, or null for a visible one (tab and newline included). */
export function classify(cp: number): HiddenClass | null {
  if (cp < 0x20) return cp === 0x09 || cp === 0x0a ? null : 'control';
  if (cp < 0x7f) return null;
  if (cp <= 0x9f) return 'control';
  if (cp === 0xad || cp === 0x34f || cp === 0x180e || cp === 0xfeff) return 'zero-width';
  if (cp >= 0x200b && cp <= 0x200d) return 'zero-width';
  if (cp >= 0x2060 && cp <= 0x2064) return 'zero-width';
  if (cp === 0x115f || cp === 0x1160 || cp === 0x3164 || cp === 0xffa0) return 'zero-width';
  if (cp >= 0xfff9 && cp <= 0xfffb) return 'zero-width';
  if (cp === 0x200e || cp === 0x200f || cp === 0x61c) return 'bidi';
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) return 'bidi';
  if (cp >= 0xe0000 && cp <= 0xe007f) return 'tag';
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) return 'variation-selector';
  if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000) return 'private-use';
  return null;
}

/** Length in code units of a valid emoji tag sequence (flag + tags + cancel) at i, or 0. */
function emojiTagSequenceLength(s: string, i: number): number {
  let j = i;
  let tags = 0;
  while (j < s.length) {
    const cp = s.codePointAt(j)!;
    if (cp === CANCEL_TAG) return tags > 0 ? j + 2 - i : 0;
    if (cp < 0xe0020 || cp > 0xe007e || tags >= 32) return 0;
    tags++;
    j += 2;
  }
  return 0;
}

function count(hidden: Record<string, number>, cls: HiddenClass, n = 1): void {
  hidden[cls] = (hidden[cls] ?? 0) + n;
}

export function normalizeDetailed(input: string): NormalizedText {
  const hidden: Record<string, number> = {};
  if (PLAIN.test(input)) return { text: input, hidden, tagPayload: '' };
  let s = input;
  if (s.includes('\x1b') || s.includes('\x9b')) {
    s = s.replace(ANSI, () => {
      count(hidden, 'ansi');
      return '';
    });
  }
  if (CRLF_ONLY.test(s) && !/\r(?!\n)/.test(s)) return { text: s, hidden, tagPayload: '' };
  return stripCodePoints(s, hidden);
}

/** Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, their presentation forms). */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud83a[\udc00-\udfff]/;
/** The bidi overrides (LRO, RLO): they reorder what a reader sees in any script. */
const isOverride = (cp: number): boolean => cp === 0x202d || cp === 0x202e;

function stripCodePoints(s: string, hidden: Record<string, number>): NormalizedText {
  // Text in a right-to-left script uses direction marks, embeddings and isolates as ordinary
  // typography (numbers, Latin names and punctuation inside Arabic or Hebrew). They are still
  // stripped and counted, as 'bidi-mark', but they are no evidence of hiding; overrides are.
  const rightToLeft = RIGHT_TO_LEFT.test(s);
  const out: string[] = [];
  let tagPayload = '';
  let runStart = 0; // start of the pending run of kept characters
  let prevCp = -1; // last kept code point, to judge variation selectors and ZWJ
  let i = 0;
  const flush = (end: number): void => {
    if (end > runStart) out.push(s.slice(runStart, end));
  };
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    let cls = classify(cp);
    if (cp === 0x0d && s.charCodeAt(i + 1) === 0x0a) cls = null; // keep CRLF line endings
    if (cls === 'zero-width' && cp === 0x200d && isPictographic(prevCp)) {
      const next = s.codePointAt(i + 1) ?? 0;
      if (isPictographic(next)) cls = null; // ZWJ inside an emoji sequence
    }
    if (cls === 'variation-selector' && prevCp >= 0x20 && classify(prevCp) === null) {
      cls = null; // one selector after a visible base character is ordinary emoji/CJK usage
    }
    if (cls === 'tag' && prevCp === BLACK_FLAG) {
      const len = emojiTagSequenceLength(s, i);
      if (len > 0) {
        i += len;
        prevCp = CANCEL_TAG;
        continue;
      }
    }
    if (cls === null) {
      prevCp = cp;
      i += width;
      continue;
    }
    if (cls === 'bidi' && rightToLeft && !isOverride(cp)) cls = 'bidi-mark';
    flush(i);
    count(hidden, cls);
    if (cls === 'tag' && cp >= 0xe0020 && cp <= 0xe007e) tagPayload += String.fromCharCode(cp - 0xe0000);
    if (cls === 'variation-selector') prevCp = cp; // a second selector in a row is stray
    i += width;
    runStart = i;
  }
  flush(s.length);
  return { text: out.join(''), hidden, tagPayload };
}

/** Public form of the contract: the visible text and the counts of what was stripped. */
export function normalizeText(input: string): { text: string; hidden: Record<string, number> } {
  const { text, hidden } = normalizeDetailed(input);
  return { text, hidden };
}
