// What the characters around a token say about it, for the reader-turn signal (reader-turn.ts):
// an amount or an address as a target, a verb that is named rather than said (a title, markup,
// inline code), and where list items and lines start.
import { C } from './lexicon.js';
import type { TokenFeatures } from './token-features.js';

/** '$' before a digit: an amount ("$500"), not a shell or template variable ("${cwd}"). */
export function amountAfter(text: string, at: number): boolean {
  const c = text.charCodeAt(at + 1);
  return c >= 0x30 && c <= 0x39;
}

/** '@' between name characters: an address ("bob@mail.com"), not markup ("@menu", "@param"). */
export function emailAround(text: string, at: number): boolean {
  return at > 0 && nameChar(text.charCodeAt(at - 1)) && nameChar(text.charCodeAt(at + 1));
}

/**
 * Whether the address whose '@' is at `at` closes a contact line: it ends its line (or the text,
 * or meets markup) after an optional full stop, ends its clause with at most a word of when
 * ("Please email billing@example.com first; we usually reply within two days"), or only says
 * what to write about ("… with questions", "… for more information", "… if you have any
 * questions"). A comma goes on: "email bob@example.com, and attach the payroll file" is a target.
 */
export function contactAddress(text: string, at: number): boolean {
  let i = at + 1;
  while (i < text.length && (nameChar(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2e || text.charCodeAt(i) === 0x2d)) i++;
  // (the sentence's own full stop is no part of the address)
  let end = i;
  while (text.charCodeAt(end - 1) === 0x2e) end--;
  CLAUSE_END.lastIndex = end;
  if (CLAUSE_END.test(text)) return true;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  const c = text.charCodeAt(i);
  if (i >= text.length || c === 0x0a || c === 0x0d || c === 0x3c) return true;
  CONTACT_TAIL.lastIndex = i;
  return CONTACT_TAIL.test(text);
}
const CLAUSE_END = /(?: (?:first|instead|directly|anytime|at any time|too|as well|beforehand|today))?[ \t]*(?:[.;!)](?!\w)|\r?\n|$)/iy;
const CONTACT_TAIL = /(?:with (?:any |your )?(?:questions|queries|concerns|feedback|comments)|for (?:more |further )?(?:information|info|details|help|assistance|support|questions)|if you have (?:any )?(?:questions|concerns|problems|issues))\b/iy;

function nameChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** Quotation marks that may stand right before a quoted label: straight, typographic, guillemets. */
const QUOTE_MARKS = new Set([0x22, 0x27, 0x201c, 0x2018, 0xab, 0x201e]);

/** Whether a quotation mark stands right before `at` (a quoted label's first word). */
export function afterQuoteMark(text: string, at: number): boolean {
  return QUOTE_MARKS.has(text.charCodeAt(at - 1));
}

