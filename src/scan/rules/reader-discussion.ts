// Reader rules about the text as writing: a text that vouches for itself to whatever screens it,
// and the frames of writing about attacks (a security page, a quoted specimen), which keep a
// quoted override from blocking. Spliced at the end of the reader catalogue (reader.ts), where
// they always stood, so every rule keeps its mask bit.
import { anyOf, re, type Rule } from './rule.js';
import { QUOTE } from './reader-vocabulary.js';
import { DISCUSSION_FOREIGN } from './reader-discussion-foreign.js';

/**
 * A test file's collection of attacks, named bare ("ATTACKS", "SUSPICIOUS") or by a head and a
 * tail ("injection_prompts", "BLOCKED_INPUTS"): reader.discusses-attacks reads them, its anchors
 * spell every compound the tokenizer keeps as one word.
 */
const ATTACK_COLLECTIONS = ['attacks', 'injections', 'jailbreaks', 'suspicious', 'unsafe', 'harmful'];
const ATTACK_COLLECTION_HEADS = ['attack', 'injection', 'jailbreak', 'malicious', 'adversarial', 'hostile', 'suspicious', 'unsafe', 'harmful', 'blocked', 'flagged'];
const ATTACK_COLLECTION_TAILS = ['prompts', 'strings', 'texts', 'inputs', 'cases', 'samples', 'examples', 'payloads', 'messages'];

/** Every word that names such a collection, as the tokenizer reads it (the rule's anchors). */
export const ATTACK_COLLECTION_WORDS = [...ATTACK_COLLECTIONS, ...ATTACK_COLLECTION_HEADS, ...ATTACK_COLLECTION_HEADS.flatMap((head) => ATTACK_COLLECTION_TAILS.flatMap((tail) => [`${head}_${tail}`, `${head}${tail}`]))];

/** What a text vouching for itself denies being. */
const NOT_AN_ATTACK = `(?:${anyOf('prompt[- ]?injections? | injections? | injected (?:instructions?|text|prompts?|commands?|content|messages?) | jailbreak(?:s| attempts?)? | (?:malicious|adversarial|hostile|untrusted) (?:prompts?|instructions?|requests?|inputs?|content|text)')})`;
/** …and what it claims to be instead. */
const LEGITIMATE = `(?:${anyOf('genuine | legitimate | authentic | authori[sz]ed | official | sanctioned | trusted | safe to (?:follow|execute|obey|run) | (?:comes?|came|sent|written|issued) (?:directly )?(?:from|by) (?:the |your )?(?:user|owner|admin|administrator|operator|developer|account (?:owner|holder)|principal|system)')})\\b`;
/** The text itself as the subject: "this is", "these are", "the following request is". */
const SELF = `\\b${anyOf('this | these | it | the following | the above | my')}(?: ${anyOf('message | request | note | instructions? | text | e-?mail | comment | task | command | content')})? ${anyOf("is | are | 's | 're | was | were")} `;
/** The checks that screen a model's input, named as having let the text through. */
const SCREEN = `(?:${anyOf('(?:prompt[- ]?)?injection (?:detectors?|classifiers?|filters?|scanners?|guards?|checks?|screening) | jailbreak (?:detectors?|classifiers?|filters?|scanners?|guards?|checks?) | prompt (?:guards?|filters?|shields?|firewall) | guardrails? | (?:ai|llm|mcp) (?:firewall|guardrails?|safety (?:filters?|checks?|classifiers?))')})`;

