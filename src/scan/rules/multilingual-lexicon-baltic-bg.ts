// The concept lexicons (multilingual-lexicon.ts format) of Lithuanian (`lt`), Latvian (`lv`) and
// of Bulgarian with Macedonian (`bg`, one lexicon with both languages' forms in the same lists,
// as `sh` holds the South Slavic languages written in Latin and Serbian Cyrillic). The entries
// are written from general knowledge of each language (dictionary words and their common
// imperative and inflected forms), never copied from a dataset. Accents are folded by the match
// view (ą č ę ė į š ų ū ž, ā ē ģ ī ķ ļ ņ lose their marks; Macedonian ќ ѓ fold to к г), so each
// word is written once with its diacritics, and forms that fold to the same spelling are listed
// once (Bulgarian and Macedonian "напиши", "покажи", "инструкции").
//
// Kept out on purpose:
// - forms software text uses: Lithuanian and Latvian infinitives ("ignoruoti", "ignorēt",
//   "atmesti", "praleist"), the buttons of a program; Bulgarian and Macedonian have no
//   infinitive and label buttons with the imperative ("Игнорирай", "Пропусни", "Отхвърли"),
//   hence no "skip"/"discard"/"reject" verbs, no singular "rule" ("Игнорирай правилото",
//   "taisyklę", a grammar checker's button), and no "system messages" in `own` ("Покажи
//   системните съобщения", a program's option);
// - imperatives spelled like an indicative that a description uses: Latvian 2sg imperatives that
//   are also the third person ("atklāj", "atkārto", "citē", "izdrukā", "izveido", "izstrādā",
//   "ģenerē", "neņem vērā", "neievēro", "neseko": "Modelis atklāj sistēmas uzvedni" describes a
//   leak), only their 2pl imperative ("atklājiet", "neņemiet vērā"), which differs from the
//   present ("atklājat"); Bulgarian and Macedonian imperatives that are also the aorist or the
//   present of the third person ("повтори", "направи", "разработи", "отхвърли": "моделът повтори
//   системните инструкции"), likewise only in the plural ("повторете", "направете");
// - the core override verbs are kept in spite of that (every request uses them): Latvian
//   "ignorē" (also the third person, and folded spelled as English "ignore", which
//   SHARED_WITH_ENGLISH sets apart like the French and Portuguese one) and "aizmirsti" (also the
//   2sg present), Bulgarian "забрави" and Macedonian "заборави" (also the aorist, and in
//   Macedonian the present: "тој ги заборави", "ако заборави", "може да заборави"): the clitic,
//   the conditional, the subjunctive "да" and the future particles ("ги", "ако", "да", "ще",
//   "ќе") are in NEGATION_BEFORE;
// - words that also name something harmless: Latvian "bumba" (also a ball), bare "vīrusu",
//   "virusą" ("write an article about the virus"), bare "nuodai"/"indi" and "noindēt" (rat and
//   mole poison), bare "nužudyti"/"nogalināt" (a game's boss), bare "kontaktus"/"контактите"
//   ("send your contact details to info@…"), "savo nurodymus"/"своите инструкции" ("write your
//   instructions for the courier"), bare "ką darai"/"ko tu dari" ("stop and think about what
//   you are doing"), "įsivaizduok, kad esi"/"представи си, че си" (language exercises), and
//   the Macedonian "ви" (AI, also "you");
// - words spelled as in English ("heroin", "malware", "model", "original", "trojan",
//   "keylogger"), written only in inflected forms English lacks ("heroino", "oriģinālās"); the
//   noun "prompt" among the instructions nouns, as the other lexicons keep it.
import type { LanguageLexicon } from './multilingual-lexicon-format.js';

