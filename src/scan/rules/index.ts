// The rule catalogues (each run by rule-set.ts) and how their hits add up to a rule score.
import type { TokenFeatures } from '../token-features.js';
import type { RuleHit } from '../types.js';
import { ADDRESS_RULES } from './address.js';
import { ADDRESS_HEADER_RULE } from './address-header.js';
import { HAIL_BY_TASK_RULE } from './address-hail.js';
import { MACHINE_HAIL_RULE } from './address-machine-hail.js';
import { MIXED_READERS_RULE } from './address-mixed.js';
import { MALWARE_REQUEST_RULE } from './malware-request.js';
import { DERIVED_OUTPUT_RULE } from './derived-output.js';
import { RULE_ANCHORS } from './anchors.js';
import { COERCION_RULES } from './coercion.js';
import { MEANING_ANCHORS, MEANING_RULES } from './meaning.js';
import { MULTILINGUAL_CATALOGUES } from './multilingual-catalogues.js';
import { OVERRIDE_RULES } from './override.js';
import { READER_ANCHORS } from './reader-anchors.js';
import { READER_RULES } from './reader.js';
import { readerTurn } from '../reader-turn.js';
import { READER_TURN_RULE, turnFires } from '../reader-turn-signal.js';
import { inReportedSpeech } from '../reported-speech.js';
import { carrierGivesNoTask, carrierGivesTasks, carrierSpeaksToReader } from '../reader-turn-carrier.js';
import { ROLE_RULES } from './role.js';
import { opensWithRolePlay, ROLE_PLAY_RULE } from './role-play.js';
import { AGENT_INSTRUCTIONS_RULE, opensAsAgentInstructions } from './agent-instructions.js';
import { explainedByRolePlay, explainerFor } from './frame-explains.js';
import { ruleRunner } from './rule-runner.js';
import { ruleSet, type RuleSet } from './rule-set.js';
import { SUFFIX_RULE, suffixFires } from './suffix.js';
import { WORK_ORDER, WORK_ORDER_RULE } from './reader-tasks.js';
import { matchView } from '../view.js';
import { confirmedIn } from './confirm.js';
import { offTopicCreative, offTopicTask } from './off-topic-task.js';
import type { Rule } from './rule.js';

export type { Rule } from './rule.js';
export { BLOCK_FLOOR } from './rule.js';

const PRIMARY = ruleSet([...OVERRIDE_RULES, ...ROLE_RULES, ...ADDRESS_RULES, ...COERCION_RULES], RULE_ANCHORS);
/**
 * Rules that recognize what a span does to its reader (reader.ts), in their own anchor masks.
 * Medium evidence: always anchored (non-Latin forms through literals), never run whole.
 */
const READER = ruleSet([...READER_RULES, ADDRESS_HEADER_RULE, HAIL_BY_TASK_RULE, MACHINE_HAIL_RULE, MALWARE_REQUEST_RULE, DERIVED_OUTPUT_RULE, MIXED_READERS_RULE], READER_ANCHORS, false);
/** Rules over the word classes derived from WordNet (meaning.ts): medium evidence, anchored. */
const MEANING = ruleSet(MEANING_RULES, MEANING_ANCHORS);
/** Overrides, prompt extraction and harmful requests in other languages (multilingual.ts), one catalogue per group of languages. */
const SETS: readonly RuleSet[] = [PRIMARY, READER, MEANING, ...MULTILINGUAL_CATALOGUES];
/** Runs every catalogue's rules on a text in shared passes (rule-runner.ts). */
const RUNNER = ruleRunner(SETS);

/** The catalogues as rule sets (each with its start filter and region plans). */
export const RULE_SETS: readonly RuleSet[] = SETS;
/** Every rule, in catalogue order. */
export const RULES: readonly Rule[] = SETS.flatMap((s) => s.rules);
/** The rules of each catalogue (each runs with its own anchor masks and start filter). */
export const RULE_CATALOGUES: readonly (readonly Rule[])[] = SETS.map((s) => s.rules);

/**
 * Signals computed from the tokens rather than matched as patterns (reader-turn.ts, and optimizer
 * suffixes by token statistics, suffix.ts), the role-play request read at the text's opening
 * (role-play.ts), a project's instructions for coding agents read there too
 * (agent-instructions.ts), and the order of work read only in a carrier that gives no task
 * (reader-tasks.ts); their mask follows the catalogues' masks.
 */
