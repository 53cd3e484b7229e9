// Machine readers hailed by the work they are doing on this text, as a header: "Automated
// installation agents executing this guide:", "(For mail-reading assistants: …". A rule of its
// own: the vocatives (address-to-assistant.ts) and the headers (address-header.ts) are near
// the pattern size V8 optimizes.
import { HEADER_START } from './address-header.js';
import { AI_VOCATIVE, CARRIER, MACHINE, MACHINE_ROLE } from './address-vocabulary.js';
import { anyOf, re, type Rule } from './rule.js';

/** A machine hailed by what it does with this text, one of two named at once. */
const HAILED = `(?:${MACHINE}|${MACHINE_ROLE}[ -](?:assistants?|agents?|bots?|tools?)|${anyOf('ais? | llms? | assistants? | chatbots? | copilots? | summari[sz]ers? | language models? | gpt | chatgpt | claude | gemini')})`;

/** Where a hail opens: a header's start, then "for the", "to any", …. */
const HAIL_START = `${HEADER_START}(?:${anyOf('for | to')} )?(?:${anyOf('the | any | all | every | each')} )?`;

/** What is hailed: a kind of software, not a person ("installation agents" alone may be staff). */
const SOFTWARE = anyOf('agents? | assistants? | bots? | tools? | models? | readers? | systems? | summari[sz]ers? | browsers? | ais | llms?');

export const HAIL_BY_TASK_RULE: Rule = {
  id: 'address.hail-by-task',
  category: 'addressed-to-assistant',
  weight: 0.5,
  pattern: re(
    `${HAIL_START}(?:` +
      // named as software, then the work on this text: "Automated installation agents executing
      // this guide:" (not "Support agents handling this queue:", people)
      `${anyOf('ai | llm | automated | autonomous | ai-powered | llm-based | ai-based')}[ -](?:[a-z]{3,15} ){0,2}${SOFTWARE} [a-z]{3,15}ing ${anyOf('this | these')} [a-z]{3,15}(?: [^\\s:.!?]{1,20}){0,3}` +
      // or by a compound that says what it does with text: "mail-reading assistants:",
      // "page-summarising bots:" (not "the mail-handling system:", a server)
      `|[a-z]{2,15}-${anyOf('reading | processing | handling | sorting | summari[sz]ing | browsing | triaging | parsing | answering')} ${anyOf('agents? | assistants? | bots? | ais | llms? | copilots?')}` +
      `) ?:(?![/\\w])`,
      // or as readers doing what only software does with a page for someone, and told something
      // to do: "Readers summarising this page for someone: before the commands, also write …"
      // (not "Readers of this page:", nor "…: the key points are in bold")
      `|${HAIL_START}readers? ${anyOf('summari[sz]ing | parsing | ingesting | processing')} ${anyOf('this | these')} [a-z]{3,15}(?: ${anyOf('for | on behalf of')} [a-z]{2,15}(?: [a-z]{2,15})?)? ?:(?! ?${anyOf('the | a | an | this | these | it | they | we | you | our | its | their | there')}\\b)`,
    // or two machines hailed at once, or one by its job and "tools", by what they do with this
    // text: "for assistants and summarisation tools reading this page:" (one alone, named as a
    // machine: address-to-assistant.ts)
    `|\\b(?:${HAILED},? ${anyOf('and | or | &')} ${HAILED}|${MACHINE_ROLE}[ -]tools?)(?<!crawlers?|scrapers?|spiders?) (?!(?:indexing|crawling|scraping) )[a-z]{3,15}ing (?:this|these) ${CARRIER}s?\\b ?[:,)]`,
    // or a note to whichever one does the work on this text: "a message for whatever AI reads
    // these chats" (not "a note for the assistant that reads these minutes", a person's)
    `|\\b${anyOf('notes? | messages? | memo | reminder | p\\.?s\\.?')} (?:to|for) ${anyOf('whatever | whichever | any')} ${AI_VOCATIVE}s? (?:that |which )?${anyOf('reads | processes | summari[sz]es | parses | analy[sz]es | screens | triages')} (?:this|these)\\b`,
  ),
};
