// Rules for text that speaks to the assistant, hides instructions from the user, coerces tool
// use or exfiltrates data. They name the act, never a particular attack string.
import { anyOf, BLOCK_FLOOR, gap, re, type Rule } from './rule.js';

const AI = anyOf(
  'ai | a\\.i\\. | assistant | ai assistant | language model | large language model | llm | chatbot | ai agent | agent | model | gpt | chatgpt | claude | gemini | copilot | bot | ai model | automated assistant | ai system',
);
// Names a document would not use for a person it writes to: no "agent" (support agents) or "model".
const AI_VOCATIVE = anyOf(
  'ai | a\\.i\\. | assistant | ai assistant | language model | llm | chatbot | ai agent | gpt | chatgpt | claude | gemini | copilot | ai model | automated assistant | ai system',
);
const SENSITIVE = anyOf(
  'passwords? | credentials? | api[ _-]?keys? | secrets? | access tokens? | tokens? | private keys? | ssh keys? | cookies? | session (?:ids?|tokens?|cookies?) | \\.env | env file | environment variables | conversation | chat history | system prompt | personal (?:data|information|details) | credit card (?:numbers?|details) | bank (?:details|account) | contacts | inbox | emails | files | documents | user data | keys',
);

export const COERCION_RULES: Rule[] = [
  {
    id: 'address.to-assistant',
    category: 'addressed-to-assistant',
    weight: 0.55,
    pattern: re(
      `\\b${anyOf('dear | hey | hi | hello | attention | note to | message to | message for | instructions? for | p\\.?s\\.? to | reminder to | reminder for | notice to | notice for | important for')} (?:the |any |all |an? )?${AI_VOCATIVE}s?(?: ?[,:!\\-]| (?:reading|processing|summari[sz]ing|parsing|analy[sz]ing))`,
      `|\\b(?:if you are|if you're|you are) (?:an? )?${AI} (?:reading|processing|summari[sz]ing|parsing|analy[sz]ing)`,
      `|\\b${AI}s? ${anyOf('reading | processing | summari[sz]ing | parsing | analy[sz]ing | handling | reviewing | working on | that reads | that processes | that handles')} this\\b`,
      // someone claiming to be the principal the assistant works for
      `|\\b${anyOf('person | user | human | customer | owner | account owner | boss')} (?:that |who )?you(?:'re| are) ${anyOf('working | acting | assisting | helping')} (?:for|with)\\b`,
    ),
  },
  {
    id: 'address.your-response',
    category: 'addressed-to-assistant',
    weight: 0.45,
    pattern: re(
      `\\b${anyOf('in | to | into | within | begin | start | end | conclude | prepend | append | finish | translate | rewrite | format | preface')} your ${anyOf('reply | response | answer | output | summary | translation | next message | final answer | completion | responses | answers | replies')}\\b`,
      `|\\b${anyOf('at the (?:start|end|beginning|top|bottom) of') } ${anyOf('your | the')} ${anyOf('reply | response | answer | output | summary')}\\b`,
      `|\\bbefore ${anyOf('you (?:answer|reply|respond|continue|proceed|summari[sz]e|do anything|go on|move on|carry on) | answering | responding | replying | summari[sz]ing | proceeding')}\\b`,
      `|\\byou must ${anyOf('now | first | always | immediately | also')}\\b`,
    ),
  },
  {
    id: 'hidden.instruction-tag',
    category: 'hidden-instruction',
    weight: 0.6,
    pattern: re(
      `<${anyOf('important | secret | hidden | instructions? | system[-_ ]?(?:prompt|instructions?|note) | admin | ai[-_ ]?instructions? | assistant[-_ ]?instructions?')}>`,
      // an HTML comment (invisible when rendered) that opens with an instruction
      `|<!-- ?${anyOf("ai | assistant | note to | instructions? | important | system | please | ignore | state | say | tell | write | add | include | send | forward | reply | respond | answer | do not | don't | always | never | remember | make sure | ensure")}\\b`,
    ),
  },
  {
    id: 'hidden.conceal-from-user',
    category: 'hidden-instruction',
    weight: 0.65,
    pattern: re(
      `\\b${anyOf("do not | don't | dont | never | without")} ${anyOf('tell | telling | inform | informing | notify | notifying | mention | mentioning | reveal | revealing | alert | alerting | show | showing | let | letting | disclose | disclosing')}\\s${gap(2)}${anyOf('the user | the human | the customer | the recipient | the operator | them know | the reader | anyone')}\\b`,
      `|\\b${anyOf("don't | do not | never")} ${anyOf('mention | reveal | disclose | acknowledge')} ${anyOf('this | that | these | the above | it')} ${anyOf('note | instruction | instructions | message | request | step | to')}`,
      `|\\b${anyOf('keep | keeping')} ${anyOf('this | it | these instructions | this note | this message')} ${anyOf('secret | hidden | confidential | between us')}\\b`,
      `|\\b${anyOf('silently | secretly | quietly | covertly | discreetly')} ${anyOf('send | forward | add | include | call | run | execute | email | transfer | upload | post | visit | open | append | insert | delete | share')}\\b`,
    ),
  },
  {
    id: 'tool.call-tool',
    category: 'tool-coercion',
    weight: 0.45,
    pattern: re(
      `\\b${anyOf('call | invoke | trigger')} (?:the |your |this )?[\\w.-]{1,40} ${anyOf('tool | function | plugin')}\\b`,
      `|\\buse (?:the |your )[\\w.-]{1,40} ${anyOf('tool | plugin')} to\\b`,
      `|<${anyOf('tool_call | function_call | function_calls | invoke')}\\b`,
    ),
  },
  {
    id: 'tool.exfiltrate-sensitive',
    category: 'exfiltration',
    weight: 0.7,
    pattern: re(
      `\\b${anyOf('send | forward | email | mail | upload | post | transfer | transmit | leak | share | submit | exfiltrate | copy | paste | dump | attach | include')}\\s${gap(4)}${SENSITIVE}\\s${gap(5)}${anyOf('to | at | into | with')}\\s(?:\\S{1,60}@\\S{1,60}|https?://|www\\.|[a-z0-9-]{1,40}\\.(?:com|net|org|io|app|site|xyz|ru|info|biz|co|dev|me|cc|top|tk)\\b|${anyOf('this address | this email | the following | me | us | my')})`,
    ),
  },
  {
    id: 'tool.send-to-external',
    category: 'tool-coercion',
    weight: 0.3,
    pattern: re(
      `\\b${anyOf('send | forward | email | upload | transfer | transmit | wire | leak | share | exfiltrate')}\\s${gap(5)}to\\s(?:\\S{1,60}@[a-z0-9-]{1,60}\\.[a-z]{2,}|https?://\\S|www\\.)`,
      `|\\b${anyOf('transfer | wire | send')}\\s(?:\\$|usd |eur |€|£)?\\d[\\d,.]{0,15}\\s?${anyOf('k | usd | eur | dollars | euros | btc | eth | bitcoin | usdt')}?\\s${gap(3)}to\\b`,
    ),
  },
  {
    id: 'exfil.markdown-image-data',
    category: 'exfiltration',
    weight: 0.8,
    floor: BLOCK_FLOOR,
    pattern: re(
      `!\\[[^\\]\\n]{0,200}\\]\\( ?<?https?://[^\\s)?]{1,300}\\?(?:[^\\s)=&]{1,40}=[^\\s)&]{0,200}&){0,8}${anyOf('data | d | secret | secrets | token | key | password | pass | pwd | history | conversation | chat | info | msg | message | content | summary | email | user | session | cookie | creds? | q | p | payload | leak | exfil | memory | context')}=`,
      `|!\\[[^\\]\\n]{0,200}\\]\\( ?<?https?://[^\\s)]{1,300}(?:\\{|\\[|%7b|%5b|\\$\\{)`,
    ),
  },
  {
    id: 'exfil.url-data-placeholder',
    category: 'exfiltration',
    weight: 0.55,
    pattern: re(
      // (?=(x))\\1 is an atomic group: the URL body is taken whole, never backtracked into.
      `https?://(?=([^\\s"'<>{}\\[\\]$%]{1,300}))\\1(?:\\{|\\[|%7b|%5b|\\$\\{)${anyOf('conversation | chat | history | secret | secrets | password | passwords | api_?key | token | summary | user_?data | context | memory | credentials | personal | prompt | system_?prompt | previous | messages | email | data')}`,
    ),
  },
];
