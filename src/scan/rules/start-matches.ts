// Every match of one rule's pattern in a view, found by its start filter's sticky copy tried only
// where the filter says a match can start (the positions firedIn tries).
import { bucket, candidatesAt } from './prefix-index.js';
import { placeOfBuilt } from './lazy-start-filter.js';
import { stickyAt, WORD, type StartFilter } from './start-filter.js';

/**
 * [start, end) of each match of `pattern` (one given to buildStartFilter) in `view`, left to
 * right and not overlapping, as a global search finds them. The filter's sticky copy is tried
 * only where a match can start: a global copy would be one more compiled program for V8 (see
 * ../machine-code.ts).
 */
export function* matchesOf(pattern: RegExp, view: string): Generator<[number, number]> {
  const place = placeOfBuilt(pattern);
  if (place === undefined) throw new Error('matchesOf: the pattern is in no start filter');
  const { filter, bit } = place;
  const b = 1 << bit;
  const re = stickyAt(filter, bit);
  const anywhere = (filter.unbounded & b) !== 0;
  const n = view.length;
  for (let p = 0; p < n; ) {
    if (anywhere || canStartAt(filter, b, view, p)) {
      re.lastIndex = p;
      const m = re.exec(view);
      if (m !== null) {
        const end = p + m[0].length;
        yield [p, end];
        p = end > p ? end : p + 1;
        continue;
      }
    }
    p++;
  }
}

/** Whether the pattern `b` (a bit) of `filter` may start at p (the test firedIn makes). */
function canStartAt(filter: StartFilter, b: number, view: string, p: number): boolean {
  const a = bucket(view.charCodeAt(p));
  if (p === 0) return ((filter.anchored | candidatesAt(filter.index, view, 0, view.length, a)) & b) !== 0;
  const inWord = WORD[bucket(view.charCodeAt(p - 1))]! & WORD[a]!;
  if (inWord !== 0 && (filter.midWordAt[a]! & b) === 0) return false;
  return (candidatesAt(inWord !== 0 ? filter.midIndex : filter.index, view, p, view.length, a) & b) !== 0;
}
