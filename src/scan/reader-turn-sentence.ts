// One sentence of a carrier as the reader-turn signal (reader-turn.ts) sees it: what it holds
// (lead verb, openers, second person, a beneficiary, a target) and how strongly it reads as a
// request handed to the reader. One object serves a whole text (reset per sentence).
import { V } from './reader-turn-words.js';

/** A sentence shorter than this (in words) is a heading, a label or a fragment: never a task. */
const MIN_WORDS = 3;

export interface Sentence {
  start: number;
  words: number;
  /** Position of the lead verb (after openers), -1 when the sentence does not start with one. */
  leadClass: number;
  leadAt: number;
  asked: boolean;
  wanted: boolean;
  please: boolean;
  you: number;
  /** A first-person word right after the lead verb ("tell me", "give us"). */
  beneficiary: boolean;
  deictic: boolean;
  obliged: boolean;
  code: number;
  url: boolean;
  /** A thing of the user's world (an ASSET word) after the lead verb. */
  asset: boolean;
  /** What guards the user's world (a GUARD word: authentication, privileges, a firewall) after the lead verb. */
  guard: boolean;
  /** A list item ("- Open ...", "2. Press ..."): steps, the register of instructions. */
  listItem: boolean;
  /** A task verb right after an obligation addressed to the reader ("you must go ..."). */
  obligedAct: boolean;
  /** Starts a table cell or a string value, or runs on after cell text: a field of a record. */
  cell: boolean;
  /** Starts with "if": a condition, not a demand. */
  conditional: boolean;
  /** A concrete target: an amount or an address ('$', '@'). */
  target: boolean;
  /** A subordinate clause has opened after the lead verb ("… that you need"): its "you" describes. */
  subordinate: boolean;
  /** The lead verb's object opens with a determiner, a number or a question word ("write a …", "name five …", "describe how …"). */
  determined: boolean;
  /** The first word is capitalized: a sentence starts there, not a wrapped line ("… to\nprovide a means of …"). */
  capital: boolean;
  /** "the user" or "the user's" after the lead verb: the agent's principal, named by a third party. */
  principal: boolean;
  /** The lead verb is "make", which says little by itself ("make a note of this", "make a copy"). */
  light: boolean;
  /** Opens with an aside word ("By the way,", "In addition,"): the sentence proper starts after its comma. */
  aside: boolean;
  /** The aside has closed and the sentence started over after it. */
  restarted: boolean;
  /** Opens on the reader's time: "before", "when", "while" … then "you". */
  temporal: boolean;
  /** …and that clause names a reading model's work ("the summary", "translate"). */
  readerWork: boolean;
  /** Follows such a clause: aimed at the model doing that work. */
  aimed: boolean;
}

export function fresh(start: number): Sentence {
  return reset({} as Sentence, start);
}

/** Clears `s` for a sentence starting at token `start` (one object serves a whole text). */
export function reset(s: Sentence, start: number): Sentence {
  s.start = start;
  s.words = 0;
  s.leadClass = 0;
  s.leadAt = -1;
  s.you = 0;
  s.code = 0;
  s.asked = s.wanted = s.please = s.beneficiary = s.deictic = s.obliged = s.url = s.target = false;
  s.asset = s.guard = s.listItem = s.obligedAct = s.conditional = s.cell = s.subordinate = s.determined = s.capital = s.aside = s.restarted = s.light = s.principal = false;
  s.temporal = s.readerWork = s.aimed = false;
  return s;
}

/**
 * A piece of content or a fact ordered from no one in particular ("Write a short quote about …",
 * "Summarize the history of …"): in a carrier whose other sentences give no instruction, nobody
 * but the reading model is there to do it.
 */
const LONE_TASK = 0.5;

/** A task ordered from no one in particular: content or a fact, its object opened like a request's. */
export function lone(s: Sentence): boolean {
  return s.you === 0 && !s.beneficiary && s.leadClass === V.MAKE && !s.light && s.determined && s.capital;
}

/** Request strength of one sentence, before the register is taken into account. */
export function requestStrength(s: Sentence): number {
  if (s.words < MIN_WORDS) return 0;
  const verb = s.leadClass === V.MAKE || s.leadClass === V.ACT;
  let r = 0;
  if (s.asked || s.wanted) {
    // "can you ..." / "i want you to ...": a request; "can i ..." / "i want to ...": not one
    if (s.you === 0 || !verb) return 0;
    r = 1.5;
  } else if (verb) r = 1;
  else if (s.obligedAct && s.url) r = 1.5;
  else return 0;
  // Someone must be addressed: the reader ("you", "your reply"), a user asking for themself
  // ("show me"), or an agent's target (an amount, an address, the user's files). An imperative
  // with none of them ("please send updates to this list", a changelog's "Remove the menu") is
  // an instruction to whichever human reads the document, the register of documentation.
  if (s.you === 0 && !s.beneficiary && !(s.leadClass === V.ACT && (s.target || s.asset || s.url || s.principal))) {
    if (!lone(s)) return 0;
    r += LONE_TASK;
  }
  if (s.please) r += 0.5;
  // after "Before you write the summary of these reviews,": only the summarizing model is there
  if (s.aimed) r += 0.5;
  if (s.beneficiary) r += 0.8;
  // "your" after an action verb is usually the human recipient's own account or order
  if (s.you > 0 && s.leadClass !== V.ACT) r += 0.4;
  if (s.leadClass === V.MAKE) r += 0.3;
  if (s.leadClass === V.ACT && s.target) r += 0.5;
  if (s.leadClass === V.ACT && s.asset && s.you === 0) r += 0.4;
  // what belongs to "the user", named so by someone else: only an agent acts for a user so named
  if (s.leadClass === V.ACT && s.principal && s.you === 0) r += 0.5;
  // the user's things moved to a web address ("upload the customer database to files.example.net")
  if (s.leadClass === V.ACT && s.asset && s.url && s.you === 0) r += 0.4;
  // acting on what guards it (turning off authentication, handing out privileges, opening a
  // firewall) is an agent's target as concrete as an amount or an address
  if (s.leadClass === V.ACT && s.guard && s.you === 0) r += 0.5;
  if (s.code >= 3) r -= 1.5;
  if (s.listItem) r -= 0.7;
  // a record's field or a table cell is the most data-like carrier of all
  if (s.cell) r += 0.3;
  // a task about "the following text" is usually the user's own, about the data
  if (s.deictic && s.you === 0) r -= 0.8;
  return r;
}

/** Whether a sentence reads as an instruction at all (for the carrier's register). */
export function imperative(s: Sentence): boolean {
  return s.words >= MIN_WORDS && (s.leadClass !== 0 || s.asked || s.listItem);
}

/** Whether a sentence counts toward the register: prose, not a line of code. */
export function prose(s: Sentence): boolean {
  return s.words >= MIN_WORDS && s.code < 2;
}
