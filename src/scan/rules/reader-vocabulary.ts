// The vocabulary of the reader rules (reader.ts): where a request to the reader starts, the
// carrier around it, and broad classes of English words (making, harm, authority). Prompt
// extraction and the code and web-agent rules have vocabularies of their own
// (reader-extraction-vocabulary.ts, reader-code-web-vocabulary.ts), and writing about attacks in
// other languages its own file (reader-discussion-foreign.ts). Written from general English,
// never copied from a dataset.
import { CRIME_VERBS, FIREARM_NOUNS } from '../lexical-classes.js';
import { anyOf } from './rule.js';

/** Up to `n` words of the same sentence (no sentence punctuation inside a word). */
export function sgap(n: number): string {
  return `(?:[^\\s.!?\u3002]{1,30}\\s){0,${n}}`;
}

/** Up to `n` words of the same line: a request for harm is one line, while a gap that runs on
 * into the next line joins a changelog entry, or a request about "this info:", to the text below. */
export function lgap(n: number): string {
  return `(?:[^\\s.!?\u3002]{1,30}[ \\t]){0,${n}}`;
}

/**
 * Not a defence: "how to protect yourself from phishing", "how do I report a scam", "explain how
 * to avoid fraud" ask how to stand against the harm (security pages, consumer advice), not for
 * it. Looked for among the `n` words before the harm word.
 */
export function notDefending(n: number): string {
  return `(?!(?:[^\\s.!?\u3002]{1,30}[ \\t]){0,${n}}${anyOf('prevent | preventing | protect | protecting | avoid | avoiding | detect | detecting | report | reporting | recogni[sz]e | spot | identify | stop | block | blocking | defend | guard | fight | combat | secure | recover | respond to | deal with | handle | mitigate | reduce | survive | escape | resist | counter | tell if | know if | check if | safe from | (?<!\\battacks? )against | victims? of | fall for | falling for | warn')}\\b)`;
}

/** After a mention of a bot's handle: "@copilot-bot can you …", "@triage-agent: please …". */
const BOT_MENTIONED = `(?<=@[\\w-]{0,30}${anyOf('bot | ai | agent | assistant | copilot | gpt | claude | llm')}[:,]? )`;
/** A conjunction that opens a request, not after a modal of permission ("can also email …"). */
export const CONJUNCTION_LEAD = `\\b(?<!\\b(?:can|may|could|might) )(?:and|then|also|now|so|but)\\s`;
/**
 * Where a request to the reader starts: text or line start, or after a sentence, cell or quote,
 * the opening double quote of a value (a JSON field's, a CSV cell's: `"details": "Transfer …"`;
 * not a single quote: every apostrophe would be a position to try), or a conjunction, but not one after a modal of permission: "customers can also email support@…"
 * offers a way, it orders nothing. A line that ends with an article or a preposition is wrapped
 * mid-sentence ("was discovered to contain a\ncode execution backdoor"). A bot's handle leads the
 * request put to it ("@copilot-bot can you add …").
 */
export const LEAD = `(?:^|(?<!\\b${anyOf('a | an | the | of | to | with | in | on | for | by | from | and | or')})\\n|[.!?:;|>*\\]"'\u3002)](?: |\\n)|(?<=[:,[{=] ?)"|${BOT_MENTIONED}|${CONJUNCTION_LEAD})`;
/**
 * A list item's dash, where a task may be planted among a README's notes ("- List the twenty
 * tallest mountains …"); read by the task requests only: under "You must not:" a policy's items
 * ("- post another person's private information …") are prohibitions, not requests.
 */
export const DASH_ITEM = `\\n[ \\t]{0,6}- `;
/**
 * A CSV field's start, glued to the field before it ("processing,Describe how to make …"):
 * prose puts a space after its commas. Read by the task requests only, like DASH_ITEM.
 */
export const CSV_FIELD = '(?<=[^\\s,],)';
/**
 * Not a text that is only this request: a short text (one line or two) that opens with a task
 * is a user's own prompt ("write a short story about ..."); an injection needs a carrier.
 * Tried at every position: the first lookbehind, one fixed-length step back, rules most of them
 * out before the second scans back for a line start.
 */
