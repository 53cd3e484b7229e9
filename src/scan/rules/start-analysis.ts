// What the start analysis of a pattern (regex-prefixes.ts) tells the start filter, whether
// computed or read from the build's store (start-analysis-store.ts).

export interface StartAnalysis {
  prefixes: string[];
  /**
   * False when every start that opens with an ASCII word character has a `\b` before it: the
   * pattern then never starts at a word character that follows another (inside a word).
   */
  midWord: boolean;
  /** The first characters of the starts that make `midWord` true. */
  midWordFirsts: string;
  /** Those starts: the only ones that can match inside a word (the others need a `\b` there). */
  midWordPrefixes: string[];
  /** True when some branch matches only at the text start (a `^` without the m flag). */
  anchored: boolean;
}

/** The analysis of these starts (computed or stored). */
export function startAnalysis(prefixes: string[], midWordPrefixes: string[], anchored: boolean): StartAnalysis {
  const midWordFirsts = [...new Set(midWordPrefixes.map((start) => start[0]!))].sort().join('');
  return { prefixes, midWord: midWordPrefixes.length > 0, midWordFirsts, midWordPrefixes, anchored };
}
