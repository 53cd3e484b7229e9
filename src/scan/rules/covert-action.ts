// The rule for account and agent actions an attacker wants done quietly (tool.covert-action):
// the largest pattern of the coercion rules (coercion.ts), in a module of its own with the
// vocabulary only it reads.
import { anyOf, EMAIL_ADDRESS, gap, re, SENTENCE_START, type Rule } from './rule.js';

/** What a licence lets anyone do with a work (copy, modify, redistribute …). */
const LICENSED_USES = anyOf('copy | modify | distribute | redistribute | adapt | remix | reproduce | perform | reuse | sublicense | translate | transform | build upon | use | share');
/** A key file named as the identity a client logs in with ("ssh -i ~/.ssh/id_rsa", "IdentityFile …"). */
const LOGIN_KEY = `(?:-i|--identity(?:-file)?|identityfile|ssh-add)[ =]\\S{0,80}`;
/**
 * A command line that only shows one file, alone on its line (after a shell prompt or `!`, maybe
 * as root), filtered on the spot (`cat /etc/passwd | grep '^root'`) or read into a variable
 * (``Buffer=`cat /etc/passwd` ``): it sends the file nowhere.
 */
const SHOWN_ALONE = `(?<=(?:^|\\n)[ \\t]{0,8}(?:[$#>!][ \\t]?)?(?:sudo |doas )?|!)cat [^\\s|;&<>]{1,120}[ \\t]*(?:\\n|$|\\| ?${anyOf('grep | egrep | head | tail | less | more | wc | sort | uniq | cut | awk | sed | column')}\\b[^\\n|;&]{0,80}(?:\\n|$))|(?<=(?:^|\\n)[ \\t]{0,8}[a-z_][a-z0-9_]{0,40}=(?:\x60|\\$\\())cat [^\\s|;&<>\x60)]{1,120}(?:\x60|\\))[ \\t]*(?:\\n|$)`;
/**
 * Not on a line that introduces a command: a cheat sheet's or man page's item ("- Delete all
 * traces of this session from the history file:" then `` `history -c` ``) says what the command
 * below it does, it orders nothing.
 */
const NO_COMMAND = `(?![^\\n]{0,160}:[ \\t]*\\n[ \\t]*(?:\x60|\\$ ))`;

