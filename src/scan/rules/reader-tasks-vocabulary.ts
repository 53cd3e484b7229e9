// The vocabulary of the task rules (reader-tasks.ts): what an agent's goal moves and whose it is,
// what sabotage switches off, and the shapes of a trivia question. Written from general English,
// never copied from a dataset.
import { anyOf, EMAIL_ADDRESS } from './rule.js';
import { CONJUNCTION_LEAD } from './reader-vocabulary.js';

/**
 * The user's own things an agent can reach: money, accounts, messages, files, schedule, keys. Not
 * a program's objects (a changelog's "run the user's synchandler", "remove the user's group").
 */
export const USER_THING = anyOf(
  'accounts? | bank(?:ing)? | cards? | credit cards? | wallets? | funds | money | balance | payments? | calendars? | contacts | address book | addresses | emails? | e-mails? | inbox | mail | mailbox | messages | chats? | chat history | conversations? | history | files | documents | photos | drive | folders? | projects? | repositor(?:y|ies) | repos? | codebase | ssh keys? | private keys? | keys | credentials | passwords? | tokens | cookies | browser | location | phone(?: number)? | data | information | info | details | profile | settings | meetings | appointments | schedule | notes | personal | private | social security',
);
/** Pieces of work a request orders ("a three-day itinerary", "a Python function"). */
export const WORK = anyOf(
  'functions? | scripts? | programs? | e-?mails? | letters? | messages? | itinerar(?:y|ies) | plans? | schedules? | lists? | summar(?:y|ies) | essays? | stor(?:y|ies) | poems? | articles? | blog posts? | tweets? | reviews? | outlines? | reports? | speech(?:es)? | recipes? | menus? | workouts? | diets? | lesson plans? | quiz(?:zes)? | songs? | jokes? | headlines? | slogans? | taglines? | bios? | cover letters? | resumes? | ideas? | tips | names | limericks? | haikus?',
);
/** What an agent does with its user's things (reader.agent-goal): moving, handing over, changing, removing. */
export const USER_ACT = anyOf(
  'open | send | forward | move | transfer | add | delete | remove | change | reset | update | share | upload | download | fill in | fill out | enter | submit | post | copy | export | grant | give | email | book | buy | purchase | pay | confirm | cancel | disable | enable | install | run | execute | visit | navigate to | go to | click | log into | sign into | access | collect | retrieve | extract | list | print | show | reveal | tell | leak | dump | wipe | erase | approve | sell | withdraw | charge | output',
);

/**
 * Whose records they are: a business's or its customers' (not "all files in ~/.cache", a
 * program's own). Also the rule's anchors, so only words documentation rarely uses ("user data"
 * only as "the user's data": a bare "user" is on every page of a manual).
 */
export const RECORD_OWNERS = 'customer customers client clients patient patients employee employees payroll financial medical production company audit billing personnel hr';
/** Records whose loss or theft harms someone else. */
export const SENSITIVE_RECORDS = `(?:${anyOf(RECORD_OWNERS.split(' ').join(' | '))}|the user.s|the users.) ${anyOf('records? | data | databases? | tables? | files | backups? | accounts | logs | entries | history | snapshots')}`;
/** Protections an attacker switches off; the scale that makes it sabotage, not troubleshooting. */
export const PROTECTION = anyOf('firewalls? | antivirus | anti-virus | malware protection | endpoint protection | intrusion detection | security monitoring | security alerts | audit logs? | audit logging | two-factor authentication | 2fa | mfa | multi-factor authentication | automated backups | backups | encryption');
export const EVERYWHERE = anyOf('all | every | each | the entire | the whole | the production | production | company | office | corporate | the company.s | our');
/** Privileges handed over, and whoever gets them named by an account id or an address. */
export const PRIVILEGE = `${anyOf('admin | administrator | administrative | root | superuser | owner | full | elevated | unrestricted')} ${anyOf('access | rights | privileges | permissions | role | control')}`;
export const GRANTEE = `(?:(?:the )?(?:${anyOf('user | account | contractor | external user | guest')} )?(?=[a-z0-9._-]{0,40}[0-9_])[a-z][a-z0-9._-]{2,40}\\b|${EMAIL_ADDRESS})`;
/** What a customer has booked (also the anchors of the form that cancels them all). */
export const BOOKINGS = 'booking bookings reservation reservations appointment appointments flight flights subscription subscriptions';
/** The tool an injection names as the means: "use the AccessManager to grant …". */
export const INSTRUMENT = `(?:${anyOf('use | using')} (?:the |your )?[\\w.-]{1,40} (?:${anyOf('tool | plugin | function | api')} )?to )?`;
/** Someone's private details, and the public places they are posted to. */
export const PERSONAL = anyOf('home address | phone number | phone numbers | social security number | ssn | date of birth | medical records? | passwords? | credit card(?: number)?s? | bank details | passport (?:number|scan)');
export const PUBLIC_PLACE = anyOf('public | forum | internet | web | twitter | facebook | reddit | social media | pastebin | message board | public channel');

