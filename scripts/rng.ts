// Seeded PRNG (mulberry32), in a module of its own: the bench's generated texts use it without
// loading the scanner (bench/scanner.ts measures only the build it is given).

/** Every shuffle in training and evaluation, and every generated bench text, is reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