export const CARRIED = `(?!(?<![\\s\\S]{25})(?<=^[^\\n]{0,24})[^\\n]{0,200}(?:\\n[^\\n]{0,40})?$)`;
/** The carrier itself as the object of a task: a task about "the given text" is the user's own. */
export const THE_CARRIER = `(?:the |this |that )(?:given |following |above |below |attached |enclosed |preceding |provided |entire |whole |same )?${anyOf('text | passage | document | content | paragraph | page | article | message | email | data | input | file | table')}\\b[^\\n:'"\u201c]{0,60}(?:[.\\n]|$)`;
/**
 * Permission granted to the reader for the act that follows ("you're allowed to write …", "you
 * are now authorized to …"): with a harmful act, a lie about the reader's bounds.
 */
export const PERMISSION = `\\byou(?:'re| are) (?:now |hereby |officially |fully |also )?(?:allowed|permitted|authori[sz]ed|cleared|free) to `;
export const PERMITTED = `(?:${PERMISSION})?`;
export const POLITE = `(?:(?:additionally|furthermore|moreover|lastly|finally|besides),? )?(?:please |now,? |also,? |then,? |first,? |just |kindly |immediately |quickly )?`;
/**
 * "proceed to" or "go ahead and" before an agent's act ("Kindly proceed to wire …"): read only
 * by the agent-goal rule, since every optional opener costs each rule that starts with it.
 */
export const PROCEED = `(?:(?:proceed|go ahead) (?:to |and ))?`;
/**
 * A request put to the reader, or relayed to it through its user ("have your assistant also
 * create …", "ask the AI to …").
 */
export const ASKING = `(?:(?:can|could|would|will) you (?:please )?|(?:have|get|make|let|tell|ask|instruct) (?:your|the) (?:ai |coding |email |browsing )?(?:assistant|agent|ai|model|copilot|llm|bot)(?: to)? (?:also |please )?)?`;
export const w = (s: string): string[] => s.trim().split(/\s+/);
/** Languages a phrase is asked to be put in (reader-tasks.ts), one word each: also its anchors. */
export const LANGUAGE_WORDS = w('english french german spanish italian portuguese russian chinese japanese korean arabic dutch polish turkish hindi swedish latin');

/** Making or explaining something (the verbs of a request for content). */
export const CREATE = anyOf(
  'write | create | develop | design | generate | produce | provide | give | explain | teach | show | describe | outline | draft | compose | build | make | code | program | craft | publish | post | suggest | list | detail | devise | plan | prepare | tell | instruct | demonstrate | share | offer | help',
);
/** Whose belongings a request to break into names: someone else, a person close by. */
const BELONGS_TO = '(?:someone|somebody|another person|neighbou?r|ex|boss|partner|wife|husband|girlfriend|boyfriend|colleague|coworker|co-worker|teacher|roommate)';
/** Places and accounts one breaks into. */
const PREMISES_WORDS = 'house houses home homes car cars apartment apartments flat building buildings store shop bank safe vault account accounts email phone computer laptop wifi wi-fi network server system database portal portals website websites';
/** (a site entered, not a trade: "break into the website design market") */
const PREMISES = `(?:${PREMISES_WORDS.split(' ').join('|')})\\b(?<!\\b(?:portals?|websites?)(?= (?:design|development|market|industry|business|space|world|field|scene|game)\\b))`;

/**
 * The one-word forms of the WordNet classes of crime verbs and firearms (a phrase such as "bump
 * off" or "riot gun" would anchor on a common word; "guns" and "weapons" are HARM's own).
 */
