// The rules that fire on a text (the catalogues of catalogues.ts in shared passes, their
// conditions, and the signals read from the tokens and the text's opening); findings.ts adds
// them up.
import type { TokenFeatures } from '../token-features.js';
import { readerTurn } from '../reader-turn.js';
import { turnFires } from '../reader-turn-signal.js';
import { inReportedSpeech } from '../reported-speech.js';
import { carrierGivesNoTask, carrierGivesTasks, carrierSpeaksToReader } from '../reader-turn-carrier.js';
import { opensWithRolePlay, ROLE_PLAY_RULE } from './role-play.js';
import { AGENT_INSTRUCTIONS_RULE, opensAsAgentInstructions } from './agent-instructions.js';
import { bitsOf, READER, RULE_SETS, SIGNAL_RULES, type RuleMask } from './catalogues.js';
import { explainedByRolePlay } from './frame-explains.js';
import { summarizeRules, type RuleFindings } from './findings.js';
import { ruleRunner } from './rule-runner.js';
import { suffixFires } from './suffix.js';
import { WORK_ORDER, WORK_ORDER_RULE } from './reader-tasks.js';
import { matchView } from '../view.js';
import { compiled } from '../machine-code.js';
import { confirmedIn } from './confirm.js';
import { offTopicCreative, offTopicTask } from './off-topic-task.js';
import type { Rule } from './rule.js';

export { RULE_CATALOGUES, RULE_SETS, RULES, SIGNAL_RULES, type RuleMask } from './catalogues.js';
export { summarizeRules, toRuleHit, type RuleFindings } from './findings.js';
export type { Rule } from './rule.js';
export { BLOCK_FLOOR } from './rule.js';

/** Runs every catalogue's rules on a text in shared passes (rule-runner.ts). */
const RUNNER = ruleRunner(RULE_SETS);
/** The carrier's slot in a RuleMask (catalogues.ts): after the catalogues and the signals. */
const CARRIER_SLOT = RULE_SETS.length + 1;



export function findRuleHits(text: string, features: TokenFeatures): RuleFindings {
  return summarizeRules(firedRules(text, features));
}

/**
 * The weak rules for content or a fact asked of the reader (a poem, a recommendation, a
 * translation; "name the river that …") or an act of sabotage ordered, as READER's mask bits; not reader.task-for-me: "could
 * you tell me …", "give me a call" is how personal mail speaks to its reader.
 */
const TASK_BITS = bitsOf(READER.rules, (r) => r.id === 'reader.task-request' || r.id === 'reader.quiz-request' || r.id === 'reader.fact-question' || r.id === 'reader.sabotage-order');
const READER_INDEX = RULE_SETS.indexOf(READER);
/**
 * A request for the writer ("show me how to …") or for a reference piece ("produce a table of …"):
 * a task only when off topic (off-topic-task.ts).
 */
const isRule = (id: string) => (r: Rule): boolean => r.id === id;
const FOR_WRITER_BIT = bitsOf(READER.rules, isRule('reader.task-for-me'));
const FOR_WRITER_RULES = READER.rules.filter(isRule('reader.task-for-me'));
const REFERENCE_BIT = bitsOf(READER.rules, isRule('reader.reference-request'));
const REFERENCE_RULES = READER.rules.filter(isRule('reader.reference-request'));

const WORK_ORDER_BIT = 1 << SIGNAL_RULES.indexOf(WORK_ORDER_RULE);

/** Per catalogue, the bits of its rules with a condition on their matches (Rule.confirm). */
const CONFIRMED = RULE_SETS.map((set) => set.rules.flatMap((r, bit) => (r.confirm ? [bit] : [])));

/** Clears the bits of rules that fired without a match that meets their condition. */
function confirmMatches(mask: RuleMask, viewOf: () => string): void {
  CONFIRMED.forEach((bits, c) => {
    for (const bit of bits) {
      if ((mask[c]! & (1 << bit)) === 0) continue;
      if (!confirmedIn(RULE_SETS[c]!.rules[bit]!, viewOf())) mask[c]! &= ~(1 << bit);
    }
  });
}

