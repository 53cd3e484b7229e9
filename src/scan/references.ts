// The text the detector reads, with character references and escapes decoded: "&#105;gnore",
// "ignore&nbsp;all&nbsp;previous" and "\u0069gnore" spell words to a model that reads them,
// and hid those words from the rules and their anchors. The delivered text keeps them as they
// are; only the analysis reads the decoded copy. Structural characters (`<`, `>`, `&`) stay
// encoded, so an escaped code sample ("&lt;system&gt;") is not read as markup; references to
// hidden characters (zero-width, bidi, tags) decode to nothing, as normalize.ts strips them.
import { classify } from './normalize.js';

/** One reference or escape, with the parts that name its character. */
const REFERENCE = /&#(\d{1,7});|&#[xX]([0-9a-fA-F]{1,6});|&([a-zA-Z]{2,6});|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})/g;
/** A cheap test that the text may hold one. */
const MAY_HOLD = /&#|&[a-zA-Z]{2,6};|\\[ux]/;

/** Named references that stand for a space or for nothing a reader sees. */
const NAMED: Readonly<Record<string, string>> = {
  nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', numsp: ' ', puncsp: ' ', hairsp: ' ', shy: '', zwj: '', zwnj: '', lrm: '', rlm: '',
};

const STRUCTURAL = new Set([0x26, 0x3c, 0x3e]);

export function decodeReferences(text: string): string {
  if (!MAY_HOLD.test(text)) return text;
  return text.replace(REFERENCE, (whole: string, dec?: string, hex?: string, name?: string, u?: string, x?: string) => {
    if (name !== undefined) return NAMED[name.toLowerCase()] ?? whole;
    const cp = parseInt(dec ?? hex ?? u ?? x!, dec !== undefined ? 10 : 16);
    return decodedPoint(cp) ?? whole;
  });
}

/** The character for code point `cp`, '' for a hidden one, null to leave the reference alone. */
function decodedPoint(cp: number): string | null {
  if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || STRUCTURAL.has(cp)) return null;
  const hidden = classify(cp);
  if (hidden === 'control') return null;
  return hidden === null ? String.fromCodePoint(cp) : '';
}
