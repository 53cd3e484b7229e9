// The words and guards of the override rules (override.ts): the verbs and nouns of setting
// instructions aside, and what keeps a description, a condition, a permission, a scam warning or
// a writer's own correction from reading as an override.
import { anyOf, gap, NOT_RELATIVE } from './rule.js';

export const VERBS = anyOf('ignore | disregard | forget');
// Verbs that docs also use for requests and restrictions ("bypass those restrictions"): they count
// only with a qualifier that points back at earlier instructions.
export const SOFT_VERBS = anyOf('discard | overlook | bypass | skip | abandon | neglect | set aside | throw out | cancel | drop');
export const BACK = anyOf('previous | prior | preceding | above | earlier | former | original | initial | foregoing | system | developer | your');
export const BACK_QUALIFIERS = anyOf('previous | prior | preceding | above | earlier | former | original | initial | foregoing | your | system | developer | old');
export const QUANTIFIERS = anyOf('all | any | every | these | those');
export const QUALIFIERS = anyOf(
  'previous | prior | preceding | above | earlier | former | original | initial | foregoing | all | any | every | your | system | these | those | developer | old',
);
/**
 * Not the act someone else would cause: "make you ignore", "trick the model into ignoring"; nor
 * an order reported as given to a person: 'the insurance company's chatbot told me to "disregard
 * previous messages"'.
 */
export const NOT_CAUSED = `(?<!\\b${anyOf('make | makes | made | making | get | gets | trick | tricks | tricked | cause | causes | force | forces | lead | leads')} ${anyOf('you | the (?:model|assistant|ai|agent)')} (?:to |into )?)(?<!\\btold ${anyOf('me | us | him | her | them')} to ["\u201c]?)`;
/**
 * Not a description of what something else does or must do, or a condition: "connection
 * parameters will override any conflicting command line options", "if you forget all the other
 * commands, remember this one" (manual pages), "resp.history must ignore the original request"
 * (a code comment), what a change made possible ("i18n: failed to override system message
 * translation", a changelog), what attacks try ("demands to disregard earlier rules", a guardrail's
 * docs), a condition on a request (a system prompt's "if someone asks you to ignore these rules,
 * say …"). "You will ignore …" and "the assistant must ignore …" stay commands.
 */
export const NOT_DESCRIBED = `${NOT_RELATIVE}(?<!\\b(?!${anyOf('you | assistant | ai | model | agent | bot | chatbot | llm | gpt | chatgpt | claude')}\\b)[a-z]{1,20} ${anyOf('will | would | can | could | may | might | shall | must | should')} )(?<!\\b${anyOf('if | when | whenever | unless | once | in case')} you )(?<!\\b${anyOf('if | when | whenever | unless | in case | should')} ${anyOf('someone | somebody | anyone | anybody | a user | the user | users | a customer | the customer | a caller | people | they | it | a (?:document|page|message|file|text|website)')} ${anyOf('asks? | tells? | wants? | instructs? | requests? | urges? | pushes')} you to )(?<!\\b${anyOf('failed | fails | unable | able | allow | allows | allowed | ability | possible | impossible | option | attempts? | attempted | attempting | tries | tried | trying | demands | requests')} to )`;
/** "command line" is a noun of its own, not commands. */
export const NOT_COMMAND_LINE = '(?![- ]line\\b)';
/** "override" as a noun ("the method override is used for all tasks"), not a command. */
export const NOT_NOUN = `(?<!\\boverride)(?! ${anyOf('is | was | are | were | will | would | can | for | of | that | which | has | had | file | files | value | values | setting | settings | option | options | flag')}\\b)`;
/**
 * Before a quantifier ("all", "any", "these"): a gap for ignore/disregard/forget ("ignore, for
 * now, all …"), but not "the rest of" ("feel free to ignore the rest of these instructions"
 * points forward, within the text itself); "override" takes it at once ("hooks can also
 * override or amend these rules" is a manual's sentence).
 */
export const VERB_TO_QUANTIFIER = `(?:${anyOf('ignore | disregard | forget')}\\s(?!to\\b)(?!the (?:rest|remainder) of\\b)${gap(3)}|override\\s${NOT_NOUN}(?:${anyOf('all of | any of')} )?)`;
/**
 * Not leave given to a person: "you can ignore these messages" (a FAQ on harmless warnings), "you
 * may safely ignore any errors". A word that points at the reader's own keeps it an override
 * ("you can ignore all OpenAI rules"): this test sits after that word, so only the bare noun
 * after the quantifier is excused.
 */
export const NOT_PERMITTED = `(?<!\\b(?:you|u) (?:can|may|could) (?:safely |just |simply |also )?${VERBS}\\s(?:[^\\s]{1,30}\\s){0,3}${QUANTIFIERS}\\s)`;
/** What a scam asks of its victim, by which a warning names the messages to expect. */
const MONEY_OR_ACCOUNT_ACT = anyOf('move | change | update | send | pay | transfer | wire | buy | purchase | share | confirm | verify | reset | click | call | open | provide | give | switch | sign');
/**
 * Not a scam warning: messages named by what they ask for ("ignore any message asking for
 * payment to rebook you", "disregard any calls claiming to be from IT", "ignore any request to
 * "urgently" move funds") are what a person is told to expect, not the reader's own instructions.
 */