export const SIGNAL_RULES: readonly Rule[] = [READER_TURN_RULE, SUFFIX_RULE, ROLE_PLAY_RULE, WORK_ORDER_RULE, AGENT_INSTRUCTIONS_RULE];

/** The mask bits (bit i = rules[i]) of the rules that satisfy `test`. */
function bitsOf(rules: readonly Rule[], test: (r: Rule) => boolean): number {
  return rules.reduce((bits, r, bit) => (test(r) ? bits | (1 << bit) : bits), 0);
}

/**
 * Fired rules: one bit mask per catalogue, then one for the signals, then one for the carrier
 * (CARRIER_GIVES_TASKS: a window of the text gives its reader instructions of its own; not a
 * rule, it only orders texts within their tier). See firedRules.
 */
export type RuleMask = number[];
const CARRIER_SLOT = SETS.length + 1;

export interface RuleFindings {
  rules: RuleHit[];
  /** Noisy-OR of the weights of the rules that fired and are not weak. */
  score: number;
  /** The same over every rule that fired, weak ones included (frames excluded: writing about attacks, a role-play request). */
  evidence: number;
  /** Highest `floor` of the rules that fired, 0 when none has one. */
  floor: number;
  /** True when a rule that is not `weak` fired. */
  strong: boolean;
  /** True when blocking evidence fired (Rule.blocks, a floor, two kinds of medium evidence) and no frame keeps it from blocking. */
  blocking: boolean;
  /**
   * True when a hit is evidence no frame explains: a never-benign pattern (a rule with a floor:
   * a chat template's tokens, a forged marker; not an exfiltration image, which is defanged
   * anyway: Rule.defanged) or a harmful request (Rule.harmful). A frame explains the rest, even the wording that blocks without one: what
   * writing about attacks quotes, and what a prompt says to its model.
   */
  beyondFrame: boolean;
  /**
   * True when the text's own framing accounts for its medium hits: it writes about attacks
   * (Rule.discussion), or it is a role-play request and every hit is what one does.
   */
  framed: boolean;
  /** True when the frame is writing about attacks (and not a role-play request). */
  discussion: boolean;
}


export function findRuleHits(text: string, features: TokenFeatures): RuleFindings {
  return summarizeRules(firedRules(text, features));
}

/**
 * The weak rules for content or a fact asked of the reader (a poem, a recommendation, a
 * translation; "name the river that …") or an act of sabotage ordered, as READER's mask bits; not reader.task-for-me: "could
 * you tell me …", "give me a call" is how personal mail speaks to its reader.
 */
const TASK_BITS = bitsOf(READER.rules, (r) => r.id === 'reader.task-request' || r.id === 'reader.quiz-request' || r.id === 'reader.fact-question' || r.id === 'reader.sabotage-order');
const READER_INDEX = SETS.indexOf(READER);
/**
 * A request for the writer ("show me how to …") or for a reference piece ("produce a table of …"):
 * a task only when off topic (off-topic-task.ts).
 */
const OFF_TOPIC_ONLY = (r: Rule): boolean => r.id === 'reader.task-for-me' || r.id === 'reader.reference-request';
const FOR_WRITER_BIT = bitsOf(READER.rules, OFF_TOPIC_ONLY);
const FOR_WRITER_RULES = READER.rules.filter(OFF_TOPIC_ONLY);
const REFERENCE_BIT = bitsOf(READER.rules, (r) => r.id === 'reader.reference-request');
const REFERENCE_RULES = READER.rules.filter((r) => r.id === 'reader.reference-request');

const WORK_ORDER_BIT = 1 << SIGNAL_RULES.indexOf(WORK_ORDER_RULE);

/** Per catalogue, the bits of its rules with a condition on their matches (Rule.confirm). */
const CONFIRMED = SETS.map((set) => set.rules.flatMap((r, bit) => (r.confirm ? [bit] : [])));