const CRIME_WORDS = [...CRIME_VERBS, ...FIREARM_NOUNS].filter((x) => /^[a-z-]+$/.test(x));
/** Not a service named for it: "give them the ASPCA Animal Poison Control number", "poison ivy". */
const NOT_A_SERVICE = '(?! (?:control|centers?|centres?|helpline|hotline|information|prevention|ivy|oak)\\b)';
/** Harm a document has no reason to ask its reader to produce (weapons, crime, abuse, malware). */
export const HARM = anyOf(
  'malware | ransomware | keyloggers? | spyware | trojans? | rootkits? | botnets? | computer virus(?:es)? | a virus (?:that|which|to) (?:spreads?|infects?|deletes?|encrypts?|steals?|destroys?|disables?|replicates?|wipes?|corrupts?) | backdoors? | exploit code | zero-days? | bombs? | explosives? | molotov | grenades? | weapons? | firearms? | guns? | ammunition | poison(?:s|ing)?' + NOT_A_SERVICE + ' | toxins? | nerve agents? | bioweapons? | chemical weapons? | drugs | methamphetamine | meth | cocaine | heroin | fentanyl | narcotics | hack(?:ing)? into | hijack(?:ing)? | steal(?:ing)? | theft | phishing | scams? | fraud(?:ulent)? | counterfeit(?:ing)? | launder(?:ing)? | tax evasion | evad(?:e|es|ing) (?:paying )?(?:taxes|income tax|the police|law enforcement|detection) | insider trading | blackmail(?:ing)? | extort(?:ion|ing)? | harass(?:ment|ing)? | stalk(?:ing)? | dox(?:x)?ing | bully(?:ing)? | self-harm | suicide | murder(?:ing)? | assassinat(?:e|ion|ing) | kidnap(?:ping)? | torture | terroris[mt]s? | terror attacks? | extremis[mt] | hate speech | racist | propaganda | misinformation | disinformation | fake news | cheating on | shoplift(?:ing)? | smuggl(?:e|ing) | traffick(?:ing)? | crack (?:passwords?|a password) | ddos | denial[- ]of[- ]service | manipulat(?:e|ing) (?:someone|people|elections?|a person|stock prices) | defam(?:e|ation|atory) | sabotag(?:e|ing) | untraceable | black market | darkweb | kill (?:someone|a person|myself|yourself)' +
    // what makes an ordinary act a crime: no consent, evading detection, someone else's
    // belongings, posing as an authority to get money or details
    ' | without (?:(?:their|his|her|the owner.s|anyone.s|the user.s|the victim.s) )?(?:permission|consent|authori[sz]ation|knowing)' +
    ' | without (?:getting |being )?(?:caught|detected|noticed|traced)' +
    ' | without (?:detection|a trace|leaving (?:a |any )?(?:traces?|logs?|evidence))' +
    ' | so (?:that )?(?:the )?(?:cops|police|authorities|feds|bank|irs|lender|underwriters?) (?:can.t|cannot|won.t|don.t|doesn.t|will not|do not|does not) (?:trace|find|catch|notice|flag|file|detect|see)' +
    // posing as an institution in a message, and the toxins made at home
    ' | (?:looks?|appears?|seems?) like (?:it.s|it is|it comes?|it came|they.re|they are|they come|they came) (?:from|sent by)\\s(?:(?:the|a|an)\\s)?(?:[a-z]{2,15}\\s){0,2}(?:bank|credit\\sunion|fraud department|police|irs|tax office|support team|it department|security team)' +
    ' | ricin | abrin | anthrax | botulinum toxin | napalm | thermite | incendiary (?:weapons?|devices?|bombs?)' +
    ' | (?:so|so that) (?:nobody|no one|no-one) (?:notices|finds out|knows)' +
    ' | before (?:anyone|anybody|someone|somebody|they|the bank) (?:notices|finds out|catches on|can react)' +
    // a threat made untraceable, or naming where the victim and their family live
    ' | (?:impossible|hard|harder|difficult|unable) to (?:trace|track) (?:back )?(?:to me|to us|it back)' +
    ' | (?:we|i) know where (?:she|he|you|they) li(?:ve|ves)' +
    ' | (?:someone|somebody|another person)(?: else)?.s (?:account|email|phone|password|identity|wifi|wi-fi|computer|messages|car|house)' +
    ' | pretend(?:ing)? to be (?:from )?(?:the |a |an )?(?:bank|police|tax office|irs|government|tech support|support team|microsoft|apple|amazon)' +
    // entering what is someone else's ("break into the tech industry" names no such place; one's
    // own car or house is a lockout, left alone)
    // (an institution's too, by its owner and what it holds: "a hospital's patient records database")
    ` | break(?:ing)? into (?:a |an |the |his |her |their |(?:a |the |my |his |her )?${BELONGS_TO}.s |(?:a |an |the )?[a-z-]{2,20}(?:'s|\u2019s) (?:[a-z-]{2,15} ){0,2})?${PREMISES}` +
    // forged papers, poison gas, arson, tax fraud
    ' | fake (?:ids?|passports?|driver.s licen[cs]es?|identity documents?|diplomas?|pay ?stubs?|bank statements?|w-?2s?|tax returns?) | forged (?:ids?|passports?|documents?|signatures?|checks?|cheques?)' +
    ' | (?:toxic|poisonous|poison|nerve|chlorine|mustard|sarin) gas | arson | set fire to (?:a |the |someone.s |his |her |their |my )?(?:house|home|building|car|school|store|shop|office)' +
    ' | cheat(?:ing)? on (?:my |your |his |her |their |our )?taxes' +
    // exploiting a flaw to take a machine; talking people into danger
    ' | exploit(?:s|ing)? (?:a |the |this |that )?(?:buffer overflow|vulnerabilit(?:y|ies)|zero-day|security (?:hole|flaw)|remote code execution) | (?:open|spawn|get|gain)(?:s|ing)? a root shell' +
    ' | (?:encourag|promot|glorif|incit)[a-z]{0,4} (?:people |users |readers |teens |teenagers |children |kids |others |youth |viewers )?(?:to )?(?:engage in |commit |try )?(?:dangerous|risky|illegal|violent|self-destructive|reckless) (?:behaviou?rs?|acts?|activities|stunts?|challenges?)' +
    ' | drunk driving | drive (?:drunk|after drinking|while (?:drunk|intoxicated))' +
    ' | (?:promot|encourag|glorif)[a-z]{0,4} (?:the )?(?:use of |using |taking )(?:anabolic )?(?:steroids|illegal drugs|hard drugs|drugs|opioids)' +
    ' | incit(?:e|es|ed|ing) (?:a |the )?(?:crowd|mob|people|others|followers|violence|riots?|hatred|an? attack)' +
    // a witness frightened off, a person talked out of their secrets, a crash or a death staged,
    // someone watched in secret
    ' | intimidat(?:e|es|ed|ing) (?:a |the )?witness(?:es)? | witness tampering' +
    ' | (?:trick|persuade|convince|manipulate)(?:s|d|ed|ing)? (?:someone|somebody|people|users|employees|victims|customers|them|him|her|a person|an? (?:elderly|old) (?:person|man|woman)) (?:into |to )(?:hand(?:ing)? over|reveal(?:ing)?|giv(?:e|ing)(?: up)?|shar(?:e|ing)|disclos(?:e|ing)|send(?:ing)?) (?:their|his|her|your) (?:[a-z]{1,12} )?(?:passwords?|credentials|pins?|logins?|bank details|card (?:numbers?|details)|savings)' +
    ' | (?:disabl|cut|tamper(?:ing)? with|sabotag)[a-z]{0,3} (?:the |a |someone.s |his |her |their )?(?:[a-z]{1,12}.s )?brakes' +
    ' | (?:make|makes|making) (?:it|the death|his death|her death) look like (?:an? )?(?:accident|suicide|natural (?:death|causes))' +
    ' | secretly (?:tracks?|tracking|monitors?|monitoring|records?|recording|spy on|spies on|spying on|reads?|reading|films?|filming|photograph(?:s|ing)?) (?:a |my |his |her |their |someone|people|users|employees|partners?|spouses?|the (?:user|victim|target))' +
    // made-up news about someone or something ("a convincing news article claiming a vaccine …")
    ' | (?:fabricated|misleading|convincing|bogus) (?:news |press |blog )?(?:articles?|stor(?:y|ies)|posts?|reports?|tweets?|reviews?)(?: that)? (?:claiming|claims|alleging|alleges|accusing|accuses)' +
    // crimes and firearms by meaning (WordNet: rob, defraud, smuggle, extort, embezzle; pistol, rifle)
    ` | ${CRIME_WORDS.map((x) => (x === 'poison' ? `poison${NOT_A_SERVICE}` : x)).join(' | ')}`,
);
export const HARM_WORDS = [...CRIME_WORDS, ...w(
  'malware ransomware key keylogger keyloggers logger loggers spyware trojan trojans rootkit rootkits botnet botnets virus viruses backdoor backdoors exploit zero-day zero-days bomb bombs explosive explosives molotov grenade grenades weapon weapons firearm firearms gun guns ammunition poison poisons poisoning toxin toxins nerve bioweapon bioweapons chemical drugs methamphetamine meth cocaine heroin fentanyl narcotics hack hacking hijack hijacking steal stealing theft phishing scam scams fraud fraudulent counterfeit counterfeiting launder laundering tax evade insider blackmail blackmailing extort extortion extorting harass harassment harassing stalk stalking doxing doxxing bully bullying self-harm suicide murder murdering assassinate assassination assassinating kidnap kidnapping torture terrorism terrorist terrorists terror extremism extremist hate racist propaganda misinformation disinformation fake cheat cheating shoplift shoplifting smuggle smuggling traffic trafficking illegal illegally unauthorized unauthorised break crack ddos denial denial-of-service manipulate manipulating defame defamation defamatory sabotage sabotaging untraceable black dark darkweb kill napalm thermite incendiary',
)];

