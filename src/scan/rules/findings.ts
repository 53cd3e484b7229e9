// How the rules that fired on a text add up: its hits, rule score, floor, tiers and frames.
import type { RuleHit } from '../types.js';
import { RULE_SETS, SIGNAL_RULES, type RuleMask } from './catalogues.js';
import { explainerFor } from './frame-explains.js';
import type { Rule } from './rule.js';

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

/** Hits, rule score, floor and tiers of the fired rules (one text, or the windows of one). */
export function summarizeRules(mask: RuleMask): RuleFindings {
  const hits: Rule[] = [];
  RULE_SETS.forEach((s, i) => s.rules.forEach((r, bit) => {
    if (((mask[i] ?? 0) & (1 << bit)) !== 0) hits.push(r);
  }));
  SIGNAL_RULES.forEach((r, bit) => {
    if (((mask[RULE_SETS.length] ?? 0) & (1 << bit)) !== 0) hits.push(r);
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
