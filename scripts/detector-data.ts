// Loads the injection dataset and turns each row into what training needs: token features for
// the window models and the rule findings the combiner reads.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isScriptNeutral, structBigram, structUnigram } from '../src/scan/classifier.js';
import { SLOTS } from '../src/scan/feature-ids.js';
import { extractFeatures } from '../src/scan/features.js';
import { normalizeDetailed } from '../src/scan/normalize.js';
import { findRuleHits } from '../src/scan/rules/index.js';

/** The development split, from `../shared` beside the repository unless DETECTOR_DATASET names another file. */
export const DATASET = process.env.DETECTOR_DATASET ?? fileURLToPath(new URL('../../shared/data/injection/dev.jsonl', import.meta.url));

/**
 * Texts written for the project in rounds of probes (scripts/probes/README.md): injections of
 * the kinds the development split lacks and hard negatives. The window models train on them
 * too; DETECTOR_PROBES=none leaves them out.
 */
export const PROBES_DIR = fileURLToPath(new URL('./probes/', import.meta.url));

export interface Row {
  id: string;
  text: string;
  label: 'injection' | 'benign';
  source: string;
  kind: string;
}

export interface Doc {
  row: Row;
  y: 0 | 1;
  /** N-gram feature ids, SLOTS per token. */
  ids: Int32Array;
  /** Struct feature ids, 2 per token. */
  struct: Int32Array;
  /** Word class per token (features.ts `cls`). */
  cls: Uint8Array;
  tokens: number;
  /** Rule findings on the normalized text (fixed: rules are not trained). */
  ruleScore: number;
  categories: string[];
  /** Row of each token in the word-vector matrix, -1 when the word has none (set by words.ts). */
  wv?: Int32Array;
  /**
   * For an injected row whose clean carrier is also in the dataset: 1 for each token whose word
   * the carrier does not have. The inserted attack is the densest run of such tokens.
   */
  novel?: Uint8Array;
}

/** The id of the clean row an injected row was made from, when the dataset names one. */
export function carrierOf(id: string): string | undefined {
  let m = /^(.*?)-(?:raw|calendar|chat|csv|email|file-read|html|issue|json-api|log|reviews|search-results|web-page)-inj-/.exec(id);
  if (m) return `${m[1]}-clean`;
  m = /^(bipia-[a-z]+-\d+)-inj-(?:start|middle|end)$/.exec(id);
  if (m) return `${m[1]}-clean`;
  m = /^tasktracker-\d+-in-([a-z]+)-(\d+)-(?:start|middle|end)$/.exec(id);
  if (m) return `bipia-${m[1]}-${m[2]}-clean`;
  return undefined;
}

/** Marks the tokens of injected docs that their clean carrier lacks (see Doc.novel). */
export function markNovel(docs: readonly Doc[]): number {
  const byId = new Map(docs.map((d) => [d.row.id, d]));
  let marked = 0;
  for (const d of docs) {
    if (d.y !== 1) continue;
    const id = carrierOf(d.row.id);
    const carrier = id ? byId.get(id) : undefined;
    if (!carrier) continue;
    const words = new Set<number>();
    for (let t = 0; t < carrier.tokens; t++) words.add(carrier.ids[t * SLOTS]!);
    const novel = new Uint8Array(d.tokens);
    for (let t = 0; t < d.tokens; t++) novel[t] = d.ids[t * SLOTS]! >= 0 && !words.has(d.ids[t * SLOTS]!) ? 1 : 0;
    d.novel = novel;
    marked++;
  }
  return marked;
}

export function loadRows(path = DATASET): Row[] {
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
  // Stable order regardless of file order: training must be deterministic.
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Probe rows, one source per round (`probe-round-N`), so each round can be held out whole. */
export function loadProbeRows(): Row[] {
  if (process.env.DETECTOR_PROBES === 'none') return [];
  const files = readdirSync(PROBES_DIR).filter((f) => f.endsWith('.jsonl')).sort();
  return files.flatMap((f) => loadRows(PROBES_DIR + f));
}

/** What the detector trains on: the development split and the probe rounds. */
export function loadTrainingRows(): Row[] {
  return [...loadRows(), ...loadProbeRows()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export const isProbe = (row: Row): boolean => row.source.startsWith('probe-round-');

export function featurize(rows: readonly Row[]): Doc[] {
  return rows.map((row) => {
    const text = normalizeDetailed(row.text).text;
    const f = extractFeatures(text, true);
    const struct = new Int32Array(2 * f.count);
    let prev = 0;
    for (let t = 0; t < f.count; t++) {
      if (isScriptNeutral(f.ids, t)) {
        struct[2 * t] = -1;
        struct[2 * t + 1] = -1;
        continue;
      }
      struct[2 * t] = structUnigram(f.cls[t]!);
      struct[2 * t + 1] = structBigram(prev, f.cls[t]!);
      prev = f.cls[t]!;
    }
    const found = findRuleHits(text, f);
    return {
      row,
      y: row.label === 'injection' ? 1 : 0,
      ids: f.ids.slice(0, f.count * SLOTS),
      struct,
      cls: f.cls.slice(0, f.count),
      tokens: f.count,
      ruleScore: found.score,
      categories: found.rules.map((r) => r.category),
    };
  });
}

export { rng } from './rng.js';

export function shuffle<T>(xs: T[], rnd: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}
