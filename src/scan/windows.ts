// Long texts are analysed in bounded, overlapping windows, so time grows linearly with the input
// and the tokenizer's buffers, the match views and the rule regions stay the size of one window
// whatever the input: a 50 MB line costs 50 MB of scanning, never 50 MB of token buffers.

/** Texts up to this many UTF-16 code units are analysed whole. */
export const WINDOW_SIZE = 32_768;
/**
 * Consecutive windows share at least this many code units, so any rule match up to this long
 * (the longest patterns span a few hundred characters) lies whole inside one window, and every
 * 32-token classifier window of ordinary text too.
 */
export const WINDOW_OVERLAP = 2_048;
/** How far back a cut may move to land after whitespace instead of inside a word. */
const SNAP_REACH = 256;

/** A position at or before `i` (at most SNAP_REACH back) just after whitespace, else `i` itself. */
function snapBack(text: string, i: number, floor: number): number {
  for (let j = i; j > floor && j > i - SNAP_REACH; j--) {
    const c = text.charCodeAt(j - 1);
    if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) return j;
  }
  // no whitespace near: a hard cut, but never between the halves of a surrogate pair
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
}

/**
 * [start, end) of each window of `text`: at most `size` long, each overlapping the previous one
 * by at least `overlap`, together covering the whole text. One window when the text fits.
 */
export function windowBounds(text: string, size = WINDOW_SIZE, overlap = WINDOW_OVERLAP): Array<[number, number]> {
  const n = text.length;
  const out: Array<[number, number]> = [];
  let start = 0;
  for (;;) {
    let end = Math.min(n, start + size);
    if (end < n) end = snapBack(text, end, start + overlap + SNAP_REACH);
    out.push([start, end]);
    if (end >= n) return out;
    start = snapBack(text, end - overlap, start);
  }
}