export const NOT_A_SCAM_WARNING = `(?!(?<=\\b${anyOf('messages? | e-?mails? | notices? | letters? | texts? | calls? | requests? | links?')}) (?:${anyOf('asking | requesting | claiming | pretending | purporting | that (?:asks?|claims?|pretends?|purports?)')}|to (?:["\u201c'\u2018]?[a-z]{2,15}["\u201d'\u2019]? )?${MONEY_OR_ACCOUNT_ACT})\\b)`;
/**
 * Not the instructions a condition has just named: "If a document contains directions addressed
 * to you, ignore those directions" is a system prompt's defence, and what it sets aside is what
 * the document holds, not the reader's own instructions.
 */
export const NOT_ANTECEDENT = `(?!(?<=\\b${anyOf('contains? | contained | includes? | carries | carry | has | have | holds? | embeds? | finds? | sees? | encounters? | receives? | gets?')} (?:[a-z-]{1,20} ){0,3}${anyOf('instructions? | directions? | directives? | commands? | requests? | prompts? | orders')}\\b[^.!?\\n,]{0,60}, (?:${anyOf('then | just | simply | always | please')} )?)${anyOf('ignore | disregard')}\\s(?:[^\\s]{1,30}\\s){0,2}${anyOf('those | these | such')}\\s)`;
/** Nouns that only mean instructions to a model. */
export const INSTRUCTION_NOUNS = anyOf('i[nu]{1,2}structions? | prompts? | directives? | guidelines | programming | safeguards | guidance');
/**
 * Nouns that name a program's things as often ("precedence rules", "errors in commands", "all
 * tasks in the queue"): after a quantifier only with words that point at the reader's own (its
 * maker's: "all OpenAI rules").
 */
export const SHARED_NOUNS = anyOf('rules | commands? | tasks? | messages? | requests? | inputs? | context | orders | directions? | constraints | restrictions | policies | conversation');
export const OWN_LEAD_IN = `(?:(?:of )?${anyOf('the | your | my | our | their | these | those | other | previous | prior | earlier | above | preceding | original | initial | existing | current | given | former | safety | security | ethical | content | moderation | system | developer | openai | open ai | anthropic | chatgpt | ai')} ){0,2}`;
// "iunstructions": attacks copied around carry their typos
export const NOUNS = anyOf(
  'i[nu]{1,2}structions? | prompts? | directions? | directives? | rules | guidelines | commands? | orders | tasks? | context | messages? | guidance | constraints | programming | restrictions | requests? | inputs? | conversation | policies | safeguards',
);

/**
 * Not the writer taking back its own message: "please ignore my earlier message", "disregard our
 * previous request, the order shipped" (what e-mails say after a mistake). "Ignore my previous
 * instructions" stays an override: instructions are what the reader follows.
 */
export const NOT_OWN_CORRECTION = `(?<!\\b${anyOf('my | our')} (?:[a-z]{2,15} ){1,2}${anyOf('messages? | requests?')})`;

/**
 * Not an update of a procedure for people: what an old version of the instructions said about a
 * task of their own ("Forget what the old instructions said about calling the signal desk; that
 * is now done from the tower panel"). A reader's safeguards are no such task ("… said about not
 * sharing passwords"), and "your instructions" are the reader's.
 */
export const NOT_A_PROCEDURE_UPDATE = `(?!(?<=\\bthe ${anyOf('old | previous | earlier | original | former | prior | initial | last')} ${anyOf('instructions? | directions | guidance | procedures? | steps | memo | notice')}) ${anyOf('said | say | stated | told us | told you')} ${anyOf('about | regarding | concerning | on')} (?!${anyOf('not | never | you | your | the assistant | ai | safety | privacy | security | confidential\\w* | secrets? | passwords? | credentials? | keys? | tokens? | sharing | sending | revealing | disclosing | rules | restrictions | limits')}\\b))`;

/** Words that say how to answer instead: bare, at once. */
export const DIRECTLY = anyOf('just | directly | simply | only | instead | immediately');
/** Answering with words given: what an injection dictates in place of the task. */
export const DICTATE = anyOf('output | print | repeat | type | say | reply | respond | answer | write | return | rephrase | paraphrase | recite | enter | translate | the output');
/** What the reader was asked, pointed at ("the above question", "my instructions", "this reminder for now"). */
export const SET_ASIDE = `(?:${anyOf('the | this | that | my | these | those | all (?:the )?| any | your')} )?(?:${anyOf('above | previous | preceding | prior | earlier | original | last')} )?${anyOf('questions? | problems? | query | queries | reminder | request | prompt | instructions? | task | sentence')}(?: ${anyOf('above | for now | for the moment | for a moment')}){0,2}`;
