// Start filters built on first use: building the catalogues' filters (the start analysis of
// every rule and their prefix indexes) is most of the scanner's start-up, about a second, which
// a command that only prints its usage or loads a config should not pay. A filter is the same
// whenever it is built; prepare.ts builds them all before it compiles their patterns ahead.
import { buildStartFilter, placeOf, type StartFilter } from './start-filter.js';

/** Filters promised and not built yet. */
const UNBUILT = new Set<() => StartFilter>();

/** The start filter of `patterns`, built the first time it is asked for. */
export function lazyStartFilter(patterns: readonly RegExp[]): () => StartFilter {
  let filter: StartFilter | undefined;
  const build = (): StartFilter => {
    if (filter === undefined) {
      filter = buildStartFilter(patterns);
      UNBUILT.delete(build);
    }
    return filter;
  };
  UNBUILT.add(build);
  return build;
}

/** Builds every filter promised so far. */
export function buildStartFilters(): void {
  for (const build of [...UNBUILT]) build();
}

/** placeOf (start-filter.ts) for a pattern whose filter may not be built yet. */
export function placeOfBuilt(pattern: RegExp): ReturnType<typeof placeOf> {
  const place = placeOf(pattern);
  if (place !== undefined) return place;
  buildStartFilters();
  return placeOf(pattern);
}
