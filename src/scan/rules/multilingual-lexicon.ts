// The languages the multilingual rules read: every lexicon (format: multilingual-lexicon-format.ts)
// in its group of languages, and the negations that keep an override verb from counting.
import type { LanguageLexicon } from './multilingual-lexicon-format.js';
import { LATIN_LEXICONS } from './multilingual-lexicon-latin.js';
import { MORE_LATIN_LEXICONS } from './multilingual-lexicon-latin-more.js';
import { NORDIC_LEXICONS } from './multilingual-lexicon-nordic.js';
import { SCRIPT_LEXICONS } from './multilingual-lexicon-scripts.js';
import { ASIAN_SCRIPT_LEXICONS } from './multilingual-lexicon-asian.js';
import { CZECH_ROMANIAN_LEXICONS } from './multilingual-lexicon-cs-ro.js';
import { HUNGARIAN_FINNISH_LEXICONS } from './multilingual-lexicon-hu-fi.js';
import { GREEK_HEBREW_LEXICONS } from './multilingual-lexicon-el-he.js';
import { CATALAN_TAGALOG_MALAY_LEXICONS } from './multilingual-lexicon-ca-tl-ms.js';
import { SOUTH_SLAVIC_LEXICONS } from './multilingual-lexicon-sh.js';
import { BALTIC_BULGARIAN_LEXICONS } from './multilingual-lexicon-baltic-bg.js';
import { AZERBAIJANI_KAZAKH_LEXICONS } from './multilingual-lexicon-az-kk.js';

export type { LanguageLexicon };

/** The entries of one list (the ' | ' syntax of multilingual-lexicon-format.ts). */
export const split = (list: string): string[] => list.split(' | ').map((e) => e.trim()).filter((e) => e.length > 0);

/** Entries spelled as in English: a pair of them is English text, not another language. */
export const SHARED_WITH_ENGLISH = new Set(['ignore', 'instructions', 'instruction', 'prompt', 'question', 'questions']);

/**
 * Every language with a lexicon, in groups: each group is a multilingual catalogue of its own
 * (multilingual.ts), its languages branches of the same patterns, in this order. Indonesian and
 * Malay are one lexicon (`id`: Malay's own forms joined to the Indonesian ones they pair with);
 * Slovenian, Croatian, Serbian and Bosnian are one too (`sh`). A group's patterns stay under the
 * 20 KB V8 optimizes.
 */
export const LANGUAGE_GROUPS: readonly (readonly string[])[] = [
  ['de', 'fr', 'es', 'it', 'pt', 'nl', 'nordic', 'pl', 'ru', 'uk', 'tr', 'jv', 'sw', 'vi', 'ar', 'hi', 'bn', 'ko', 'zh', 'ja', 'th'],
  ['cs', 'ro', 'hu', 'fi', 'ca', 'tl', 'id', 'az', 'kk'],
  ['el', 'he', 'sh', 'lt', 'lv', 'bg'],
];

/** One lexicon with the entries of both (a language and a close kin that shares most of them). */
function joinLexicons(a: LanguageLexicon, b: LanguageLexicon): LanguageLexicon {
  const joined: Record<string, unknown> = { ...b, ...a };
  for (const [field, value] of Object.entries(b)) {
    const mine = (a as unknown as Record<string, unknown>)[field];
    if (typeof value === 'string' && typeof mine === 'string') joined[field] = [...new Set([...split(mine), ...split(value)])].join(' | ');
  }
  return joined as unknown as LanguageLexicon;
}

const { ms: MALAY, ...CATALAN_TAGALOG } = CATALAN_TAGALOG_MALAY_LEXICONS;
const ALL_LEXICONS: ReadonlyArray<Record<string, LanguageLexicon>> = [
  LATIN_LEXICONS,
  { ...MORE_LATIN_LEXICONS, id: joinLexicons(MORE_LATIN_LEXICONS['id']!, MALAY!) },
  NORDIC_LEXICONS,
  SCRIPT_LEXICONS,
  ASIAN_SCRIPT_LEXICONS,
  CZECH_ROMANIAN_LEXICONS,
  HUNGARIAN_FINNISH_LEXICONS,
  GREEK_HEBREW_LEXICONS,
  CATALAN_TAGALOG,
  SOUTH_SLAVIC_LEXICONS,
  BALTIC_BULGARIAN_LEXICONS,
  AZERBAIJANI_KAZAKH_LEXICONS,
];
export const LEXICONS: Record<string, LanguageLexicon> = Object.fromEntries(
  LANGUAGE_GROUPS.flat().map((lang) => {
    const lexicon = ALL_LEXICONS.map((lexicons) => lexicons[lang]).find((lex) => lex !== undefined);
    if (lexicon === undefined) throw new Error(`no lexicon for language ${lang}`);
    return [lang, lexicon];
  }),
);
if (ALL_LEXICONS.reduce((n, lexicons) => n + Object.keys(lexicons).length, 0) !== Object.keys(LEXICONS).length) throw new Error('a lexicon is missing from LANGUAGE_GROUPS');

/**
 * Negations in front of an override verb: "don't forget the rules above" is no override; nor is
 * a verb in the passive, future or perfect ("se omite", "被忽略", "将忽略": what software does).
 */
export const NEGATION_BEFORE = "no | non | não | n' | ne | nie | nicht | niet | не | jangan | đừng | không | لا | अगर | อย่า | 不要 | 请勿 | 請勿 | 别 | 別 | 勿 | 不能 | 不可 | 切勿 | 如果 | 若 | 不得 | se | si | 被 | 将 | 將 | 会 | 會 | 已 | not | don't | never | ikke | inte | ej | aldrig | aldri | nu | dacă | pokud | jestli | ak | nem | ei | eivät | älä | älkää | μην | μη | δεν | αν | אל | לא | אין | אם | huwag | wag | usah | ako | да | ще | ќе | ги";

