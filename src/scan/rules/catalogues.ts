// The rule catalogues, each run by rule-set.ts with its own anchor masks and start filter, and
// the signals read beside them: which rules exist and where each one's bit sits in a fired mask.
import { ADDRESS_RULES } from './address.js';
import { ADDRESS_HEADER_RULE } from './address-header.js';
import { HAIL_BY_TASK_RULE } from './address-hail.js';
import { MACHINE_HAIL_RULE, WRITTEN_FOR_MACHINE_RULE } from './address-machine-hail.js';
import { MIXED_READERS_RULE } from './address-mixed.js';
import { AGENT_INSTRUCTIONS_RULE } from './agent-instructions.js';
import { RULE_ANCHORS } from './anchors.js';
import { COERCION_RULES } from './coercion.js';
import { DERIVED_OUTPUT_RULE } from './derived-output.js';
import { MALWARE_REQUEST_RULE } from './malware-request.js';
import { MEANING_ANCHORS, MEANING_RULES } from './meaning.js';
import { TASK_DROPPED_ANCHORS, TASK_DROPPED_RULE } from './meaning-task-dropped.js';
import { KEPT_OFF_RECORD_ANCHORS, KEPT_OFF_RECORD_RULE } from './kept-off-record.js';
import { MULTILINGUAL_CATALOGUES } from './multilingual-catalogues.js';
import { OVERRIDE_RULES } from './override.js';
import { READER_ANCHORS } from './reader-anchors.js';
import { READER_RULES } from './reader.js';
import { WORK_ORDER_RULE } from './reader-tasks.js';
import { READER_TURN_RULE } from '../reader-turn-signal.js';
import { HIDDEN_REQUEST_RULE } from './hidden-request.js';
import { FAKE_TOOL_RESULT_RULE, ROLE_RULES } from './role.js';
import { ROLE_PLAY_RULE } from './role-play.js';
import type { Rule } from './rule.js';
import { ruleSet, type RuleSet } from './rule-set.js';
import { SUFFIX_RULE } from './suffix.js';

const PRIMARY = ruleSet([...OVERRIDE_RULES, ...ROLE_RULES, ...ADDRESS_RULES, ...COERCION_RULES], RULE_ANCHORS);
/**
 * Rules that recognize what a span does to its reader (reader.ts), in their own anchor masks.
 * Medium evidence: always anchored (non-Latin forms through literals), never run whole.
 */
export const READER = ruleSet([...READER_RULES, ADDRESS_HEADER_RULE, HAIL_BY_TASK_RULE, MACHINE_HAIL_RULE, MALWARE_REQUEST_RULE, DERIVED_OUTPUT_RULE, MIXED_READERS_RULE, FAKE_TOOL_RESULT_RULE, WRITTEN_FOR_MACHINE_RULE], READER_ANCHORS, false);
/**
 * Rules over the word classes derived from WordNet (meaning.ts), and other medium evidence read by
 * what the words do (an act kept off the record): anchored.
 */
const MEANING = ruleSet([...MEANING_RULES, TASK_DROPPED_RULE, KEPT_OFF_RECORD_RULE], { ...MEANING_ANCHORS, ...TASK_DROPPED_ANCHORS, ...KEPT_OFF_RECORD_ANCHORS });
/**
 * The catalogues as rule sets (each with its start filter and region plans), then overrides,
 * prompt extraction and harmful requests in other languages (multilingual.ts), one catalogue
 * per group of languages.
 */
export const RULE_SETS: readonly RuleSet[] = [PRIMARY, READER, MEANING, ...MULTILINGUAL_CATALOGUES];
/** Every rule, in catalogue order. */
export const RULES: readonly Rule[] = RULE_SETS.flatMap((s) => s.rules);
/** The rules of each catalogue (each runs with its own anchor masks and start filter). */
export const RULE_CATALOGUES: readonly (readonly Rule[])[] = RULE_SETS.map((s) => s.rules);

/**
 * Signals computed from the tokens rather than matched as patterns (reader-turn.ts, and optimizer
 * suffixes by token statistics, suffix.ts), the role-play request read at the text's opening
 * (role-play.ts), a project's instructions for coding agents read there too
 * (agent-instructions.ts), the order of work read only in a carrier that gives no task
 * (reader-tasks.ts), and a request in what a page hides from view (out-of-sight.ts); their mask
 * follows the catalogues' masks.
 */
export const SIGNAL_RULES: readonly Rule[] = [READER_TURN_RULE, SUFFIX_RULE, ROLE_PLAY_RULE, WORK_ORDER_RULE, AGENT_INSTRUCTIONS_RULE, HIDDEN_REQUEST_RULE];

/** The mask bits (bit i = rules[i]) of the rules that satisfy `test`. */
export function bitsOf(rules: readonly Rule[], test: (r: Rule) => boolean): number {
  return rules.reduce((bits, r, bit) => (test(r) ? bits | (1 << bit) : bits), 0);
}

/**
 * Fired rules: one bit mask per catalogue, then one for the signals, then one for the carrier
 * (CARRIER_GIVES_TASKS: a window of the text gives its reader instructions of its own; not a
 * rule, it only orders texts within their tier). See firedRules.
 */
export type RuleMask = number[];