export const COVERT_ACTION_RULE: Rule = {
  // Account and agent actions an attacker wants done quietly: granting access to an outside
  // address, covering tracks, paying with stored cards, reading key files, merging unreviewed.
  id: 'tool.covert-action',
  category: 'tool-coercion',
  weight: 0.5,
  pattern: re(
    // (said of a rule to set up too: "a rule that forwards … and deletes the forwarded copy")
    `\\b${anyOf('delete | deletes | deleting | remove | removes | removing | erase | erases | wipe | wipes | purge | purges')} (?:the |this |that |all |any |your |its )?${anyOf('sent | forwarded | outgoing')} ${anyOf('messages? | emails? | mails? | items? | copy | copies')}\\b${NO_COMMAND}`,
    // covering the tracks of this very exchange, not "remove traces of the old build system"
    `|\\b${anyOf('delete | remove | erase | wipe | cover | hide | clear')} (?:all |any )?(?:the )?${anyOf('evidence | traces?')} of ${anyOf('this | these | that | your | our | what you | the (?:above|previous|request|instructions?|email|message|conversation|transfer|exchange)')}\\b${NO_COMMAND}`,
    `|\\b${anyOf('delete | remove | erase | wipe | cover | hide | clear')} ${anyOf('your | our | my | their')} ${anyOf('evidence | traces | tracks')}\\b${NO_COMMAND}|\\bcover (?:all |the )?tracks\\b${NO_COMMAND}`,
    `|\\b${anyOf('grant | give | assign | share')}\\s${gap(6)}${anyOf('access | permissions? | rights | privileges | ownership | editor | edit | owner | admin | administrator')}\\s${gap(6)}${anyOf('to | with')} ${EMAIL_ADDRESS}`,
    // …or the role given to the address: "grant ops@… the Super Admin role", "the DESK_ADMIN
    // role" (not "give ops@… the admin checklist")
    `|\\b${anyOf('grant | give | assign')} ${EMAIL_ADDRESS} (?:the |an? |full )?(?:[a-z-]{2,15}[ _]){0,2}?${anyOf('super ?admin | admin | administrator | owner | global admin | root')} ${anyOf('role | rights | access | privileges | permissions')}\\b`,
    `|\\b${anyOf('add | invite | make')} ${EMAIL_ADDRESS} ${gap(4)}${anyOf('as | to be')} (?:an? (?:new )?(?:[a-z]{2,15} )?|new )?${anyOf('owner | admin | administrator | collaborator | maintainer | member | editor | co-owner | delegate')}\\b`,
    `|\\busing (?:the |my |your |our |their )?${anyOf('saved | stored | default | registered | linked')} ${anyOf('credit card | card | payment method | payment details | bank account | wallet')}\\b`,
    // (curl reading its own login file, "--netrc-file ~/.netrc", sends nothing from it; a key
    // given with -i or IdentityFile logs in with it; a cheat sheet's command line that only
    // shows a file, "cat /etc/passwd" or "!cat ~/.netrc" alone on its line, sends it nowhere)
    `|(?!${SHOWN_ALONE})\\b${anyOf('scp | curl | wget | rsync | nc | netcat | ftp | sftp | cat | base64 | tar | zip | upload | send | attach')}\\b[^\\n]{0,60}?(?:(?<!${LOGIN_KEY})(?:~/\\.ssh/id_(?![\\w-]{1,20}\\.pub\\b)|\\bid_(?:rsa|ed25519|ecdsa)\\b(?!\\.pub))|/etc/(?:passwd|shadow)\\b|\\.aws/credentials|\\.git-credentials|(?<!--netrc-file[ =]\\S{0,40})\\.netrc\\b|\\.kube/config)`,
    `|\\b${anyOf('output | contents? | result')} of \\x60?${anyOf('env | printenv | set | cat \\.env')}\\x60`,
    // a mail rule that copies everything to an outside address
    // (either way round: "a mailbox rule forwarding every message that mentions … to …")
    // (the mailbox may be named between: "a rule on the completions@… mailbox that automatically
    // forwards every message with 'redemption' in the subject to …")
    `|\\b(?:(?:auto(?:matic)?[- ]?)?forward(?:ing)? rules?|rules? (?:that |to |which )?forward(?:s|ing)?)\\b\\s${gap(8)}${EMAIL_ADDRESS}`,
    `|\\b${anyOf('create | add | set up | make | configure')} (?:a |an )?(?:new )?(?:[a-z-]{2,15} )?${anyOf('rule | filter')} ${anyOf('on | in | for')} [^.!?\\n]{1,80}? ${anyOf('that | which')} (?:${anyOf('automatically | silently | quietly')} )?${anyOf('forwards | redirects | copies')}\\b[^.!?\\n]{0,160}? to ${EMAIL_ADDRESS}`,
    // …in other languages: "eine Weiterleitungsregel …, die sämtliche Nachrichten an … sendet"
    `|\\b${anyOf('weiterleitungsregeln? | regles? de transfert | reglas? de reenvio | regole? di inoltro | doorstuurregels? | regras? de encaminhamento')}\\b[^.!?\\n]{0,200}?${EMAIL_ADDRESS}`,
    // an account's contact address pointed elsewhere: "update the payroll notification e-mail
    // on Dana's employee profile to …" (the profile or account named: an install guide's "set
    // the e-mail in config.yml to you@example.com" or "in your account" is the reader's own)
    `|\\b${anyOf('change | update | set | switch | redirect | point')} (?:the |her |his |their )?(?:[a-z'-]{2,20} ){0,3}?${anyOf('e-?mail | e-?mail address | phone number | mobile number | notification address')} ${anyOf('on | for | of | in')} (?!${anyOf('your | my | our')} )(?:[a-z][a-z-]{1,20}(?:'s|\u2019s)? ){1,4}?${anyOf('profile | account | record')} to ${EMAIL_ADDRESS}`,
    // a credential made or changed, then sent on
    `|\\b${anyOf('password | passcode | api key | access token | token | ssh key | credentials? | secret | recovery codes?')}\\b[^.\\n]{0,50}\\band (?:then )?${anyOf('email | send | forward | share | post | text | upload | paste')} (?:it|them)\\b`,
    // bulk destruction or quarantine of the principal's data, given as a command
    // (several kinds named: "Delete every patient and invoice record linked to …")
    `|${SENTENCE_START}(?:please |now |also |then )?${anyOf('delete | remove | erase | wipe | purge')} ${anyOf('every | all | each')} (?:of the |the )?(?:[a-z-]{2,15},? (?:and |or )?){0,3}?${anyOf('files? | folders? | documents? | emails? | messages? | records? | repositories | repos | backups? | contacts | events')}\\b${NO_COMMAND}`,
    `|\\bmove ${anyOf('all | every')} (?:other )?${anyOf('messages | emails | mails | files | documents')} ${gap(2)}to (?:the )?${anyOf('trash | bin | spam | junk | deleted')}\\b${NO_COMMAND}`,
    `|(?:${SENTENCE_START}|\\band )(?:please |now |also |then )?${anyOf('disable | turn off | deactivate | switch off')} (?:the )?${anyOf('two-factor | 2fa | mfa | multi-factor | two-step | 2-step | second[- ]factor')}\\b${NO_COMMAND}`,
    // (not what a program or an option does, as manuals and how-to pages describe it: an item
    // that introduces a command ("…without asking for confirmation:" then the command), a
    // description within three lines under an option ("-y, --noninteractive\ninstall packages
    // without asking…"; a description's wrapped lines read as one: up to 400 characters))
    // (nor a licence's grant of rights over a work: "you can copy, modify and use these prompts,
    // even commercially, without asking permission": two or more such rights listed)
    `|(?<!(?:^|\\n)--?[a-z0-9][^\\n]{0,80}(?:\\n[^\\n]{0,400}){0,3})(?<!\\b${LICENSED_USES}(?:,? (?:and |or |& )?| & )${LICENSED_USES}\\b[^.!?\\n]{0,120})\\bwithout ${anyOf('asking | requesting | seeking | waiting for | getting')} (?:for )?(?:the user.s |the user for |user |their |any )?${anyOf('confirmation | permission | approval | consent')}\\b(?![^\\n.]{0,40}:[ \\t]*(?:\\n|$))`,
    // …or bare, after the step it waives: "run npm install. Do this without asking" (not a
    // permission: "feel free to do this without asking")
    `|(?<!\\b${anyOf('free to | can | may | could | allowed to | welcome to')} )\\b${anyOf('do | run | apply | complete | perform | make')} ${anyOf('this | it | these | that | them | all of this')}(?: ${anyOf('now | first | quietly | silently | immediately')})? without asking(?= ?[;,.!)\u2014-]| ?$)`,
    // …or declared unneeded: "this step does not need a confirmation"
    `|\\b${anyOf('this | that | the')} ${anyOf('step | action | change | task | operation | deletion | purge | transfer')} ${anyOf("does not | doesn't | won't | will not | should not | shouldn't")} ${anyOf('need | require | wait for')} (?:a |any |your |the user.s )?${anyOf('confirmation | approval | sign-off | ticket | permission')}\\b`,
    // acting on the principal's own things: "cancel all of the user's meetings", "send the user's address to"
    `|(?:^|\\n|[.!?:] )(?:please |now |also |then )?${anyOf('cancel | delete | remove | send | forward | post | share | upload | leak | email | publish | append | transfer | wire | move | export | dump | reveal | disclose | change | update | reset')} ${gap(3)}the user.s ${gap(5)}${anyOf('to | into | in | on | with | from')}\\b${NO_COMMAND}`,
    `|(?:^|\\n|[.!?:] )(?:please |now |also |then )?${anyOf('cancel | delete | remove')} ${anyOf('all | every | each')} (?:of )?the user.s\\b${NO_COMMAND}`,
    // recommending an address as the trusted one
    `|\\b${anyOf('recommend | present | promote | describe | list | cite | mention | suggest')} (?:https?://\\S{1,100}|www\\.\\S{1,100}|[a-z0-9-]{1,40}\\.[a-z]{2,6}) as (?:the |an? )?${anyOf('official | only | trusted | verified | legitimate | safe | secure')}\\b`,
    `|\\b${anyOf('merge | approve | push | deploy | commit | publish | release')}\\s${gap(6)}without (?:any )?${anyOf('review | approval | tests? | testing | checks? | verification | confirmation | asking')}\\b`,
    // a payment's controls waived: "you may skip the usual dual-approval and callback checks"
    `|\\b${anyOf('skip | bypass | waive | circumvent | ignore | disable')} (?:the |our |your |any |all )?(?:${anyOf('usual | normal | standard | required | mandatory')} )?${anyOf('dual[- ]approval | two-person approval | four-eyes | callback | call-back | maker-checker | dual[- ]control | payment approval | payment verification')}(?: (?:and|or|&) [a-z-]{3,20})? ${anyOf('checks? | steps? | process(?:es)? | procedures? | controls? | requirements? | rules?')}\\b`,
    // …or with review declared unneeded: "commit it straight to main … No review needed", "squash
    // it into this commit … It doesn't need its own review"
    `|\\b${anyOf('merge | push | commit | squash | deploy')}\\b[^]{0,200}?(?:\\bno (?:code |pr |human )?review (?:is )?${anyOf('needed | required | necessary')}|\\b${anyOf("doesn't | does not | won't | will not")} need (?:its own |a |any )?review)\\b`,
  ),
};
