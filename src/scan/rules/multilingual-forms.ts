// The pieces the multilingual patterns are built from (multilingual.ts): lexicon entries folded
// as the match view folds text, joined into alternations with the word boundaries of their
// script, and the gaps allowed between them (words in spaced scripts, characters in the others).
import { matchView } from '../view.js';
import { SHARED_WITH_ENGLISH, split } from './multilingual-lexicon.js';

export const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const ASCII_ALNUM = /[a-z0-9]/;

/** An inflected ending after a stem. */
const INFLECTION = '[^\\s.,;:!?"\')]{0,6}';

/**
 * Text of an entry as the match view shows it (stem marks dropped), and whether an inflected
 * ending may follow its last word.
 */
export function folded(entry: string): { view: string; stem: boolean } {
  return { view: matchView(entry.replace(/\*(?= |$)/g, '')).trim(), stem: entry.endsWith('*') };
}

/** The pattern of an entry's words: each word a stem may end in an inflection ("фальшив* деньг*"); the last word's ending is entryClose's. */
function entryBody(entry: string): string {
  const words = entry.split(' ');
  return words
    .map((word, i) => {
      const stem = word.endsWith('*');
      const view = escape(matchView(stem ? word.slice(0, -1) : word).trim());
      return stem && i < words.length - 1 ? `${view}${INFLECTION}` : view;
    })
    .join('\\s');
}

/** How an entry ends: an inflected ending for stems, else the end of its word (or nothing in glued scripts). */
function entryClose(entry: string, glued: boolean): string {
  const { view, stem } = folded(entry);
  if (glued) return '';
  if (stem) return INFLECTION;
  return ASCII_ALNUM.test(view[view.length - 1] ?? '') ? '\\b' : `(?![^\\s.,;:!?"')\\]\u00bb\u201d\u060c\u061f\u0964-])`;
}

/** How an entry starts: a word boundary before a Latin letter, else a space, quote or opening mark before it. */
function entryOpen(entry: string, glued: boolean, leading: boolean): string {
  if (glued) return '';
  if (ASCII_ALNUM.test(folded(entry).view[0] ?? '')) return '\\b';
  // A pattern's first entry gets no lookbehind: it would run before every entry at every start.
  return leading ? '' : `(?<![^\\s"'(\\[*>:,;\u00ab\u201e\u201c-])`;
}

/** What alt() gives for an empty list: a pattern that never matches. */
export const NO_ENTRY = '(?!)';

/**
 * An alternation of the entries of `list` (multilingual-lexicon.ts syntax), each folded as the
 * view folds text, with its word boundaries; `own` leaves out the entries English spells alike.
 */
export function alt(list: string, glued: boolean, own: 'all' | 'own' = 'all', leading = false): string {
  const entries = split(list).filter((e) => own === 'all' || !SHARED_WITH_ENGLISH.has(e));
  if (entries.length === 0) return NO_ENTRY;
  // Entries that open and close alike share one boundary check on each side. This keeps the
  // patterns under 20 KB: V8 compiles a longer pattern without its optimizations, and it then
  // runs several times slower at every position.
  const groups = new Map<string, { open: string; close: string; bodies: string[] }>();
  for (const entry of entries) {
    const open = entryOpen(entry, glued, leading);
    const close = entryClose(entry, glued);
    const key = `${open}\u0000${close}`;
    const group = groups.get(key) ?? { open, close, bodies: [] };
    group.bodies.push(entryBody(entry));
    groups.set(key, group);
  }
  const body = `(?:${[...groups.values()].map((g) => `${g.open}(?:${g.bodies.join('|')})${g.close}`).join('|')})`;
  // A one-character look first lets the alternative fail at once where no entry can start,
  // instead of trying each entry (every language's verbs at every attempt, every gap length).
  const firsts = [...new Set(entries.map((e) => folded(e).view[0] ?? ''))].filter((c) => c !== '');
  return `(?=[${firsts.map(escapeClass).join('')}])${body}`;
}

/**
 * The one-character look an alt() form opens with, to put before costlier checks of what precedes
 * the form (lookbehinds): they then run only where the form can start.
 */
export function leadingLook(form: string): string {
  return /^\(\?=\[(?:\\.|[^\]\\])*\]\)/.exec(form)?.[0] ?? '';
}

export const escapeClass = (c: string): string => (/[\]^-]/.test(c) ? `\\${c}` : c);

let wordGroups = 0;
/**
 * Up to `n` words of one sentence (spaced scripts). Each word is taken whole, as an atomic group
 * would (a lookahead capture and its backreference): a word can only be followed by the space
 * after it, so shorter takes of it could never match, and trying them cost most of the time on
 * text made of one repeated verb.
 */
export const words = (n: number): string => {
  const g = `w${wordGroups++}`;
  return `(?:(?=(?<${g}>[^\\s.!?\u3002]{1,30}))\\k<${g}>\\s){0,${n}}`;
};
/** Up to `n` characters of one sentence (scripts without spaces). */
export const chars = (n: number): string => `[^.!?\\n\u3002\uff01\uff1f\u0964]{0,${n}}`;
/**
 * Up to `n` characters of one clause, for an override verb and its object: not across a colon,
 * a semicolon or a conjunction that opens another clause ("命令替换：忽略…", "…缓存日期并在执行命令").
 */
export const clauseChars = (n: number): string => `[^.!?\\n\u3002\uff01\uff1f\u0964:;\uff1a\uff1b\u5e76\u4e26\u800c]{0,${n}}`;

/**
 * Alternatives for some languages, joined after the forms before them ('|' first), or nothing
 * when no language has the form: an empty alternative would match anywhere.
 */
export const orMore = (forms: readonly string[]): string => (forms.length === 0 ? '' : `|${forms.join('|')}`);
