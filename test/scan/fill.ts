// Input of a given size for the linear-time tests. A module of its own, importing nothing from
// src/, so pattern-attacks.test.ts can use it before its inventory loads the scanner.

/** `unit` repeated to exactly `size` code units (never splitting a surrogate pair). */
export function fill(unit: string, size: number): string {
  const s = unit.repeat(Math.ceil(size / unit.length) + 1);
  let end = size;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return s.slice(0, end);
}
