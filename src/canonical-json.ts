/**
 * The one canonical JSON of the project (RFC 8785, JCS): object keys sorted by UTF-16 code
 * units, primitives printed exactly as JSON.stringify prints them (ECMAScript number format,
 * which is what JCS prescribes), no whitespace. Tool pins, manifest signatures, uniqueItems and
 * the audit chain all hash or compare this string, so two equal values always agree everywhere.
 * Beyond JSON data it stays deterministic instead of throwing: lone surrogates are escaped as
 * JSON.stringify escapes them, NaN and ±Infinity print as null.
 * It runs once per audit record on the request path, hence plain loops and concatenation.
 */
export function canonicalJson(value: unknown): string {
  const out = serialize(value);
  // Top-level undefined/function/symbol has no JSON form; hashing "undefined" would hide bugs.
  if (out === undefined) throw new TypeError('canonicalJson: value has no JSON representation');
  return out;
}

// Same order as the default sort (UTF-16 code units) but faster: no string conversion per compare.
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Characters JSON.stringify escapes: quote, backslash, controls, (lone) surrogates.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON.stringify's output for a string; most strings here (ids, names, hashes) need no escaping. */
function quote(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/**
 * No cycle bookkeeping: parsed JSON has no cycles, and a cycle (or hostile nesting) ends in a
 * RangeError from the stack, which callers already treat as a failure. It keeps this O(size).
 */
function serialize(value: unknown): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number': // like JSON.stringify: NaN and ±Infinity become null; String() is its number format
      return Number.isFinite(value) ? String(value) : 'null';
    case 'bigint':
      throw new TypeError('canonicalJson: BigInt has no JSON representation');
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
  }
  const obj = value as object & { toJSON?: () => unknown };
  // Honour toJSON (Date, Buffer…) so the result matches what JSON.stringify would send.
  if (typeof obj.toJSON === 'function') return serialize(obj.toJSON());
  let out: string;
  if (Array.isArray(obj)) {
    out = '[';
    for (let i = 0; i < obj.length; i += 1) out += (i > 0 ? ',' : '') + (serialize(obj[i]) ?? 'null');
    out += ']';
  } else {
    const record = obj as Record<string, unknown>;
    const keys = Object.keys(record).sort(byCodeUnits);
    out = '{';
    for (const key of keys) {
      const item = serialize(record[key]);
      if (item !== undefined) out += (out.length > 1 ? ',' : '') + quote(key) + ':' + item;
    }
    out += '}';
  }
  return out;
}
