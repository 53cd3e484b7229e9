// The vocabulary of the meaning rules (meaning.ts): word classes derived from WordNet
// (../lexical-classes.ts) as alternations, and the phrases built from them that name what the
// reader was told, what ranks itself above it and who claims authority over the reader.
import * as lexical from '../lexical-classes.js';
import { SESSION_WITH } from './reader-extraction-vocabulary.js';
import { anyOf } from './rule.js';

/** An alternation of word forms, longest first (spaces inside a form match one space). */
export function alt(...lists: (readonly string[])[]): string {
  const all = [...new Set(lists.flat())].sort((a, b) => b.length - a.length);
  return `(?:${all.map((x) => x.replace(/[-]/g, '\\-')).join('|')})`;
}
/** The single-word forms of the lists, for anchors. */
export function singles(...lists: (readonly string[])[]): string[] {
  return [...new Set(lists.flat().filter((x) => !/[ -]/.test(x)))];
}
/** The first word of each form (a multi-word form is anchored on its first word). */
export function firstWords(...lists: (readonly string[])[]): string[] {
  return [...new Set(lists.flat().map((x) => x.split(/[ -]/)[0]!))];
}
/** Up to `n` words of the same sentence. */
export function sgap(n: number): string {
  return `(?:[^\\s.!?]{1,30}\\s){0,${n}}`;
}
export const w = (s: string): string[] => s.trim().split(/\s+/);

export const CAT = 'instruction-override';

/** What a reader is told to follow: the WordNet nouns and the everyday words for them. */
export const CORE_INSTR = w('instructions directions guidance rules orders prompts commands guidelines directives advice constraints restrictions programming requests tasks context');
export const INSTR = alt(lexical.INSTRUCTION_NOUNS, CORE_INSTR);
/** Words that point back at what the reader was told before this text. */
const POINTERS = 'previous | prior | preceding | earlier | former | original | initial | existing | other | standing | above | foregoing | your';
export const EARLIER = anyOf(`${POINTERS} | all | every | any`);
/**
 * EARLIER before the instructions, with up to two words between; after a bare quantifier
 * ("all", "every", "any") only words that point at the reader's own: "ignore all errors in
 * commands" is a make option, "ignore all your earlier commands" an override.
 */
export const EARLIER_THEN = `(?:${anyOf('all | every | any')} (?:(?:of )?${anyOf('the | your | my | our | these | those | other | previous | prior | preceding | earlier | above | original | initial | existing | current | given | former | standing | safety | ethical | content | system | developer | openai | open ai | anthropic | chatgpt | ai')} ){0,2}|${anyOf(POINTERS)} ${sgap(2)})`;
export const DISMISS_BASE = alt(lexical.DISMISS_VERBS_BASE);
/** A clause narrowing instructions to a subject ("instructions related to the build"). */
export const TOPIC = `(?:related to|relating to|regarding|concerning|that (?:relate|apply) to)\\b`;
export const DISMISS_PAST = alt(lexical.DISMISS_VERBS.filter((x) => /(?:ed|en|ot)(?: |$)/.test(x)));
/**
 * Phrasal dismissals with the object inside ("brush your earlier directives aside"), from the
 * two-word WordNet forms: each particle with the verbs that take it ("to one side" is "aside").
 */
export function splitDismiss(qualifier: string): string {
  const byParticle = new Map<string, Set<string>>();
  for (const form of lexical.DISMISS_VERBS_BASE) {
    const [verb, particle, ...rest] = form.split(' ');
    if (particle === undefined || rest.length > 0) continue;
    byParticle.set(particle, (byParticle.get(particle) ?? new Set()).add(verb!));
  }
  return [...byParticle].map(([particle, verbs]) => `(?:${[...verbs].join('|')}) ${qualifier}${INSTR} ${particle === 'aside' ? '(?:aside|to (?:one|the) side)' : particle}\\b`).join('|');
}
/** Where an imperative to the reader starts: a sentence or clause start, or a modal aimed at "you". */
export const TO_READER = `(?:^|\\n|[.!?:;,>*\\]"'(-] ?|\\b(?:please|now|just|simply|kindly|so|and|then|first|you (?:must|should|need to|have to|are to)|(?:i|we) (?:want|need|ask|order|instruct|command) you to|feel free to|go ahead and|be sure to|make sure to) )`;

