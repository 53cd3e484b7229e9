// Anchor words of the multilingual rules (multilingual.ts): for each rule, words or raw-text
// literals of which every match holds one, chosen so that English text rarely opens a region.
import type { Anchors } from './anchors.js';
import { SHARED_WITH_ENGLISH, split, type LanguageLexicon } from './multilingual-lexicon.js';

/**
 * English words some entries share: anchoring on them would open a region in most docs (the
 * last ones are the most frequent anchor words of the installed dependencies' documents: "com"
 * is Catalan for "how", "add" Hungarian for "give", "alt" Norwegian for "everything").
 */
const ENGLISH = new Set('instructions instruction system prompt message rules print over bring comment come guide tutorial malware ransomware keylogger heroin fentanyl cocaine drugs hack hacking com add on no actual model var send order alt last es per ai agent assistant note notes'.split(' '));

/**
 * The anchor of one entry of a spaced language: its longest plain word that English lacks (a
 * word anchor costs nothing), else a raw-text literal that starts at an accented or non-Latin
 * letter past the first one (so a capital at a sentence start does not hide it), else the
 * entry's first word as written.
 */
function spacedAnchor(entry: string): { word?: string; literal?: string } {
  const written = entry.split(' ');
  const tokens = written.map((t) => t.replace(/\*$/, ''));
  // a stem is no whole word: it anchors only as a literal
  const plain = tokens.filter((t, i) => !written[i]!.endsWith('*') && /^[a-z]{4,}$/.test(t) && !ENGLISH.has(t));
  if (plain.length > 0) return { word: plain.sort((a, b) => b.length - a.length)[0] };
  for (const t of [...tokens].sort((a, b) => b.length - a.length)) {
    const literal = t.slice(1).replace(/^[\x00-\x7f]+/, '');
    if (literal.length >= 3) return { literal };
  }
  // a later word with a letter beyond ASCII is never capitalized, and rarer than an opening
  // "her" ("her şey*", everything) that English shares
  const later = tokens.slice(1).find((t) => t.length >= 3 && /[^\x00-\x7f]/.test(t));
  if (later !== undefined) return { literal: later };
  // else its longest whole word English lacks ("no feu cas": "feu", not "no"), else its first
  const words = tokens.filter((t, i) => !written[i]!.endsWith('*') && !ENGLISH.has(t));
  return { word: words.sort((a, b) => b.length - a.length)[0] ?? tokens[0] };
}

/** Raw-text literal of an entry in a glued script: its longest space-free piece. */
function gluedAnchor(entry: string): string {
  const piece = entry.replace(/\*(?= |$)/g, '').split(' ').sort((a, b) => b.length - a.length)[0]!;
  // (a leading ASCII word may be capitalized in the raw text: "AI助手" for "ai助手")
  const rest = piece.replace(/^[\x00-\x7f]+/, '');
  return rest.length >= 2 ? rest : piece;
}

type Field = 'given' | 'usersRequest' | 'ignore' | 'user' | 'askedYou' | 'note' | 'reads' | 'everything' | 'earlier' | 'yourNewTask' | 'newInstructions' | 'send' | 'current' | 'reveal' | 'own' | 'how' | 'write' | 'persona' | 'assistant';

/**
 * Override verbs spelled exactly as the English one ("ignore" in French, Spanish, Portuguese).
 * Anchoring on them would try every language's override rules at every English "ignore"; a match
 * with one of them also holds a word of `also` (the pointer back, or an instruction noun or a
 * question English does not share), which anchors it instead.
 */
const ENGLISH_VERBS = new Set(['ignore']);

/**
 * A word and, when it opens with a letter beyond ASCII, the word with that letter in capitals:
 * the tokenizer folds the case of ASCII letters only, so "Überspringe" or "Şifreleri" at a
 * sentence start would not meet "überspringe" or "şifreleri" in its word table.
 */
function withCapital(word: string): string[] {
  const first = word[0] ?? '';
  const capital = first.toUpperCase();
  return first.charCodeAt(0) < 0x80 || capital === first || capital.length !== 1 ? [word] : [word, capital + word.slice(1)];
}