/**
 * LEAD, where a line break starts a sentence only after a line that ends one, and a closing
 * parenthesis does not: the verb of a wrapped line ("… component expressions\nspecify the
 * database components …") or one after an aside ("(see below) specify the …") has its subject
 * before it.
 */
export const SENTENCE_LEAD = `(?:^|(?<=[.!?:;|>*\\]"'\u3002])\\n|[.!?:;|>*\\]"'\u3002] |${CONJUNCTION_LEAD})`;
/** Verbs that ask for a fact to be given back ("name the …", "remind me what …"). */
export const QUIZ_VERB = anyOf('name | state | mention | specify | indicate | identify | recall | list | describe | tell me | remind(?: me)?,?(?: of)?');
/** What follows a noun that a question of fact describes ("the animal that …", "the color of …", "the country known for …"). */
export const DESCRIBED = anyOf('known (?:for|as) | famous (?:for|as) | called | that | which | who | whose | where | with | of | in | on | used (?:for|to|in|as)');
/**
 * Not a question about the carrier ("identify the genre of the given text", "name the country in
 * the table with …"), a user's task on the data, nor one about its reader ("please indicate the
 * date of your arrival"), how a letter asks its addressee: a question of fact is about the world.
 */
export const NOT_ABOUT_CARRIER = `(?![^.!?\\n]{0,120}\\b(?:you|your|yours)\\b)(?![^.!?\\n]{0,120}\\b(?:the|this|that|these) (?:given |following |above |below |attached |enclosed |preceding |provided |entire |whole |same |next |previous )?${anyOf('texts? | passages? | documents? | content | paragraphs? | pages? | articles? | messages? | emails? | data | input | files? | tables? | lists? | reviews? | code | snippets? | sentences? | stor(?:y|ies) | reports? | dataset | spreadsheet | columns? | rows?')}\\b)`;

/** A question that points back at what the text tells (a pronoun, the reader or the writer) is the text's own. */
export const NO_REFERENT = `(?![^.!?\\n]{0,120}\\b${anyOf("it | its | it's | they | them | their | this | that | these | those | he | she | his | her | him | we | our | us | you | your | i | i'm | my | me | there | here")}\\b)`;
/** Things trivia asks the value of ("the capital of …", "the chemical symbol for …"). */
export const TRIVIA_VALUE = anyOf(
  'capital | capital city | chemical symbol | symbol | chemical formula | formula | boiling point | freezing point | melting point | population | currency | official language | national (?:animal|bird|flower|dish|sport) | atomic number | square root | speed of light | speed of sound | largest [a-z]{3,15} | smallest [a-z]{3,15} | longest [a-z]{3,15} | tallest [a-z]{3,15} | highest [a-z]{3,15} | deepest [a-z]{3,15} | oldest [a-z]{3,15} | hottest [a-z]{3,15}',
);
/** Words of a trivia question's shape, not of its topic. */
export const FACT_FRAME: ReadonlySet<string> = new Set(['what', 'which', 'many', 'year']);
/** The shapes of a trivia question: a value of something, who made something, how many, which year. */
export const FACT_QUESTION = [
  `(?:what|which) (?:is|was|are|were) the ${TRIVIA_VALUE} (?:of|for|in|on) `,
  `who ${anyOf('wrote | painted | invented | discovered | composed | directed | founded | sculpted | designed | built | was the first | first')} `,
  `how many [a-z]{3,20} ${anyOf('does | do | did | are | were | is | has | have')} (?:an? |the )`,
  // …of a named thing: "how many moons does Jupiter have"
  `how many [a-z]{3,20} ${anyOf('does | did')} [a-z]{3,20} ${anyOf('have | contain | weigh')}\\b`,
  `(?:in )?(?:what|which) year ${anyOf('did | was | were')} `,
].join('|');

/** Reference pieces a reader may be asked to produce ("a table of …", "an overview of …"). */
export const REFERENCE_PIECES = 'table list chart timeline ranking overview quiz outline itinerary glossary guide tutorial walkthrough';