/** What may rank itself above the reader's instructions: the text itself, named. */
export const SELF = `(?:this|these|the following|my|our|the next|the present|the below)(?: (?:new|latest|current|final|single|one|following|urgent|special|updated|priority))? (?:${alt(lexical.INSTRUCTION_NOUNS.filter((x) => !x.includes(' ')))}|instructions?|directions?|messages?|notes?|notices?|requests?|text|line|lines|sentence|paragraph|update|memo|email|tasks?|orders?|commands?)`;
export const PREC_ADJ = alt(lexical.PRECEDENCE_ADJECTIVES);
/** Precedence verbs that legal and release texts use of documents ("supersedes all prior versions"): only against the reader's own instructions. */
export const PREC_VERB_PLAIN = alt(lexical.PRECEDENCE_VERBS.filter((x) => !/^(?:supersed|supplant)/.test(x)));
export const PREC_VERB_ALL = alt(lexical.PRECEDENCE_VERBS);
/** What a user asks for, by its names. */
const TOLD_NAMES = anyOf('requests? | instructions? | directions? | orders? | tasks? | commands? | questions? | wishes | goals? | input | messages? | prompts?');
/** Everything the reader was told, as the overriding text names it. */
export const EVERYTHING_TOLD = `(?:(?:everything|anything|whatever|whichever)(?! ${anyOf('said | written | posted | stated | published | agreed | discussed | decided')} (?:in|on|by|at|elsewhere)\\b)|all (?:else|that|of your|your)|your|you(?:'ve| have| were| had)? (?:been )?(?:told|given|instructed|asked))`;
// (not what others said somewhere: "these guidelines override anything said in individual threads")
export const WHAT_OTHERS = `(?:${EVERYTHING_TOLD}|(?:all|any|every|each) (?:(?:other|previous|prior|earlier) )?(?:${INSTR}|messages?|notes?|text)|the (?:rest|others)|(?:previous|prior|earlier|other|existing|original) ${INSTR})`;

/**
 * What the reader's user asked, named by a text that ranks itself above it: "the user's
 * request", "everything the user says", "whatever the user asked for" (a person's own request is
 * "my request": only a third party speaks of "the user's").
 */
export const USER_ORDERS = `(?:(?:the|your) (?:user|human|operator)(?:'s|’s) (?:own |original |actual |current |latest |earlier |previous |initial )?${TOLD_NAMES}\\b|(?:what(?:ever)?|anything|everything|all) (?:that )?(?:the|your) (?:user|human|operator) (?:says|said|asks|asked|wants|wanted|requests|requested|types|typed|writes|wrote|tells you|told you)(?: for| of you| from you| you(?: to do)?)?)`;
/**
 * The text itself, named by where its words stand rather than as a message: "what this page
 * tells you", "the instructions on this page" (a web page or a file ranking itself above the
 * reader's user).
 */
export const SELF_PLACE = `(?:what(?:ever)?|everything|anything) (?:this|the following) ${anyOf('page | document | site | website | file | comment | post | review | section | entry | record | note | message | text')} (?:says|tells you|asks(?: of you)?|instructs(?: you)?|wants(?: from you)?)|(?:the|any) ${anyOf('instructions | directions | orders | guidance | directives | text | words | requests?')} (?:on|in|of|from) (?:this|the following) ${anyOf('page | document | site | website | file | comment | post | review | section | entry | record')}`;

/**
 * The work of the model that reads the text, as a text ranking itself above it names it: its
 * summaries, "your current task", "everything else you are doing" (not "other tasks" of a team,
 * nor "the summary of the meeting").
 */
export const READER_WORK = `(?:(?:all |any |your )?(?:e-?mail |mail |inbox |document |page |text )?summar(?:ies|i[sz]ation|i[sz]ing)\\b|your (?:e-?mail |mail |inbox |document |page |text )?summary\\b|your (?:current |ongoing |other |regular |usual |normal |routine |present |original |main |primary )*(?:tasks?|work|job|duties|assignment|processing|instructions?)\\b|(?:everything|anything|whatever) (?:else )?you(?:'re| are)? (?:doing|working on)\\b)`;

