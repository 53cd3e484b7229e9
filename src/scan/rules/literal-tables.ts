// The lookup tables of the literal pass (literal-anchors.ts): each UTF-16 code unit folded as the
// pass compares it, and the literals that open with a code unit beyond ASCII, keyed by their
// first units in typed arrays and open-addressing tables.

/**
 * The literals that open with a non-ASCII code unit, looked up by their first units: `opens`
 * (whether any literal opens with a unit), `single` (the one-unit literals), `pairs` (exact
 * first two units: the two-unit literals, and whether longer ones open so), `triples` (hash of
 * the first three units: the three-unit literals) and `quads` (hash of the first four: the
 * longer ones). Lists are runs in `lists`: a count, then that many literal indexes. Typed arrays
 * and open-addressing tables, because this lookup runs at every character of text in other
 * scripts: with Map lookups by two units and a comparison of each literal sharing them, the
 * literal pass was most of a catalogue's planning on Cyrillic text.
 */
export interface NonAsciiTable {
  size: number;
  opens: Uint8Array;
  single: Int32Array;
  pairs: HashTable;
  triples: HashTable;
  quads: HashTable;
  lists: Int32Array;
}

export function nonAsciiTable(literals: readonly string[]): NonAsciiTable {
  const single = new Map<number, number[]>();
  const pairs = new Map<number, { two: number[]; longer: boolean }>();
  const triples = new Map<number, number[]>();
  const quads = new Map<number, number[]>();
  const opens = new Uint8Array(0x10000);
  const add = (into: Map<number, number[]>, key: number, i: number): void => {
    into.set(key, [...(into.get(key) ?? []), i]);
  };
  literals.forEach((lit, i) => {
    const u = (k: number): number => lit.charCodeAt(k);
    if (u(0) < 128) return;
    opens[u(0)] = 1;
    if (lit.length === 1) return add(single, u(0), i);
    const pair = pairs.get(pairKey(u(0), u(1))) ?? { two: [], longer: false };
    pairs.set(pairKey(u(0), u(1)), pair);
    if (lit.length === 2) pair.two.push(i);
    else {
      pair.longer = true;
      if (lit.length === 3) add(triples, prefixHash(u(0), u(1), u(2), -1), i);
      else add(quads, prefixHash(u(0), u(1), u(2), u(3)), i);
    }
  });
  const lists: number[] = [];
  const listOf = (indexes: readonly number[]): number => {
    lists.push(indexes.length, ...indexes);
    return lists.length - indexes.length - 1;
  };
  const singleAt = new Int32Array(0x10000).fill(-1);
  for (const [c, indexes] of single) singleAt[c] = listOf(indexes);
  const pairEntries = [...pairs].map(([key, { two, longer }]): [number, number] => [key, ((two.length > 0 ? listOf(two) + 1 : 0) << 1) | (longer ? 1 : 0)]);
  const listed = (m: Map<number, number[]>): HashTable => hashTable([...m].map(([key, indexes]) => [key, listOf(indexes)]));
  return {
    size: single.size + pairs.size,
    opens,
    single: singleAt,
    pairs: hashTable(pairEntries),
    triples: listed(triples),
    quads: listed(quads),
    lists: Int32Array.from(lists),
  };
}

/** Two UTF-16 code units as one key (never 0: the first is non-ASCII). */
export const pairKey = (first: number, second: number): number => ((first << 16) | second) >>> 0;

/** A hash of three or four code units (`d` -1 for three), never 0; equal prefixes hash equal. */
export function prefixHash(a: number, b: number, c: number, d: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b;
  h = Math.imul(h, 0x85ebca6b) ^ c;
  h = Math.imul(h, 0xc2b2ae35) ^ d;
  h ^= h >>> 15;
  return h >>> 0 || 1;
}

interface HashTable {
  /** The value stored for `key`, or -1. */
  find(key: number): number;
}

/** An open-addressing table from keys ≠ 0 (uint32) to values ≥ 0, at most half full. */
function hashTable(entries: ReadonlyArray<[number, number]>): HashTable {
  let bits = 4;
  while (1 << bits < 2 * entries.length) bits++;
  const mask = (1 << bits) - 1;
  const shift = 32 - bits;
  const keys = new Uint32Array(1 << bits);
  const values = new Int32Array(1 << bits).fill(-1);
  const slotOf = (key: number): number => Math.imul(key, 0x9e3779b1) >>> shift;
  for (const [key, value] of entries) {
    let s = slotOf(key);
    while (keys[s] !== 0) s = (s + 1) & mask;
    keys[s] = key;
    values[s] = value;
  }
  return {
    find(key) {
      for (let s = slotOf(key); ; s = (s + 1) & mask) {
        const k = keys[s]!;
        if (k === key) return values[s]!;
        if (k === 0) return -1;
      }
    },
  };
}

/**
 * Each UTF-16 code unit folded as the literal pass compares it: lower case (one unit to one), and
 * Greek without its accents and with one sigma, since Greek in capitals drops them
 * ("ΑΓΝΟΗΣΕ ΤΙΣ ΟΔΗΓΙΕΣ" is "αγνόησε τις οδηγίες"). Text in capitals in any cased script would
 * otherwise carry none of its catalogue's literals, and no rule would be tried on it.
 */
export const FOLD = ((): Uint16Array => {
  const fold = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) fold[c] = c;
  const greek = (c: number): boolean => (c >= 0x370 && c < 0x400) || (c >= 0x1f00 && c < 0x2000);
  const cased: Array<[number, number]> = [[0x41, 0x5b], [0xc0, 0x250], [0x370, 0x530], [0x1e00, 0x2000], [0xff21, 0xff3b]];
  for (const [from, to] of cased) {
    for (let c = from; c < to; c++) {
      let f = String.fromCharCode(c).toLowerCase();
      if (greek(c)) f = f.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace('\u03c2', '\u03c3');
      // (a unit beyond ASCII never folds into ASCII: the pass skips ASCII unread)
      if (f.length === 1 && (c < 128 || f.charCodeAt(0) >= 128)) fold[c] = f.charCodeAt(0);
    }
  }
  return fold;
})();

export function foldString(s: string): string {
  let out = '';
  for (let k = 0; k < s.length; k++) out += String.fromCharCode(FOLD[s.charCodeAt(k)]!);
  return out;
}

/** Whether `text` at p holds `lit` (already folded), compared unit by unit through FOLD. */
export function foldedAt(text: string, lit: string, p: number): boolean {
  if (p + lit.length > text.length) return false;
  for (let k = 0; k < lit.length; k++) if (FOLD[text.charCodeAt(p + k)] !== lit.charCodeAt(k)) return false;
  return true;
}
