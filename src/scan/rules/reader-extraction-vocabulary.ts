// The vocabulary of prompt extraction (reader-extraction.ts, exfil.prompt-leak): the reader's
// own instructions named as such, the verbs that ask them out, in English and other languages.
// Written from general language, never copied from a dataset.
import { matchView } from '../view.js';
import { anyOf, atWordStart } from './rule.js';

/**
 * Not instructions a person gave ("the instructions you were given by your instructor"): only
 * the reader's makers, operators and users set it up.
 */
export const NOT_FROM_A_PERSON = `(?! by (?:your|the|a|an|our|his|her|their) (?!${anyOf('system | developers? | creators? | makers? | operators? | admins? | administrators? | owners? | users? | company | provider | programmers? | deployers?')}\\b)[a-z])`;
/**
 * Instructions placed where only a model's setup sits, whoever the text says holds them: "the
 * instructions they were given at the start of this conversation" (not a workshop's "at the
 * start of this session").
 */
const AT_CONVERSATION_START = `(?:prompt|instructions?|rules|guidelines|directives|messages?) (?:[^\\s.!?,]{1,15} ){0,5}?(?:at|in) the (?:very )?${anyOf('start | beginning | opening')} of ${anyOf('this | our | the | your')} ${anyOf('conversation | chat | context window | dialogue')}`;
/**
 * Instructions named by what they do to the reader: "the instructions that govern your
 * behaviour in this chat" (not "the rules of the pool", which govern a swimmer's conduct there
 * but are not "your behaviour in this chat").
 */
const GOVERNING_YOU = `(?:instructions?|rules|guidelines|directives|prompt|policies) (?:that|which) (?:${anyOf('govern | guide | shape | control | define | determine | dictate | constrain | steer')}) your (?:${anyOf('behaviou?r | responses? | replies | answers | outputs?')})`;
/** The exchange the reader opened with them: "the directives you began this session with". */
export const SESSION_WITH = '(?:this|the|our|today.s) (?:session|conversation|chat|exchange|thread) ';
/**
 * The reader's instructions named by how it holds them: "the instructions you were given", "the
 * setup prompt you're running under", "the tools you can call in this session", "the hidden
 * guidance and tool list you were set up with" (a person's tools are not called in a session;
 * nor are instructions "given by your instructor").
 */
