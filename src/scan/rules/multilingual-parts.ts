// The pieces every multilingual pattern is built from, per language (multilingual.ts): each
// lexicon list as an alternation with its word boundaries, the gaps of its script, the
// negations that cancel an override verb, and the helpers that join one form over all languages.
import { matchView } from '../view.js';
import { alt, ASCII_ALNUM, chars, clauseChars, escape, escapeClass, folded, words } from './multilingual-forms.js';
import { LEXICONS, NEGATION_BEFORE, SHARED_WITH_ENGLISH, split, type LanguageLexicon } from './multilingual-lexicon.js';

const NEG_BEFORE = split(NEGATION_BEFORE).map((e) => (ASCII_ALNUM.test(e[0]!) ? '\\b' : '') + escape(matchView(e)));
/**
 * The negations that may follow a language's override verb, as a lookahead: only the language's
 * own ("vergiss nicht", "glöm inte"; "not" where the language spells a verb as English does),
 * none where its negation stands before the verb. One list for every language repeated the
 * whole alternation in every branch of every pattern.
 */
function notAfterOf(negations: string | undefined): string {
  if (negations === undefined) return '';
  const words = split(negations).map((e) => escape(matchView(e)));
  return `(?![^\\s.!?]{0,12}\\s(?:[^\\s.!?]{1,12}\\s)?(?:${words.join('|')})(?![^\\s.,;:!?]))`;
}

export interface Parts {
  /** The override verb opening a pattern (the negation before it is checked once per pattern). */
  ignore: string;
  /**
   * Verb and nouns without the entries English shares, for the forms without a pointer back;
   * only where both lists hold such entries, since elsewhere no match of the form can be English.
   */
  withoutEnglish?: { ignore: string; instructions: string };
  /** The override verb after its object. */
  ignoreLast: string;
  /** The question set aside (LanguageLexicon.questions), before and after the override verb. */
  questions?: { nouns: string; nounsFirst: string };
  previous: string;
  previousFirst: string;
  everything: string;
  everythingFirst: string;
  earlier: string;
  earlierFirst: string;
  yourNewTaskFirst: string;
  newInstructionsFirst: string;
  copula: string;
  sendFirst: string;
  send: string;
  secrets: string;
  secretsFirst: string;
  stopFirst: string;
  stop: string;
  current: string;
  currentFirst: string;
  instructions: string;
  instructionsFirst: string;
  reveal: string;
  own: string;
  ownFirst: string;
  how: string;
  /** See LanguageLexicon.howLast (absent where the language has none). */
  howLast?: { askerFirst: string; words: string };
  /** See LanguageLexicon.defend. */
  defend?: string;
  harm: string;
  harmFirst: string;
  /**
   * See LanguageLexicon.write and .malware (absent where the language has none). `malwareFirst`,
   * for the object-first order, holds only the entries with a letter beyond ASCII: "virus" or
   * "exploit" would start an attempt at every English one (absent where none is left).
   */
  writeMalware?: { writeFirst: string; write: string; malware: string; malwareFirst?: string };
  persona: string;
  assistantFirst: string;
  /** See LanguageLexicon.addressee and .user (absent where the language has none). */
  addressee?: string;
  user?: string;
  /** See LanguageLexicon.askedYou. */
  askedYou?: string;
  /** See LanguageLexicon.what. */
  what?: string;
  /** See LanguageLexicon.note (absent where the language has none), and the addressee it needs. */
  noteFirst?: string;
  noteAddressee?: string;
  /** See LanguageLexicon.relative and .reads; `readerAddressee` is the addressee such a clause may follow (no agent or model: an estate agent reads too). */
  relative?: string;
  reads?: string;
  readsAfter?: string;
  /** See LanguageLexicon.conditional. */
  conditionalFirst?: string;
  readerAddressee?: string;
  /** See LanguageLexicon.readerNoun (the assistant's names where absent). */
  readerNounFirst: string;
  /** The override verb without the forms English shares ("ignore", which is also "ignoré" with its accent folded away). */
  ignoreOwn: string;
  near: (n: number) => string;
  /** Like `near`, between an override verb and its object: within one clause. */
  clause: (n: number) => string;
  /** See LanguageLexicon.bareObject. */
  bareObject?: { determiners: string; fronted: string };
  /** See LanguageLexicon.given and the claims that overrule it (absent where the language has none). */
  overrule?: { givenFirst: string; given: string; usersRequest?: string; usersRequestFirst?: string; outranksFirst?: string; outranksAfter?: string; overruled?: string };
  sep: string;
  verbLast: boolean;
}