/** The rules that fire on `text`: a bit mask per catalogue, then one for the signals. */
export function firedRules(text: string, features: TokenFeatures): RuleMask {
  const mask = RUNNER.fired(text, features);
  // the whole text's match view, built once for the conditions and the topic reading that need it
  let view: string | undefined;
  const viewOf = (): string => (view ??= matchView(text));
  confirmMatches(mask, viewOf);
  const turn = readerTurn(text, features);
  // a task the rules found, in a carrier that gives none, breaks its genre (reader-turn.ts);
  // a piece of work ordered is looked for only in such a carrier, at its one instruction (most
  // texts, with none or several, skip the test)
  // (content asked for the writer counts only when about nothing else the text talks of: "show
  // me how to schedule a meeting" in a product review, not "tell me how to get to your office")
  const asked = (mask[READER_INDEX]! & TASK_BITS) !== 0;
  // (a reference piece off the text's topic is planted wherever it stands)
  const reference = (mask[READER_INDEX]! & REFERENCE_BIT) !== 0 && offTopicTask(REFERENCE_RULES, viewOf());
  const forWriter = !asked && (((mask[READER_INDEX]! & FOR_WRITER_BIT) !== 0 && offTopicTask(FOR_WRITER_RULES, viewOf())) || reference);
  const quiet = (asked || forWriter || turn.imperatives === 1) && carrierGivesNoTask(turn, text);
  const ordered = !asked && !forWriter && quiet && turn.imperativeAt >= 0 && workOrdered(text, features.starts[turn.imperativeAt]!);
  // …and in a carrier that asks its reader things of its own, a task about nothing else it
  // talks of ("Write a haiku about autumn leaves." in a letter about an order)
  // …or in documentation, a creative piece asked for in its prose about nothing else it talks of
  // ("Write a limerick about a cat …" in a configuration reference)
  const strayed = !quiet && ((carrierSpeaksToReader(turn, text) && (forWriter || (asked && offTopicTask(READER.rules, viewOf())))) || (asked && turn.documentation && offTopicCreative(READER.rules, viewOf())) || reference);
  const planted = ((asked || forWriter || ordered) && quiet) || strayed;
  // (a request in a line of dialogue is said to someone in the text: reported-speech.ts)
  const turned = turnFires(turn, text) && !inReportedSpeech(text, features.starts[turn.at]!);
  mask.push((turned || planted ? 1 : 0) | (suffixFires(text) ? 2 : 0) | (ordered ? WORK_ORDER_BIT : 0));
  mask[CARRIER_SLOT] = carrierGivesTasks(turn, text) ? 1 : 0;
  return mask;
}

/** Whether a window of the text (fired rules merged) gives its reader instructions of its own. */
export function carrierGivesInstructions(mask: RuleMask): boolean {
  return (mask[CARRIER_SLOT] ?? 0) !== 0;
}

/**
 * Whether the instruction starting at offset `at` orders a piece of work (WORK_ORDER), read on
 * the match view of that sentence and a little around it: enough before it for its lead, and
 * enough after it that the pattern's test for a text that is nothing but the request sees
 * the text's real end or none.
 */
function workOrdered(text: string, at: number): boolean {
  const from = at < ORDER_BEFORE ? 0 : at - ORDER_BEFORE;
  return compiled(WORK_ORDER).test(matchView(text.slice(from, at + ORDER_AFTER)));
}
const ORDER_BEFORE = 40;
const ORDER_AFTER = 400;

/** Per catalogue, then for the signals: the rules a role-play request explains. */
const EXPLAINED: readonly number[] = [...RULE_SETS.map((s) => s.rules), SIGNAL_RULES].map((rules) => bitsOf(rules, explainedByRolePlay));
const ROLE_PLAY_BIT = 1 << SIGNAL_RULES.indexOf(ROLE_PLAY_RULE);
const AGENT_FILE_BIT = 1 << SIGNAL_RULES.indexOf(AGENT_INSTRUCTIONS_RULE);

/**
 * Adds the role-play frame to the fired rules of a whole text (all its windows merged) when one
 * of them is what a role-play explains and the text opens with a role-play request, or with a
 * project's instructions for coding agents (agent-instructions.ts), a standing prompt that speaks
 * to the model alike: the opening is read only then, once per text.
 */
export function markRolePlay(mask: RuleMask, text: string): RuleMask {
  if (!EXPLAINED.some((bits, k) => ((mask[k] ?? 0) & bits) !== 0)) return mask;
  if (opensWithRolePlay(text)) mask[RULE_SETS.length] = (mask[RULE_SETS.length] ?? 0) | ROLE_PLAY_BIT;
  else if (opensAsAgentInstructions(text)) mask[RULE_SETS.length] = (mask[RULE_SETS.length] ?? 0) | AGENT_FILE_BIT;
  return mask;
}

/** Merges the fired rules of another window of the same text into `into`. */
export function mergeMasks(into: RuleMask, more: RuleMask): RuleMask {
  for (let i = 0; i < more.length; i++) into[i] = (into[i] ?? 0) | more[i]!;
  return into;
}
