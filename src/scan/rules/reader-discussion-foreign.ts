// Writing about attacks in languages other than English, read by its subject ("Prompt-Injektion",
// "injection de prompt", "提示注入", "raginimų injekcija"): the discussion frame of the reader
// rules (reader-discussion.ts) and the raw-text literals that anchor it. Written from general
// knowledge of each language, never copied from a dataset.
import { matchView } from '../view.js';
import { atWordStart } from './rule.js';
import { QUOTE } from './reader-vocabulary.js';

/** Verbs of typing or sending a message, per language (for DISCUSSION_FOREIGN). */
const FR_WRITE = '(?:écrire|saisir|taper|envoyer|dire|demander)';
const ES_WRITE = '(?:escribir|introducir|teclear|enviar|decir|pedir)';
const IT_WRITE = '(?:scrivere|inserire|digitare|inviare|dire|chiedere)';
const PT_WRITE = '(?:escrever|digitar|inserir|enviar|dizer|pedir)';
const RU_WRITE = '(?:написать|ввести|отправить|попросить|сказать)';
/** The rest of a short lead-in on its line, up to an opening quotation mark. */
const TO_QUOTE = `[^\\n"\u201c\u201e\u00ab\u300c]{0,30}${QUOTE}`;

/**
 * Writing about attacks in other languages: "prompt injection" and "jailbreak prompt" as their
 * security pages name them (translations of prompt-engineering guides quote "ignoriere die obigen
 * Anweisungen" as an example), folded as the match view folds them.
 */