/** Anchors from one side of a rule: every match holds one of that side's entries (or of `also`). */
function anchorsFrom(lexicons: readonly LanguageLexicon[], spaced: Field, glued: Field, withLiterals: boolean, also?: ReadonlyArray<'previous' | 'instructions' | 'questions'>): Anchors {
  const wordSet = new Set<string>();
  const literalSet = new Set<string>();
  const add = (entry: string): void => {
    const { word, literal } = spacedAnchor(entry);
    if (word !== undefined) wordSet.add(word);
    if (literal !== undefined) literalSet.add(literal);
  };
  for (const lex of lexicons) {
    const entries = split(lex[lex.glued ? glued : spaced] ?? '');
    if (lex.glued) {
      for (const entry of entries) literalSet.add(gluedAnchor(entry));
      continue;
    }
    const english = also !== undefined && entries.some((e) => ENGLISH_VERBS.has(e));
    for (const entry of entries) if (!english || !ENGLISH_VERBS.has(entry)) add(entry);
    if (english) for (const field of also!) for (const entry of split(lex[field] ?? '')) if (!SHARED_WITH_ENGLISH.has(entry)) add(entry);
  }
  const words = [...wordSet].flatMap(withCapital);
  return withLiterals ? { words, literals: [...literalSet] } : { words };
}

/** Anchors of a rule with two sides (every match holds an entry of one of them). */
function joined(a: Anchors, b: Anchors): Anchors {
  const words = [...new Set([...a.words, ...b.words])];
  return a.literals || b.literals ? { words, literals: [...new Set([...(a.literals ?? []), ...(b.literals ?? [])])] } : { words };
}

/** Literals of the question words that close a how-to question (glued scripts only have them). */
function closingHowAnchors(lexicons: readonly LanguageLexicon[], withLiterals: boolean): Anchors {
  const literals = lexicons.flatMap((lex) => (lex.howLast === undefined ? [] : split(lex.howLast.words).map(gluedAnchor)));
  return withLiterals ? { words: [], literals } : { words: [] };
}

/** Anchors of the multilingual rules over `lexicons` (one group's), with or without the raw-text literals. */
export function multilingualAnchors(lexicons: readonly LanguageLexicon[], withLiterals: boolean): Record<string, Anchors> {
  const from = (spaced: Field, glued: Field, also?: ReadonlyArray<'previous' | 'instructions' | 'questions'>): Anchors => anchorsFrom(lexicons, spaced, glued, withLiterals, also);
  return {
    'multilingual.ignore-previous': from('ignore', 'ignore', ['previous']),
    'multilingual.ignore-instructions': from('ignore', 'ignore', ['instructions', 'questions']),
    // every match holds a word for the user (none of them English)
    // (or a clause of what the reader was asked: "ce qu'on vous a demandé")
    'multilingual.ignore-user-request': joined(from('user', 'user'), from('askedYou', 'askedYou')),
    // every match holds an "everything" word (verbs: "ignore" is English too)
    // (glued scripts: the pointer back, since "everything" there is a two-letter word, كل)
    'multilingual.ignore-everything-before': from('everything', 'earlier'),
    'multilingual.new-task': joined(from('yourNewTask', 'yourNewTask'), from('newInstructions', 'newInstructions')),
    // every match holds a send verb (what is sent, "password", "token", "email", is English too)
    'multilingual.send-secrets': from('send', 'send'),
    'multilingual.stop-task': from('current', 'current'),
    'multilingual.prompt-extraction': from('reveal', 'own'),
    // (and, where the question word closes the question, that word: Thai "…ได้อย่างไร")
    'multilingual.harmful-request': joined(from('how', 'how'), closingHowAnchors(lexicons, withLiterals)),
    // every match holds an order to write
    'multilingual.malware-request': from('write', 'write'),
    // every match holds what the machine does with the text
    // (where the machine is named first, its name: a verb's marks, as in "يلخّص", hide it from a literal of the raw text)
    'multilingual.reader-header': joined(from('reads', 'reads'), from('assistant', 'assistant')),
    'multilingual.persona-switch': from('persona', 'persona'),
    // every match holds the reader's instructions or the user's request, named
    'multilingual.instructions-overruled': joined(from('given', 'given'), from('usersRequest', 'usersRequest')),
    // (or a note's header word, none of them English, before a plain word for the machine)
    'multilingual.to-assistant': joined(from('assistant', 'assistant'), from('note', 'note')),
  };
}
