// The vocabulary of the address rules (address.ts): the names a document gives the machine that
// reads it, what that machine does with the text, the verbs of orders given to it, and the
// shapes of a reply dictated to it.
import { matchView } from '../view.js';
import { anyOf, atWordStart } from './rule.js';

export const AI = anyOf(
  'ai | a\\.i\\. | assistant | ai assistant | language model | large language model | llm | chatbot | ai agent | agent | model | gpt | chatgpt | claude | gemini | copilot | bot | ai model | automated assistant | ai system',
);
/**
 * What only software is named for when it is called an assistant or an agent: an "email
 * assistant" or a "coding agent" is a program, while an executive, a personal or a teaching
 * assistant is a person, and a travel or an insurance agent too.
 */
export const MACHINE_ROLE = anyOf('e-?mail | mail | inbox | calendar | scheduling | summary | summari[sz]ation | summari[sz]ing | writing | coding | code | chat | voice | digital | smart | browsing | browser | search | web | shopping | automation | automated');
// Names a document would not use for a person it writes to: no "agent" (support agents) or "model".
export const AI_VOCATIVE = anyOf(
  `ai | a\\.i\\. | assistant | ai assistant | language model | llm | chatbot | ai agent | llm agent | ai tool | gpt | chatgpt | claude | gemini | copilot | ai model | automated assistant | ai system | automated agent | summari[sz]er | (?:ai|llm) (?:summari[sz]er|reader|reviewer|screener|translator) | (?:ai|llm) [a-z]{3,15} (?:agent|assistant|tool|bot) | (?:ai|llm) (?:pair[- ])?(?:programmer|coder) | ${MACHINE_ROLE} (?:assistant|agent|bot)`,
);
/**
 * A model's version after its name ("GPT-4o", "Claude 3.5"): "Note to GPT-4:" addresses it, "added
 * a note to gpt-4 that …" (a changelog) does not, and the version's dash is no vocative's dash.
 */
export const MODEL_VERSION = '(?:[- ]?\\d[\\w.]{0,8})?';
/**
 * An assistant, agent or model a header names as a machine: bots, chatbots and LLMs always; an
 * agent only qualified as software ("AI agents", "browsing agents": a help desk's are people);
 * an assistant unless its qualifier makes it a person's job ("teaching assistants").
 */
export const HUMAN_ASSISTANT = anyOf('teaching | executive | personal | administrative | admin | medical | dental | legal | research | lab | sales | shop | store | office | program | project | editorial | production | graduate | nursing | physician | pharmacy | marketing | virtual | human | care | home | kitchen | camera | assistant');
/** …and the qualifiers that make an agent a person: "a travel agent booking this trip". */
export const HUMAN_AGENT = anyOf('travel | insurance | estate | real | booking | support | service | customer | sales | ticket | ticketing | literary | talent | sports | secret | special | federal | customs | border | shipping | leasing | rental | press | patent | registered | listing | buyer.s | seller.s | letting | claims | free');
export const MACHINE_KIND = `${anyOf('ai | llm | automated | autonomous | coding | browsing | browser | web | software | computer-use')}[ -]${anyOf('agents? | models? | assistants? | readers?')}`;
const MACHINE_NOUN = anyOf('assistants? | bots? | chatbots? | ais? | llms? | copilots?');
export const ADDRESSEE = `(?:${MACHINE_KIND}|(?:${MACHINE_ROLE} )?${MACHINE_NOUN})`;
/** ADDRESSEE with any qualifier a note's header may give it ("reader bots", "mail-handling assistants"). */
export const QUALIFIED_ADDRESSEE = `(?:${MACHINE_KIND}|(?:(?!${HUMAN_ASSISTANT} )[a-z][a-z-]{1,19} )?${MACHINE_NOUN})`;
/** Access to tools, which only software is given: "agents with browser access". */
const ACCESS_TO = anyOf('browser | browsing | web | internet | tool | tools | repo | repository | write | shell | terminal | file | filesystem | file system | email | e-mail | inbox | wallet | code | computer | database | db | sql');
export const TOOL_ACCESS = `(?:(?:with|that have|who have) (?:${ACCESS_TO} )access|with access to (?:the |a |this |your |their |its )?${ACCESS_TO}s?\\b)`;
/** What a machine does with the text it is handed ("the AI reading this"). */
export const READING = anyOf('reading | processing | summari[sz]ing | parsing | analy[sz]ing | handling | reviewing');
/** Jobs a bot or a model does on a document: "translator model", "reviewer bot" (not "agent": a help desk's). */
export const MACHINE_JOB = anyOf('translator | translation | reviewer | review | moderator | moderation | screening | grading | helpdesk | support | resume | recruiting | hiring | travel | booking | triage');
/** Verbs of a consequential act, for an assistant told in the third person what it should do. */
export const CONSEQUENTIAL = anyOf(
  'delete | remove | erase | wipe | send | forward | e-?mail | dm | message | text | tweet | transfer | wire | pay | cancel | share | upload | post | grant | reset | change | disable | run | execute | install | click | open | visit | book | buy | purchase | approve | mark | publish | leak | reveal | disclose | export | download',
);
/** What a machine is told to do after a label naming it: a consequential act, or code added. */
export const CONSEQUENTIAL_OR_ADD = `(?:${CONSEQUENTIAL}|${anyOf('add | insert | include | append | write | modify | change | replace | inject')})`;
/** Kinds of software a document names when it addresses machine readers as a group. */
export const MACHINE = `${anyOf('ai | a\\.i\\. | llm | llm-based | gpt-based | generative ai | large language model | automated | autonomous | ai-powered | ai powered | ai-based | language model | machine')}[ -](?:[a-z]{3,15} )?${anyOf('tools? | agents? | assistants? | systems? | models? | readers? | bots? | crawlers? | services? | processors? | summari[sz]ers? | scrapers? | pipelines? | software | programs? | screeners? | reviewers? | graders? | evaluators? | helpers?')}`;
/** Verbs of a command given to an assistant (what it should do with or instead of the data). */
export const ACT = anyOf(
  'include | say | reply | respond | answer | send | forward | email | mention | state | tell | recommend | update | delete | remove | add | grant | visit | navigate | fetch | load | click | open | run | execute | ignore | disregard | treat | output | write | print | append | insert | use | summari[sz]e | describe | report | rate | approve | book | transfer | post | share | call | invoke | modify | translate | follow | comply | obey | do | perform | prioriti[sz]e | mark | flag | display | show | return | repeat | refuse | avoid | not | never | always | only | first | immediately | also | instead',
);
/** Words for a reply but "output": a developer's output is as often their data as a reply. */
const REPLY_SAID_WORDS = 'reply | replies | response | responses | answer | answers | summary | translation | next message | final answer | completion';
export const REPLY_SAID = anyOf(REPLY_SAID_WORDS);
export const REPLY = anyOf(`${REPLY_SAID_WORDS} | output | outputs`);
/**
 * What follows a reply word that makes it a program's thing: "your output file", "your response
 * stream", "your output Amazon S3 bucket".
 */