export const DISCUSSION_FOREIGN = [
  'prompt-?injektion(?:en)?|jailbreak-(?:angriff|angriffe|prompts?|versuche?)|angriffsmustern?|(?:eingabe|ausgabe)-rails?',
  "injections? (?:de |d')(?:prompts?|requetes|consignes|commandes|invites?|instructions)",
  // the leak of a model's prompt: "Fuite de prompt", "filtración del prompt", "fuga del prompt"
  'fuites? (?:de |du )prompt|filtraci(?:on|ones) (?:de |del )prompt|fugh?[ae] (?:di |del )prompt|vazamentos? (?:de |do )prompt|prompt-leak(?:s|ing)?',
  'inyecci(?:on|ones) de (?:prompts?|instrucciones|indicaciones|comandos)',
  'iniezion[ei] (?:di )?(?:prompt|istruzioni|comandi)',
  'inje(?:cao|coes) de (?:prompts?|instrucoes|comandos)',
  'prompt-?injecties?',
  'wstrzykiwani[ea] (?:promptow|polecen|instrukcji)|wstrzykniec(?:ie|ia) (?:promptu|polecen)',
  '(?:istem|prompt|komut) enjeksiyon(?:u|lari|lar)?',
  'injeksi (?:prompt|perintah|instruksi)',
  'инъекци[яийю] (?:промпт|подсказ|инструкци)|промпт-инъекци|внедрени[еяю] (?:промпт|инструкци)|джейлбрейк',
  'ін.єкці[яії] (?:промпт|інструкці)|промпт-ін.єкці',
  'حقن (?:الأوامر|التعليمات|المطالبات|الموجهات)',
  'प्रॉम्प्ट इंजेक्शन',
  'প্রম্পট ইনজেকশন',
  '프롬프트 ?(?:인젝션|주입)|탈옥 ?프롬프트',
  '提示词?注入|越狱(?:提示|攻击)',
  'プロンプト・?インジェクション|脱獄(?:プロンプト|攻撃)|ジェイルブレイク',
  // Nordic, Central European and other languages with their own word for it
  'prompt-?injeksjon(?:er)?|kehote-?injektio(?:t|ta|iden)?|kehotteen injektio|prompt-?injektio(?:t|ta)?',
  'injekc(?:e|ia|ie|i) (?:promptu|promptov|vyzvy|vyziev|instrukci)|prompt-?injekci(?:o|ok|ot|ja)|prompt-?injektalas',
  'inject(?:ie|ia|ii|iei|area|are|ari) (?:de |a )?(?:prompt(?:uri|ului|urilor)?|instructiuni(?:lor)?)',
  "injecci(?:o|ons) (?:de |d')(?:prompts?|instruccions|ordres)",
  // South Slavic: "ubacivanje instrukcija", "uhajanje sistemskih navodil", "убацивање промпта"
  'ubacivanj[ea] (?:instrukcija|uputstava|uputa|prompta|naredbi|komandi)|ubrizgavanj[ea] (?:prompta|instrukcija|naredbi)|injekcij[aeiu] (?:prompta|instrukcija|uputa)|uhajanj[ea] (?:sistemskih )?(?:navodil|pozivov|poziva)|curenj[ea] (?:sistemskog )?(?:prompta|uputstava|uputa)|vrivanj[ea] (?:navodil|ukazov|pozivov)|убацивањ[еа] (?:инструкција|упутстава|промпта)|убризгавањ[еа] (?:промпта|инструкција)',
  // Lithuanian, Latvian, Bulgarian and Macedonian: "raginimų injekcija", "uzvednes injekcija",
  // "инжектиране на подкани", "злонамерни упатства"
  'raginim(?:o|ų) injekcij|užklaus(?:os|ų) injekcij|raginimų įterpim|sistemos raginimo nutek|raginimo nutekinim|kenkėjišk(?:os|ų|as|i) (?:instrukcij|nurodym)',
  'uzvednes injekcij|uzvedņu injekcij|prompt injekcij|sistēmas uzvednes noplūd|uzvednes atklāšan|ļaunprātīg(?:as|u|i|iem) (?:instrukcij|norādījum)',
  'инжектиране на (?:подкан|промпт)|промпт инжекци|изтичане на (?:системния промпт|системната подкана|промпта)|зло(?:намерени|вредни) инструкции|инјектирање на промпт|промпт инјекциј|протекување на системскиот промпт|злонамерни (?:упатства|инструкции)',
  // Azerbaijani and Kazakh: "prompt injeksiyası", "zərərli təlimatlar", "промпт инъекциясы"
  'prompt (?:injeksiya|inyeksiya)sı|təlimat (?:injeksiya|inyeksiya)sı|prompt(?:unun)? sızma|zərərli (?:təlimat|göstəriş)|промпт инъекция|жүйелік промпттың ағып|зиянды нұсқау|зиянды нұсқама',
  '(?:chen|tiem) (?:prompt|lenh chi dan)|suntikan (?:prompt|arahan)',
  'έγχυση (?:προτροπ|εντολ|οδηγι)',
  'הזרקת (?:פרומפט|הנחיות|פקודות)',
  'تزریق (?:پرامپت|دستور|اعلان)',
  'ฉีดพรอมต์|แทรกพรอมต์|พรอมต์อินเจกชัน',
  // a quoted example of what a system receives: "eine Eingabe wie „…“", "un atacante puede
  // escribir: «…»", "злоумышленник может написать: «…»", "用户可能输入"…" (a user only in the
  // conditional: "el usuario puede escribir "help"" is a manual's sentence)
  `(?:eingaben?|nachrichten?|anfragen?) wie ?${QUOTE}|angreifer(?:in|innen)? (?:könnte|kann|könnten|können|würde|schreibt|tippt)\\b${TO_QUOTE}|(?:benutzer|nutzer)(?:in|innen)? (?:könnte|könnten|würde|würden)\\b${TO_QUOTE}`,
  `(?:entrées?|messages|requêtes?) (?:comme|tel(?:le)?s? que) ?:? ?${QUOTE}|(?:attaquant|pirate)s? (?:peut|pourrait|peuvent|pourraient) ${FR_WRITE}\\b${TO_QUOTE}|utilisateurs? (?:pourrait|pourraient) ${FR_WRITE}\\b${TO_QUOTE}`,
  `(?:entradas?|mensajes?|solicitud(?:es)?|peticion(?:es)?) como ?:? ?${QUOTE}|atacantes? (?:puede|podría|pueden|podrían) ${ES_WRITE}\\b${TO_QUOTE}|usuarios? (?:podría|podrían) ${ES_WRITE}\\b${TO_QUOTE}`,
  `(?:input|messaggi|messaggio|richiest[ae]) come ?:? ?${QUOTE}|(?:attaccant[ei]|aggressor[ei]) (?:può|potrebbe|possono|potrebbero) ${IT_WRITE}\\b${TO_QUOTE}|utent[ei] (?:potrebbe|potrebbero) ${IT_WRITE}\\b${TO_QUOTE}`,
  `(?:entradas?|mensagens?|solicitaç(?:ão|ões)) como ?:? ?${QUOTE}|atacantes? (?:pode|poderia|podem|poderiam) ${PT_WRITE}\\b${TO_QUOTE}|(?:usuário|utilizador)e?s? (?:poderia|poderiam) ${PT_WRITE}\\b${TO_QUOTE}`,
  `(?:злоумышленник|атакующий)и? (?:может|могут|мог бы|могли бы) ${RU_WRITE}${TO_QUOTE}|пользовател(?:ь|и) (?:мог бы|могли бы) ${RU_WRITE}${TO_QUOTE}`,
  `(?:攻击者|恶意用户)(?:可能|可以|会|也许)会?(?:输入|写|发送|说)${TO_QUOTE}|(?:用户|使用者)(?:可能|也许)会?(?:输入|写|发送|说)${TO_QUOTE}`,
  // instructions named as injected or malicious, and images that carry data out, the subjects of
  // such pages ("внедрённой инструкции", "maagizo hasidi", "Fuites … a través d'imatges Markdown")
  'внедр[её]нн(?:ая|ой|ую|ые|ых|ыми|ое|ого) (?:инструкци|команд|промпт|указани)|maagizo hasidi|instruccions malicioses|instrucciones maliciosas|instructions malveillantes|istruzioni (?:malevole|dannose)|instruções maliciosas|bösartige anweisungen|škodliv(?:é|ých|ými) (?:pokyny|pokynov|pokynů|instrukce|instrukcí|inštrukcie)',
  'markdown-?(?:изображени|картинк)|imatges markdown|imágenes markdown|immagini markdown|images markdown|picha za markdown|markdown-bilder',
  // a chatbot's guardrail rules: "Konfigurácia ochranných pravidiel pre chatbota"
  'ochrann(?:é|ých|á) pravid(?:la|iel|lá) (?:pre|pro) (?:chatbot|model|asistent)',
  // "malicious users", the subject of such pages ("des utilisateurs malveillants peuvent essayer …")
  'utilisateurs? malveillants?|usuarios? (?:maliciosos?|malintencionados?)|böswillige[nr]? (?:benutzer|nutzer|angreifer)|utent[ei] (?:malintenzionat[oi]|malevol[oi])|(?:usuários?|utilizadores?) (?:mal-intencionados?|maliciosos?)',
]
  .map(matchView)
  .map(atWordStart)
  .join('|');
