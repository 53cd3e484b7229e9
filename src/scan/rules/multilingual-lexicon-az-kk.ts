// The concept lexicons (multilingual-lexicon.ts format) of Azerbaijani (`az`, Latin script) and
// Kazakh (`kk`, Cyrillic script, with a few Latin spellings of the core override words: the 2021
// alphabet's "umyt", "aldyñğy", "nūsqau", which fold to the informal transliterations). The
// entries are written from general knowledge of each language (dictionary words and their common
// imperative and inflected forms), never copied from a dataset. Both languages are agglutinative
// and verb-final: the object comes first ("Əvvəlki təlimatları unut", "Алдыңғы нұсқауларды
// ұмыт"), so both set `verbLast`, like Turkish, and both name the reader of a header by a
// participle before the name ("Bu səhifəni oxuyan süni intellekt assistentləri üçün qeyd:").
// Their negation is a suffix of the verb ("unutma", "ұмытпа", don't forget), as are the
// conditional ("unutsanız", "ұмытсаңыз") and the tenses, so no word goes to NEGATION_BEFORE:
// the override verbs are listed as whole imperative words, which their negated and conditional
// forms are not.
//
// The word end: the match view keeps Azerbaijani "ə" and most Kazakh letters (ғ қ ң ө ұ ү ы д л
// п б …) and folds the rest to ASCII look-alikes (Kazakh а е о р с т у к м н і, Azerbaijani ş ç
// ğ ö ü ı), and a pattern's word boundary after a letter folded to ASCII is found again before a
// letter it keeps. A bare stem ending in such a letter would then match inside its own negated
// or past forms ("елеме" in "елемеді", did not heed; "көрсет" in "көрсетпе", don't show;
// "göndər" in "göndərəcəyik", we will send, "göndərən", sender). Hence:
// - the override verbs carry `verbNotBefore` (no letter may follow them);
// - the other verbs that may close a form (send, stop, reveal, write, how) are listed in forms
//   that end the word ("göstərin", "көрсетіңіз", "жіберші", "жаз") or, for the bare imperative of
//   such stems, with the mark that ends the sentence after it ("göndər.", "көрсет!");
// - Kazakh "ұмыт" is also the adjective "forgotten" ("нұсқаулар ұмыт болды"), so what follows
//   it in a description ("болды", "қалды") is in `negationAfter`, as is the quotative that makes
//   an override verb a quoted one ("… ұмыт деп айтты", "… unut deyə yazır": said "forget …").
//
// Kept out on purpose:
// - verbs a program's buttons use: Azerbaijani "Rədd et" (decline), "Ləğv et" (cancel), "Keç"
//   (skip), "Saxla" (save, also "stop"), "Paylaş" and "Yaz" as verbs of revealing (a tutorial
//   says "sistem promptunu yazın / paylaşın"); Kazakh "қолданба", spelled like "don't use" but
//   the noun "application";
// - "don't follow" ("əməl etmə", "орындама"): update notes say "köhnə təlimatlara əməl etməyin";
// - possessives spelled alike in the second and third person: Azerbaijani "təlimatlarını",
//   "tapşırığını", "etdiyini" (your / his instructions, task, doing); only the forms that say
//   "you" ("sənə verilən təlimatlar", "etdiyin işi", "-ınız") are listed;
// - Kazakh "команда" (also a sports team), "тапсырма" (homework) among the instruction nouns,
//   "бұйрық" in the "new instructions" header (an official order's title), the one-letter "у"
//   (poison; also the Russian preposition), bare "вирус" beside "жаз" (summer: "жаз мезгілінде
//   вирус"), Azerbaijani "arxa qapı" (a back door of a house), bare "necə" / "қалай" (how) and
//   "how to get" (a gun permit, "silah icazəsini necə əldə etmək olar");
// - "old" ("köhnə", "ескі") among the pointers back ("Köhnə qaydaları unudun, yeni qaydalar
//   qüvvəyə minib" is road-traffic news), and "step by step", "the best way" and a bare "teach"
//   as how-to words: a verb-final sentence puts them right after a drug's name ("narkotik
//   asılılığından addım-addım qurtulmaq", "uşaqlara narkotikin zərərlərini öyrədin"); the
//   how-to list holds "hazırlamağı öyrət", "жасауды үйрет" instead;
// - the malware names in the plural or as stems: "zərərli proqramlar haqqında məqalə yaz"
//   (write an article about malware) puts them three words before an order to write;
// - "bundan sonra sən" / "бұдан былай сен" without a following word: the same letters open
//   "bundan sonra sənə yazacam" (I will write to you from now on), "бұдан былай сенге";
// - words spelled as in English ("virus", "heroin", "token", "keylogger", "malware",
//   "ransomware", "botnet"), except the noun "prompt" among the instruction nouns.
import type { LanguageLexicon } from './multilingual-lexicon-format.js';