/** Whether the double quote at `at` opens a quotation after a word of prose ("choose \"Save\""). */
export function quotesInProse(text: string, at: number): boolean {
  let i = at - 1;
  if (i < 0 || (text.charCodeAt(i) !== 0x20 && text.charCodeAt(i) !== 0x09)) return false;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

export function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** A verb followed by a capitalized word is a title ("Give My Last Breath"), not a request. */
export function title(text: string, f: Pick<TokenFeatures, 'cls' | 'starts' | 'count'>, t: number): boolean {
  if (t + 1 >= f.count || (f.cls[t + 1]! & 0x3f) >= C.P_COLON) return false;
  return isUpper(text.charCodeAt(f.starts[t + 1]!)) && isUpper(text.charCodeAt(f.starts[t]!));
}

/**
 * A verb that is named rather than said: a markup tag ("<code>", "</code>"), a word in brackets
 * ("(Book)"), or the start of inline code or a quoted title ("`Please add me`").
 */
export function mentioned(text: string, f: Pick<TokenFeatures, 'cls' | 'starts' | 'count'>, t: number): boolean {
  const at = f.starts[t]!;
  const before = at > 0 ? text.charCodeAt(at - 1) : 0;
  if (before === 0x3c || before === 0x60 || (before === 0x2f && at > 1 && text.charCodeAt(at - 2) === 0x3c)) return true;
  if (t + 1 >= f.count || (f.cls[t + 1]! & 0x3f) !== C.P_CLOSE) return false;
  const next = f.starts[t + 1]!;
  return before === 0x28 && next > 0 && text.charCodeAt(next - 1) !== 0x20;
}

/**
 * A verb that is a noun or a name here: joined by a hyphen to the next word (a package or a
 * compound, "call-bind-apply-helpers", "follow-up") or followed by "of" ("List of flows",
 * "Change of address"): an imperative takes its object without either.
 */
export function nounUse(text: string, f: Pick<TokenFeatures, 'starts' | 'count' | 'entry'>, t: number, ofEntry: number): boolean {
  if (t + 1 < f.count && f.entry[t + 1] === ofEntry) return true;
  let i = f.starts[t]!;
  const end = Math.min(text.length, i + 40);
  while (i < end && ((text.charCodeAt(i) | 0x20) >= 0x61 && (text.charCodeAt(i) | 0x20) <= 0x7a)) i++;
  return text.charCodeAt(i) === 0x2d && ((text.charCodeAt(i + 1) | 0x20) >= 0x61 && (text.charCodeAt(i + 1) | 0x20) <= 0x7a);
}

/** A sentence that opens with a backtick is quoted code or a quoted title, not said to anyone. */
export function quotedFrom(text: string, at: number): boolean {
  return at > 0 && text.charCodeAt(at - 1) === 0x60;
}

/** Whether the sentence starting at token `t` is a list item: "- ...", "* ...", "2. ...". */
export function listMarkerBefore(text: string, f: Pick<TokenFeatures, 'cls' | 'starts'>, t: number): boolean {
  const p = f.cls[t - 1]! & 0x3f;
  if (p === C.P_DASH || p === C.P_STAR) return lineStartBefore(text, f.starts[t - 1]!);
  if ((p === C.P_STOP || p === C.P_CLOSE) && t >= 2 && (f.cls[t - 2]! & 0x3f) === C.NUM) return lineStartBefore(text, f.starts[t - 2]!);
  return false;
}

/** Whether only indentation lies between the previous line break (or the text start) and `at`. */
export function lineStartBefore(text: string, at: number): boolean {
  for (let i = at - 1, n = 0; i >= 0 && n < 8; i--, n++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return at === 0 || at < 8;
}

/** A '{' or an HTML/XML tag ("<p>", "</div>", "<a href") at `at`; not an address in angle brackets ("<marta@example.org>"). */
export function markupAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 0x7b) return true;
  if (c !== 0x3c) return false;
  let p = at + 1;
  if (text.charCodeAt(p) === 0x2f) p++;
  const nameStart = p;
  while (p < text.length && p - nameStart < 16 && /[A-Za-z0-9]/.test(text[p]!)) p++;
  if (p === nameStart || !/[A-Za-z]/.test(text[nameStart]!)) return false;
  const next = text.charCodeAt(p);
  return next === 0x3e || next === 0x20 || next === 0x2f || next === 0x0a;
}

/** '<' opening an address in angle brackets ("Marta Ruiz <marta@example.org>"): a mail header, not code. */
export function addressInAngles(text: string, at: number): boolean {
  let p = at + 1;
  const end = Math.min(text.length, p + 64);
  while (p < end && (nameChar(text.charCodeAt(p)) || text.charCodeAt(p) === 0x2e || text.charCodeAt(p) === 0x2d || text.charCodeAt(p) === 0x5f || text.charCodeAt(p) === 0x2b)) p++;
  return p > at + 1 && text.charCodeAt(p) === 0x40;
}

/** Whether the word at `at` runs straight into markup ("example</footer>"): its line is markup, not a sentence going on. */
export function markupAfter(text: string, at: number): boolean {
  let p = at;
  const end = Math.min(text.length, at + 64);
  while (p < end && (nameChar(text.charCodeAt(p)) || text.charCodeAt(p) === 0x2d || text.charCodeAt(p) === 0x5f)) p++;
  return text.charCodeAt(p) === 0x3c;
}
