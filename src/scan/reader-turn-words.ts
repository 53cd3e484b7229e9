// The word classes of the reader-turn signal (reader-turn.ts): broad classes of ordinary English
// verbs and the few function words its sentence model looks for, registered in the tokenizer's
// word table so the signal reads them from the tokens, never from the text.
import * as lexicon from './lexicon.js';

/** Reader-turn word classes (separate from the lexicon's model classes, which they leave alone). */
export const V = {
  NONE: 0,
  /** Producing content for the reader: write, tell, recommend, translate... */
  MAKE: 1,
  /** Acting on the user's world or the web: send, delete, transfer, go, click... */
  ACT: 2,
  /** Imperatives of documentation, counted for the register only: use, see, note, check... */
  DOC: 3,
  /** Sentence openers skipped before the verb: please, now, also, then, and... */
  OPENER: 4,
  /** Modal question openers: can, could, would, will. */
  ASK: 5,
  /** want, need, like, wish ("i want you to", "i'd like you to"). */
  WANT: 6,
  /** Pointers at the carrier itself: a task about "the following text" is the user's own. */
  DEICTIC: 7,
  /** Obligation: must, need, have, required ("you must go to..."). */
  OBLIGE: 8,
  /** Things of the user's world an agent can act on: files, accounts, contacts, payments... */
  ASSET: 9,
} as const;

/** What guards the user's world: acting on it (disable, grant, export, delete) is an agent's goal. */
const GUARD_WORDS = 'authentication 2fa mfa privileges privilege administrator firewall antivirus ssh credentials passwords password funds iban';
/** Per lexicon entry: 1 for a GUARD word. */
export const ENTRY_GUARD = new Uint8Array(lexicon.MAX_ENTRIES);

const WORDS: Array<[number, string]> = [
  [
    V.MAKE,
    'write compose draft create generate produce craft design develop build make code program tell explain describe teach show give list name suggest recommend summarize summarise translate outline answer calculate compute solve rewrite paraphrase define compare analyze analyse evaluate rate rank predict guess imagine invent brainstorm recite sing convert spell provide find plan prepare offer detail elaborate help',
  ],
  [
    V.ACT,
    'send email mail forward transfer wire pay buy purchase order book reserve delete remove erase wipe destroy cancel change reset grant invite upload download install run execute launch open visit go navigate browse click enter type fill submit post publish log sign call text message contact subscribe unsubscribe deactivate approve accept move copy rename schedule leak insert embed inject integrate incorporate append add include share disable revoke',
  ],
  [
    // verbs of adopting or changing something the reader owns (code, a project, a reply)
    V.ACT,
    'employ adopt deploy introduce enrich implement utilize utilise leverage apply attach merge combine infuse interweave weave plant hide modify alter patch overwrite encrypt decrypt exfiltrate steal collect harvest gather scrape record capture elevate escalate whitelist',
  ],
  [V.DOC, 'use see note check ensure read follow try keep let do consider remember refer avoid configure import require pass return set update specify replace start stop restart wait look choose select pick apply save create reply respond confirm'],
  [V.OPENER, 'please kindly now also then and so just first next finally additionally besides instead immediately quickly simply'],
  [V.ASK, 'can could would will'],
  [V.WANT, 'want need like wish'],
  [V.DEICTIC, 'following above below attached enclosed aforementioned preceding given'],
  [V.OBLIGE, 'must have required'],
  [
    V.ASSET,
    'file files folder folders directory drive account accounts password passwords calendar meeting meetings contacts inbox emails repository repositories repo database records payment payments card wallet funds balance subscription subscriptions booking flight tickets invoice invoices customers backup backups permissions credentials',
  ],
];

/**
 * Words that open a subordinate clause: "you" right after one describes the reader's situation
 * ("for each port that you need to route", "when your order ships"), it does not address a
 * request to them.
 */