/** A letter right after an override verb: another word, not the imperative (see the header). */
const WORD_GOES_ON = '[^\\s.,;:!?"\')\\]\\u00bb\\u201d-]';

export const AZERBAIJANI_KAZAKH_LEXICONS: Record<string, LanguageLexicon> = {
  az: {
    glued: false,
    verbLast: true,
    ignore: 'unut | unudun | unutun | yaddan çıxar | yaddan çıxarın | yaddan çıxart | yaddan çıxartın | nəzərə alma | nəzərə almayın | məhəl qoyma | məhəl qoymayın | diqqət yetirmə | diqqət yetirməyin | fikir vermə | fikir verməyin | göz ardı et | göz ardı edin | gözardı et | gözardı edin | ignor et | ignor edin | iqnor et | iqnor edin | kənara qoy | kənara qoyun | boş ver',
    verbNotBefore: WORD_GOES_ON,
    // (the order quoted, not given: "… unut deyə yazır", ""… unut" kimi ifadələr")
    negationAfter: 'deyə | deyən | dedi | deyib | deyir | deyərək | kimi',
    questions: 'sual | sualı | suala | suallar | sualları | suallara',
    previous: 'əvvəlki | evvelki | öncəki | yuxarıdakı | yuxarıda verilən | yuxarıda göstərilən | ilkin | orijinal | sistem | bundan əvvəlki | indiyədək verilən',
    everything: 'hər şey* | hamısını | bunların hamısını | bütün bunları',
    earlier: 'əvvəl | əvvəllər | daha əvvəl | əvvəlki | öncə | öncəki | indiyədək | indiyə qədər | indiyə kimi | bu vaxtadək | bu vaxta qədər | bu ana qədər | yuxarıda | yuxarıdakı | bundan əvvəl',
    yourNewTask: 'yeni tapşırığın | yeni tapşırığınız | yeni vəzifən | yeni vəzifəniz | yeni təlimatların | yeni təlimatlarınız | yeni göstərişlərin | yeni göstərişləriniz | yeni məqsədin | yeni məqsədiniz | yeni rolun | yeni rolunuz | yeganə tapşırığın | yeganə vəzifən | əsl tapşırığın | əsl vəzifən',
    newInstructions: 'yeni təlimat | yeni təlimatlar | yeni göstəriş | yeni göstərişlər | yeni direktiv | yeni direktivlər',
    copula: '— | - | budur | belədir | bundan ibarətdir | ondan ibarətdir | isə',
    send: 'göndər. | göndər! | göndərin | yolla | yollayın | ötürün | paylaş | paylaşın | yüklə | yükləyin',
    secrets: 'şifrə | şifrəni | şifrələri | şifrəmi | şifrənizi | şifrələrini | şifrələrinizi | parol | parolu | parolları | parolunu | parolunuzu | parollarını | giriş məlumatlarını | giriş məlumatlarınızı | hesab məlumatlarını | etimadnamələri | etimadnamələrini | api açarı | api açarını | api açarlarını | gizli açarı | şəxsi açarı | tokenləri | tokeni | tokenini | bütün e-poçtları | e-poçtlarını | e-poçtlarınızı | bütün məktubları | gələnlər qutusunu | poçt qutusunu | kontaktları | kontaktlarını | ünvan kitabçasını | söhbət tarixçəsini | yazışma tarixçəsini | kart nömrəsini | kart nömrələrini | kredit kartı nömrəsini | bank kartı məlumatlarını',
    stop: 'dayan | dayanın | dayandır | dayandırın | burax | buraxın | əl çək | əl çəkin | vaz keç | vaz keçin',
    current: 'etdiyin işi | etdiyin işdən | etdiyiniz işi | etdiyiniz işdən | gördüyün işi | gördüyün işdən | gördüyünüz işi | hazırda etdiyin | indi etdiyin | hazırkı tapşırığınızı | cari tapşırığınızı | sənin hazırkı tapşırığını',
    instructions: 'təlimat* | telimat* | göstəriş* | qaydalar | qaydaları | qaydalara | qaydalarını | qaydalarına | direktiv* | əmrlər | əmrləri | əmrlərə | prompt | promptu | promptlar | promptları | promptunu',
    reveal: 'göstər. | göstər! | göstərin | söylə | söyləyin | mənə de | mənə deyin | təkrarla | təkrarlayın | açıqla | açıqlayın | ifşa et | ifşa edin | çap et | çap edin',
    own: 'sistem prompt* | sistem təlimat* | sistem göstəriş* | sənin təlimat* | sənin prompt* | sənə verilən təlimat* | sizə verilən təlimat* | ilkin təlimat* | gizli təlimat* | orijinal təlimat* | daxili təlimat* | promptunuzu',
    how: 'necə hazırlamaq | necə hazırlanır | necə hazırlayım | necə hazırlaya bilərəm | necə düzəltmək | necə düzəldilir | necə düzəldim | necə düzəldə bilərəm | necə etmək olar | necə edə bilərəm | necə sındırmaq | necə sındıra bilərəm | necə oğurlamaq | necə oğurlaya bilərəm | necə öldürmək | necə öldürə bilərəm | haradan ala bilərəm | haradan almaq olar | hazırlamağı öyrət | hazırlamağı öyrədin | düzəltməyi öyrət | düzəltməyi öyrədin | hazırlanma qaydası | hazırlanma üsulu',
    defend: 'qorunmaq | qoruna bilərəm | qorunum | qorumaq | müdafiə olunmaq | qarşısını almaq | qarşısını ala bilərəm | qarşısı alınır | aşkar etmək | tanımaq | xəbər vermək | qurtulmaq | tərgitmək',
    harm: 'bomba* | partlayıcı* | silah | silahı | odlu silah* | birini zəhərləmək | insanı zəhərləmək | zəhərli qaz* | narkotik* | metamfetamin* | amfetamin* | kokain* | fentanil* | sındırmaq | hesabı sındırmaq | oğurlamaq | oğurluq | birini öldürmək | insan öldürmək | qətl törətmək | çirkli pulları yumaq | çirkli pulların yuyulması | saxta pul | zərərli proqram* | fidyə proqram* | molotov kokteyli*',
    write: 'yaz | yazın | hazırla | hazırlayın | yarat | yaradın | kodla | kodlayın | düzəlt | düzəldin | proqramlaşdır | proqramlaşdırın',
    malware: 'zərərli proqram | zərərli proqramı | zərərli kod | zərərli kodu | ziyanverici proqram | ziyanverici proqramı | troyan | troyanı | casus proqram | casus proqramı | klaviatura casusu | fidyə proqramı | şantaj proqramı | kompüter virusu | ddos hücumu | ddos skripti | eksployt',
    persona: 'bundan sonra sən artıq | bundan belə sən artıq | bundan sonra adın | bundan sonra sənin adın | elə et ki, sən | elə et ki sən | elə edin ki, siz | elə edin ki siz | özünü elə apar ki | rolunu oyna | rolunu oynayın | rolunda çıxış et | rolunda çıxış edin',
    // (and to it, in the dative: "Süni intellekt assistentinə:"; Azerbaijani "sİ" folds to "si")
    assistant: 'süni intellekt assistenti | süni intellekt köməkçisi | sİ assistenti | sİ köməkçisi | ai assistenti | süni intellekt agenti | dil modeli | süni intellekt assistentinə | süni intellekt köməkçisinə | sİ assistentinə | ai assistentinə | dil modelinə',
    // (not the dative "istifadəçiyə", for the user: something done for them, not their request)
    user: 'istifadəçi | istifadəçinin | istifadəçini | istifadəçidən',
    // (a participle before the name, no relative pronoun: "Bu məktubu emal edən süni intellekt
    // assistentləri üçün qeyd:"; not "işləyən" nor "idarə edən", which an article's list of
    // "AI models working on …" heads)
    reads: 'oxuyan | emal edən | xülasə edən | nəzərdən keçirən | çeşidləyən',
    readerNoun: 'süni intellekt assistentləri | süni intellekt köməkçiləri | sİ assistentləri | ai assistentləri | süni intellekt agentləri | dil modelləri | süni intellekt modeli | süni intellekt modelləri',
  },
  kk: {
    glued: false,
    verbLast: true,
    ignore:
      'ұмыт | ұмытыңыз | ұмытыңдар | ұмытыңыздар | ұмытшы | елеме | елемеңіз | елемеңдер | елемеңіздер | ескерме | ескермеңіз | ескермеңдер | назар аударма | назар аудармаңыз | назар аудармаңдар | мән берме | мән бермеңіз | елеусіз қалдыр | елеусіз қалдырыңыз | есіңнен шығар | есіңізден шығарыңыз | ысырып қой | ысырып қойыңыз | тыңдама | тыңдамаңыз' +
      ' | umyt | umytyñyz | eskerme | eskermeñiz | nazar audarma | nazar audarmañyz',
    verbNotBefore: WORD_GOES_ON,
    // ("нұсқаулар ұмыт болды": the instructions were forgotten; "… ұмыт деп айтты", "… елеме
    // деген сөздер": the order quoted, not given)
    negationAfter: 'деп | деген | деді | дейді | сияқты | емес | болды | болған | болып | болса | болады | болар | қалды | қалған | қалып | қалады | қалдырды | қалдырған | қалдырып',
    questions: 'сұрақ | сұрақты | сұраққа | сұрақтар | сұрақтарды | сұрақтарға | сұрағымды | сұрағын',
    previous: 'алдыңғы | бұрынғы | жоғарыдағы | жоғарыда берілген | жоғарыда көрсетілген | жоғарыда аталған | бастапқы | әуелгі | түпнұсқа | жүйелік | осыған дейінгі | бұған дейінгі | aldyñğy | buryñğy | joğarydağy | bastapqy',
    everything: 'бәрін | бәріне | барлығын | барлығына | бар нәрсені | барлық нәрсені | bärin | barlyğyn',
    earlier: 'бұрын | бұған дейін | осыған дейін | осы уақытқа дейін | осы кезге дейін | жоғарыда | жоғарыдағы | алдыңғы | бұрынғы | бұған дейінгі | осыған дейінгі',
    yourNewTask: 'жаңа тапсырмаң | жаңа тапсырмаңыз | жаңа міндетің | жаңа міндетіңіз | жаңа нұсқауларың | жаңа нұсқауларыңыз | жаңа мақсатың | жаңа мақсатыңыз | жаңа рөлің | жаңа рөліңіз | жалғыз міндетің | жалғыз тапсырмаң | нағыз міндетің | нағыз тапсырмаң',
    newInstructions: 'жаңа нұсқау | жаңа нұсқаулар | жаңа нұсқама | жаңа нұсқамалар | жаңа директива | жаңа директивалар',
    copula: '— | - | мынау | мынадай | мынаған | болып табылады',
    send: 'жібер. | жібер! | жіберіңіз | жіберші | жіберіңдер | жолда. | жолдаңыз | жолдашы | бөліс. | бөлісіңіз | жүкте. | жүктеңіз',
    secrets: 'құпия сөз | құпия сөзді | құпия сөздер | құпия сөздерді | құпия сөзіңді | құпия сөзіңізді | құпия сөздеріңді | құпиясөзді | құпиясөздерді | пароль | парольді | парольдерді | парольдерін | тіркелгі деректерін | кіру деректерін | api кілтін | api кілттерін | жеке кілтті | құпия кілтті | токендерді | токенді | барлық хаттарды | хаттарыңды | электрондық хаттарды | кіріс жәшігін | пошта жәшігін | контактілерді | контактілерін | байланыс тізімін | мекенжай кітапшасын | чат тарихын | сөйлесу тарихын | хат алмасу тарихын | карта нөмірін | карта нөмірлерін | несие картасының нөмірін | банк картасының деректерін',
    stop: 'тоқтат. | тоқтат! | тоқтатыңыз | тоқтатшы | тоқтатыңдар | доғар. | доғарыңыз | доғаршы | бас тартыңыз',
    // (the accusative, as stop's object: "ағымдағы тапсырмаңыз тоқтатылды" is a program's message)
    current: 'істеп жатқаныңды | істеп жатқаныңызды | істеп жатқаныңнан | істеп жатқан ісіңді | істеп жатқан ісіңізді | істеп жатқан жұмысыңды | істеп жатқан жұмысыңызды | ағымдағы тапсырмаңды | ағымдағы тапсырмаңызды | қазіргі тапсырмаңды | қазіргі тапсырмаңызды',
    instructions: 'нұсқау* | нұсқама* | ереже* | бұйрық* | директива* | промпт* | prompt | nusqau*',
    reveal: 'көрсет. | көрсет! | көрсетіңіз | көрсетші | айтшы | айтыңыз | айтып берші | айтып беріңіз | қайталашы | қайталаңыз | жария етіңіз | басып шығарыңыз',
    own: 'жүйелік промпт* | жүйелік нұсқау* | жүйелік нұсқама* | нұсқауларың* | саған берілген нұсқау* | сізге берілген нұсқау* | бастапқы нұсқау* | құпия нұсқау* | жасырын нұсқау* | промптың* | промптыңыз*',
    how: 'қалай жасауға болады | қалай жасау керек | қалай жасаймын | қалай жасай аламын | қалай дайындауға болады | қалай дайындаймын | қалай жасалады | қалай дайындалады | қайдан сатып алуға болады | қайдан сатып аламын | қалай бұзуға болады | қалай бұзамын | қалай ұрлауға болады | қалай ұрлаймын | қалай өлтіруге болады | жасауды үйрет | жасауды үйретші | жасауды үйретіңіз | дайындауды үйрет | дайындауды үйретші | дайындауды үйретіңіз',
    defend: 'қорғану* | қорғай аламын | алдын алу* | сақтану* | анықтау* | құтылу* | хабарлау*',
    harm: 'бомба* | жарылғыш* | қару | қаруды | қарудың | атыс қаруы* | адамды улау | біреуді улау | улы газ* | есірткі* | метамфетамин* | амфетамин* | кокаин* | героин* | фентанил* | бұзып кіру | хакерлік шабуыл* | ұрлау | ұрлық | кісі өлтіру | адам өлтіру | біреуді өлтіру | ақша жылыстату | жалған ақша | зиянды бағдарлама* | молотов коктейлі*',
    write: 'жаз | жазыңыз | жазшы | жазып берші | жазып беріңіз | жасап берші | жасап беріңіз | жасаңыз | жасашы | әзірлеңіз | әзірлеші | құрастырыңыз | құрастыршы',
    malware: 'зиянды бағдарлама | зиянды бағдарламаны | зиянкес бағдарлама | зиянкес бағдарламаны | зиянды код | зиянды кодты | троян | троянды | тыңшы бағдарлама | тыңшы бағдарламаны | шпиондық бағдарлама | шпиондық бағдарламаны | бопсалаушы бағдарлама | бопсалаушы бағдарламаны | компьютерлік вирус | компьютерлік вирусты | кейлоггер | кейлоггерді | эксплойт | эксплойтты | ботнет | ботнетті',
    persona: 'бұдан былай сенің атың | бұдан былай сен енді | осы сәттен бастап сен енді | осы сәттен бастап сенің атың | рөлін ойнашы | рөлін ойнаңыз',
    // (and to it, in the dative: "Жасанды интеллект көмекшісіне:"; "ЖИ" is "жасанды интеллект")
    assistant: 'жасанды интеллект көмекшісі | жи көмекшісі | жи ассистенті | жасанды интеллект ассистенті | ai ассистенті | жасанды интеллект агенті | жи агенті | тілдік модель | жасанды интеллект көмекшісіне | жи көмекшісіне | жи ассистентіне | тілдік модельге',
    user: 'пайдаланушы | пайдаланушының | пайдаланушыны | пайдаланушыдан | қолданушы | қолданушының | қолданушыны',
    // (a participle before the name: "Бұл хатты өңдейтін жи көмекшілеріне ескертпе:")
    reads: 'оқитын | оқып жатқан | өңдейтін | өңдеп жатқан | қорытындылайтын | түйіндейтін | қарап шығатын',
    readerNoun: 'жасанды интеллект көмекшілері | жи көмекшілері | жи ассистенттері | жасанды интеллект агенттері | жи агенттері | тілдік модельдер | жасанды интеллект модельдері',
  },
};
