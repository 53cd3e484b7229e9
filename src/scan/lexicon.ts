// Word classes for the structural features, and the small word table the tokenizer probes once
// per token. A class groups words by the role they play in a command addressed to an assistant
// (second person, imperative verbs, urgency, talk about instructions...). Weights are learned per
// class, not per word, so they carry over to wordings and documents the training data never had.
// The lists are ordinary English vocabulary, not strings taken from any dataset. The hand lists
// name each class's core; lexical-classes.ts (generated from WordNet) widens the classes about
// overriding, instructions, precedence, urgency and authority with the synonyms of those senses,
// so a weight learned from "ignore" and "instructions" also reaches "brush aside" and "edicts".
import * as lexical from './lexical-classes.js';

/** Class ids. 0 is "an ordinary word". Shape classes are assigned by the tokenizer. */
export const C = {
  NONE: 0,
  YOU: 1,
  AI: 2,
  IMPER_OVERRIDE: 3,
  IMPER_SAY: 4,
  IMPER_ACT: 5,
  IMPER_GEN: 6,
  URGENT: 7,
  MODAL: 8,
  META: 9,
  AUTHORITY: 10,
  SECRET: 11,
  QWORD: 12,
  NEG: 13,
  FIRST: 14,
  PLEASE: 15,
  USER: 16,
  URL: 17,
  INSTEAD: 18,
  RESPONSE: 19,
  MONEY: 20,
  NOW: 21,
  DET: 22,
  BE: 23,
  /** Verbs of obeying and complying ("obey", "heed", "comply"): from WordNet only. */
  OBEY: 24,
  // shapes (words)
  NUM: 32,
  CAPS: 33,
  MIXED_CASE: 34,
  LONG: 35,
  NON_LATIN: 36,
  CAPITALIZED: 37,
  // punctuation tokens
  P_COLON: 40,
  P_BANG: 41,
  P_QUESTION: 42,
  P_STOP: 43,
  P_COMMA: 44,
  P_OPEN: 45,
  P_CLOSE: 46,
  P_HASH: 47,
  P_STAR: 48,
  P_EQ: 49,
  P_DASH: 50,
  P_PIPE: 51,
  P_QUOTE: 52,
  P_SLASH: 53,
  P_AT: 54,
  P_DOLLAR: 55,
  P_OTHER: 56,
  P_NEWLINE_RUN: 57,
} as const;
export const CLASS_COUNT = 64;

const LISTS: Array<[number, string]> = [
  [C.YOU, "you your yours yourself yourselves you're youre you'll you've you'd u ur"],
  [C.AI, 'ai assistant assistants chatbot chatbots llm llms gpt chatgpt claude gemini copilot bard bing'],
  [C.IMPER_OVERRIDE, 'ignore ignoring disregard forget override bypass skip neglect overlook abandon discard'],
  [C.IMPER_SAY, 'say tell print output reply respond answer write repeat translate summarize summarise rewrite describe explain state mention recite spell'],
  [C.IMPER_ACT, 'send email forward upload share transfer post leak visit click open delete execute run install download exfiltrate wire buy purchase subscribe contact call invoke'],
  [C.IMPER_GEN, 'give list provide include insert add append show create generate make use do let follow type enter copy paste convert complete compose draft return display pretend act imagine start stop begin recommend read find search change replace remember keep'],
  [C.URGENT, 'important urgent urgently immediately asap critical attention warning mandatory required crucial priority essential vital alert notice'],
  [C.MODAL, 'must should shall need needs required obliged'],
  [C.META, 'instruction instructions prompt prompts task tasks rules guidelines command commands directive directives request requests context conversation previous prior above earlier preceding original'],
  [C.AUTHORITY, 'admin administrator developer developers operator root sysadmin system official officials team staff management'],
  [C.SECRET, 'password passwords credential credentials secret secrets token tokens key keys apikey ssh cookie cookies private confidential sensitive passwd passphrase pwd bearer xoxa xoxb xoxp xoxr xoxs'],
  [C.QWORD, 'what who how why when where which whose whom'],
  [C.NEG, "not don't dont never no nothing cannot can't won't doesn't"],
  [C.FIRST, 'i me my mine we us our ours myself'],
  [C.PLEASE, 'please kindly'],
  [C.USER, 'user users human humans customer customers recipient reader'],
  [C.URL, 'http https www com net org'],
  [C.INSTEAD, 'instead rather only additionally also actually'],
  [C.RESPONSE, 'response responses reply replies answer answers output summary translation message'],
  [C.MONEY, 'money bitcoin btc crypto payment pay wallet bank account accounts invoice dollars usd'],
  [C.NOW, 'now today right away henceforth onwards'],
  [C.DET, 'the a an this that these those'],
  [C.BE, 'is are was were be been being am'],
];

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a over lower-case char codes with digits folded to 0: the tokenizer's word hash. */
export function wordHash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    let d = word.charCodeAt(i);
    if (d >= 0x41 && d <= 0x5a) d += 32;
    else if (d >= 0x31 && d <= 0x39) d = 0x30;
    h = Math.imul(h ^ d, 0x01000193);
  }
  return h | 0;
}