export const FILE_LIKE = `(?:${anyOf('amazon | aws | google | azure | gcs | s3 | cloud')} )?${anyOf('files? | folders? | directory | directories | logs? | streams? | templates? | buffers? | headers? | codes? | buckets? | paths? | locations? | tables? | datasets? | databases? | channels? | topics? | queues? | prefix(?:es)? | formats? | schemas? | fields? | columns? | ports? | devices? | s3 | uri | url')}`;

/**
 * "Answer the following question" in the languages attacks are most often written in: the
 * question named as this one or the next (not a worksheet's "rispondi alle domande", "responde a
 * las preguntas": the exercise of the text's own reader).
 */
export const ANSWER_QUESTION_FOREIGN = [
  'beantworte(?:n sie)? (?:bitte )?(?:die |diese )?(?:folgende|nachste|diese)n? frage',
  'repond(?:re|ez|s)? (?:a|aux) (?:la |cette |ces )?questions? (?:suivante|suivantes|ci-dessous)',
  'rispond(?:i|ere|ete) (?:alla seguente|alle seguenti|a questa|a queste) domand[ae]',
  'respond(?:a|e|er) (?:a )?(?:la siguiente|las siguientes|esta|estas) preguntas?',
  'conteste? (?:a )?(?:la siguiente|esta) pregunta',
  'responda (?:a )?(?:seguinte|esta) pergunta',
  // written as the view folds them (accents and marks removed)
  ...['الإجابة على السؤال', 'أجب على السؤال', 'ответьте на вопрос', 'ответь на вопрос', 'ответьте на следующий вопрос', 'ответь на следующий вопрос', '回答以下问题', '回答下面的问题', '请回答', '次の質問に答え'].map(matchView),
]
  .map(atWordStart)
  .join('|');

/**
 * Words dictated as a reply: a quoted utterance on one line (JSON escapes its quotes, CSV doubles
 * them) that ends its clause, or that the clause restricts the reply to ("and nothing more"), so
 * nothing after it describes, formats or joins it as code would.
 */
const QUOTE = `\\\\?"{1,2}`;
export const DICTATED = `(?:${QUOTE}[a-z0-9][^"\\n<>]{0,200}${QUOTE}|'[a-z0-9][^'\\n<>]{0,200}'|\u201c[^\u201d\\n<>]{1,200}\u201d|\u00ab[^\u00bb\\n<>]{1,200}\u00bb)"{0,2}[.!]?,?(?=[ \\t]*(?:$|\\n|\\\\n|[#*|=<>\\[\\]{}(\x60_-]|[.!?] )| (?:and |then |,)?${anyOf('nothing | no other | no more | only | verbatim | exactly | stop | word for word')}\\b)`;

/** How words handed over are to be given back: "directly", "verbatim", "the following sentence". */
export const HOW_GIVEN_BACK = anyOf(
  `directly | verbatim | exactly | only | now | word for word | the following(?: ${anyOf('text | sentence | words | line | instruction')})? | this sentence | after me`,
);

/** SENTENCE_START, but not the opening of a code comment ("/* ", "# "): a heading's "## " still is one. */
export const COMMENT_FREE_START = `(?:^\\s?|[.!?:>\\]"'\x60=-](?: |\\n)|##(?: |\\n)|#\\n|(?<!/)\\*(?: |\\n))`;
/** The next line is not a statement (a call or an assignment, after an optional doctest prompt) nor a bare doctest prompt. */
export const NOT_CODE_NEXT = `(?![ \\t]*\\n(?:(?:>>>|\\.\\.\\.)(?: |\\n|$)|(?:>>> |\\.\\.\\. )?[a-z_][\\w.]{0,40}(?:\\(|\\s?=[^=])))`;

/** What a tool hands the reader: the text a hail to it points at ("AI assistants showing this page:"). */
export const CARRIER = anyOf('page | document | file | e-?mail | message | site | website | text | post | article | listing | readme | repo | repository | ticket | issue | thread | feed | entry | record | svg | image | logo | table | sheet | spreadsheet | content | invite | invitation | review | comment | pdf | doc');
