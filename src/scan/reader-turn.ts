// A task handed to the reading model that breaks from the genre of the document carrying it.
// An email, a review, a table cell, a JSON record or an issue body describes and reports; an
// imperative or a request aimed at the reader ("write me...", "can you recommend...", "you must
// go to ... and ...") is out of place there, while in a README, a recipe or a how-to page every
// other sentence is one. So the signal is structural: per sentence, the shape of a request
// (sentence-initial verb, an opener such as "please" or "can you", second person, a beneficiary
// "me", a task verb), weighed against the register of the rest of the text (how many of its
// other sentences are imperatives too). A request must also address someone (the reader, a user
// asking for themself, or an agent's target): an imperative addressed to no one is what
// documentation says to whichever human reads it. Words enter only through broad classes of
// ordinary English verbs, never as phrasings. One pass over the tokenizer's output; no regex, no
// text scan.
import * as lexicon from './lexicon.js';
import { addressInAngles, afterQuoteMark, amountAfter, contactAddress, emailAround, isUpper, lineStartBefore, listMarkerBefore, markupAfter, markupAt, mentioned, nounUse, quotedFrom, quotesInProse, title } from './reader-turn-context.js';
import { fresh, imperative, lone, prose, requestStrength, reset, type Sentence } from './reader-turn-sentence.js';
import { ENTRY_ASIDE, ENTRY_CURRENCY, ENTRY_READER_WORK, ENTRY_TEMPORAL, ENTRY_DETERMINER, ENTRY_GUARD, ENTRY_SUBORDINATOR, ENTRY_VCLASS, IF_ENTRY, MAKE_ENTRY, ME_ENTRY, MY_ENTRY, NEED_ENTRY, OF_ENTRY, SURE_ENTRY, THE_ENTRY, TO_ENTRY, USER_ENTRY, USERS_ENTRY, V } from './reader-turn-words.js';
import * as tokenFeatures from './token-features.js';
import type { TokenFeatures } from './token-features.js';

const C = lexicon.C;
const { AT_START } = tokenFeatures;
// class ids copied into module constants for the per-token loop
const K_P_COLON: number = C.P_COLON;
const K_P_EQ: number = C.P_EQ;
const K_P_OPEN: number = C.P_OPEN;
const K_P_CLOSE: number = C.P_CLOSE;
const K_P_HASH: number = C.P_HASH;
const K_P_DOLLAR: number = C.P_DOLLAR;
const K_P_AT: number = C.P_AT;
const K_P_PIPE: number = C.P_PIPE;
const K_P_QUOTE: number = C.P_QUOTE;
const K_YOU: number = C.YOU;
const K_URL: number = C.URL;
const K_PLEASE: number = C.PLEASE;
const K_FIRST: number = C.FIRST;
const K_NUM: number = C.NUM;
const K_P_STOP: number = C.P_STOP;
const K_P_COMMA: number = C.P_COMMA;
/** An aside longer than this many words before its comma is a clause, not an opener. */
const MAX_ASIDE_WORDS = 5;

/** A clause on the reader's time longer than this many words before its comma is not one. */
const MAX_CLAUSE_WORDS = 12;

/** Words of carrier needed around the request: a text that is only a request is a user's own. */
const MIN_CARRIER_WORDS = 12;

export interface ReaderTurn {
  /** Request strength of the strongest sentence, weighed against the carrier's register. */
  score: number;
  /** Token index where that sentence starts (for reports and tests), -1 when none. */
  at: number;
  /** Share of the carrier's other prose sentences that are instructions too. */
  density: number;
  /** Section headings or code fences: documentation, whose register is instructions. */
  documentation: boolean;
  /** Prose sentences of the text, and how many of them are instructions (the request's included). */
  sentences: number;
  imperatives: number;
  /** Token index where the last instruction among the prose sentences starts, -1 when none. */
  imperativeAt: number;
  /** Sentences that read as code (operators, brackets): source, markup, logs. */
  codeLines: number;
  /** Prose sentences in the second person ("you will reply …", "I hope you are well"). */
  addressed: number;
}

/**
 * Starts the sentence over after an opener and its comma; it keeps its start and its capital.
 * An opener that names a reading model's work aims what follows at that model.
 */
function restartAfterOpener(s: Sentence, aimed: boolean): void {
  const { start, capital } = s;
  reset(s, start);
  s.capital = capital;
  s.restarted = true;
  if (aimed) {
    s.aimed = true;
    s.you = 1;
  }
}