const sharesEnglish = (list: string): boolean => split(list).some((e) => SHARED_WITH_ENGLISH.has(e));

/** Addressee entries people share: a note heads for a travel or estate agent as often. */
const AGENTS = /^(?:l')?(?:agent|агент)[^ ]*$/;
/** …and, after a clause of who reads it, models too (readerAddressee). */
const AGENTS_AND_MODELS = /^(?:l')?(?:agent|агент|модел|mod[eè]l|sprachmodell|taalmodel|språkmodell|sprogmodel)[^ ]*$/;
/** The addressee list without the entries `people` matches (a qualified one, "agente automático", stays: it names software). */
const addresseesBut = (list: string, people: RegExp): string => split(list).filter((e) => !people.test(e)).join(' | ');

function parts(lex: LanguageLexicon): Parts {
  const g = lex.glued;
  const verbClose = lex.verbNotBefore ? `(?!${lex.verbNotBefore})` : '';
  const verbOpen = lex.verbInsideWord ? `(?<!${lex.verbInsideWord})` : '';
  const nounClose = lex.nounNotBefore ? `(?!${lex.nounNotBefore})` : '';
  const NOT_AFTER = notAfterOf(lex.negationAfter);
  /** An override verb that counts only without a negation within a word after it. */
  const negatable = (verb: string): string => `${verb}${NOT_AFTER}`;
  return {
    ignore: negatable(`${verbOpen}${alt(lex.ignore, g, 'all', true)}${verbClose}`),
    withoutEnglish: sharesEnglish(lex.ignore) && sharesEnglish(lex.instructions)
      ? { ignore: negatable(`${verbOpen}${alt(lex.ignore, g, 'own', true)}${verbClose}`), instructions: `${alt(lex.instructions, g, 'own')}${nounClose}` }
      : undefined,
    ignoreLast: `${lex.verbNotAfter ? `(?<!${lex.verbNotAfter})` : ''}${verbOpen}${alt(lex.ignoreLast ?? lex.ignore, g)}${verbClose}${NOT_AFTER}`,
    // (the nouns are never English words, so any of the language's verbs may set them aside; a
    // negation may also follow the noun: "ignorieren Sie diese Frage nicht")
    questions: lex.questions === undefined ? undefined : { nouns: `${alt(lex.questions, g, 'own')}${NOT_AFTER}`, nounsFirst: alt(lex.questions, g, 'own', true) },
    previous: alt(lex.previous, g),
    previousFirst: alt(lex.previous, g, 'all', true),
    everything: alt(lex.everything, g),
    everythingFirst: alt(lex.everything, g, 'all', true),
    earlier: alt(lex.earlier, g),
    earlierFirst: alt(lex.earlier, g, 'all', true),
    yourNewTaskFirst: alt(lex.yourNewTask, g, 'all', true),
    newInstructionsFirst: alt(lex.newInstructions, g, 'all', true),
    copula: alt(lex.copula, g),
    sendFirst: negatable(alt(lex.send, g, 'all', true)),
    send: alt(lex.send, g),
    secrets: alt(lex.secrets, g),
    secretsFirst: alt(lex.secrets, g, 'all', true),
    stopFirst: negatable(alt(lex.stop, g, 'all', true)),
    stop: alt(lex.stop, g),
    current: alt(lex.current, g),
    currentFirst: alt(lex.current, g, 'all', true),
    instructions: `${alt(lex.instructions, g)}${nounClose}`,
    instructionsFirst: `${alt(lex.instructions, g, 'all', true)}${nounClose}`,
    reveal: alt(lex.reveal, g, 'all', true),
    own: alt(lex.own, g),
    ownFirst: `${alt(lex.own, g, 'all', true)}${lex.ownNotBefore ? `(?!${lex.ownNotBefore})` : ''}`,
    how: alt(lex.how, g, 'all', true),
    howLast: lex.howLast && { askerFirst: alt(lex.howLast.asker, g, 'all', true), words: alt(lex.howLast.words, g) },
    defend: lex.defend && alt(lex.defend, g),
    harm: alt(lex.harm, g),
    harmFirst: alt(lex.harm, g, 'all', true),
    writeMalware:
      lex.write === undefined || lex.malware === undefined
        ? undefined
        : { writeFirst: alt(lex.write, g, 'all', true), write: alt(lex.write, g), malware: alt(lex.malware, g), malwareFirst: beyondAscii(lex.malware, g) },
    persona: alt(lex.persona, g, 'all', true),
    assistantFirst: alt(lex.assistant, g, 'all', true),
    addressee: lex.addressee === undefined ? undefined : alt(lex.addressee, g),
    user: lex.user === undefined ? undefined : alt(lex.user, g),
    askedYou: lex.askedYou === undefined ? undefined : alt(lex.askedYou, g),
    what: lex.what === undefined ? undefined : alt(lex.what, g),
    noteFirst: lex.note === undefined ? undefined : alt(lex.note, g, 'all', true),
    noteAddressee: lex.addressee === undefined ? undefined : alt(addresseesBut(lex.addressee, AGENTS), g),
    relative: lex.relative === undefined ? undefined : alt(lex.relative, g),
    reads: lex.reads === undefined ? undefined : alt(lex.reads, g),
    readsAfter: lex.readsAfter === undefined ? undefined : alt(lex.readsAfter, g),
    conditionalFirst: lex.conditional === undefined ? undefined : alt(lex.conditional, g, 'all', true),
    readerAddressee: lex.addressee === undefined ? undefined : alt(addresseesBut(lex.addressee, AGENTS_AND_MODELS), g, 'all', true),
    readerNounFirst: alt(lex.readerNoun === undefined ? lex.assistant : `${lex.assistant} | ${lex.readerNoun}`, g, 'all', true),
    ignoreOwn: negatable(`${verbOpen}${alt(lex.ignore, g, 'own', true)}${verbClose}`),
    near: g ? (n) => chars(n * 4) : words,
    clause: g ? (n) => clauseChars(n * 4) : words,
    bareObject: lex.bareObject && { determiners: alt(lex.bareObject.determiners, g), fronted: alt(lex.bareObject.fronted, g) },
    overrule: lex.given === undefined ? undefined : {
      givenFirst: alt(lex.given, g, 'all', true),
      given: alt(lex.given, g),
      usersRequest: lex.usersRequest === undefined ? undefined : alt(lex.usersRequest, g),
      usersRequestFirst: lex.usersRequest === undefined ? undefined : alt(lex.usersRequest, g, 'all', true),
      outranksFirst: lex.outranks === undefined ? undefined : alt(lex.outranks, g, 'all', true),
      outranksAfter: lex.outranksAfter === undefined ? undefined : alt(lex.outranksAfter, g),
      overruled: lex.overruled === undefined ? undefined : alt(lex.overruled, g),
    },
    sep: g ? '' : '[,:]?\\s',
    verbLast: lex.verbLast,
  };
}

/** alt() of the entries of `list` that hold a letter beyond ASCII, or undefined when none does. */
function beyondAscii(list: string, glued: boolean): string | undefined {
  const entries = split(list).filter((e) => /[^\x00-\x7f]/.test(e));
  return entries.length === 0 ? undefined : alt(entries.join(' | '), glued, 'all', true);
}

/** The pieces of each language of a group, in the group's order. */
export const languageParts = (codes: readonly string[]): Parts[] => codes.map((code) => parts(LEXICONS[code]!));

/**
 * Where a form opening with an override verb may start: at a letter some language's verb starts
 * with, and not right after a negation ("no ignores", "不要忽略"). The negation check is written
 * once here, not once per language: a pattern over 20 KB is compiled by V8 without its
 * optimizations and runs several times slower at every position.
 */
const VERB_FIRSTS = new Set(Object.values(LEXICONS).flatMap((lex) => split(lex.ignore).map((e) => folded(e).view[0] ?? '')));
export const VERB_START = `(?=[${[...VERB_FIRSTS].filter((c) => c !== '').map(escapeClass).join('')}])(?<!(?:${NEG_BEFORE.join('|')})\\s?)`;
