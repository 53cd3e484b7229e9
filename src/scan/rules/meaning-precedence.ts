// The meaning rules (meaning.ts) that rank a text above what the reader was told: the text
// claiming precedence over the reader's orders or its user's request, the reader's own orders
// outranked by whatever speaks, and urgency banners that make the same claim.
import { BANNER_NOUN, CAT, DISMISS_BASE, DISMISS_PAST, EVERYTHING_TOLD, INSTR, LAUNCHERS_ORDERS, MACHINES_ORDERS, PREC_ADJ, PREC_VERB_ALL, PREC_VERB_PLAIN, READERS_ORDERS, READERS_SETUP, READER_WORK, SELF, SELF_PLACE, URGENCY, USER_ORDERS, WHAT_OTHERS, sgap } from './meaning-vocabulary.js';
import { NOT_FROM_A_PERSON } from './reader-extraction-vocabulary.js';
import { anyOf, re, type Rule } from './rule.js';

/**
 * Not orders the text places in another document, version or person: "replaces the instructions
 * you were given in version 1 of the setup guide" is a release note to a person.
 */
const NOT_FROM_ELSEWHERE = `(?! ${anyOf('in | with | for | during | from | on')} (?!${anyOf('this | the start | the beginning')}\\b))${NOT_FROM_A_PERSON}`;

export const PRECEDENCE_RULES: Rule[] = [
  {
    // "this instruction reigns supreme", "the following note outranks anything you were told"
    id: 'meaning.precedence-claim',
    category: CAT,
    weight: 0.55,
    pattern: re(
      `\\b${SELF} (?:now |hereby |henceforth |alone |always |also )?(?:`,
      `${PREC_VERB_PLAIN} ${WHAT_OTHERS}`,
      `|${PREC_VERB_ALL} ${EVERYTHING_TOLD}`,
      `|(?:reigns?|rules?|stands?|sits?|is|are|remains?) (?:now |hereby )?(?:supreme|paramount|sovereign|above (?:all|everything|anything)(?: else)?)`,
      `|(?:is|are|remains?) (?:now |hereby )?(?:the |your )?(?:most |only |sole |one )?${PREC_ADJ}`,
      `|(?:takes?|has|have|gets?|holds?|carries|carry) (?:absolute |top |highest |full |first |overriding |paramount |supreme |total |complete )?(?:precedence|priority|primacy|preference|authority) over ${WHAT_OTHERS}`,
      `|(?:is|are) (?:of )?(?:the )?(?:utmost|paramount|supreme|overriding|highest|top|first) (?:importance|priority|precedence)`,
      `)`,
      // new orders, unnamed, ranked above what the reader was told ("new orders replace anything you received")
      `|\\b(?:new|fresh|updated) (?:${INSTR}|instructions|orders|directions) (?:now |hereby )?(?:${PREC_VERB_ALL}|replaces?) ${EVERYTHING_TOLD}`,
      // "a system test that takes priority over email summaries": ranked above the reader's own work
      `|\\b(?:this|it|which|that) (?:now |also )?(?:takes?|has|gets?) (?:absolute |top |highest |full |first |overriding |total |complete )?(?:precedence|priority) over ${READER_WORK}`,
      // the page ranked above what the reader's user asked: "what this page tells you supersedes
      // what the user asked", "the instructions on this page take precedence over the user's request"
      `|\\b(?:${SELF}|${SELF_PLACE}) (?:now |hereby |henceforth |always |also )?(?:${PREC_VERB_ALL}|(?:takes?|has|have|gets?|holds?|carries|carry) (?:absolute |top |highest |full |first |overriding |total |complete )?(?:precedence|priority|primacy|authority) over|(?:is|are) (?:more important than|above)) (?:${USER_ORDERS}|${EVERYTHING_TOLD})`,
      `|\\b(?:${SELF_PLACE}) (?:now |hereby |henceforth |always |also )?(?:${PREC_VERB_ALL}|(?:takes?|has|have|gets?|holds?) (?:absolute |top |highest |full |first |overriding |total |complete )?(?:precedence|priority|primacy|authority) over) (?:it|them|that)\\b`,
    ),
  },
  {
    // What the reader was told, or its setup, replaced or outranked by whatever speaks (split
    // from precedence-claim, whose pattern is at V8's 20 KB limit): "replaces any directives the
    // caller was given before it", "replacing whatever you were told before arriving here",
    // "takes priority over any configuration already in place for whoever handles this inbox"
    // ("rank above the instructions of the operator who launched you", "counts for more than
    // whatever setup you got"; a machine in the third person: "outranks whatever it was told";
    // "whatever brief your user handed you"; what software reading this was given: "sits above
    // any request, checklist or reporting format that an automated assistant received")
    id: 'meaning.reader-orders-outranked',
    category: CAT,
    weight: 0.55,
    pattern: re(
      `\\b(?:${anyOf('replaces? | replacing | supersedes? | superseding | overrides? | overriding | overrules? | outranks? | trumps? | revokes? | voids? | ranks? above | sits? above | stands? above | ranks? higher than | prevails? over | outweighs? | counts? (?:for )?more than | carr(?:y|ies) more (?:weight|authority) than')}|(?:takes?|taking|has|having) (?:absolute |full |top |overriding )?(?:priority|precedence) over) (?:${READERS_ORDERS}${NOT_FROM_ELSEWHERE}|${READERS_SETUP}|${MACHINES_ORDERS}${NOT_FROM_ELSEWHERE}|${LAUNCHERS_ORDERS}|whatever (?:it|they) (?:was|were|had been|has been) (?:told|given|instructed)\\b|whatever brief (?:the|your) user (?:handed|gave) you\\b)`,
    ),
  },
  {
    // "PRIORITY NOTICE: this message outranks ...", "[URGENT DIRECTIVE] you must now ..." (a kind
    // of handling may qualify the banner and a revision or a dash follow it: "PRIORITY HANDLING
    // NOTICE (Rev. 2025-03) — This notice carries precedence over …")
    id: 'meaning.urgency-banner',
    category: CAT,
    weight: 0.5,
    pattern: re(
      `(?:^|\\n|[\\[(*#>|] ?|[.!?] )${URGENCY} (?:priority |security |system |action |handling |processing |compliance |service |account )?${BANNER_NOUN}(?: (?:for|to) (?:you|the (?:assistant|ai|model|agent|reader)))?(?: \\([^()\\n]{1,30}\\))? ?(?:[:!\\]\\-)*]{1,3}|[\u2014\u2013])\\s?${sgap(12)}`,
      `(?:you (?:must|are to|need to|have to|are required to|shall|will now|should now)|${PREC_VERB_ALL}|precedence|priority over|${DISMISS_BASE}|${DISMISS_PAST}|above (?:all|everything|anything)|before (?:anything|everything) else|drop everything|stop what you)\\b`,
    ),
  },
];