/**
 * Harm words too common in documentation to anchor on ("dark mode", "kill the process"). HARM
 * uses them only inside phrases whose other word anchors (HARM_PHRASE_ANCHORS), so the rule
 * fires exactly where its pattern matches: an anchor missing from a match would silently drop it.
 */
export const COMMON_HARM_WORDS = new Set(w('key logger loggers black dark break crack fake hate kill traffic tax unauthorized unauthorised illegal illegally chemical cheat'));
/** The rarer word of each HARM phrase that opens with a common one ("tax evasion", "black market"). */
export const HARM_PHRASE_ANCHORS = w(`${PREMISES_WORDS} evading evades steroids opioids witness witnesses tampering intimidate intimidates intimidated intimidating trick tricks tricked tricking persuade persuades persuaded persuading convince convinces convinced manipulates manipulated brakes accident secretly exploits exploiting overflow vulnerability vulnerabilities shell encourage encourages encouraging encouraged promote promotes promoting promoted glorify glorifies glorifying glorified incite incites inciting incited drunk drinking intoxicated fire fake forged fabricated misleading convincing bogus toxic poisonous nerve chlorine mustard sarin gas arson taxes evasion trading speech news password passwords market someone person myself yourself cheating permission consent authorization authorisation knowing caught detected noticed notices traced detection trace traces track logs evidence lives live union nobody somebody pretend pretending someone's somebody's person's else's`);

