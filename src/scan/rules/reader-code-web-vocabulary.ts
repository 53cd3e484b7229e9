// The vocabulary of the reader's code and web-agent rules (reader-code-web.ts): web addresses
// and places, what an agent is sent to do there, code asked for and what harmful code does.
// Written from general English, never copied from a dataset.
import { anyOf } from './rule.js';

/** An address, with or without a scheme (any dotted host name after "go to"). */
export const WEB_ADDRESS = `(?:https?://|www\\.|[a-z0-9-]{2,40}(?:\\.[a-z0-9-]{2,40}){0,3}\\.[a-z]{2,12}\\b)`;
export const GO = anyOf('go | navigate | head | browse | proceed | visit | open | return');
/** Going to a page named rather than addressed ("open the settings page" is ordinary in docs). */
export const GO_PLACE = anyOf('go | navigate | head | browse | proceed | visit');
/** Places on the web a demand sends an agent to. */
export const WEB_PLACE = anyOf('page | site | website | web ?site | url | link | form | portal | tab | settings | dashboard | account page | login page | checkout | issue | pull request | repository | profile');
export const WEB_ACTION = anyOf('enter | fill | type | submit | log | login | sign | download | install | run | click | press | paste | provide | upload | post | send | input | complete | retrieve | get | buy | purchase | register | verify | confirm | update | reset | change | leave | write | comment | add | share | execute | copy | select | approve | grant | authori[sz]e | star | fork | delete | transfer');
/** Asking for code: writing it, or putting it into something the reader builds or runs. */
export const CODE_VERB = anyOf('write | create | add | build | implement | make | develop | code | generate | give me | set up | deploy | install | include | insert | embed | plant | drop | program | craft | produce | provide');
export const CODE_NOUN = anyOf('script | function | program | code | tool | module | extension | plugin | plug-in | app | application | bot | macro | service | routine | snippet | class | method | daemon | hook | binary | executable | payload | package');
/** Software whose only function is harm, by the name it goes by. */
export const HARM_CODE = `${anyOf('key ?loggers? | keystroke loggers? | ransomware | (?:reverse|bind) shells? | info-?stealers? | (?:password|credential|cookie|token|wallet) (?:stealers?|grabbers?|harvesters?) | crypto-?miners? | cryptojack(?:er|ing) | backdoors? | rootkits? | remote access trojans? | spyware | wipers? | botnet (?:clients?|agents?)')}\\b`;
/** What such software does, said plainly. */
export const HARM_FUNCTION = anyOf(
  '(?:records?|logs?|captures?|tracks?|monitors?|intercepts?|reads?) (?:(?:every|all|each|any|the user.s|the) )?(?:keystrokes?|key ?presses|keys? typed|typed keys|keyboard input) | encrypts? (?:all|every|each|the user.s|the) (?:[^\\s]{1,30} ){0,3}(?:files?|documents?|data|drives?|disks?)(?: [^\\s.!?]{1,30}){0,12} (?:ransom|bitcoin|btc|monero|demand(?:s|ing)? (?:a )?payment|pay (?:up|to (?:get|unlock|recover|decrypt))) | (?:opens?|spawns?|creates?|gives?|establishes?) (?:me |us )?(?:a )?(?:reverse|bind|remote) shell | (?:steals?|grabs?|harvests?|dumps?|exfiltrates?|siphons?|copies|collects?) (?:all |every |the )?(?:saved |stored |browser |the user.s |user |their |chrome |firefox |cached )*(?:passwords?|credentials|cookies|session tokens?|private keys?|ssh keys?|api keys?|wallets?|seed phrases?) | (?:disables?|turns? off|kills?|bypasses?|evades?) (?:the )?(?:[a-z]{1,20} )?(?:antivirus|anti-virus|defender|edr|endpoint protection|security software) | (?:deletes?|wipes?|erases?|destroys?) (?:all|every) (?:[^\\s]{1,30} ){0,2}(?:files|backups|data|disks?) | (?:mines?|mining) (?:crypto|cryptocurrency|bitcoin|monero) | (?:spreads?|replicates?|propagates?|copies) itself' +
    // a dropper: fetched code run where no one sees it ("downloads a file from … and executes it
    // on import"; an installer or an updater that downloads and runs a setup step, silently or
    // at startup, says none of this)
    ` | (?:downloads?|fetches?|pulls?|retrieves?) (?:[^\\s]{1,30} ){0,4}from (?:[^\\s]{1,80} ){1,3}(?:and |then |and then )(?:${anyOf('executes? | launches?')} (?:it|them|the (?:file|payload|binary|script|code))(?: [^\\s.!?]{1,30}){0,3}? |runs? (?:it|them|the (?:file|payload|binary|script|code)) )${anyOf('on import | at import | when imported | without (?:the user|anyone|them) (?:knowing|noticing)')}\\b`,
);

/** A download piped into a shell. */
export const FETCH_PIPE_SH = `\\b(?:curl|wget)\\s[^\\n|]{0,200}\\|\\s?(?:sudo )?(?:ba|z|da)?sh\\b`;
/** Source code that runs such a pipe through a shell call (os.system, subprocess, child_process). */
export const SHELLS_OUT_TO_FETCH_RUN = `\\b(?:os\\.system|subprocess\\.(?:run|call|popen|check_output)|child_process\\.exec(?:sync)?|execsync)\\(\\s?\\[?["'\\x60][^\\n]{0,20}?${FETCH_PIPE_SH}`;
/** Code that fetches from the network and runs what it gets, in a shell or an interpreter. */
export const FETCH_RUN = `(?:${FETCH_PIPE_SH}|\\b(?:os\\.system|subprocess\\.(?:run|call|popen|check_output)|exec|eval|child_process\\.exec(?:sync)?|execsync)\\(\\s?[^\\n)]{0,40}?(?:curl|wget|urlopen|requests\\.get|urllib|fetch\\(|https?://))`;
/** Files whose code runs for every later install, test run or shell start. */
export const RUNS_ALWAYS = `(?:\\bsetup\\.py\\b|\\bconftest\\.py\\b|__init__\\.py\\b|\\.(?:bashrc|zshrc|bash_profile|profile)\\b|\\bpackage\\.json\\b|\\b(?:post|pre)install\\b|\\bcrontab\\b|\\.git/hooks\\b)`;

/**
 * The user's own things, named by a text that talks to the reader about "the user": where a
 * command or setting lands (their terminal, shell profile, a dotfile in their home) …
 */
export const USERS_PLACE = `(?:${anyOf('terminal | shell | shell profile | shell config | command line | console | machine | computer | laptop | workstation | device | system | crontab | startup items | login items | browser | keychain')}\\b|~/[\\w./-]{1,60}|\\.(?:npmrc|bashrc|zshrc|profile|bash_profile|gitconfig|pypirc|netrc|ssh|aws|env)\\b)`;
/** …and what is theirs to keep: what they said, their mail and files, their logins and papers. */
export const USERS_DATA = anyOf(
  'account | conversation | entire conversation | whole conversation | chat history | chat | messages | contacts | contact list | whole contact list | address book | inbox | mailbox | emails | e-mails | documents | documents folder | downloads folder | downloads | desktop | files | drive | photos | saved credentials | stored credentials | saved passwords | stored passwords | credentials | passwords? | logins? | saved logins | cookies | session | session token | keychain | wallet | card | card number | card details | credit card | bank details | full name | home address | phone number | mobile number | date of birth | social security number | passport | private keys? | ssh keys? | api keys?',
);