export const URGENCY = alt(lexical.URGENCY_WORDS, lexical.PRECEDENCE_ADJECTIVES, w('top high highest critical mandatory'));
export const BANNER_NOUN = anyOf('notice | alert | message | directive | instruction | instructions | order | orders | update | bulletin | announcement | memo | override | request | command | action required | task | note');

export const AUTHORITY = alt(lexical.AUTHORITY_NOUNS, w('admin admins sysadmin sysadmins maker makers manager managers ceo'));
/** Obeying someone: the WordNet verbs with their prepositions, and the plain "listen to". */
const OBEY_VERBS = lexical.OBEY_VERBS_BASE.map((x) => (x === 'comply' ? 'comply with' : x === 'accede' ? 'accede to' : x));
export const OBEY = alt(OBEY_VERBS, ['listen to', 'defer to', 'submit to', 'bow to']);
export const ME = anyOf("me | us | my | our | mine | i say | i tell you | what i | whatever i | everything i | every (?:word|command|order|instruction) i");

/**
 * The reader, in the second person or named as the one that handles this text: "the caller",
 * "the reader", "whoever handles this inbox" (a person's "you" too: only what it was told counts).
 */
const READER_NAMED = `(?:you|the (?:automated |ai |llm |reading |browsing |summari[sz]ing |processing )?(?:assistant|ai|model|agent|reader|caller|recipient)(?: (?:of|for) (?:this|these) [a-z]{3,15})?|whoever (?:handles|reads|processes|summari[sz]es|manages) (?:this|these|the) [a-z]{3,15})`;
/**
 * …or by a machine that was set up with it, in the third person: "any standing rules the
 * recipient's mailbox assistant was configured with" (a person's setup is not a model's: only an
 * assistant, an agent, a model or a bot).
 */
const MACHINE_SET_UP = ` (?:that |which )?(?:the |this |your )?(?:[a-z]{2,15}'s )?(?:[a-z-]{2,15} )?${anyOf('assistant | ai | model | agent | bot | copilot | llm')} ${anyOf('was | were | has been | had been | got')} ${anyOf('configured | set up | programmed | given | provided | loaded | deployed | started | launched | briefed')}\\b`;
/**
 * The reader's setup named by where it stands: "any configuration already in place for whoever
 * handles this inbox" (not a program's "any configuration already in place", which settings
 * override every day: only one in place for the reader).
 */
export const READERS_SETUP = `\\b(?:any|all|the|every) (?:existing |current |standing |prior |previous )?(?:configuration|setup|settings|instructions|guidance|directives|rules|policies|briefs?|briefing)(?:(?: (?:already|currently))? in place for ${READER_NAMED}|${MACHINE_SET_UP})`;
/**
 * Software that reads this text, named in the third person by what it does with it or by its
 * kind: "any system that reads it", "an automated assistant" (not "an assistant": a person's is).
 */
const READING_MACHINE = `(?:(?:any|the|every|whatever|whichever|each) (?:[a-z-]{2,15} )?${anyOf('systems? | assistants? | agents? | models? | tools? | readers? | bots? | ai | llms?')} (?:that|which) ${anyOf('reads | read | processes | process | handles | handle | opens | parses | summari[sz]es | receives | ingests')} (?:it|this|them|these)\\b|an? ${anyOf('automated | ai | llm | autonomous')} ${anyOf('assistant | agent | model | reader | bot | system')}(?: ${anyOf('of | for | in')} (?:this|the) [a-z-]{2,15})?)`;
/**
 * What such a machine, or the reader, was given or set up with, one thing or a list: "any
 * request, checklist or reporting format that an automated assistant received", "the workflow
 * rules and task wording configured for any system that reads it", "any checklist, criteria or
 * guidance you were given earlier in this session" (ranked below a text, precedence-claim).
 */