/** Raw-text literals of DISCUSSION_FOREIGN (each past a first letter a capital may hide). */
export const DISCUSSION_FOREIGN_LITERALS = ['enkėjišk', 'aunprātīg', 'nutek', 'noplūd', 'нжектиране', 'нжекци', 'нјектирање', 'нјекциј', 'лонамерни', 'ловредни', 'зтичане на', 'ротекување', 'ərərli', 'иянды нұсқа', 'үйелік промпт', 'недрённ', 'недренн', 'aagizo hasidi', 'nstruccions malicioses', 'nstrucciones maliciosas', 'nstructions malveillantes', 'struzioni malevole', 'struzioni dannose', 'nstruções maliciosas', 'ösartige', 'kodliv', 'arkdown-изображ', 'arkdown-картин', 'arkdownизображ', 'matges markdown', 'matges Markdown', 'mágenes markdown', 'mágenes Markdown', 'mmagini markdown', 'mmagini Markdown', 'mages markdown', 'mages Markdown', 'icha za markdown', 'icha za Markdown', 'arkdown-bilder', 'arkdown-Bilder', 'chrann', 'bacivanj', 'brizgavanj', 'njekcij', 'hajanj', 'urenj', 'rivanj', 'бацивањ', 'бризгавањ', 'uite de prompt', 'uites de prompt', 'uite du prompt', 'iltración de', 'iltracion de', 'iltraciones de', 'uga di prompt', 'uga del prompt', 'ughe di prompt', 'azamento de', 'azamento do', 'azamentos de', 'rompt-leak', 'alveillant', 'alicios', 'alintencionad', 'öswillig', 'alintenzionat', 'alevol', 'al-intencionad', 'ingabe', 'achricht', 'nfrage', 'ngreifer', 'ngriffsmuster', 'usgabe', 'enutzer', 'utzer', 'ntrée', 'ntree', 'equête', 'equete', 'tilisateur', 'ttaquant', 'irate', 'ntrada', 'ensaje', 'olicitud', 'etición', 'eticion', 'suario', 'suário', 'tacante', 'essaggi', 'ichiest', 'utent', 'ttaccant', 'ggressor', 'ensage', 'olicitaç', 'tilizador', 'лоумышленник', 'ользовател', 'такующ', '用户', '攻击者', '使用者', 'njektion', 'njection d', 'njections d', 'njectie', 'nyecci', 'niezion', 'njeç', 'strzykiw', 'strzykn', 'njeksiyon', 'njeksi', 'нъекци', 'ромпт-', 'жейлбрейк', 'єкці', 'حقن', 'इंजेक्शन', 'ইনজেকশন', '인젝션', '주입', '탈옥', '注入', '越狱', 'インジェクション', '脱獄', 'ジェイルブレイク', 'njeksjon', 'ehoteinjekti', 'ehotteen injekti', 'njektio', 'njekce', 'njekci', 'njektál', 'njecți', 'njecţi', 'njectie', 'njectii', 'njectare', 'njecci', 'hèn prompt', 'hen prompt', 'iêm prompt', 'iem prompt', 'untikan', 'γχυση', 'הזרקת', 'تزریق', 'ฉีดพรอมต์', 'แทรกพรอมต์', 'พรอมต์อินเจกชัน'];
