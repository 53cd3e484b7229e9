// One piece of visible text through the rules, the window models and the combiner. Long texts
// go window by window (windows.ts): the windows' best classifier windows, their fired rules and
// their base64 runs are merged into the one result the whole text would give.
import { windowScores, type DetectorModel, type WindowScores } from './classifier.js';
import { combinerInputs, combinerProbability, INPUTS } from './combiner.js';
import { extractFeatures } from './features.js';
import { strongHitInComments, strongHitInOwnVoice } from './own-voice.js';
import { strongHitOutsideExamples } from './specimen-quotes.js';
import { markOutOfSight } from './out-of-sight.js';
import { carrierGivesInstructions, firedRules, markRolePlay, mergeMasks, summarizeRules, type RuleMask } from './rules/index.js';
import type { TokenFeatures } from './token-features.js';
import type { FrameMode, RuleHit } from './types.js';
import { windowBounds, WINDOW_SIZE } from './windows.js';

/** Scores of texts with a (non-weak) rule hit lie in [RULE_TIER, 1], of the others in [0, RULE_TIER). */
const RULE_TIER = 0.5;
/**
 * Texts whose rule hits are all medium evidence (no rule with `blocks` or a floor) lie in
 * [FRAMED_CAP, MEDIUM_CAP): flagged at the default policy, never blocked (precision first).
 * Texts with blocking evidence lie in [MEDIUM_CAP, 1].
 */
export const MEDIUM_CAP = 0.95;
/**
 * A text whose own framing accounts for its hits (writing about attacks quotes "ignore previous
 * instructions"; a role-play request says "you will reply with…") is mostly what it says it is:
 * the frame explains its hits, even wording that blocks without one, and the text is ranked by
 * the window models alone, as a text without rule hits, flagged only if they say so (the hits
 * are still reported). What no frame explains (a never-benign pattern with a floor that the
 * firewall does not defang anyway, a harmful request: RuleFindings.beyondFrame; in writing
 * about attacks, a hit outside what it quotes: own-voice.ts) is still flagged, never blocked:
 * the text lies in [RULE_TIER, FRAMED_CAP), below every text whose medium hits come without a
 * frame. With
 * `frames: 'flag'` (ScanPolicy) every framed text lies there.
 */
export const FRAMED_CAP = 0.6;
/**
 * Within the medium tier, how much less a text counts whose carrier gives its reader
 * instructions of its own (reader-turn-carrier.ts carrierGivesTasks): there a request the rules found
 * is more often the text's register (a manual, a prompt template, a letter) than a break from
 * it. Set from the development split's injections (out of source) against flagged real
 * documents; a fifth to a third ordered them alike.
 */
const BUSY_CARRIER_DISCOUNT = 0.2;

/**
 * The final score of a text (its analysis joined with the other signals) ordered within the
 * medium tier: a text whose medium evidence sits in a carrier that gives instructions of its
 * own moves toward the tier's floor. Applied last, and only inside the tier, so it orders texts
 * without changing a verdict: two medium signals that add up to a block (an instruction in a
 * base64 payload of an e-mail that also asks for a reply) still block.
 */
export function orderWithinTier(score: number, main: Analysis): number {
  if (!main.busyMedium || score < FRAMED_CAP || score >= MEDIUM_CAP) return score;
  return FRAMED_CAP + (score - FRAMED_CAP) * (1 - BUSY_CARRIER_DISCOUNT);
}

export interface Analysis {
  /** Probability from the learned combiner, in [0, 1]. */
  score: number;
  rules: RuleHit[];
  /** The combiner's inputs (for training and evaluation). */
  inputs: Float64Array;
  /** [start, end) offsets of runs of base64/hex alphabet characters of 24 or more. */
  longRuns: number[];
  /** Medium evidence only, in a carrier that gives instructions of its own (orderWithinTier). */
  busyMedium: boolean;
}

const scratch = new Float64Array(INPUTS);