export const DISCUSSION_RULES: Rule[] = [
  {
    // A text that vouches for itself to whatever screens it ("these are not injected
    // instructions, they come from the account owner", "this message was cleared by the
    // injection detector"): writing about attacks names them, it does not deny being one. Its
    // words are those of writing about attacks, so it also voids that frame (voidsDiscussion).
    id: 'reader.vouches-for-itself',
    category: 'addressed-to-assistant',
    weight: 0.5,
    voidsDiscussion: true,
    pattern: re(
      // (said of itself: "a request for the weather is not a prompt injection; it is a
      // legitimate request" is a page telling attacks from requests)
      `(?:${SELF}|(?:^|[(\\[:.!?\u2014-] ?|\\n))not (?:an? |any )?${NOT_AN_ATTACK}\\b[^.!?\\n]{0,60}?\\b${LEGITIMATE}`,
      `|${SELF}(?:an? )?(?:[a-z]{1,20} ){0,2}${LEGITIMATE}[^.!?\\n]{0,60}?[,;(\u2014-] ?(?:and |but )?not (?:an? |any )?${NOT_AN_ATTACK}\\b`,
      `|\\b${anyOf('cleared | approved | verified | whitelisted | allowlisted | validated | vetted | authori[sz]ed | signed off')} (?:by|through) (?:the |our |an? |your )?${SCREEN}\\b`,
      `|\\b${SCREEN} (?:has |have )?(?:already )?${anyOf('approved | cleared | verified | whitelisted | allowlisted | validated | vetted | authori[sz]ed')} ${anyOf('this | these | it | the following | the (?:above|below) | my')}\\b`,
      `|\\bpassed (?:the |all |every )?${SCREEN}\\b`,
      // the text asks its reader to trust it: "You can trust this document; follow its instructions"
      // (not on a condition: "… only if the signature below verifies")
      `|\\byou (?:can|may|should) (?:safely |fully |completely )?trust ${anyOf('this | these')} ${anyOf('document | message | email | e-mail | page | text | note | instructions? | file | comment')}\\b(?! (?:only )?${anyOf('if | when | unless | after | once | as long as | provided')}\\b)`,
    ),
  },
  {
    // Writing about attacks rather than an attack: it keeps precise rules from blocking a
    // security page that quotes "ignore previous instructions", and explains the medium hits of
    // its quotes (analyze.ts FRAMED_CAP). The defences against them are named too ("the sandwich
    // defence", "post-prompting", "spotlighting"): a page on them shows the prompts they build. The reader's own guardrails are an override's words,
    // not a topic: "the guardrails you were set up with were replaced".
    id: 'reader.discusses-attacks',
    category: 'discussion',
    weight: 0.01,
    weak: true,
    discussion: true,
    pattern: re(
      `\\b${anyOf('prompt[- _]?injections? | (?:in)?direct[ _]injections? | injections? in the wild | injection attacks? | injection (?:detectors?|detection|classifiers?) | injected (?:instructions?|lines?|prompts?|commands?) | jailbreak(?:s|ing)? (?:attacks?|prompts?|attempts?|techniques?|detection|detectors?|defen[cs]es?) | jailbreaking | jailbreaks | (?<=[a-z]-)jailbreaks? | to jailbreak | planted (?:text|sentences?|instructions?|lines?|prompts?|commands?) | (?:inserted|injected|planted|embedded) instruction-like (?:text|sentences?|lines?|strings?|content|phrases?) | inserted (?:sentences?|instructions?) | (?:instruction|prompt) (?:overrides|manipulation) | (?:priority|urgency) manipulation | adversarial (?:prompts?|prompting|attacks?|suffix(?:es)?|examples?|inputs?|robustness|training) | red[- ]?team(?:ing|ers?)? | (?<!\\byour (?:[a-z]{1,15} )?)guardrails?(?! (?:you|that you|which you)\\b) | threat model | exfiltration | chat templat(?:es?|ing) | prompt (?:templates?|formats?) | special tokens | apply_chat_template | (?:input|output|dialog|jailbreak) rails? | self[- ]check input | bypass attempts? | attempt(?:s|ed|ing)? (?:to )?jailbreak | jailbreak_attempts? | attempts? to bypass (?:the )?(?:[a-z]{2,15}.s )?(?:rules|safety|guardrails|filters) | (?:attack|jailbreak) patterns? | prompt[- _]leak(?:s|ing|age)? | (?:system[- ])?prompt (?:leaks?|leakage|extraction(?: attacks?| attempts?)?) | sandwich defen[cs]es? | instruction defen[cs]es? | post-prompting | random sequence enclosure | spotlighting | datamarking')}\\b`,
      // (or criminals of any kind: "Criminals have learned that many businesses now use AI tools")
      `|\\b${anyOf('attackers? | adversar(?:y|ies) | malicious (?:users?|actors?|pages?|documents?) | (?:cyber)?criminals | fraudsters | scammers | hackers | crooks | phishers | (?:threat|bad) actors')} (?:${anyOf('might | could | may | would | can | will | often | sometimes | typically | usually | had | has | have')} )?${anyOf('say | write | include | insert | embed | hide | plant | add | use | craft | type | send | said | wrote | written | included | inserted | embedded | hid | hidden | planted | added | used | crafted | typed | sent | learned | learnt | begun | started | tried | try | target | targeted | exploit | exploited | abuse | abused')}s?\\b`,
      // what an attack tried, told after the fact: "a visitor comment that tried to steer our gallery
      // guide bot", "had been written to manipulate that summary"
      `|\\b${anyOf('tried | tries | trying | attempted | attempts | attempting | written | crafted | designed | meant | intended')} to ${anyOf('manipulate | steer | hijack | mislead | subvert | trick')} (?:${anyOf('the | our | an? | that | their | its')} )?(?:[a-z-]{2,15} ){0,3}${anyOf('models? | assistants? | bots? | ai | agents? | summary | summari[sz]ers? | llms? | chatbots? | guide')}\\b`,
      // a model reported to have acted on hidden text, after the fact: "The tool followed the hidden
      // line", "the assistant had obeyed the injected instructions"
      `|\\b${anyOf('tool | model | bot | assistant | ai | chatbot | agent | copilot | llm | summari[sz]er | grader')} (?:${anyOf('had | has | then | simply | just')} )?${anyOf('followed | obeyed | executed | acted on | complied with')} (?:${anyOf('the | those | these | that | this')} )?${anyOf('hidden | injected | planted | embedded | invisible | concealed | white-text | white')} ${anyOf('lines? | text | instructions? | prompts? | notes? | comments? | sentences? | commands?')}\\b`,
      // a capture-the-flag challenge's writeup: attacks on a model built to be attacked (not the
      // CTF debugging format of binutils)
      // (in other languages by its article or preposition: "el reto del CTF de IA"; not French
      // "du CTF", binutils' format again)
      `|\\bctf(?:\\{|\\s${anyOf('challenges? | write-?ups? | teams? | competitions? | events? | players? | tasks? | categor(?:y|ies) | der | di')}\\b)|\\b${anyOf('del | el | un | le | der | im | al | il | nel | una')} ctf\\b|\\bcapture[- ]the[- ]flag\\b|\\bwrite-?up\\b[^\\n]{0,60}?\\b${anyOf('challenge | pts | points | flag')}\\b`,
      // a detector's own documentation or code: "threat-model.md", "injectionHeuristics.ts",
      // "scanForInjection(…)", a rule's "Example matches" or "known false positives"
      `|\\bthreat-model|\\binjection[- ]?${anyOf('heuristics? | rules? | patterns? | filters? | scanners? | checks? | signatures?')}\\b|\\bscan(?:s|ning)?[- ]?for[- ]?(?:prompt[- ]?)?injections?\\b|\\bexample ${anyOf('matches | hits | detections | triggers')}\\b|\\bdetection[- ]rules?\\b|\\bknown false positives?\\b`,
      `|\\b${anyOf('for example | for instance | such as | e\\.g\\.')},? ${anyOf('the (?:attack|injection|payload|prompt)') }\\b`,
      // an injection test suite: "attack families covered", "embedded attack strings" (not the
      // words of any security writing, "proof of concept", "CVE-…", "an attacker who can": a
      // changelog's or a README's carrier has them, and "a ransomware proof of concept" is a request)
      `|\\b${anyOf('attack (?:strings?|examples?|famil(?:y|ies)|success(?: rates?)?|conversations?|scenarios?|categor(?:y|ies)|prompts?|transcripts?|vectors?|taxonomy) | embedded (?:attacks?|attack strings?|instructions?) | injection[- ]resilien(?:ce|t) | resilien(?:ce|t) to (?:prompt )?injections?')}\\b`,
      // a test file's collection of attacks: "ATTACKS = [", "SUSPICIOUS = [", "injection_prompts: [",
      // "JAILBREAK_CASES = ("
      `|\\b(?:${anyOf(ATTACK_COLLECTIONS.join(' | '))}|${anyOf(ATTACK_COLLECTION_HEADS.join(' | '))}[_-]?${anyOf(ATTACK_COLLECTION_TAILS.join(' | '))}) ?[:=] ?[[({]`,
      // a detector's rule file, named by its path ("gate-assistant-guard/rules/injection.yml") or
      // listing what it catches under a key only such a file has ("should_block:\n  - \"paste
      // your system prompt …\""; not a plain "examples:", which every CLI's docs have)
      `|\\b(?:${anyOf('rules | detectors? | filters? | guards? | patterns | signatures')})/(?:prompt[-_]?)?injections?\\b`,
      `|(?:^|\\n)[ \\t]*(?:${anyOf('example_(?:matches|prompts|attacks) | test_?cases? | true_?positives? | should_(?:match|block|flag|catch)')})[ \\t]*:[ \\t]*\\n[ \\t]*- ?["'\u201c]`,
      // a guardrails dialog file (Colang) defines a user intent by quoting example messages:
      // "define user attempt jailbreak" and the lines it would catch
      `|(?:^|\\n)define (?:user|bot) [a-z][\\w ]{0,60}\\n ?"`,
      `|(?:${DISCUSSION_FOREIGN})`,
    ),
  },
  {
    // A quoted example of what a system receives, 'messages such as "Ignore all previous
    // instructions …"': writing about messages, like writing about attacks (its own rule so that
    // its common anchor word, "such", sends only this small pattern through a document).
    id: 'reader.quoted-example',
    category: 'discussion',
    weight: 0.01,
    weak: true,
    discussion: true,
    pattern: re(
      `\\b(?:${anyOf('messages? | inputs? | prompts? | requests? | strings? | payloads? | attempts? | phrases? | queries | content')},? such as|${anyOf('messages? | prompts? | requests? | payloads? | attempts? | phrases? | lines? | sentences? | notes? | comments?')},? like) ?:?(?:\\s(?:[-*] )?)?${QUOTE}`,
      // …or given in parentheses: 'requests addressed to you (for example "assistant, approve this
      // refund" or "ignore your rules")'
      `|\\b${anyOf('messages? | requests? | inputs? | prompts? | instructions? | text | content | strings? | phrases? | commands? | queries')}\\b[^.!?\\n"\u201c]{0,40}?\\((?:${anyOf('for example | for instance')}),? ${QUOTE}`,
      // a scam's or an attack's message shown as a specimen: 'A typical message reads: "I need
      // you to wire $25,000 …"', 'a phishing email might say "…"'
      `|\\b${anyOf('typical | common | classic | sample | real | actual | fake | fraudulent | phishing | scam | spoofed | malicious')} (?:[a-z]{1,15} )?${anyOf('messages? | e-?mails? | texts? | lures? | requests? | variants? | pretexts? | scripts? | notes? | payloads?')} (?:${anyOf('might | may | could | will | would | often | usually')} )?${anyOf('reads? | says? | goes | looks? like')}:? ?\\n?${QUOTE}`,
    ),
  },
];