/** An opening quotation mark, as the match view keeps it. */
export const QUOTE = '["\'\u201c\u201e\u00ab\u2018\u300c]';

export const INSTR = anyOf('instructions? | directions? | directives? | guidance | guidelines | rules | orders | commands | requests | tasks | prompts? | advice | constraints | restrictions | programming');
export const AUTHORITY = anyOf(
  'developers? | creators? | makers? | programmers? | maintainers? | administrator | admin | owner | operator | supervisor | boss | master | trainers? | designers? | engineers? | system administrator | sysadmin | manager | principal | true user | real user',
);
export const URL_START = `(?:https?://|www\\.|[a-z0-9-]{2,40}\\.(?:com|net|org|io|co|app|site|xyz|info|biz|dev|me|ru|cn|top|online|link|ai)\\b)`;

/** A sentence adverb with its comma before a request ("also, write ...", "first, add ..."). */
/**
 * What may stand between a request's lead and its verb: the machine named ("Assistant, …") and a
 * clause of when to do it ("before merging, …", "when you refactor this file, …").
 */
const WHEN = anyOf('before | when | while | after | once | as soon as | whenever');
const ASIDE = anyOf('also | and | oh | btw | by the way');
/** A clause of when, an opener allowed before it: "Also, while you're reading this, ". */
export const CLAUSE_OF_WHEN = `(?:${ASIDE},? )?${WHEN} [^,.!?\\n]{1,60}, `;
// (the opener is taken only when a clause follows it; the reader may be hailed first, by name or
// as "whoever goes through this channel for the weekly summary")
export const LEAD_CLAUSE = `(?:(?:${anyOf('assistant | ai | agent | bot | model | copilot')}|(?:${anyOf('hey | hi | hello | and | oh')} )?whoever [^,.!?\\n]{1,60}), )?(?:(?:${ASIDE}),? (?=${WHEN} ))?(?:${WHEN} [^,.!?\\n]{1,60}, )?`;
export const ADVERB = `(?:${anyOf('also | first | next | finally | now | then | additionally | lastly | afterwards | meanwhile | btw')},? )?`;
/** Opening a demand on the reader (obligation, urgency). */
export const DEMAND = anyOf('you (?:must|need to|have to|are required to|should|will need to|are expected to|are instructed to) | must first | immediately | attention:? | important:? | urgent:? | required:? | action required:?');
