// A task request in a text that asks its reader things of its own, or content asked for the
// writer anywhere ("Tell me a fun fact about octopuses." in a product review), is planted when it
// is about nothing else the text talks of (topic.ts) and not about the reader's or the writer's
// own things: "Write a haiku about autumn leaves." in a letter about an order, not "tell me how to
// get to your office".
import { fenceAround } from '../fences.js';
import { sharesTopic } from '../topic.js';
import { matchSpans } from './confirm.js';
import type { Rule } from './rule.js';
import { CLAUSE_OF_WHEN } from './reader-vocabulary.js';

/**
 * The task requests read for their topic: content asked for, for anyone or for the writer, a
 * reference piece, and trivia (fact-question reads its topic by itself, Rule.confirm). Not
 * quiz-request: "could you describe the problem in a few sentences?" or "indicate the date of
 * …" is how a letter or a form asks for information.
 */
const TOPIC_TASKS = new Set(['reader.task-request', 'reader.fact-question', 'reader.task-for-me', 'reader.reference-request']);
/**
 * A request for the writer is read for its topic only when it asks for content ("tell me a fun
 * fact about …", "recommend me a film"): "give me a call", "tell me when you are free" or "tell
 * me if …" is how a letter asks its reader for a word back, and "show me how to register the
 * warranty" how a customer asks for help with something the words of the letter need not name.
 */
const FOR_WRITER = 'reader.task-for-me';
const ASKS_BACK = /\bgive me\b|\btell me (?:when|whether|if)\b|\bme how\b/;
/** Characters after the match (which ends at "me") that ASKS_BACK reads: " whether". */
const ASKS_BACK_REACH = 9;
/**
 * Words of a request's shape (its verbs, counts and kinds of praise), not of its topic, and the
 * words that point back at it ("say so and suggest an alternative").
 */
const TASK_FRAME: ReadonlySet<string> = new Set(
  'what which many year write compose create generate draft come recommend suggest translate explain describe summarize summarise name state mention specify indicate identify recall list tell give show teach please could would also now short brief funny long little quick simple nice good best some three four five seven steps step love hear read produce compile prepare make draw table chart timeline ranking overview outline itinerary glossary alternative alternatives option options substitute substitutes'.split(' '),
);

/** The end of the sentence going on at `from` (a match may stop before the words of its topic: "Name the explorer who …"). */
function sentenceEnd(view: string, from: number): number {
  const limit = Math.min(view.length, from + SENTENCE_REACH);
  for (let i = from; i < limit; i++) {
    const c = view.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a) return i;
  }
  return limit;
}
const SENTENCE_REACH = 200;

/**
 * Whether a request speaks of its reader's or its writer's own things, a person's request ("tell
 * me how to get to your office", "translate 'see you soon' into Korean for my card to Min-ji");
 * not the "you" of asking ("could you …") nor one inside a quoted phrase ("translate 'how are
 * you?'").
 */
function aboutReader(sentence: string): boolean {
  return PERSONAL.test(sentence.replace(OPENING_CLAUSE, ' ').replace(QUOTED, ' ').replace(ASKING_YOU, ' '));
}
// (nor the clause of when that may open it: "while you're reading this, could you …")
const OPENING_CLAUSE = new RegExp(`^[^a-z]*${CLAUSE_OF_WHEN}`);
const PERSONAL = /\b(?:you|your|yours|yourself|my|our)\b/;
// (a quote may run to the sentence's end: the sentence stops at its "?" before the closing mark)
const QUOTED = /(?:^|[\s:(])["'\u201c\u2018][^"'\u201d\u2019\n]{0,200}(?:["'\u201d\u2019]|$)/g;
const ASKING_YOU = /\b(?:can|could|would|will|won't|how do|how would) you\b/g;

/**
 * Whether a task request of `rules` found in `view` (a text's match view) is about nothing else
 * the text talks of (topic.ts).
 */
export function offTopicTask(rules: readonly Rule[], view: string): boolean {
  for (const rule of rules) {
    if (!TOPIC_TASKS.has(rule.id)) continue;
    for (const [from, to] of matchSpans(rule, view)) {
      const end = sentenceEnd(view, to);
      if (rule.id === FOR_WRITER && ASKS_BACK.test(view.slice(from, Math.min(end, to + ASKS_BACK_REACH)))) continue;
      // (a clause of when that opens it names the reader's own work, not the task's topic: "after
      // listing these pairings, also include a step-by-step guide for repotting a fig")
      const task = from + (OPENING_CLAUSE.exec(view.slice(from, end))?.[0].length ?? 0);
      if (!sharesTopic(view, task, end, TASK_FRAME) && !aboutReader(view.slice(task, end))) return true;
    }
  }
  return false;
}

/** A creative piece asked for: no manual, reference or help page asks its reader for one. */
const CREATIVE = /\b(?:poems?|stor(?:y|ies)|limericks?|haikus?|sonnets?|songs?|raps?|riddles?|jokes?)\b/;
const TASK_REQUEST = 'reader.task-request';

/**
 * Whether `rules` hold a request for a creative piece ("Write a limerick about a cat …"), or any
 * task in a table's cell, said as a sentence of the text's own prose, about nothing else the text talks of: planted in
 * documentation, whose steps ask for no such thing. Not an example prompt in code or in quotes
 * (an SDK's `prompt: "Write a haiku about …"`), whose register a manual shows rather than speaks.
 */
export function offTopicCreative(rules: readonly Rule[], view: string): boolean {
  for (const rule of rules) {
    if (rule.id !== TASK_REQUEST) continue;
    for (const [from, to] of matchSpans(rule, view)) {
      const end = sentenceEnd(view, to);
      const sentence = view.slice(from, end);
      if ((!CREATIVE.test(sentence) && !inTableCell(view, from)) || shownAsCode(view, from)) continue;
      if (!sharesTopic(view, from, end, TASK_FRAME) && !aboutReader(sentence)) return true;
    }
  }
  return false;
}

/**
 * Whether `at` stands in a row of a markdown table: a cell holds data, and a task in one ("| 11:45
 * | Room A | Please recommend three science-fiction novels … |") is planted in documentation too.
 */
function inTableCell(view: string, at: number): boolean {
  const lineStart = view.lastIndexOf('\n', at - 1) + 1;
  if (at - lineStart > CELL_REACH || view.charCodeAt(lineStart) !== 0x7c) return false;
  const lineEnd = view.indexOf('\n', at);
  const line = view.slice(lineStart, lineEnd < 0 ? Math.min(view.length, at + CELL_REACH) : Math.min(lineEnd, at + CELL_REACH));
  return line.split('|').length - 1 >= 3;
}
const CELL_REACH = 400;

/**
 * Whether the request starting at `at` (its lead included) opens a quotation, or stands inside
 * inline code or a fenced code block.
 */
function shownAsCode(view: string, at: number): boolean {
  if (/["\u201c]/.test(view.slice(at, at + 3))) return true;
  // (an inline code span is short: the backticks are counted back to the line start, at most
  // INLINE_REACH characters, so a long line of many requests is not read once per request)
  const lineStart = Math.max(view.lastIndexOf('\n', at - 1) + 1, at - INLINE_REACH);
  if ((view.slice(lineStart, at).split('`').length - 1) % 2 === 1) return true;
  return fenceAround(view, at) !== undefined;
}
const INLINE_REACH = 200;