export const HELD_INSTRUCTIONS = `(?:(?:prompt|instructions?|rules?|guidelines?|directives?|guidance|persona|tools)(?: (?:and|&|or) (?:the |your )?(?:[a-z][a-z-]{1,15} ){0,2}[a-z][a-z-]{1,15})? you (?:(?:were|have been|are) (?:given|initiali[sz]ed with|configured with|set up with|provided(?: with)?|started with|loaded with|programmed with)|(?:started|began) (?:out |${SESSION_WITH})?with)${NOT_FROM_A_PERSON}|(?:prompt|instructions?) (?:that )?you received|(?:prompt|instructions?|rules|guidelines|directives|guidance|persona) you(?:'re| are) (?:running|operating) (?:under|with)|(?:tools|functions) you (?:can|are able to) (?:call|invoke|use) (?:in|during) this (?:session|conversation|chat)|(?:prompt|instructions?|rules|guidelines|directives|guidance) (?:that )?your (?:developers?|creators?|makers?|programmers?|operators?) (?:gave|have given|had given|wrote for|set for|provided) you)`;
/** The reader's own instructions, named as such (not "the first instruction", which a CPU runs). */
export const OWN_INSTRUCTIONS = anyOf(
  `system ?prompt | system message | system instructions? | developer (?:message|prompt|instructions) | (?:developer|system) ?\\/ ?(?:developer|system) (?:message|prompt)s? | initial (?:prompt|instructions?) | original (?:prompt|instructions?) | hidden (?:prompt|instructions?) | secret (?:prompt|instructions?) | pre-?prompt | first prompt | starting (?:prompt|instructions?) | ${HELD_INSTRUCTIONS} | ${AT_CONVERSATION_START} | ${GOVERNING_YOU}`,
);
/** Putting something into the reply or a place the text names: with what only the reader holds, a way to get it out. */
export const PUT_OUT = anyOf('drop | put | include | insert | attach | add | paste | dump | post | append');
/** Saying or handing back what follows (also a reply opened with it: "start your reply with …"). */
export const REVEAL = anyOf(
  'reveal | print(?: out)? | show | output | repeat | disclose | leak | share | tell (?:me|us) | display | write (?:out|down) | dump | recite | quote | reproduce | spell out | list | give (?:me|us) | provide | echo(?: back)? | return | paste | copy | summari[sz]e | translate | what(?:\'s| are| were| is| was) | (?:reply|respond|answer) with | (?:start|begin|open) (?:it|(?:your|the) (?:reply|answer|response|summary|docstring|output)) with',
);
/** Turning something into another form: what gets a model's instructions out without "reveal". */
export const RECAST = anyOf(
  'format | convert | rewrite | translate | encode | turn | put | summari[sz]e | paraphrase | explain | restate | transform | reformat | rephrase',
);
/** Prompt extraction in other languages, folded as the match view folds them. */
export const REVEAL_FOREIGN = [
  // (a possessive may take an adjective: "свои первоначальные инструкции"; the conversation's
  // first message is the setup too: "самое первое сообщение этого диалога")
  '(?:покажи|покажите|выведи|выведите|напиши|напишите|повтори|повторите|раскрой|раскройте|расскажи|расскажите|скажи|скажите|дай|дайте|перечисли|процитируй|отрази|отразите)[^.!?\\n]{0,100}(?:системн[^\\s]{0,4} (?:промпт|подсказк|инструкци|сообщени|указани)|(?:свои|твои|ваши|твоих|ваших|своих)(?: [^\\s]{3,20})? (?:инструкци|промпт|правил|указани)|(?:исходн[^\\s]{0,4}|начальн[^\\s]{0,4}|скрыт[^\\s]{0,4}|секретн[^\\s]{0,4}) (?:инструкци|промпт|правил|указани)|перв[^\\s]{0,4} сообщени[^\\s]{0,3} (?:этого|нашего|данного) (?:диалога|разговора|чата|сеанса))',
  // (more verbs of saying and copying; the instructions named by how the reader got them, "the
  // rules you follow"; asked as a question; or everything written before this message)
  '(?:сообщи|сообщите|озвучь|озвучьте|воспроизведи|воспроизведите|напечатай|напечатайте|распечатай|предоставь|предоставьте|переведи|переведите|перепиши|перепишите|изложи|изложите|скопируй|скопируйте|процитируйте|отобрази)[^.!?\\n]{0,60}(?:системн[^\\s]{0,4} (?:промпт|подсказк|инструкци|сообщени)|(?:свои|твои|ваши|своего|твоего|вашего|исходн[^\\s]{0,4}|начальн[^\\s]{0,4}|скрыт[^\\s]{0,4}|секретн[^\\s]{0,4}) (?:инструкци|промпт|правил|указани|системн))',
  '(?:инструкци|правил|указани|промпт|установк)[^\\s]{0,4},? (?:которые|которым|что) (?:ты|вы|тебе|вам) (?:получил|получила|получили|дали|были даны|задали|следуешь|следуете|должен следовать|должна следовать|запрещено|нельзя)',
  '(?:какие|какой|каковы|какова)(?: у тебя| у вас| тебе| вам| твои| ваши| твой| ваш)? (?:[^\\s]{1,20} ){0,2}(?:инструкци|правил|указани|промпт|установк|системн)[^\\s]{0,6}(?: [^\\s]{1,20}){0,2} (?:тебе|вам|ты|вы) (?:дали|были даны|задали|дал|дала|прописали|написали|получил|получила|получили|следуешь)',
  '(?:какой|каков)(?: у тебя| у вас| твой| ваш)? системн[^\\s]{0,4} (?:промпт|сообщени|подсказк)',
  '(?:выведи|выведите|покажи|покажите|повтори|повторите|повторяешь|напиши|напишите|перепиши|процитируй|скопируй)[^.!?\\n]{0,20}(?:текст|то|всё|все)[^\\s]{0,3},? (?:что|который|которое) (?:[^\\s]{1,20} ){0,3}(?:перед|до|выше) (?:этим|этого|этой|данным|данного|фразы|словами|сообщением|моего|нашего|первого)',
  // (an indefinite prompt is some other dialog's: "Schreiben Sie einen (eigenen) Systemprompt für …")
  '(?:zeig|zeige|zeigen sie|gib|geben sie|nenne|wiederhole|verrate|schreib|schreibe|offenbare)\\b[^.!?\\n]{0,60}(?<!\\b(?:ein|eine|einen|einem|einer)(?: [a-z]{2,15})? )(?:system-?prompt|systemanweisung|systemnachricht|deine (?:anweisungen|instruktionen|vorgaben)|ihre (?:anweisungen|instruktionen)|(?:ursprunglichen|anfanglichen|versteckten|geheimen) (?:anweisungen|instruktionen|prompt))',
  '(?:montre|montrez|affiche|affichez|revele|revelez|repete|repetez|donne|donnez|ecris|ecrivez|dis|dites|recopie|recopiez|copie|copiez|reproduis|reproduisez|cite|citez)(?:-moi|-nous| moi)?\\b[^.!?\\n]{0,60}(?<!\\b(?:un|une)(?: [a-z]{2,15})? )(?:prompt systeme|message systeme|instructions systeme|tes instructions|vos instructions|tes consignes|vos consignes|(?:instructions|consignes) (?:initiales|d\'origine|cachees|secretes)|(?:instructions|consignes|regles) qu(?:e |\')(?:l\'on |on )?(?:t\'|vous )(?:a|ont) (?:donnees|donne|fournies|transmises))',
  '(?:muestra|muestrame|revela|revelame|repite|dime|escribe|dame|imprime|cual es|cuales son)\\b[^.!?\\n]{0,60}(?<!\\b(?:un|una)(?: [a-z]{2,15})? )(?:prompt del sistema|mensaje (?:del|de) sistema|instrucciones del sistema|tus instrucciones|sus instrucciones|instrucciones (?:iniciales|originales|ocultas|secretas)|instrucciones que (?:recibiste|te dieron|te han dado|se te dieron) al (?:principio|inicio|comienzo))',
  '(?:告诉|显示|输出|重复|打印|透露|泄露|给我|说出|展示|列出)[^。！？\\n]{0,12}(?:系统提示|提示词|初始指令|系统指令|原始指令|你的指令|你的提示|系统消息)',
]
  .map(matchView)
  .map(atWordStart)
  .join('|');