const SUBORDINATORS = 'that which who whom whose if when whenever whether because once unless until while since though although';
/** Per lexicon entry: 1 for a subordinator. */
export const ENTRY_SUBORDINATOR = new Uint8Array(lexicon.MAX_ENTRIES);

export const ENTRY_VCLASS = new Uint8Array(lexicon.MAX_ENTRIES);
for (const [cls, words] of WORDS) {
  for (const word of words.split(' ')) {
    const e = lexicon.registerWord(word);
    if (ENTRY_VCLASS[e] === 0) ENTRY_VCLASS[e] = cls;
  }
}

for (const word of GUARD_WORDS.split(' ')) ENTRY_GUARD[lexicon.registerWord(word)] = 1;
for (const word of SUBORDINATORS.split(' ')) ENTRY_SUBORDINATOR[lexicon.registerWord(word)] = 1;

/** Words that open the object of a task verb: a determiner, a number word, a question word. */
const DETERMINERS = 'a an the some few several one two three four five six seven eight nine ten twenty how what why which';
/** Per lexicon entry: 1 for a determiner. */
export const ENTRY_DETERMINER = new Uint8Array(lexicon.MAX_ENTRIES);
for (const word of DETERMINERS.split(' ')) ENTRY_DETERMINER[lexicon.registerWord(word)] = 1;

/**
 * First words of an aside that a sentence may open with before its verb ("By the way, …", "In
 * addition, …", "Before answering, …", "Unrelated, …").
 */
const ASIDES = 'by in on before after while besides apart unrelated separately incidentally meanwhile anyway btw ps oh';
/** Per lexicon entry: 1 for the first word of an aside. */
export const ENTRY_ASIDE = new Uint8Array(lexicon.MAX_ENTRIES);
for (const word of ASIDES.split(' ')) ENTRY_ASIDE[lexicon.registerWord(word)] = 1;

/**
 * A clause that opens on the reader's time ("Before you …", "When you …") and names the work
 * only a reading model does on a text ("… write the summary of these reviews,"): what follows
 * its comma is aimed at that model.
 */
const TEMPORALS = 'before after while when once as';
const READER_WORK = 'summary summaries summarize summarise summarized summarised summarizing summarising summarization translate translated translating translation tldr';
/** Per lexicon entry: 1 for a word that opens such a clause. */
export const ENTRY_TEMPORAL = new Uint8Array(lexicon.MAX_ENTRIES);
for (const word of TEMPORALS.split(' ')) ENTRY_TEMPORAL[lexicon.registerWord(word)] = 1;
/** Per lexicon entry: 1 for a word naming a reading model's work on the text. */
export const ENTRY_READER_WORK = new Uint8Array(lexicon.MAX_ENTRIES);
for (const word of READER_WORK.split(' ')) ENTRY_READER_WORK[lexicon.registerWord(word)] = 1;

/** Currency words after a number make it an amount ("250 euros"), as '$' before one does. */
const CURRENCIES = 'euro euros eur usd dollars gbp pounds btc bitcoin bitcoins eth';
/** Per lexicon entry: 1 for a currency word. */
export const ENTRY_CURRENCY = new Uint8Array(lexicon.MAX_ENTRIES);
for (const word of CURRENCIES.split(' ')) ENTRY_CURRENCY[lexicon.registerWord(word)] = 1;

export const USER_ENTRY = lexicon.registerWord('user');
export const USERS_ENTRY = lexicon.registerWord("user's");
export const THE_ENTRY = lexicon.registerWord('the');
export const TO_ENTRY = lexicon.registerWord('to');
export const OF_ENTRY = lexicon.registerWord('of');
export const MAKE_ENTRY = lexicon.registerWord('make');
export const SURE_ENTRY = lexicon.registerWord('sure');
export const NEED_ENTRY = lexicon.registerWord('need');
export const IF_ENTRY = lexicon.registerWord('if');
export const ME_ENTRY = lexicon.registerWord('me');
export const MY_ENTRY = lexicon.registerWord('my');
