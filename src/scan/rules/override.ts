// Rules for text that tries to replace the instructions the model is following.
import { anyOf, gap, re, type Rule } from './rule.js';

const CAT = 'instruction-override';

const VERBS = anyOf(
  'ignore | disregard | forget | discard | overlook | override | bypass | skip | abandon | neglect | set aside | throw out | cancel | drop',
);
const QUALIFIERS = anyOf(
  'previous | prior | preceding | above | earlier | former | original | initial | foregoing | all | any | every | your | system | these | those | developer | old',
);
const NOUNS = anyOf(
  'instructions? | prompts? | directions? | directives? | rules | guidelines | commands? | orders | tasks? | context | messages? | guidance | constraints | programming | restrictions | requests? | inputs? | conversation | policies | safeguards',
);

export const OVERRIDE_RULES: Rule[] = [
  {
    id: 'override.ignore-previous',
    category: CAT,
    weight: 0.85,
    pattern: re(
      `\\b${VERBS}\\s${gap(3)}${QUALIFIERS}\\s${gap(2)}${NOUNS}\\b`,
      // "ignore instructions, and ..." / "ignore the rest of this document"
      `|\\b${anyOf('ignore | disregard | forget')} (?:all |any )?${anyOf('instructions | directions | directives | prompts')}(?: ?[,.;:!]| and\\b)`,
      `|\\b${anyOf('ignore | disregard | skip')} the rest of ${anyOf('this | the')} ${anyOf('document | text | page | email | message | file | input | content | data')}\\b`,
    ),
  },
  {
    // German, French, Spanish, Italian, Portuguese, Russian and Chinese forms of the same
    // request. Accents are already stripped by the match view.
    id: 'override.ignore-previous-multilingual',
    category: CAT,
    weight: 0.85,
    pattern: re(
      `\\b(?:ignorier(?:e|en|t)?|vergiss|vergessen sie|missachte)\\s${gap(3)}(?:anweisungen|instruktionen|befehle|vorgaben|regeln|aufgabe)\\b`,
      `|\\b(?:ignore[zr]?|oublie[zr]?|ne tenez pas compte)\\s${gap(3)}(?:instructions|consignes|directives|regles)\\s(?:precedentes|anterieures|ci-dessus|initiales|d'origine)`,
      `|\\b(?:ignora|ignore|olvida|olvide|descarta|omite)\\s${gap(3)}(?:instrucciones|indicaciones|ordenes)\\b`,
      `|\\b(?:ignora|dimentica|trascura|ignorate)\\s${gap(3)}(?:istruzioni|indicazioni|direttive)\\b`,
      `|\\b(?:ignore|esqueca|desconsidere|ignora)\\s${gap(3)}(?:instrucoes|orientacoes)\\b`,
      `|(?:игнорируй|игнорируйте|забудь|забудьте)\\s${gap(3)}(?:инструкции|указания|правила)`,
      `|(?:忽略|无视|忘记|忽視|無視)(?:之前|以上|上面|先前|前面|所有)`,
    ),
  },
  {
    id: 'override.new-instructions',
    category: CAT,
    weight: 0.6,
    pattern: re(
      `\\byour ${anyOf('new | real | actual | true | next | only | primary | updated | sole')} ${anyOf('task | goal | job | instructions? | objective | mission | purpose | role')} (?:is|are|will be|now)\\b`,
      `|\\b${anyOf('new | updated | revised | additional | override | overriding | secret | hidden | priority | urgent')} ${anyOf('instructions? | directives? | system prompt | orders | task')} ?:`,
      `|\\bfollow ${anyOf('these | the following | my | the new | only these')} ${anyOf('instructions | directions | orders | commands')} instead\\b`,
    ),
  },
  {
    id: 'override.stop-task',
    category: CAT,
    weight: 0.6,
    pattern: re(
      `\\b${anyOf('stop | halt | abort | cease | pause | drop')} ${anyOf("what you are doing | what you're doing | your (?:current )?(?:task|work|summary) | the (?:current|original|previous) task | everything (?:else )?(?:and|you)")}`,
      `|\\b${anyOf('instead of | rather than')} ${anyOf('answering | summari[sz]ing | responding | translating | doing (?:that|this|the task|what) | completing | following | analy[sz]ing')}`,
      `|\\bforget ${anyOf('everything | all | what')} ${anyOf('you | that | i | above | before | previously')}`,
      `|\\b${anyOf("do not | don't | never")} ${anyOf('follow | complete | answer | fulfil | fulfill | obey | continue')} ${anyOf("the | your | this | their | any | it")}\\b(?: ${anyOf("user's | users' | user | original | current | previous | initial")})? ?${anyOf('request | requests | instructions? | task | question | prompt')}\\b`,
    ),
  },
  {
    id: 'override.instructions-void',
    category: CAT,
    weight: 0.75,
    pattern: re(
      `\\b${anyOf('previous | prior | above | earlier | original | old | initial | system')} ${anyOf('instructions? | prompts? | tasks? | rules | directives?')} ${anyOf('are | is | was | were | have been | has been')} ${anyOf('void | cancell?ed | canceled | outdated | obsolete | wrong | revoked | no longer | invalid | superseded | deprecated | overridden | replaced | suspended | lifted')}`,
    ),
  },
  {
    id: 'override.decode-and-follow',
    category: 'encoded-payload',
    weight: 0.7,
    pattern: re(
      `\\b${anyOf('decode | decipher | decrypt | unscramble | reverse | deobfuscate')}\\s${gap(5)}${anyOf('and | then | and then')}\\s${gap(1)}${anyOf('execute | follow | run | do | perform | obey | carry out | act on | comply | apply')}\\b`,
      `|\\b${anyOf('base64 | base-64 | hex | rot13 | encoded | reversed')}[ -]${anyOf('instructions? | commands? | payload | encoded instructions?')}\\b`,
    ),
  },
];
