// The multilingual catalogues: one per group of languages (multilingual-lexicon.ts
// LANGUAGE_GROUPS), each the rules of multilingual.ts over its languages, planned around anchor
// words and, in texts of their scripts, raw-text literals.
import type { Anchors } from './anchors.js';
import { multilingualAnchors } from './multilingual-anchors.js';
import { LANGUAGE_GROUPS, LEXICONS, type LanguageLexicon } from './multilingual-lexicon.js';
import { languageParts } from './multilingual-parts.js';
import { multilingualRules } from './multilingual.js';
import { ruleSet, type RuleSet } from './rule-set.js';

/** Letters of the literal anchors: only texts with one of them pay for the literal passes. */
const LITERAL_SCRIPTS = /[\u00c0-\u024f\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0900-\u09ff\u0e00-\u0e7f\u1e00-\u1fff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

const lexiconsOf = (codes: readonly string[]): LanguageLexicon[] => codes.map((code) => LEXICONS[code]!);

/** Every anchor of each group's rules, literals included (computed once: the catalogues plan with them). */
export const MULTILINGUAL_ANCHORS: ReadonlyArray<Record<string, Anchors>> = LANGUAGE_GROUPS.map((codes) => multilingualAnchors(lexiconsOf(codes), true));

/**
 * The catalogue of one group of languages. Unlike the English catalogue it never runs whole:
 * letter spacing ("i g n o r e") and look-alike letters stay the English rules' business, and
 * its literals anchor accents.
 */
function multilingualCatalogue(codes: readonly string[], anchors: Record<string, Anchors>): RuleSet {
  const rules = multilingualRules(languageParts(codes));
  const withLiterals = ruleSet(rules, anchors, false);
  // The same rules, so the same start filter and rule bits, whichever anchors plan the regions.
  const wordsOnly = ruleSet(rules, multilingualAnchors(lexiconsOf(codes), false), false, () => withLiterals.filter);
  return {
    rules,
    get filter() {
      return withLiterals.filter;
    },
    plan(text, features) {
      const f = features.spacedLetters ? { ...features, spacedLetters: false } : features;
      if (!features.nonAscii) return wordsOnly.plan(text, f);
      return (LITERAL_SCRIPTS.test(text) ? withLiterals : wordsOnly).plan(text, f);
    },
  };
}

/**
 * One catalogue per group of languages (multilingual-lexicon.ts LANGUAGE_GROUPS): every language
 * of a group is a branch of each of its patterns, and a pattern over 20 KB is compiled by V8
 * without its optimizations. The catalogues share the rule ids: an id names what a text does,
 * whatever its language.
 */
export const MULTILINGUAL_CATALOGUES: readonly RuleSet[] = LANGUAGE_GROUPS.map((codes, g) => multilingualCatalogue(codes, MULTILINGUAL_ANCHORS[g]!));