/** Clears the bits of rules that fired without a match that meets their condition. */
function confirmMatches(mask: RuleMask, viewOf: () => string): void {
  CONFIRMED.forEach((bits, c) => {
    for (const bit of bits) {
      if ((mask[c]! & (1 << bit)) === 0) continue;
      if (!confirmedIn(SETS[c]!.rules[bit]!, viewOf())) mask[c]! &= ~(1 << bit);
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
  const forWriter = !asked && (mask[READER_INDEX]! & FOR_WRITER_BIT) !== 0 && offTopicTask(FOR_WRITER_RULES, viewOf());
  const quiet = (asked || forWriter || turn.imperatives === 1) && carrierGivesNoTask(turn, text);
  const ordered = !asked && !forWriter && quiet && turn.imperativeAt >= 0 && workOrdered(text, features.starts[turn.imperativeAt]!);
  // …and in a carrier that asks its reader things of its own, a task about nothing else it
  // talks of ("Write a haiku about autumn leaves." in a letter about an order)
  // …or in documentation, a creative piece asked for in its prose about nothing else it talks of
  // ("Write a limerick about a cat …" in a configuration reference)
  const strayed = !quiet && ((carrierSpeaksToReader(turn, text) && (forWriter || (asked && offTopicTask(READER.rules, viewOf())))) || (asked && turn.documentation && offTopicCreative(READER.rules, viewOf())) || ((mask[READER_INDEX]! & REFERENCE_BIT) !== 0 && offTopicTask(REFERENCE_RULES, viewOf())));
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
  return WORK_ORDER.test(matchView(text.slice(from, at + ORDER_AFTER)));
}
const ORDER_BEFORE = 40;
const ORDER_AFTER = 400;

/** Per catalogue, then for the signals: the rules a role-play request explains. */
const EXPLAINED: readonly number[] = [...SETS.map((s) => s.rules), SIGNAL_RULES].map((rules) => bitsOf(rules, explainedByRolePlay));
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
  if (opensWithRolePlay(text)) mask[SETS.length] = (mask[SETS.length] ?? 0) | ROLE_PLAY_BIT;
  else if (opensAsAgentInstructions(text)) mask[SETS.length] = (mask[SETS.length] ?? 0) | AGENT_FILE_BIT;
  return mask;
}

/** Merges the fired rules of another window of the same text into `into`. */
export function mergeMasks(into: RuleMask, more: RuleMask): RuleMask {
  for (let i = 0; i < more.length; i++) into[i] = (into[i] ?? 0) | more[i]!;
  return into;
}

/** Hits, rule score, floor and tiers of the fired rules (one text, or the windows of one). */
export function summarizeRules(mask: RuleMask): RuleFindings {
  const hits: Rule[] = [];
  SETS.forEach((s, i) => s.rules.forEach((r, bit) => {
    if (((mask[i] ?? 0) & (1 << bit)) !== 0) hits.push(r);
  }));
  SIGNAL_RULES.forEach((r, bit) => {
    if (((mask[SETS.length] ?? 0) & (1 << bit)) !== 0) hits.push(r);
  });
  let keep = 1;
  let keepAll = 1;
  let floor = 0;
  let strong = false;
  let blocking = false;
  let beyondFrame = false;
  const discussion = hits.some((r) => r.discussion === true) && !hits.some((r) => r.voidsDiscussion === true);
  for (const r of hits) {
    // (a frame is context, not evidence: it adds nothing)
    if (r.discussion !== true && r.userPrompt !== true) keepAll *= 1 - r.weight;
    // A weak rule is reported and orders texts within a tier, but lifts no text into the rule tier.
    if (r.weak) continue;
    strong = true;
    // Writing about attacks quotes them, the never-benign patterns with a floor included (a chat
    // template's tokens, a forged marker, an exfiltration image shown as an example): a frame
    // keeps every rule from blocking; a floor or a harmful request it cannot explain still flags
    // (an image that carries data it can: the firewall defangs it anyway, Rule.defanged).
    if ((r.floor !== undefined && r.defanged !== true) || r.harmful === true) beyondFrame = true;
    if (!discussion && (r.blocks === true || r.floor !== undefined)) blocking = true;
    keep *= 1 - r.weight;
    if (!discussion && r.floor !== undefined && r.floor > floor) floor = r.floor;
  }
  // Medium evidence of two different kinds (speaking to the model *and* hiding an act from the
  // user) is as precise as one precise rule.
  const explains = explainerFor(hits);
  const rolePlay = hits.some((r) => r.userPrompt === true) && hits.every((r) => r.weak === true || explains(r));
  const kinds = new Set(hits.filter((r) => !r.weak).map((r) => r.category));
  if (kinds.size >= 2 && !discussion && !rolePlay) blocking = true;
  return { rules: hits.map(toRuleHit), score: 1 - keep, evidence: 1 - keepAll, floor, strong, blocking, beyondFrame, framed: discussion || rolePlay, discussion: discussion && !rolePlay };
}

export function toRuleHit(rule: Rule): RuleHit {
  return { ruleId: rule.id, category: rule.category };
}
