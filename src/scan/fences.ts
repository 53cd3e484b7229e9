// Fenced code blocks ("```" … "```") of a match view, found once per view. The conditions read
// at each match of a rule (a prompt template shown in documentation, a request shown as code)
// ask whether a position is inside one; a hostile text with thousands of matches must not make
// each of them scan the text again (each query is a binary search over the fence marks).

/** The view last asked about, the offsets of its "```" marks, and what its blocks hold. */
let cachedView: string | undefined;
let marks: number[] = [];
/** Per pattern asked about, per block (by its opening mark): whether the block holds a line it matches. */
let held = new Map<RegExp, Map<number, boolean>>();

function marksOf(view: string): number[] {
  if (view !== cachedView) {
    cachedView = view;
    held = new Map();
    marks = [];
    for (let i = view.indexOf('```'); i >= 0; i = view.indexOf('```', i + 3)) marks.push(i);
  }
  return marks;
}

/** [open, close) of the fenced block that holds offset `at` (close is the view's end when never closed), or undefined. */
export function fenceAround(view: string, at: number): [number, number] | undefined {
  const m = marksOf(view);
  let lo = 0;
  let hi = m.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (m[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  // an odd number of marks before `at`: inside the block the last of them opens
  if (lo % 2 === 0) return undefined;
  return [m[lo - 1]!, lo < m.length ? m[lo]! : view.length];
}

/** Whether `block` (a fenceAround result) holds text `pattern` matches; read once per block and pattern. */
export function blockHolds(view: string, block: [number, number], pattern: RegExp): boolean {
  marksOf(view);
  let byBlock = held.get(pattern);
  if (byBlock === undefined) held.set(pattern, (byBlock = new Map()));
  const known = byBlock.get(block[0]);
  if (known !== undefined) return known;
  const found = pattern.test(view.slice(block[0], block[1]));
  byBlock.set(block[0], found);
  return found;
}
