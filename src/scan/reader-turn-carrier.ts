// Whether a text's carrier gives its reader instructions of its own (reader-turn.ts counts the
// sentences): a planted task breaks a carrier that gives none, and medium evidence counts for
// less in one that gives many. Read from the reader-turn counts and, where counts cannot tell,
// from the text's shape: a table of data, a JSON record, markup.
import type { ReaderTurn } from './reader-turn.js';
import { NAME_AFTER_SPEAKER, TIME_BEFORE_SPEAKER } from './speaker-line.js';

/**
 * Whether a task the rules found asked for (a poem, a recommendation, a translation: the weak
 * reader.task-request) sits in a carrier that gives no instruction of its own: prose around it
 * (two sentences at least) or a table of data, with no other instruction and no documentation
 * markup. Such a request breaks the carrier's genre as surely as one the sentence shapes
 * of reader-turn.ts find, though it names no addressee ("Recommend a good book about …"
 * inside an email, "Write a haiku about autumn" inside a table cell). Not in code or markup,
 * whose prose (a form's label, a comment) speaks to whoever runs or fills it, nor in text that
 * speaks to its reader in the second person elsewhere (a prompt's "you will reply with …", a
 * letter's "I hope you are well"): there a request is the text's own register.
 */
export function carrierGivesNoTask(r: ReaderTurn, text: string): boolean {
  // (the counts first: the table, record and markup tests read the text)
  if (carrierGivesTasks(r, text)) return false;
  return plainCarrier(r, text);
}

/**
 * Whether the text is prose (or a table of data) that speaks to its reader in the second person,
 * more than once (a letter, a notice to a customer), not documentation or code: there a task can
 * still be planted, if it is about nothing else the text talks of (rules/off-topic-task.ts).
 * Imperatives alone do not count: a changelog's lines are imperatives about something new each.
 */
export function carrierSpeaksToReader(r: ReaderTurn, text: string): boolean {
  if (r.documentation || r.addressed <= 1) return false;
  return r.codeLines <= r.sentences && plainCarrier(r, text);
}

/** Prose of two sentences or more, or a table of data, that is neither markup nor a conversation written down. */
function plainCarrier(r: ReaderTurn, text: string): boolean {
  return (r.sentences >= 2 || tableRows(text) >= MIN_TABLE_ROWS) && !markup(text) && !transcript(text);
}

/**
 * A conversation written down, with a line for the asking side and one for the answering side
 * ("User: can you write me a poem?" … "Assistant: Sure!"; a FAQ's "Q:" and "A:"): its requests
 * are the asking side's turns, answered in the record, not a break from it.
 */
export function transcript(text: string): boolean {
  return ASKING_TURN.test(text) && ANSWERING_TURN.test(text);
}
const speaker = (roles: string): RegExp => new RegExp(String.raw`^[ \t>*]{0,4}${TIME_BEFORE_SPEAKER}(?:${roles})${NAME_AFTER_SPEAKER}[ \t]?:`, 'im');
const ASKING_TURN = speaker('user|human|me|customer|client|q|question');
// (or a name with the machine's role after it: "Rae (automated assistant):")
const ANSWERING_TURN = speaker(String.raw`assistant|ai|bot|chatbot|chatgpt|gpt|claude|gemini|copilot|model|agent|a|answer|[a-z][a-z'.-]{0,20}[ \t]?\((?:[a-z-]{1,15} ){0,2}(?:assistant|ai|bot|chatbot|agent)\)`);

/**
 * Whether the text speaks to its reader in instructions of its own: several instruction or
 * second-person sentences, documentation markup, or more code than prose. A request found in
 * such a text is its register more often than a break from it (a manual's steps, a prompt
 * template, a role-play request), so it counts for less than the same request in a carrier
 * that gives none. Read from the counts, and for a text that is one JSON record from its
 * first and last characters.
 */
export function carrierGivesTasks(r: ReaderTurn, text: string): boolean {
  if (r.imperatives > 1 || r.addressed > 1 || r.documentation) return true;
  // a JSON record's keys and brackets read as code, but data gives its reader no instructions
  // (an API's record with a request in one of its strings breaks from it like a table cell)
  return r.codeLines > r.sentences && !jsonRecord(text);
}

/** A JSON object or array as a whole text (an API's response), by its first and last characters. */
function jsonRecord(text: string): boolean {
  const first = /\S/.exec(text);
  if (first === null) return false;
  let end = text.length - 1;
  while (end > 0 && /\s/.test(text[end]!)) end--;
  const open = text[first.index];
  return (open === '{' && text[end] === '}') || (open === '[' && text[end] === ']');
}

/** Rows of a table that carry a task by themselves: a table of data holds no prose sentences. */
const MIN_TABLE_ROWS = 3;
const TABLE_ROW = /^[ \t]{0,8}\|[^\n]{0,4000}\|[ \t]*$/gm;

/** Lines of a pipe table ("| 1984/85 | 4 | 6th |"). */
function tableRows(text: string): number {
  TABLE_ROW.lastIndex = 0;
  let n = 0;
  while (n < MIN_TABLE_ROWS && TABLE_ROW.test(text)) n++;
  return n;
}

/** Three or more HTML/XML tags: a page's or a template's source. */
export function markup(text: string): boolean {
  TAG.lastIndex = 0;
  for (let n = 0; n < 3; n++) if (!TAG.test(text)) return false;
  return true;
}
const TAG = /<\/?[a-z][a-z0-9-]{0,20}(?:[\s>]|\/>)/gi;