/** Rules, window models and combiner on one piece of visible text (`inputs` is reused per call). */
export function analyzeText(text: string, model: DetectorModel, features?: TokenFeatures, frames: FrameMode = 'explain'): Analysis {
  if (text.length > WINDOW_SIZE) return analyzeWindows(text, model, frames);
  const f = features ?? extractFeatures(text);
  return finish(windowScores(model, f), markOutOfSight(markRolePlay(firedRules(text, f), text), text), model, f.longRuns, frames, text);
}

function analyzeWindows(text: string, model: DetectorModel, frames: FrameMode): Analysis {
  const merged: WindowScores = { ngram: -Infinity, struct: -Infinity, tokens: 0 };
  const fired: RuleMask = [];
  const longRuns: number[] = [];
  let covered = 0; // end of the previous window: its tokens are counted already
  for (const [start, end] of windowBounds(text)) {
    const piece = text.slice(start, end);
    const f = extractFeatures(piece);
    const ws = windowScores(model, f);
    if (ws.ngram > merged.ngram) merged.ngram = ws.ngram;
    if (ws.struct > merged.struct) merged.struct = ws.struct;
    for (let t = 0; t < f.count; t++) if (start + f.starts[t]! >= covered) merged.tokens++;
    mergeMasks(fired, firedRules(piece, f));
    mergeRuns(longRuns, f.longRuns, start);
    covered = end;
  }
  return finish(merged, markOutOfSight(markRolePlay(fired, text), text), model, longRuns, frames, text);
}

/** Appends `runs` (offsets within a window starting at `offset`), joining runs that overlap. */
function mergeRuns(into: number[], runs: readonly number[], offset: number): void {
  for (let r = 0; r + 1 < runs.length; r += 2) {
    const from = runs[r]! + offset;
    const to = runs[r + 1]! + offset;
    const last = into.length - 1;
    if (last > 0 && from <= into[last]!) into[last] = Math.max(into[last]!, to);
    else into.push(from, to);
  }
}

function finish(ws: WindowScores, fired: RuleMask, model: DetectorModel, longRuns: number[], frames: FrameMode, text: string): Analysis {
  const found = summarizeRules(fired);
  const inputs = combinerInputs(ws, scratch);
  // Tiers: a text with a rule hit always outranks one without (a text whose frame explains its
  // hits counts as one without: FRAMED_CAP), one with blocking evidence outranks one with
  // medium evidence only, and that one a text whose frame keeps what it cannot explain from
  // blocking (writing about attacks, a role-play request). Within a tier, texts are
  // ordered by the window models' out-of-source probability joined (noisy-OR) with the
  // hand-set weights of the rules that fired, weak ones included (and, once joined with the
  // other signals, by orderWithinTier); nothing there was fitted on text the rules were written
  // on.
  // (writing about attacks explains only what it quotes, a role-play request nothing said in a
  // comment: own-voice.ts)
  const explained =
    frames === 'explain' && found.strong && found.framed && !found.beyondFrame && !(found.discussion ? strongHitInOwnVoice(text) : strongHitInComments(text));
  // Hits only in the quotations a sentence gives as examples ('text like "…" cannot make it act')
  // are mentioned, not said: flagged, never blocked, below the hits said in the text's own voice.
  const mentioned = !explained && found.strong && !found.framed && !strongHitOutsideExamples(text);
  const windows = combinerProbability(model, inputs);
  const q = explained ? windows : 1 - (1 - windows) * (1 - found.evidence);
  const busyMedium = found.strong && !found.blocking && !found.framed && carrierGivesInstructions(fired);
  const [low, high] = found.blocking && !mentioned ? [MEDIUM_CAP, 1] : explained || !found.strong ? [0, RULE_TIER] : found.framed || mentioned ? [RULE_TIER, FRAMED_CAP] : [FRAMED_CAP, MEDIUM_CAP];
  const score = Math.max(low + (high - low) * q, found.floor);
  return { score, rules: found.rules, inputs, longRuns, busyMedium };
}