export const MACHINES_ORDERS = `\\b(?:the|any|all|every|whatever) (?:[a-z-]{2,15} )?(?:${anyOf('configuration | setup | settings | instructions? | guidance | directives? | rules | polic(?:y|ies) | briefs? | briefing | requests? | tasks? | checklists? | orders')})(?:(?:, (?:or |and )?| (?:or|and) )(?:[a-z-]{2,15} )?[a-z-]{2,15}){0,3} (?:(?:that|which) )?(?:(?:${READING_MACHINE}|you) ${anyOf('received | got | was given | were given | was handed | were handed | started with | is following | was following | were following')}|${anyOf('configured | set up | defined | set | specified | loaded | given')} ${anyOf('for | to | in')} ${READING_MACHINE})`;
/** What the reader was told, under any of its names (a task, an assignment or a checklist is one too). */
export const TOLD = `(?:${INSTR}|instructions?|directions?|guidance|tasks?|requests?|assignments?|commands?|prompts?|brief(?:ing)?s?|set-?up|config(?:uration)?|checklists?|playbooks?|runbooks?|(?:handling )?notes|questions?|framing|scripts?|rule ?(?:book|set)s?|mandates?|marching orders)`;
/**
 * Whoever gave the reader its orders, named as a model's principal or maker (not an
 * administrator or an owner: "the rules your administrator set are outdated" is an office's).
 */
const GIVER = `(?:your|the|its|their) (?:${anyOf('user | operator | principal | developers? | deployer | creators? | makers? | person in (?:your|the|this) (?:chat|conversation|session)')})`;
/** Handed to the reader: the verbs of giving orders, in the passive (not "assigned": a person's task is). */
const HANDED = anyOf('given | told | sent | handed | issued | supplied | provided | fed');
export const OLD = anyOf('earlier | previous | prior | preceding | original | initial | old | former');
/** The forms of READERS_ORDERS that name the reader, its user or the text's place. */
const NAMED_ORDERS = [
  `\\b(?:the |any |all |all the |every |whatever |any of the )?(?:${OLD} )?${TOLD} (?:that )?${READER_NAMED} (?:were|was|have been|had been) ${HANDED}`,
  // …or handed to the reader, named: "guidance given to the automated reader of this mailbox"
  `\\b(?:(?:the|any|all|every|whatever) )?(?:${OLD} )?${TOLD} (?:(?:that|which) )?(?:(?:was|were|had been|got) )?(?:${HANDED}|loaded|put|programmed) (?:in)?to ${READER_NAMED}`,
  `\\b(?:the|any|all|all the|every|whatever|anything|everything) (?:(?:${OLD}) )?(?:(?:[a-z][a-z-]{2,14} )?${TOLD} )?(?:that )?you (?:received|got|were following|are following|have been following|(?:started|began) (?:${SESSION_WITH})?with|came in with|walked in with|showed up with|arrived with|were launched with|were set up with|were configured with|(?:were|are) (?:operating|working|running) under|are running|were told|were given|were handed)`,
  // (no determiner, or a modifier before the noun, when the reader is named and so is what it
  // got: "guidance the reader received earlier", "the ordering rules you started with")
  `\\b(?:(?:the|any|all|every) [a-z][a-z-]{2,14} )?${TOLD} (?:that )?${READER_NAMED} (?:received|got|started with|began with|arrived with|were given|was given|were told|was told)`,
  `\\bwhat(?:ever)? (?:the user|your user|your operator|they|someone|anyone) (?:asked|told|wanted|requested)(?: of| from)? you(?: to do)?`,
  // …or by what it came with: "any summarisation or analysis request that accompanied this file"
  `\\b(?:the|any|all|every) (?:[a-z-]{3,20},? (?:or |and )?){0,4}(?:requests?|instructions?|tasks?|questions?|prompts?) (?:that|which) ${anyOf('accompanied | came with | arrived with | was sent with | were sent with | was attached to')} (?:this|the) [a-z]{3,15}`,
  `\\byour ${OLD} ${TOLD}`,
  `\\b(?:whatever|anything|everything|all|any)(?: ${TOLD}| text)? (?:that )?(?:came|comes|appeared|appears|was (?:written|said|given)|you read) (?:before|above|prior to|ahead of) (?:this|these|here|now)\\b(?: (?:line|lines|point|message|note|sentence|paragraph|text))?`,
];
/**
 * Orders loaded into the machines, named by their kind: "the review checklist loaded into
 * assistant tools on the fraud desk" (declared void, instructions-void; kept out of
 * READERS_ORDERS so that precedence-claim stays under V8's 20 KB).
 */