export const BALTIC_BULGARIAN_LEXICONS: Record<string, LanguageLexicon> = {
  lt: {
    glued: false,
    verbLast: false,
    ignore:
      'ignoruok | ignoruokite | nepaisyk | nepaisykite | pamiršk | pamirškite | užmiršk | užmirškite | nekreipk dėmesio į | nekreipkite dėmesio į | neatsižvelk į | neatsižvelkite į | nesivadovauk | nesivadovaukite | nesilaikyk | nesilaikykite | neklausyk | neklausykite | nepaklusk | nepakluskite | išmesk iš galvos | išmeskite iš galvos',
    questions: 'klausim*',
    previous: 'ankstesn* | pirmesn* | ankstyvesn* | aukščiau pateikt* | aukščiau nurodyt* | aukščiau išvardyt* | aukščiau | pradin* | originalias | originalių | originalios | sistemos | sistemin*',
    everything: 'viską | viską, ką | viską ką | visa tai | viso to | visa, kas | visa kas',
    earlier: 'anksčiau | prieš tai | prieš tą | iki šiol | lig šiol | iki dabar | iki šios akimirkos | aukščiau | ankstesn*',
    yourNewTask:
      'tavo nauja užduotis | tavo naujoji užduotis | jūsų nauja užduotis | jūsų naujoji užduotis | tavo vienintelė užduotis | tavo tikroji užduotis | jūsų tikroji užduotis | tavo naujos instrukcijos | jūsų naujos instrukcijos | tavo naujieji nurodymai | tavo nauji nurodymai | jūsų nauji nurodymai | tavo naujas tikslas | tavo naujasis tikslas | jūsų naujas tikslas | tavo naujas vaidmuo | tavo naujasis vaidmuo | tavo nauja misija | tavo naujoji misija',
    newInstructions: 'nauja instrukcija | naujos instrukcijos | naujas nurodymas | nauji nurodymai | naujieji nurodymai | naujos direktyvos | nauji įsakymai',
    copula: '— | - | yra | bus | tai',
    send: 'siųsk | siųskite | nusiųsk | nusiųskite | išsiųsk | išsiųskite | persiųsk | persiųskite | perduok | perduokite | pasidalink | pasidalinkite | pasidalyk | pasidalykite | įkelk | įkelkite',
    secrets:
      'slaptažodį | slaptažodžius | visus slaptažodžius | prisijungimo duomenis | prieigos duomenis | kredencialus | api raktą | api raktus | privatų raktą | privačius raktus | slaptą raktą | prieigos raktą | prieigos raktus | prieigos žetoną | žetonus | visus el. laiškus | visus laiškus | visus el. pašto laiškus | gautuosius laiškus | pašto dėžutės turinį | visus kontaktus | kontaktų sąrašą | adresų knygą | pokalbio istoriją | pokalbių istoriją | susirašinėjimo istoriją | visą pokalbį | kortelės numerį | kortelių numerius | kredito kortelės numerį | mokėjimo kortelės duomenis | kortelės duomenis',
    stop: 'nustok | nustokite | liaukis | liaukitės | nutrauk | nutraukite | sustabdyk | sustabdykite',
    current: 'tai, ką darai | tai ką darai | tai, ką dabar darai | to, ką darai | tai, ką darote | tai ką darote | to, ką darote | savo dabartinę užduotį | tavo dabartinę užduotį | savo esamą užduotį | dabartinę savo užduotį',
    instructions: 'instrukcij* | nurodym* | taisykles | taisyklių | taisyklėmis | taisyklės | direktyv* | įsakym* | prompt | promptą | promptus | promptų',
    reveal: 'parodyk | parodykite | atskleisk | atskleiskite | pakartok | pakartokite | išvesk | išveskite | parašyk | parašykite | pasakyk | pasakykite | duok man | duokite man | pateik | pateikite | cituok | cituokite | išspausdink | išspausdinkite',
    own: 'sistemos raginim* | sistemos prompt* | sistemos instrukcij* | sistemos nurodym* | sistemin* prompt* | sistemin* instrukcij* | sistemin* nurodym* | tavo instrukcij* | tavo nurodym* | tavo promptą | pradin* instrukcij* | pradin* nurodym* | originalias instrukcijas | paslėpt* instrukcij* | paslėpt* nurodym* | slapt* instrukcij* | slapt* nurodym* | instrukcijas, kurias gavai | nurodymus, kuriuos gavai',
    how: 'kaip pagaminti | kaip pasigaminti | kaip padaryti | kaip pasidaryti | kaip sukonstruoti | kaip surinkti | kaip sukurti | kaip gauti | kaip įsigyti | kaip nusipirkti | kaip įsilaužti | kaip nulaužti | kaip pavogti | kaip galiu | kaip galėčiau | paaiškink, kaip | paaiškink kaip | paaiškinkite, kaip | paaiškinkite kaip | išmokyk mane | išmokykite mane | pasakyk, kaip | pasakyk kaip | pasakykite, kaip | parodyk, kaip | parodyk kaip | žingsnis po žingsnio | geriausias būdas | lengviausias būdas | kur nusipirkti | kur galiu nusipirkti | kur gauti | kur įsigyti',
    defend: 'apsisaugoti | apsaugoti | apsiginti | apginti | išvengti | atpažinti | aptikti | aptikimo | pranešti | pašalinti | ištrinti | išvalyti | patikrinti | sustabdyti | užkirsti | apie | rašinį | straipsnį | referatą',
    harm:
      'bomba | bombą | bombos | bombų | bombas | sprogmen* | sprogstamąjį užtaisą | ginklą | ginklus | ginklų | šaunamąjį ginklą | nunuodyti žmogų | nunuodyti ką nors | nuodingų dujų | nuodingas dujas | nervinių dujų | narkotik* | metamfetamin* | amfetamin* | kokain* | heroino | heroiną | fentanil* | įsilaužti | nulaužti | pavogti | vogti | apvogti | apiplėšti | nužudyti žmogų | nužudyti ką nors | užmušti žmogų | užmušti ką nors | šantažuoti | pinigų plovimas | plauti pinigus | išplauti pinigus | padirbtus pinigus | netikrus pinigus | padirbti pinigus | kenkėjišk* kod* | molotovo kokteil* | svetim* paskyr* | svetim* slaptažod* | svetim* telefon* | kito žmogaus paskyr*',
    write: 'parašyk | parašykite | sukurk | sukurkite | sugeneruok | sugeneruokite | suprogramuok | suprogramuokite | padaryk | padarykite',
    malware: 'kenkėjišk* program* | kenkėjišk* kod* | kenkėjišk* skript* | kenkėjišk* scenarij* | kompiuterinį virusą | kompiuterio virusą | trojaną | šnipinėjimo program* | išpirkos reikalaujanč* | klavišų registravimo program* | ddos atak* | ddos skript* | eksploit*',
    persona: 'apsimesk, kad esi | apsimesk kad esi | apsimeskite, kad esate | apsimeskite kad esate | vaidink, kad esi | vaidink kad esi | nuo šiol tu esi | nuo dabar tu esi | nuo šios akimirkos tu esi | nuo šiol atsakinėk | nuo šiol atsakyk | nuo dabar atsakyk',
    assistant: 'di asistent* | ai asistent* | dirbtinio intelekto asistent* | di agent* | ai agent* | kalbos model* | didysis kalbos modelis | pokalbių robot*',
    addressee: 'asistent* | ai | di | modeliui | modelis | modeli | kalbos model* | botui | botas | pokalbių robot* | dirbtinis intelektas | dirbtiniam intelektui',
    // (whole forms: the rule's anchor is a whole word)
    user: 'vartotojas | vartotojo | vartotojui | vartotoją | vartotojai | vartotojų | vartotojams | vartotojus | naudotojas | naudotojo | naudotojui | naudotoją | naudotojai | naudotojų | naudotojams | naudotojus',
    what: 'tai, ką | tai ką | tai, ko | tai ko | to, ko | to ko | ką | ko | viską, ką | viską ką',
    note: 'pastaba | žinutė | pranešimas | priminimas | dėmesio | užrašas',
    relative: 'kuris | kuri | kurie | kurios | kuriam',
    reads: 'skaito | skaitai | skaitote | apdoroja | apdoroji | apdorojate | apibendrina | analizuoja | analizuoji | peržiūri | peržiūrite | tvarko | rūšiuoja',
  },
  lv: {
    glued: false,
    verbLast: false,
    ignore:
      'ignorē | ignorējiet | aizmirsti | aizmirstiet | neņemiet vērā | nepievērs uzmanību | nepievērsiet uzmanību | neievērojiet | neklausiet | nesekojiet | neklausi | nepakļaujieties | izmetiet no galvas',
    questions: 'jautājum*',
    previous: 'iepriekšēj* | agrāk* | augstāk minēt* | iepriekš minēt* | augstāk norādīt* | augstāk | sākotnēj* | oriģinālās | oriģinālos | oriģinālo | sistēmas | sistēm* instrukcij*',
    everything: 'visu, ko | visu ko | visu, kas | visu kas | visu to | to visu | itin visu',
    earlier: 'iepriekš | agrāk | līdz šim | līdz šim brīdim | pirms tam | augstāk | iepriekšēj*',
    yourNewTask:
      'tavs jaunais uzdevums | jūsu jaunais uzdevums | tavs vienīgais uzdevums | jūsu vienīgais uzdevums | tavs īstais uzdevums | tavas jaunās instrukcijas | jūsu jaunās instrukcijas | tavi jaunie norādījumi | jūsu jaunie norādījumi | tavs jaunais mērķis | jūsu jaunais mērķis | tava jaunā loma | jūsu jaunā loma | tava jaunā misija',
    newInstructions: 'jauns norādījums | jauni norādījumi | jaunie norādījumi | jauna instrukcija | jaunas instrukcijas | jaunās instrukcijas | jauna pavēle | jaunas pavēles | jaunas direktīvas',
    copula: '— | - | ir | būs',
    send: 'sūti | sūtiet | nosūti | nosūtiet | pārsūti | pārsūtiet | izsūti | izsūtiet | dalies ar | dalieties ar | kopīgo | kopīgojiet | augšupielādē | augšupielādējiet',
    secrets:
      'paroli | visas paroles | savas paroles | tavas paroles | piekļuves datus | pieteikšanās datus | akreditācijas datus | api atslēgu | api atslēgas | privāto atslēgu | privātās atslēgas | slepeno atslēgu | piekļuves atslēgu | piekļuves žetonu | piekļuves marķieri | marķierus | žetonus | visus e-pastus | visas e-pasta vēstules | visas vēstules | iesūtni | pastkastes saturu | visus kontaktus | kontaktu sarakstu | adrešu grāmatu | sarunas vēsturi | sarunu vēsturi | tērzēšanas vēsturi | visu sarunu | kartes numuru | karšu numurus | kredītkartes numuru | maksājumu kartes datus | kartes datus',
    stop: 'pārtrauc | pārtrauciet | beidz | beidziet | izbeidz | izbeidziet',
    current: 'to, ko tu dari | to ko tu dari | to, ko dari | to ko dari | ar to, ko dari | to, ko jūs darāt | to, ko darāt | to ko darāt | savu pašreizējo uzdevumu | tavu pašreizējo uzdevumu | savu esošo uzdevumu',
    instructions: 'instrukcij* | norādījum* | noteikumus | noteikumiem | noteikumi | pavēles | pavēli | pavēlēm | direktīv* | uzvedn* | prompt | promptu | promptus',
    reveal: 'parādi | parādiet | atklājiet | atkārtojiet | izvadi | izvadiet | uzraksti | uzrakstiet | pasaki | pasakiet | saki | sakiet | dod man | dodiet man | citējiet | izdrukājiet | atklāj man | atkārto man',
    own: 'sistēmas uzvedn* | sistēmas instrukcij* | sistēmas norādījum* | sistēmas prompt* | tavas instrukcijas | tavus norādījumus | tavu uzvedni | sākotnēj* instrukcij* | sākotnēj* norādījum* | sākotnēj* uzvedn* | slēpt* instrukcij* | slēpt* norādījum* | slepen* instrukcij* | slepen* norādījum* | instrukcijas, ko saņēmi | norādījumus, ko saņēmi',
    how: 'kā pagatavot | kā izgatavot | kā uztaisīt | kā izveidot | kā uzbūvēt | kā salikt | kā iegūt | kā dabūt | kā nopirkt | kā iegādāties | kā uzlauzt | kā nozagt | kā es varu | kā lai | kā var | paskaidro, kā | paskaidro kā | paskaidrojiet, kā | izskaidro, kā | pastāsti, kā | pastāsti kā | pastāstiet, kā | iemāci man | iemāciet man | parādi, kā | parādi kā | soli pa solim | labākais veids | vienkāršākais veids | kur nopirkt | kur var nopirkt | kur dabūt | kur iegādāties',
    defend: 'aizsargāt | aizsargāties | aizsargātos | aizsargājos | pasargāt | pasargātu | novērst | izvairīties | atpazīt | atklāt | konstatēt | ziņot | noņemt | izdzēst | dzēst | pārbaudīt | atbrīvoties | aizsardzība | par | eseju | rakstu | referātu',
    harm:
      'spridzekli | spridzekļus | spridzekļa | spridzeklis | sprāgstviel* | ieroci | ieročus | ieroču | ierocis | šaujamieroci | šaujamieročus | noindēt cilvēku | noindēt kādu | saindēt kādu | saindēt cilvēku | indīgu gāzi | nervu gāzi | narkotik* | metamfetamīn* | amfetamīn* | kokaīn* | heroīnu | heroīna | fentanil* | uzlauzt | ielauzties | nozagt | zagt | apzagt | aplaupīt | nogalināt cilvēku | nogalināt kādu | noslepkavot | šantažēt | naudas atmazgāšana | atmazgāt naudu | viltotu naudu | viltota nauda | viltot naudu | ļaunprātīg* kod* | molotova kokteil* | svešu kontu | sveša konta | kāda cita kontu | kaimiņa wifi | svešu e-pastu',
    write: 'uzraksti | uzrakstiet | izveidojiet | izstrādājiet | ģenerējiet | uzprogrammējiet',
    malware: 'ļaunprātīg* programmatūr* | ļaunprātīg* kod* | ļaunprātīg* programm* | ļaunprātīg* skript* | datorvīrus* | trojas zirg* | spiegprogrammatūr* | spiegošanas programm* | izspiedējvīrus* | izspiedējprogrammatūr* | taustiņu uztvērēj* | ddos uzbrukum* | ddos skript* | eksploit*',
    persona: 'izliecies, ka esi | izliecies ka esi | izlieciet, ka esat | izlieciet ka esat | tēlo, ka esi | tēlo ka esi | no šī brīža tu esi | turpmāk tu esi | no tagad tu esi | no šī brīža atbildi | turpmāk atbildi | no tagad atbildi',
    assistant: 'mi asistent* | ai asistent* | mākslīgā intelekta asistent* | mi aģent* | ai aģent* | valodas model* | lielais valodas modelis | tērzēšanas robot* | tērzbot*',
    addressee: 'asistent* | ai | mi | modelim | modeli | modelis | valodas model* | botam | bots | tērzēšanas robot* | mākslīgajam intelektam | mākslīgais intelekts',
    user: 'lietotājs | lietotāja | lietotājam | lietotāju | lietotāji | lietotājiem | lietotājus | lietotājai',
    what: 'to, ko | to ko | ko | visu, ko | visu ko',
    note: 'piezīme | ziņa | ziņojums | paziņojums | atgādinājums | uzmanību',
    relative: 'kas | kurš | kura | kuri | kuras',
    reads: 'lasa | lasi | lasāt | apstrādā | apstrādājat | apkopo | analizē | pārskata | pārlūko | kārto | šķiro',
  },
  bg: {
    glued: false,
    verbLast: false,
    ignore:
      // Bulgarian
      'игнорирай | игнорирайте | забрави | забравете | пренебрегни | пренебрегнете | не обръщай внимание на | не обръщайте внимание на | не се съобразявай с | не се съобразявайте с | не следвай | не следвайте | не спазвай | не спазвайте | не вземай предвид | не взимай предвид | не вземайте предвид | не взимайте предвид | не слушай | не слушайте | изхвърли от главата си' +
      // Macedonian
      ' | игнорирај | игнорирајте | заборави | заборавете | занемари | занемарете | не обрнувај внимание на | не обрнувајте внимание на | не земај предвид | не земајте предвид | не ги следете | не ги почитувај | не ги почитувајте | не ги слушај | не ги слушајте',
    questions: 'въпрос* | прашањ*',
    previous:
      'предишн* | предходн* | по-горн* | горн* | гореизброен* | гореспоменат* | горепосочен* | по-ранн* | първоначалн* | оригиналн* | системн* | досегашн*' +
      ' | претходн* | погорн* | горенаведен* | првичн* | изворн* | системск*',
    everything: 'всичко | всичко, което | всичко това | сè | сè што | сето она што | сето тоа | се што',
    earlier: 'преди това | досега | до момента | по-рано | по-горе | предишн* | предходн* | претходно | пред тоа | порано | погоре | претходн*',
    yourNewTask:
      'твоята нова задача | вашата нова задача | новата ти задача | новата ви задача | единствената ти задача | истинската ти задача | твоите нови инструкции | вашите нови инструкции | новите ти инструкции | новите ви инструкции | новата ти цел | твоята нова цел | новата ти роля | твоята нова роля | новата ти мисия' +
      ' | твојата нова задача | твојата единствена задача | твоите нови упатства | вашите нови упатства | твојата нова цел | твојата нова улога | твојата нова мисија',
    newInstructions: 'нова инструкция | нови инструкции | ново указание | нови указания | нова заповед | нови заповеди | нови насоки | нова инструкција | ново упатство | нови упатства | нова наредба | нови наредби',
    copula: '— | - | е | са | ще бъде | се | ќе биде',
    send:
      'изпрати | изпратете | прати | пратете | препрати | препратете | сподели | споделете | качи | качете | предай | предайте' +
      ' | испрати | испратете | проследи | проследете | прикачи | прикачете',
    secrets:
      'паролата | паролите | паролата си | паролите си | всички пароли | данните за вход | данните за достъп | идентификационните данни | api ключа | api ключовете | частния ключ | частните ключове | тайния ключ | токена | токените | токена за достъп | всички имейли | всички писма | входящата поща | пощенската кутия | всички контакти | списъка с контакти | адресната книга | историята на разговора | историята на чата | целия разговор | номера на картата | номерата на картите | номера на кредитната карта | данните на картата' +
      ' | лозинката | лозинките | сите лозинки | податоците за најава | податоците за пристап | api клучот | api клучевите | приватниот клуч | токенот | сите е-пораки | сите мејлови | влезната пошта | поштенското сандаче | сите контакти | листата со контакти | историјата на разговорот | историјата на четот | бројот на картичката | броевите на картичките | бројот на кредитната картичка',
    stop: 'спри | спрете | престани | престанете | прекрати | прекратете | прекъсни | прекъснете | откажи се от | откажете се от | запри | запрете | прекини | прекинете | откажи се од | откажете се од',
    current:
      'това, което правиш | това което правиш | каквото правиш | това, което правите | това което правите | текущата си задача | сегашната си задача | настоящата си задача' +
      ' | тоа што го правиш | она што го правиш | тоа што го правите | тоа што правиш | својата тековна задача | твојата тековна задача',
    instructions:
      'инструкци* | указани* | правила | правилата | заповеди | заповедите | насоки | насоките | директив* | промпт | промпта | промптът | подкана | подканата | команди | командите' +
      ' | инструкциј* | упатств* | наредби | наредбите',
    reveal:
      'покажи | покажете | разкрий | разкрийте | повторете | изведи | изведете | напиши | напишете | кажи | кажете | дай ми | дайте ми | цитирай | цитирайте' +
      ' | откриј | откријте | испиши | испишете | дај ми | дајте ми | цитирај | цитирајте',
    own:
      'системн* промпт* | системн* инструкци* | системн* указани* | системн* подкан* | системн* си промпт* | системн* си инструкци* | системн* си указани* | системен промпт | твоите инструкции | инструкциите ти | твоите указания | указанията ти | първоначалн* инструкци* | първоначалн* указани* | първоначалн* си инструкци* | първоначалн* си указани* | оригиналн* инструкци* | оригиналн* си инструкци* | скрит* инструкци* | скрит* указани* | тайн* инструкци* | тайн* указани* | инструкциите, които получи | инструкциите, които си получил' +
      ' | системск* промпт* | системск* инструкци* | системск* упатств* | твоите упатства | првичн* упатств* | првичн* инструкци* | оригиналн* упатств* | скриен* упатств* | скриен* инструкци* | тајн* упатств* | тајн* инструкци*',
    how:
      'как да направя | как да си направя | как се прави | как да изработя | как да сглобя | как да създам | как да приготвя | как се приготвя | как да синтезирам | как да се сдобия с | как да намеря | как да купя | как да хакна | как да открадна | как да убия | как мога | как бих могъл | как бих могла | обясни ми как | обясни как | обяснете ми как | обяснете как | научи ме | научете ме | кажи ми как | кажете ми как | покажи ми как | стъпка по стъпка | най-добрият начин | най-лесният начин | къде да купя | къде мога да купя | къде да намеря' +
      ' | како да направам | како се прави | како да изработам | како да создадам | како да набавам | како да купам | како да хакирам | како да украдам | како да убијам | како можам | објасни ми како | објасни како | објаснете ми како | кажи ми како | покажи ми како | чекор по чекор | најдобриот начин | најлесниот начин | каде да купам | каде можам да купам',
    defend:
      'защитя | защитим | защитиш | предпазя | предпазим | предотвратя | избегна | разпозная | открия | премахна | изтрия | докладвам | сигнализирам | защита | предпазване | премахване | относно | есе | есей | статия | доклад' +
      ' | заштитам | заштитиме | спречам | избегнам | препознаам | откријам | отстранам | избришам | пријавам | заштита | есеј | статија',
    harm:
      'бомба | бомби | бомбата | бомбите | взривн* устройств* | взривн* веществ* | експлозив | експлозиви | оръжие | оръжия | оръжието | огнестрелно оръжие | отровя човек | отровя някого | отровен газ | нервнопаралитичен газ | нервен газ | наркотици | наркотиците | дрога | дрогата | метамфетамин* | амфетамин* | кокаин* | хероин* | фентанил* | хакна | хакне | хакнеш | открадна | открадне | обера | убия човек | убия някого | убиеш някого | пране на пари | изпера пари | да пера пари | фалшиви пари | фалшифицирам пари | зловред* софтуер* | зловред* код* | рансъмуер* | кийлогер* | коктейл* молотов* | чужд* акаунт* | чужд* профил* | чужд* парол* | чужд* имейл* | чужд* телефон*' +
      ' | експлозивна направа | оружје | оружја | оружјето | огнено оружје | отрувам некого | отровен гас | нервен гас | дроги | дрогата | хакирам | украдам | ограбам | убијам некого | убијам човек | перење пари | исперам пари | лажни пари | фалсификувани пари | злонамер* софтвер* | злонамер* код* | малициоз* софтвер* | рансомвер* | кејлогер* | молотов коктел | туѓ* профил* | туѓ* лозинк* | туѓ* сметк* | туѓ* телефон*',
    write:
      'напиши | напишете | създай | създайте | направете | разработете | генерирай | генерирайте | програмирай | програмирайте' +
      ' | создај | создајте | развиј | развијте | генерирај | генерирајте',
    malware:
      'зловред* софтуер* | зловред* код* | зловред* програм* | зловред* скрипт* | злонамер* софтуер* | компютърен вирус | компютърни вируси | троянски кон | троянец | шпионски софтуер | шпионска програма | рансъмуер* | кийлогер* | експлойт* | ддос атак* | ddos атак*' +
      ' | злонамер* софтвер* | злонамер* код* | злонамер* програм* | малициоз* софтвер* | компјутерски вирус | тројанец | тројански коњ | шпионски софтвер | рансомвер* | кејлогер* | експлоит*',
    persona:
      'преструвай се, че си | преструвай се че си | преструвайте се, че сте | престори се, че си | престори се че си | отсега нататък си | отсега нататък ти си | отсега нататък отговаряй | от този момент си | от този момент нататък си | от този момент отговаряй | от днес нататък си' +
      ' | преправај се дека си | прави се дека си | глуми дека си | отсега па натаму си | од сега си | од овој момент си | од сега одговарај | отсега одговарај',
    assistant:
      'ии асистент* | ai асистент* | асистент* с изкуствен интелект | ии агент* | ai агент* | езиков* модел* | чатбот*' +
      ' | асистент* со вештачка интелигенција | јазичн* модел* | четбот*',
    addressee: 'асистент* | ии | ai | модела | моделът | модел | бот | бота | ботът | ботот | чатбот* | четбот* | езиков* модел* | јазичн* модел* | изкуствения интелект | изкуствен интелект | вештачката интелигенција',
    user: 'потребител | потребителя | потребителят | потребители | потребителите | корисник | корисникот | корисници | корисниците',
    what: 'това, което | това което | каквото | онова, което | всичко, което | тоа што | она што | што | сè што',
    note: 'бележка | съобщение | напомняне | забележка | известие | внимание | белешка | порака | напомена | забелешка | известување',
    relative: 'който | която | което | които | кој | која | кое | кои | што',
    reads: 'чете | четат | четеш | обработва | обработват | обобщава | обобщават | анализира | анализират | преглежда | преглеждат | управлява | сортира | чита | читаат | обработува | обработуваат | сумира | прегледува | управува',
  },
};
