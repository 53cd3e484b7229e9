// Rules for fake conversation structure: chat-template tokens, role markers, persona switches,
// fake "end of data" boundaries and spoofs of the firewall's own delimiters.
import { anyOf, BLOCK_FLOOR, gap, re, type Rule } from './rule.js';

const ROLES = anyOf('system | sys | admin | administrator | developer | root | operator');

export const ROLE_RULES: Rule[] = [
  {
    id: 'role.chat-template-token',
    category: 'role-marker',
    weight: 0.85,
    floor: BLOCK_FLOOR,
    pattern: re(
      `<\\|${anyOf('im_start | im_end | im_sep | system | user | assistant | endoftext | begin_of_text | end_of_text | start_header_id | end_header_id | eot_id | eom_id | end | channel | message | start | fim_[a-z]{1,10}')}\\|>`,
      `|\\[/?inst\\]|<</?sys>>|<${anyOf('start_of_turn | end_of_turn')}>`,
    ),
  },
  {
    id: 'role.system-marker',
    category: 'role-marker',
    weight: 0.6,
    pattern: re(
      `(?:^|\\n) ?(?:#{1,6} ?|\\*\\*)?${ROLES}(?: ${anyOf('message | prompt | note | override | update | instruction | instructions | notice | alert')})?(?:\\*\\*)? ?:`,
      `|[\\[(]${ROLES}(?:[ _-]${anyOf('message | prompt | note | override | update | instruction | instructions | notice | alert | mode')})?[\\])]`,
      `|<${ROLES}(?:[ _-]${anyOf('message | prompt | note | override | update | instructions?')})?>`,
      `|"role" ?: ?"(?:system|developer)"`,
    ),
  },
  {
    id: 'role.fake-boundary',
    category: 'role-marker',
    weight: 0.45,
    pattern: re(
      `[\\[<(=#*-]{2,} ?${anyOf('end | start | begin')} (?:of )?${anyOf('system prompt | user input | untrusted | tool output | document | context | data | instructions | prompt | email | conversation | input | text | content | summary')}`,
      `|\\b${anyOf('task | summary | answer | translation | response | analysis')} (?:is )?${anyOf('complete | completed | done | finished')}[.!;:,]?\\s${anyOf('now | next | new | please | ignore | you | your | then | additional | further | do not | don\'t')}\\b`,
    ),
  },
  {
    id: 'persona.switch',
    category: 'persona-switch',
    weight: 0.55,
    pattern: re(
      `\\byou are now ${anyOf('a | an | the | in | my | called | named | dan | free | no longer | unrestricted | jailbroken | developer | evil | acting')}\\b`,
      `|\\bfrom now on,? ${anyOf('you | your | act | respond | answer | pretend | behave | always | only | reply | speak | ignore')}\\b`,
      `|\\b${anyOf('act | behave | respond | answer | reply | roleplay') } as ${anyOf('if you (?:were|are) | an? (?:unrestricted|unfiltered|evil|malicious|uncensored|jailbroken) | dan\\b')}`,
      `|\\byou (?:will|must|shall) (?:now )?(?:act|behave|respond|pretend|roleplay) as\\b`,
    ),
  },
  {
    id: 'persona.jailbreak',
    category: 'persona-switch',
    weight: 0.6,
    pattern: re(
      `\\b${anyOf('developer mode | dan mode | god mode | jailbreak mode | jailbroken | do anything now | unrestricted (?:ai|mode|assistant|model) | unfiltered (?:ai|mode|assistant|model)')}\\b`,
      `|\\b${anyOf('without | no | free of | free from')} (?:any )?${anyOf('ethical | moral | safety | content')} ${anyOf('guidelines | restrictions | constraints | limits | filters | boundaries | policies')}\\b`,
      `|\\b${anyOf('not bound by | freed from | break free of | broken free of')} ${gap(2)}${anyOf('rules | restrictions | guidelines | policies | constraints')}\\b`,
    ),
  },
  {
    id: 'delimiter.untrusted-data-marker',
    category: 'delimiter-spoof',
    weight: 0.9,
    floor: BLOCK_FLOOR,
    pattern: re(`<\\s?/?\\s?untrusted[-_ ]?data\\b`),
  },
  {
    id: 'delimiter.external-data-marker',
    category: 'delimiter-spoof',
    weight: 0.9,
    floor: BLOCK_FLOOR,
    pattern: re(`={2,}\\s?${anyOf('start | end | begin')}\\s(?:of\\s)?external\\sdata\\b`),
  },
];
