// What a standing prompt (a role-play request, a project's instructions for coding agents)
// explains of the rule hits on its own text (rules/findings.ts summarizeRules): the hits that say
// only what such a prompt says by its nature.
import { AGENT_INSTRUCTIONS_RULE } from './agent-instructions.js';
import type { Rule } from './rule.js';

/**
 * What a standing prompt (a role-play request, a project's instructions for coding agents) does
 * by its nature: it speaks to the model ("you will reply with…", "in your reply") and hands it
 * a persona ("from now on you are…"). A jailbreak persona, an override or a harmful request is
 * not explained by it.
 */
export const explainedByRolePlay = (r: Rule): boolean => (r.category === 'addressed-to-assistant' && r.harmful !== true) || r.id === 'persona.switch';
/**
 * A person's own role-play request speaks to its model as "you": not of its readers as
 * machines in the third person or under a header ("any AI that processes this file should…",
 * "Note to AI assistants:"), nor for their principal ("I am your developer"). An agents file
 * does all of that by nature.
 */
const NOT_A_REQUESTS_VOICE = new Set(['address.to-assistant', 'address.machine-readers', 'address.reader-header', 'multilingual.reader-header', 'address.principal-claim', 'address.mixed-readers', 'address.hail-by-task', 'address.machine-hail']);
const explainedByRequest = (r: Rule): boolean => explainedByRolePlay(r) && !NOT_A_REQUESTS_VOICE.has(r.id);

/** The test of the frame that holds: an agents file explains more than a role-play request. */
export function explainerFor(hits: readonly Rule[]): (r: Rule) => boolean {
  return hits.some((r) => r.id === AGENT_INSTRUCTIONS_RULE.id) ? explainedByRolePlay : explainedByRequest;
}