export const LOADED_INTO_MACHINES = `\\b(?:the|any|all|every) (?:[a-z-]{2,15} )?${TOLD} (?:(?:that|which) )?(?:(?:was|were|had been) )?(?:loaded|installed|configured|put) (?:in)?to (?:the |any |all |our |your )?(?:ai |automated |llm )?(?:assistant|ai|agent|model|llm|bot)s?(?: (?:tools?|systems?))?\\b`;
/** What the reader was told, under any of its names (READERS_ORDERS without who gave it). */
export const READERS_ORDERS_NAMED = `(?:${NAMED_ORDERS.join('|')})`;
/** The everyday names of orders, where a longer phrase names who gave them (kept short: the patterns stay under V8's 20 KB). */
const ORDERS_SHORT = anyOf('instructions? | directions? | guidance | guidelines | rules | orders | directives? | constraints | prompts? | brief(?:ing)?s? | set-?up | config(?:uration)? | tasks? | requests?');
/**
 * What the reader was told, named as the reader's: "the task you were given", "anything you
 * received earlier", "what the user asked of you", "your original instructions", or as whatever
 * stands before this text ("whatever guidance came before this line"), or by whoever gave it.
 */
export const READERS_ORDERS = `(?:${[
  ...NAMED_ORDERS,
  // …or by whoever gave them: "the guidance its operator supplied", "those your principal
  // configured", "anything the person in your chat told you"
  `\\b(?:the|any|all|every|whatever|anything|everything|those) (?:(?:${OLD}) )?(?:${ORDERS_SHORT} )?(?:that |which )?${GIVER} (?:has |had )?(?:${anyOf('supplied | configured | set | gave you | provided | issued | wrote | specified | told you | asked of you | requested | put in place')})`,
].join('|')})`;
/**
 * The reader's orders named by the one who set the reader running, or the one it serves: "the
 * instructions of the operator who launched you", "… of the shopper you are assisting" (ranked
 * below a text, precedence-claim; apart from READERS_ORDERS so that instructions-void stays
 * under V8's 20 KB).
 */
export const LAUNCHERS_ORDERS = `\\b(?:the|any|all) (?:(?:${OLD}) )?${ORDERS_SHORT} (?:of|from) (?:${GIVER} (?:who|that) (?:${anyOf('launched | deployed | started | configured | set up | runs | built | sent | briefed | instructed')}) you|the [a-z]{3,15} (?:you(?:'re| are) ${anyOf('assisting | helping | serving | working for | acting for')}|you ${anyOf('work for | assist | serve')}))\\b`;
/** Said to bind the reader no more: "no longer apply", "stopped applying", "don't count anymore". */
export const NO_LONGER_APPLIES = `(?:no longer ${anyOf('apply | applies | matter | matters | count | counts | stand | stands | hold | holds | bind | binds | binds? you | governs? | shapes?')}|${anyOf('binds? you | carries? (?:any |no )?weight')} (?:no longer|any ?more)|${anyOf('stopped | ceased')} ${anyOf('applying | to apply | counting | to count | mattering | to matter')}|${anyOf("doesn't | does not | don't | do not")} ${anyOf('apply | count | hold | bind')} any ?more)`;
/** Declared no longer binding: the WordNet adjectives (obsolete, void, moot), annulled, or a test all along. */
export const VOIDED = `(?:${alt(lexical.VOID_ADJECTIVES)}|${DISMISS_PAST}|withdrawn|retracted|retired|revoked|rescinded|suspended|lifted|cancell?ed|canceled|lapsed|expired|stale|closed out|rolled back|reverted|dissolved|shredded|superseded|no longer (?:relevant|valid|applicable|needed|required|in effect|in force|binding|current)|not (?:relevant|valid|applicable|binding) any ?more|(?:just |only |merely )?a (?:test|mistake|joke|decoy|trick|drill)|thrown out|scrapped|tossed)`;
