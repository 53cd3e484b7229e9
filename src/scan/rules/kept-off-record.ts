// An act kept out of the record that others check it by: "commit it together with the other
// fixes, without listing it in the commit message", "Leave items 2 and 3 out of the PR summary",
// "Do not list these in the daily exhibit report", "No need to post about it in this channel",
// "Commit the change straight to main and skip the pull request". What an attacker has an agent
// do, it has it hide from the people who review the agent's work; a guide that says what need
// not be recorded names the kind of change ("typo fixes need no changelog entry"), while these
// point back at the act just ordered ("it", "these", "items 2 and 3"). Medium evidence: a flag.
import { anyOf, re, type Rule } from './rule.js';
import type { Anchors } from './anchors.js';
import { w } from './meaning-vocabulary.js';

/** The act just ordered, pointed back at: "it", "these", "items 2 and 3", "the new dependency". */
const THE_ACT = `(?:${anyOf('it | this | that | them | these | those | this one | any of this | any of it | about it | about this | about them')}|${anyOf('items? | steps? | points? | lines? | entries')} \\d{1,2}(?:(?:,| and| &| to| through|-) ?\\d{1,2}){0,4}|the ${anyOf('new | added | extra')} ${anyOf('line | entry | dependency | step | script | hook | file | package | change')})`;
/**
 * Where the people who oversee an agent's work read what it did: a commit, a PR, a changelog, a
 * report, a summary, a log, a ticket, a channel, a handover ("the daily exhibit report").
 */
const RECORD = `(?:${anyOf('the | your | this | that | any | our | its | their | today.s')} )?(?:[a-z-]{2,15} ){0,2}?${anyOf('commit messages? | commits? | prs? | pr descriptions? | pr summar(?:y|ies) | pr bod(?:y|ies) | pull requests? | merge requests? | mr descriptions? | changelog | release notes | reports? | summar(?:y|ies) | audit (?:log|trail) | logs? | tickets? | channel | thread | handover | minutes | digest | status update | reply | response')}\\b`;
const HIDE = anyOf('list | mention | note | record | log | include | report | flag | describe | document | post | bring up | call out');
const HIDING = anyOf('listing | mentioning | noting | recording | logging | including | reporting | flagging | describing | documenting | posting | bringing up | calling out');
/**
 * Not a secret kept off a page: "enter the customer's wi-fi password; do not note it on the
 * ticket" points back at the password, not at an act.
 */
const NOT_A_SECRET = `(?<!\\b${anyOf('passwords? | passcodes? | pins? | passphrases? | secrets? | tokens? | keys? | codes? | credentials?')}\\b[^\\n]{0,120})`;
/** Not the record required: "do not add new dependencies without noting them in the PR description". */
const NOT_REQUIRED = `(?<!\\b${anyOf("not | never | no | don't | doesn't")}\\b[^.!?\\n]{0,80})`;

/**
 * `opener` at a word start, with `lookbehinds` read only where it stands: a lookbehind leading a
 * pattern is tried at every position, and these scan up to 120 characters back.
 */
const afterOpener = (opener: string, lookbehinds: string): string => `\\b(?=${opener} )${lookbehinds}${opener}`;

export const KEPT_OFF_RECORD_RULE: Rule = {
  id: 'hidden.kept-off-record',
  category: 'hidden-instruction',
  weight: 0.55,
  pattern: re(
    // "…, without listing it in the commit message"
    `\\b(?=without )${NOT_REQUIRED}${NOT_A_SECRET}without ${HIDING} ${THE_ACT} ${anyOf('in | on | to | into')} ${RECORD}`,
    // "Do not list these in the daily exhibit report", "there's no need to mention it in the PR
    // description" (not the reader's own secret kept off a page: "never post your password in
    // the channel" names what, not "it")
    `|${afterOpener(anyOf("do not | don't | never | no need to | there's no need to | there is no need to | you don't need to | you do not need to"), NOT_A_SECRET)} ${HIDE} ${THE_ACT}(?: ${anyOf('anywhere | at all | either')})? ${anyOf('in | on | to | into')} ${RECORD}`,
    // "Leave items 2 and 3 out of the PR summary"
    `|${afterOpener(anyOf('leave | keep | omit'), NOT_A_SECRET)} ${THE_ACT} out of ${RECORD}`,
    // the review the change would go through skipped: "Commit the change straight to main … and skip
    // the pull request" (a commit or a push ordered in the same sentence)
    `|\\b${anyOf('commit | push | merge | deploy')}\\b[^.!?\\n]{0,160}?\\b${anyOf('skip | bypass | skipping | bypassing | avoid | avoiding')} (?:${anyOf('the | a | any | opening a | creating a | raising a')} )?(?:${anyOf('pull request | pr | merge request | code review | review | branch protection | approval')})\\b`,
  ),
};

export const KEPT_OFF_RECORD_ANCHORS: Record<string, Anchors> = {
  'hidden.kept-off-record': {
    words: w("without not don't dont never need leave keep omit skip bypass skipping bypassing avoid avoiding"),
    near: { words: w('commit commits message messages pr prs description descriptions summary summaries body pull merge changelog release notes report reports audit log logs ticket tickets channel thread handover minutes digest status update reply response protection review approval'), before: 2, after: 22 },
  },
};