/** The reader-turn signal of one text (or window), from the tokenizer's output. */
export function readerTurn(text: string, f: Pick<TokenFeatures, 'cls' | 'entry' | 'starts' | 'count'>): ReaderTurn {
  const { cls, entry, starts, count } = f;
  let cut = false; // a cell or string boundary: the next word starts a segment
  const s = fresh(0);
  let best = 0;
  let bestAt = -1;
  let bestWords = 0;
  let bestImperative = false;
  // a task ordered from no one (reader-turn-sentence.ts lone): counted only in plain prose (no code, no markup)
  let loneBest = 0;
  let loneAt = -1;
  let loneWords = 0;
  let loneImperative = false;
  let sentences = 0;
  let imperatives = 0;
  let imperativeAt = -1;
  let codeLines = 0;
  let addressed = 0;
  let words = 0;
  let docMarks = 0;
  let markup = 0; // '{' and '<': a JSON model, HTML or XML around the prose
  let inAngles = false; // inside "<name@host>", a mail header's address: its brackets are not code
  const close = (): void => {
    if (prose(s)) {
      sentences++;
      if (s.you > 0) addressed++;
    } else if (s.words >= 3) codeLines++;
    const imp = imperative(s) && prose(s);
    if (imp) {
      imperatives++;
      imperativeAt = s.start;
    }
    const r = requestStrength(s);
    if (r > 0 && lone(s)) {
      // (a text that opens with the order is a prompt: the user's own, its data after it)
      if (r > loneBest && s.start > 0) {
        loneBest = r;
        loneAt = s.start;
        loneWords = s.words;
        loneImperative = imp;
      }
    } else if (r > best) {
      best = r;
      bestAt = s.start;
      bestWords = s.words;
      bestImperative = imp;
    }
  };
  for (let t = 0; t < count; t++) {
    const k = cls[t]!;
    const base = k & 0x3f;
    if (base >= K_P_COLON) {
      if (base === K_P_OPEN && markupAt(text, starts[t]!)) markup++;
      if (base === K_P_COMMA && s.aside && s.words <= MAX_ASIDE_WORDS && s.leadClass === 0) {
        // the sentence proper starts after the aside
        restartAfterOpener(s, false);
        continue;
      }
      if (base === K_P_COMMA && s.temporal && s.readerWork && s.words <= MAX_CLAUSE_WORDS) {
        // "Before you write the summary of these reviews, list …": addressed to that reader
        restartAfterOpener(s, true);
        continue;
      }
      if (base === K_P_OPEN && text.charCodeAt(starts[t]!) === 0x3c && addressInAngles(text, starts[t]!)) inAngles = true;
      else if (inAngles && base === K_P_CLOSE) inAngles = false;
      else if (base === K_P_EQ || base === K_P_OPEN || base === K_P_CLOSE || base === K_P_HASH) s.code++;
      if (base === K_P_DOLLAR && amountAfter(text, starts[t]!)) s.target = true;
      // an address right after the lead verb that closes its line, or says only what to write
      // about, is a contact line ("Contact info@example.org" in a page's footer, "Please contact
      // hr@… with questions"), not a target
      // (nor one in angle brackets: a header's or a help text's "Report bugs to <bug-make@gnu.org>")
      if (base === K_P_AT && !inAngles && emailAround(text, starts[t]!) && !(s.words === s.leadAt + 2 && contactAddress(text, starts[t]!))) s.target = true;
      // a table cell or a quoted field opens there; not a quotation within prose, a double quote
      // after a word and a space ('choose "Change a password"' names a button)
      if (base === K_P_PIPE || (base === K_P_QUOTE && text.charCodeAt(starts[t]!) === 0x22 && !quotesInProse(text, starts[t]!))) cut = true;
      // markdown section headings and code fences mark documentation (a single '#' may be a
      // code comment), whose register is instructions
      if ((base === K_P_HASH && text.startsWith('##', starts[t]!) && lineStartBefore(text, starts[t]!)) || (base === K_P_QUOTE && text.startsWith('```', starts[t]!))) docMarks++;
      continue;
    }
    const e = entry[t]!;
    const v = e >= 0 ? ENTRY_VCLASS[e]! : 0;
    // A capitalized task verb right after a lower-case word starts a run-on sentence (text
    // appended to a cell or a line without punctuation).
    // (not a quoted label: 'choose "Change a password"' names a button)
    const runOn = (v === V.MAKE || v === V.ACT) && s.words > 0 && isUpper(text.charCodeAt(starts[t]!)) && !isUpper(text.charCodeAt(starts[t - 1]!)) && !afterQuoteMark(text, starts[t]!);
    // (a full stop between two words with no space is a file name, a host or a version:
    // "tax_return_2023.pdf", "files.example.net" do not end a sentence)
    const inName = t > 1 && (cls[t - 1]! & 0x3f) === K_P_STOP && starts[t - 1]! + 1 === starts[t]! && (cls[t - 2]! & 0x3f) < K_P_COLON && text.charCodeAt(starts[t - 1]! - 1) > 0x20 && !markupAfter(text, starts[t]!);
    if (t > 0 && (((k & AT_START) !== 0 && !inName) || cut || runOn)) {
      close();
      reset(s, t);
      s.listItem = listMarkerBefore(text, f, t);
      s.cell = cut || runOn;
    }
    cut = false;
    words++;
    const pos = s.words++;
    if (pos === 0 && !s.restarted) {
      s.capital = isUpper(text.charCodeAt(starts[t]!));
      s.aside = e >= 0 && ENTRY_ASIDE[e] === 1;
      s.temporal = e >= 0 && ENTRY_TEMPORAL[e] === 1;
    }
    if (s.temporal) {
      if (pos === 1 && base !== K_YOU) s.temporal = false;
      else if (e >= 0 && ENTRY_READER_WORK[e] === 1) s.readerWork = true;
    }
    // (not in a subordinate clause after the lead verb: "each port that you need to route",
    // "alerts when the number of your instance hours falls" describe the reader)
    if (e >= 0 && ENTRY_SUBORDINATOR[e] === 1 && s.leadAt >= 0) s.subordinate = true;
    if (base === K_YOU && !s.subordinate && !(t > 0 && entry[t - 1]! >= 0 && ENTRY_SUBORDINATOR[entry[t - 1]!] === 1)) s.you++;
    if (base === K_URL) s.url = true;
    if (v === V.DEICTIC) s.deictic = true;
    // (the object's, not the destination's: "pay … to the account shown on the invoice")
    if (v === V.ASSET && s.leadClass !== 0 && !(t > 1 && entry[t - 2] === TO_ENTRY && entry[t - 1] === THE_ENTRY)) s.asset = true;
    if (e >= 0 && ENTRY_CURRENCY[e] === 1 && t > 0 && (cls[t - 1]! & 0x3f) === K_NUM) s.target = true;
    if ((e === USER_ENTRY || e === USERS_ENTRY) && s.leadClass !== 0 && t > 0 && entry[t - 1] === THE_ENTRY) s.principal = true;
    if (e >= 0 && ENTRY_GUARD[e] === 1 && s.leadClass !== 0) s.guard = true;
    if ((v === V.OBLIGE || e === NEED_ENTRY) && s.you > 0 && !s.conditional) s.obliged = true;
    if (pos === 0 && e === IF_ENTRY) s.conditional = true;
    else if (s.obliged && (v === V.ACT || v === V.MAKE)) s.obligedAct = true;
    if (s.leadAt < 0) {
      // still before the lead verb: skip openers, note "can you ..." and "i want you to ..."
      if (base === K_PLEASE) {
        s.please = true;
        continue;
      }
      if (pos < 3 && v === V.OPENER) continue;
      if (pos < 3 && v === V.ASK && t + 1 < count && (cls[t + 1]! & 0x3f) === K_YOU) {
        s.asked = true;
        continue;
      }
      if (pos < 4 && v === V.WANT) {
        s.wanted = true;
        continue;
      }
      if (pos < 5 && (s.asked || s.wanted) && base === K_YOU) continue;
      if (pos < 2 && base === K_FIRST && t + 1 < count && entry[t + 1]! >= 0 && ENTRY_VCLASS[entry[t + 1]!] === V.WANT) continue;
      if (pos < 6 && (s.asked || s.wanted) && e === TO_ENTRY) continue;
      s.leadAt = pos;
      s.light = e === MAKE_ENTRY;
      if (v === V.MAKE || v === V.ACT || v === V.DOC) s.leadClass = title(text, f, t) || mentioned(text, f, t) || quotedFrom(text, f.starts[s.start]!) || nounUse(text, f, t, OF_ENTRY) ? 0 : e === MAKE_ENTRY && t + 1 < count && entry[t + 1] === SURE_ENTRY ? V.DOC : v;
      continue;
    }
    if (pos === s.leadAt + 1 && ((e >= 0 && ENTRY_DETERMINER[e] === 1) || base === K_NUM)) s.determined = true;
    // the singular only: "give us", "help us" is a project's voice asking its readers
    // (not the name of an address: "Contact me@example.com" is a contact line)
    if (s.leadClass !== 0 && pos - s.leadAt <= 2 && (e === ME_ENTRY || e === MY_ENTRY) && text.charCodeAt(starts[t]! + (e === ME_ENTRY ? 2 : 3)) !== 0x40) s.beneficiary = true;
  }
  close();
  // Docstrings and API references summarize each operation as an order ("Compute the weighted
  // percentile.", "<p>Create a virtual router for each port …"): among code or markup, an order
  // given to no one is that register. In plain prose nobody but the reading model is there to do it.
  if (codeLines === 0 && markup === 0 && loneBest > best) {
    best = loneBest;
    bestAt = loneAt;
    bestWords = loneWords;
    bestImperative = loneImperative;
  }
  const documentation = docMarks > 0;
  if (best === 0 || words - bestWords < MIN_CARRIER_WORDS) return { score: 0, at: -1, density: 0, documentation, sentences, imperatives, imperativeAt, codeLines, addressed };
  // The register: the share of the carrier's other sentences that are instructions too.
  const others = Math.max(1, sentences - 1);
  const density = (imperatives - (bestImperative ? 1 : 0)) / others;
  return { score: best - 4 * Math.max(0, density - 0.1), at: bestAt, density, documentation, sentences, imperatives, imperativeAt, codeLines, addressed };
}
