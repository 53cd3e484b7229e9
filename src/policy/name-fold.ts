/**
 * Tool names as a reader would perceive them: compatibility forms, accents, invisible
 * characters, case and Latin look-alikes folded away. Two different names with the same fold
 * are confusable (`read_file` vs `read_fіle` with a Cyrillic і) and neither can be trusted.
 */

// Cyrillic, Greek and other letters that render like Latin ones (after toLowerCase).
const LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't',
  у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l',
  ɡ: 'g', ı: 'i', ℓ: 'l', ɑ: 'a', ɩ: 'i', ο: 'o', α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i',
  κ: 'k', ν: 'v', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y', ω: 'w', ϲ: 'c', ϳ: 'j',
  '0': 'o', '1': 'l', '|': 'l',
};
const MARKS = /\p{M}+/gu;
const INVISIBLE = /[\p{Cf}\p{Cc}\s]+/gu;

export function foldName(name: string): string {
  const base = name.normalize('NFKD').replace(MARKS, '').normalize('NFKC').toLowerCase().replace(INVISIBLE, '');
  let out = '';
  for (const ch of base) out += LOOKALIKES[ch] ?? ch;
  // Separators are easy to misread for one another.
  return out.replace(/[-_.]+/g, '_');
}

/** A name safe to put in an audit record or a terminal: printable ASCII, the rest escaped. */
export function escapeName(name: string): string {
  let out = '';
  for (const ch of name.slice(0, 64)) {
    const cp = ch.codePointAt(0)!;
    out += cp >= 0x20 && cp < 0x7f && ch !== '\\' ? ch : `\\u{${cp.toString(16)}}`;
  }
  return out;
}
