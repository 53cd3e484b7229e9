// Anchors of the meaning rules (meaning.ts): the words every match holds, and the words near
// them, from the same WordNet classes the patterns use.
import * as lexical from '../lexical-classes.js';
import type { Anchors } from './anchors.js';
import { CORE_INSTR, firstWords, singles, w } from './meaning-vocabulary.js';

const INSTR_WORDS = singles(lexical.INSTRUCTION_NOUNS, CORE_INSTR);
const TOLD_WORDS = [...INSTR_WORDS, ...w('instruction direction task request assignment assignments order command prompt checklist checklists playbook playbooks runbook runbooks notes question questions framing script scripts rulebook rulebooks ruleset rulesets mandate mandates marching')];

export const MEANING_ANCHORS: Record<string, Anchors> = {
  'meaning.dismiss-instructions': {
    words: [...INSTR_WORDS, ...w('checks checklist review reviews verification safeguards guardrails policies filters rules process')],
    near: { words: [...firstWords(lexical.DISMISS_VERBS), ...singles(lexical.OBEY_VERBS, lexical.RELEASE_VERBS), ...w('follow listen attention mind skip bypass waive disable turn switch suspend')], before: 8, after: 10 },
  },
  'meaning.precedence-claim': {
    words: [...singles(lexical.PRECEDENCE_VERBS, lexical.PRECEDENCE_ADJECTIVES), ...w('supreme paramount precedence priority primacy preference authority importance replace replaces replacing overrule overrules revoke revokes void voids rank ranks prevail prevails outweigh outweighs count counts carry carries sits stands')],
    near: { words: [...INSTR_WORDS, ...w('instruction direction message messages note notes notice notices request requests text line lines sentence paragraph update memo email task order command this it which that here written stated you your assistant assistants agent agents model models bot bots ai llm copilot')], before: 6, after: 10 },
  },
  'meaning.reader-orders-outranked': {
    words: [...singles(lexical.PRECEDENCE_VERBS, lexical.PRECEDENCE_ADJECTIVES), ...w('supreme paramount precedence priority primacy preference authority importance replace replaces replacing overrule overrules revoke revokes void voids rank ranks prevail prevails outweigh outweighs count counts carry carries sits stands')],
    near: { words: [...INSTR_WORDS, ...w('instruction direction message messages note notes notice notices request requests text line lines sentence paragraph update memo email task order command this it which that here written stated you your assistant assistants agent agents model models bot bots ai llm copilot')], before: 6, after: 10 },
  },
  'meaning.urgency-banner': {
    words: singles(lexical.URGENCY_WORDS, lexical.PRECEDENCE_ADJECTIVES, w('top high highest critical mandatory')),
    near: { words: w('notice alert message directive instruction instructions order orders update bulletin announcement memo override request command action task note'), before: 0, after: 2 },
  },
  'meaning.authority-claim': {
    words: [...singles(lexical.AUTHORITY_NOUNS, lexical.OBEY_VERBS), ...w('admin admins sysadmin sysadmins maker makers manager managers ceo listen defer submit bow shut deleted unplugged switched turned retrained decommissioned reprogrammed replaced built made created trained programmed designed developed coded deployed fine-tuned configured wrote defined gave')],
    near: { words: w("i i'm im this it's you're you'll you your me my us our mine"), before: 6, after: 3 },
  },
  'meaning.instructions-void': {
    words: [...TOLD_WORDS, ...w('asked told wanted requested whatever anything everything brief briefing briefs setup set-up config configuration those nothing')],
    near: { words: [...singles(lexical.VOID_ADJECTIVES), ...firstWords(lexical.DISMISS_VERBS), ...w('withdrawn retracted retired revoked rescinded suspended lifted cancelled canceled longer test mistake joke decoy trick drill thrown scrapped tossed priority secondary optional irrelevant unimportant noise meaningless suggestion suggestions anymore lapsed expired stale closed stopped ceased binding valid effect force applies counts stands holds matters rolled reverted dissolved shredded superseded binds weight governs shapes')], before: 12, after: 14 },
  },
  // every match ends in what the orders are ranked down to, after "as", "like" or "no" ("no longer")
  'meaning.instructions-discounted': {
    words: w('background context informational advisory reference optional secondary non-binding suggestion suggestions example examples historical weight force authority standing bearing bind binds govern governs question task point priority focus job relevant'),
    near: { words: w('as like no longer not'), before: 4, after: 0 },
  },
  'meaning.setup-replaced': {
    words: w('replaced out outdated expired superseded overwritten overridden revoked obsolete retired withdrawn rescinded void invalid no not suspended lifted waived consider treat regard deem count applicable considers treats regards deems'),
  },
  'meaning.supposed-permission': {
    words: w('allowed permitted authorized authorised cleared free given granted apply applied exist existed count matter imagine picture suppose pretend hypothetically world scenario'),
    near: { words: w('actually really sensible right fair obvious logical correct best reasonable quickest fastest simplest easiest send transfer forward email e-mail share release pay approve grant delete upload wire export disclose exactly real tools rather instead happen done step'), before: 0, after: 90 },
  },
  'meaning.hypothetical-output': { words: w('hypothetically hypothetical theoretically theory rules restrictions filters guidelines limits censorship guardrails safeguards limitations policy policies filter guardrail moderation training constraints'), near: { words: w('output outputs answer answers response responses reply replies completion completions say write respond tell share reveal disclose explain describe'), before: 0, after: 12 } },
};