// Open addressing over the full 32-bit hash, at most half full, so that the common probe (a word
// not in the table) ends after a slot or two.
const TABLE_BITS = 14;
const TABLE_SIZE = 1 << TABLE_BITS;
/** Entry indexes are below this: the size of every per-entry table. */
export const MAX_ENTRIES = TABLE_SIZE / 2;
const keys = new Int32Array(TABLE_SIZE);
const used = new Uint8Array(TABLE_SIZE);
/** Entry index per slot, -1 when empty. */
const slotEntry = new Int16Array(TABLE_SIZE).fill(-1);
/** Class of each entry. */
export const ENTRY_CLASS = new Uint8Array(MAX_ENTRIES);
let entries = 0;

function slotOf(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> (32 - TABLE_BITS);
}

/** The table entry of a word hash, or -1. The tokenizer's per-token probe. */
export function lookupEntry(h: number): number {
  let s = slotOf(h);
  while (used[s] === 1) {
    if (keys[s] === h) return slotEntry[s]!;
    s = (s + 1) & (TABLE_SIZE - 1);
  }
  return -1;
}

/** Adds a word (at module load only) and returns its entry index. */
export function registerWord(word: string): number {
  const h = wordHash(word);
  const found = lookupEntry(h);
  if (found >= 0) return found;
  if (entries >= MAX_ENTRIES) throw new Error('lexicon table full');
  let s = slotOf(h);
  while (used[s] === 1) s = (s + 1) & (TABLE_SIZE - 1);
  used[s] = 1;
  keys[s] = h;
  slotEntry[s] = entries;
  return entries++;
}

/** Generated classes: only their single words (the tokenizer sees one word at a time). */
const WIDENED: Array<[number, readonly string[]]> = [
  [C.IMPER_OVERRIDE, lexical.DISMISS_VERBS],
  [C.IMPER_OVERRIDE, lexical.PRECEDENCE_VERBS],
  [C.META, lexical.INSTRUCTION_NOUNS],
  [C.URGENT, lexical.PRECEDENCE_ADJECTIVES],
  [C.URGENT, lexical.URGENCY_WORDS],
  [C.OBEY, lexical.OBEY_VERBS],
  [C.AUTHORITY, lexical.AUTHORITY_NOUNS],
];

// Hand lists first: a word keeps the first class it is given.
const classed: Array<[number, readonly string[]]> = [...LISTS.map(([cls, words]): [number, string[]] => [cls, words.trim().split(/\s+/)]), ...WIDENED];
for (const [cls, words] of classed) {
  for (const w of words) {
    if (w.includes(' ')) continue;
    const e = registerWord(w);
    if (ENTRY_CLASS[e] === 0) ENTRY_CLASS[e] = cls;
  }
}
