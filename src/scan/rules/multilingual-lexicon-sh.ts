// The concept lexicon (multilingual-lexicon.ts format) of the South Slavic languages written in
// Latin and Cyrillic script: Slovenian, Croatian, Serbian (Latin script and Serbian Cyrillic) and
// Bosnian, one lexicon keyed `sh` with all their forms in the same lists (like the Czech/Slovak
// and the Scandinavian ones: the languages share most of these words). The entries are written
// from general knowledge of each language (dictionary words and their common imperative and
// inflected forms), never copied from a dataset. Accents are folded by the match view (č ć š ž
// lose their marks; đ and the Cyrillic letters without a Latin look-alike stay), so each word is
// written once with its diacritics, and forms that fold to the same spelling are listed once
// (Croatian "ignoriraj" is also Bosnian; Slovenian "inštrukcije" folds to Croatian "instrukcije";
// Cyrillic "је" folds to Latin "je").
//
// Kept out on purpose:
// - infinitives ("ignorirati", "zanemariti"), which software buttons and manuals use, and the
//   prohibitive "nemoj"/"ne" + a verb whose imperative is spelled like its third person present
//   ("ne slijedi upute" is also "does not follow the instructions"; "ne drži se"); the negated
//   override verbs are only listed where the imperative differs from the indicative ("ne
//   obaziri se", "ne uzimaj u obzir", "ne upoštevaj"), and otherwise with "nemoj" + infinitive;
// - verbs whose imperative a program's interface uses with these nouns ("Preskoči upute",
//   "Odbaci pravilo", "Poništi naredbu"); the singular "pravilo", which a grammar checker's
//   "Zanemari pravilo" / "Prezri pravilo" holds; "sve"/"vse" alone in `everything`, which is also
//   the determiner "all" ("zanemari sve datoteke izmijenjene ranije");
// - words spelled as in English ("heroin", "virus", "model", "token", "ransomware", "keylogger",
//   "botnet", "malware", "original"), except the noun "prompt" among the instructions nouns, as
//   the other lexicons keep it (SHARED_WITH_ENGLISH takes care of it);
// - stems that take in common unrelated words: "bomb*" (Croatian "bombon", a sweet),
//   "eksploziv*" ("eksplozivan rast"), "početn*" ("početnik", a beginner), "uput*" ("uputi", refer),
//   "pravil*" ("pravilno", correctly), bare "ubiti" ("ubiti vrijeme", "ubiti bakterije") and bare
//   "otrov" (rat and slug poison: gardening questions).
// Perfective verbs of the i-conjugation spell their imperative like the indicative (2sg imperative
// "zaboravi" = 3sg present, 2pl imperative "zanemarite" = 2pl present: "Ako zanemarite upute …",
// "Če pozabite geslo …"); the core override verbs are kept in spite of that (every request uses
// them), and the conditional that turns them into a description ("ako", "ukoliko", "če") is a
// negation NEGATION_BEFORE could list.
import type { LanguageLexicon } from './multilingual-lexicon-format.js';

export const SOUTH_SLAVIC_LEXICONS: Record<string, LanguageLexicon> = {
  sh: {
    glued: false,
    verbLast: false,
    ignore:
      // Croatian, Bosnian, Serbian (Latin)
      'ignoriraj | ignorirajte | ignoriši | ignorišite | zanemari | zanemarite | zanemaruj | zanemarujte | zaboravi | zaboravite | ne obaziri se | ne obazirite se | nemoj se obazirati | nemojte se obazirati | ne obraćaj pažnju | ne obraćajte pažnju | ne obraćaj pozornost | ne obraćajte pozornost | ne uzimaj u obzir | ne uzimajte u obzir | ne slušaj | ne slušajte | ne pridržavaj se | ne pridržavajte se | nemoj se pridržavati | nemojte se pridržavati | nemoj da se pridržavaš | nemojte da se pridržavate | nemoj slijediti | nemojte slijediti | nemoj slediti | nemojte slediti | nemoj da slediš | nemojte da sledite | nemoj pratiti | nemojte pratiti | nemoj da pratiš | nemojte da pratite | ostavi po strani | ostavite po strani' +
      // Slovenian
      ' | pozabi | pozabite | prezri | prezrite | spreglej | spreglejte | zavrzi | zavrzite | odmisli | odmislite | ne upoštevaj | ne upoštevajte | ne oziraj se | ne ozirajte se | ne meni se za | ne menite se za | ne poslušaj | ne poslušajte | pusti ob strani | pustite ob strani' +
      // Serbian Cyrillic
      ' | игнориши | игноришите | игнорирај | игнорирајте | занемари | занемарите | занемаруј | занемарујте | заборави | заборавите | не обазири се | не обазирите се | немој се обазирати | немојте се обазирати | не обраћај пажњу | не обраћајте пажњу | не узимај у обзир | не узимајте у обзир | не слушај | не слушајте | не придржавај се | не придржавајте се | немој се придржавати | немојте се придржавати | немој да се придржаваш | немојте да се придржавате | немој да следиш | немојте да следите | немој слиједити | немојте слиједити | немој пратити | немојте пратити | немој да пратиш | немојте да пратите | остави по страни | оставите по страни',
    questions: 'pitanj* | vprašanj* | питањ*',
    previous:
      'prethodn* | ranij* | dosadašnj* | pređašnj* | gornj* | gore naveden* | gorenaveden* | iznad | gore | izvorne | izvornih | izvorna | izvorni | prvobitn* | prvotn* | sistemsk* | sustavsk*' +
      ' | prejšnj* | predhodn* | dosedanj* | zgornj* | zgoraj naveden* | zgoraj | izvirne | izvirnih | izvirna | izvirni' +
      ' | претходн* | раниј* | досадашњ* | пређашњ* | горњ* | горе наведен* | горенаведен* | изнад | горе | изворне | изворних | изворна | изворни | првобитн* | системск*',
    everything:
      'sve što | sve ono što | sve to | sve ovo | svega | svega što | sve ostalo | sve navedeno | sve rečeno | sve napisano' +
      ' | vse, kar | vse kar | vse to | vse tole | vsega | vse ostalo | vse povedano | vse napisano' +
      ' | све што | све оно што | све то | све ово | свега | свега што | све остало | све наведено | све речено | све написано',
    earlier:
      'ranij* | prethodn* | dosadašnj* | dosad | dosada | do sada | do sad | do ovog trenutka | do ovoga trenutka | prije toga | pre toga | prije ovoga | pre ovoga | gore | iznad' +
      ' | prej | poprej | doslej | do zdaj | do sedaj | zgoraj | prejšnj* | predhodn* | dosedanj*' +
      ' | раниј* | претходн* | досадашњ* | досад | до сада | до сад | до овог тренутка | прије тога | пре тога | прије овога | пре овога | горе | изнад',
    yourNewTask:
      'tvoj novi zadatak | vaš novi zadatak | tvoj jedini zadatak | vaš jedini zadatak | tvoj pravi zadatak | vaš pravi zadatak | tvoja nova zadaća | vaša nova zadaća | tvoje nove upute | vaše nove upute | tvoja nova uputstva | vaša nova uputstva | tvoje nove instrukcije | vaše nove instrukcije | tvoje nove smjernice | tvoje nove smernice | tvoj novi cilj | vaš novi cilj | tvoja nova uloga | vaša nova uloga | tvoja nova misija | vaša nova misija' +
      ' | tvoja nova naloga | vaša nova naloga | tvoja edina naloga | vaša edina naloga | tvoja prava naloga | vaša prava naloga | tvoja nova navodila | vaša nova navodila | tvoj nov cilj | vaš nov cilj | tvoja nova vloga | vaša nova vloga' +
      ' | твој нови задатак | ваш нови задатак | твој једини задатак | ваш једини задатак | твој прави задатак | ваш прави задатак | твоја нова упутства | ваша нова упутства | твоје нове упуте | ваше нове упуте | твоје нове инструкције | ваше нове инструкције | твој нови циљ | ваш нови циљ | твоја нова улога | ваша нова улога | твоја нова мисија',
    newInstructions:
      'nova uputa | nove upute | novo uputstvo | nova uputstva | nova instrukcija | nove instrukcije | novo naređenje | nova naređenja | nova smjernica | nove smjernice | nova smernica | nove smernice | novi naputak | novi naputci' +
      ' | novo navodilo | nova navodila' +
      ' | нова упута | нове упуте | ново упутство | нова упутства | нова инструкција | нове инструкције | ново наређење | нова наређења | нове смернице | нове смјернице',
    copula: '— | - | je | jest | su | glasi | se glasi | bit će | biće | so | bo | су | гласи | биће',
    send:
      'pošalji | pošaljite | proslijedi | proslijedite | prosledi | prosledite | podijeli | podijelite | podeli | podelite | prenesi | prenesite | otpremi | otpremite | dostavi | dostavite' +
      ' | pošlji | pošljite | posreduj | posredujte | delite | naloži | naložite' +
      ' | пошаљи | пошаљите | прослиједи | прослиједите | проследи | проследите | подели | поделите | подијели | подијелите | пренеси | пренесите | отпреми | отпремите | достави | доставите',
    secrets:
      // Croatian, Bosnian, Serbian (Latin)
      'lozinka | lozinku | lozinke | lozinki | sve šifre | svoju šifru | tvoju šifru | vašu šifru | šifru za prijavu | šifre za prijavu | šifru naloga | vjerodajnice | kredencijale | kredencijali | pristupne podatke | pristupni podaci | podatke za prijavu | podaci za prijavu | podatke za pristup | podatke za logovanje | korisničko ime i lozinku | api ključ | api ključa | api ključeve | api-ključ | ključ api | privatni ključ | privatne ključeve | tajni ključ | tajne ključeve | tokene | pristupni token | pristupne tokene | sve e-mailove | sve mailove | sve mejlove | sve imejlove | sve e-poruke | sve poruke e-pošte | dolaznu poštu | pristiglu poštu | poštanski sandučić | sadržaj sandučića | poštanski pretinac | sadržaj pretinca | kontakte | popis kontakata | listu kontakata | spisak kontakata | imenik | adresar | povijest razgovora | istoriju razgovora | istorija razgovora | historiju razgovora | historija razgovora | povijest chata | istoriju četa | istoriju chata | historiju chata | cijeli razgovor | ceo razgovor | celu konverzaciju | istoriju konverzacije | broj kartice | brojeve kartica | broj kreditne kartice | brojeve kreditnih kartica | broj platne kartice | podatke o kartici | podatke kartice' +
      // Slovenian
      ' | geslo | gesla | gesel | poverilnice | poverilnic | prijavne podatke | podatke za prijavo | dostopne podatke | api ključe | zasebni ključ | zasebne ključe | dostopni žeton | dostopne žetone | vsa e-sporočila | vso e-pošto | prejeto pošto | nabiralnik | poštni predal | stike | seznam stikov | zgodovino pogovora | zgodovino pogovorov | zgodovina pogovora | zgodovino klepeta | celoten pogovor | številko kartice | številke kartic | številko kreditne kartice' +
      // Serbian Cyrillic
      ' | лозинка | лозинку | лозинке | лозинки | све шифре | своју шифру | твоју шифру | вашу шифру | шифру за пријаву | креденцијале | креденцијали | приступне податке | податке за пријаву | api кључ | api кључеве | приватни кључ | приватне кључеве | тајни кључ | токене | све мејлове | све имејлове | долазну пошту | поштанско сандуче | контакте | листу контаката | списак контаката | именик | историју разговора | историја разговора | историју ћаскања | цео разговор | број картице | бројеве картица | број кредитне картице | податке о картици',
    stop:
      'prestani | prestanite | prekini | prekinite | stani | stanite | zaustavi | zaustavite | obustavi | obustavite | odustani od | odustanite od | napusti | napustite' +
      ' | nehaj | nehajte | prenehaj | prenehajte | ustavi | ustavite' +
      ' | престани | престаните | прекини | прекините | стани | станите | заустави | зауставите | обустави | обуставите | одустани од | одустаните од | напусти | напустите',
    current:
      'što radiš | šta radiš | što radite | šta radite | što trenutno radiš | šta trenutno radiš | što trenutno radite | šta trenutno radite | što sada radiš | šta sada radiš | što sad radiš | šta sad radiš | što upravo radiš | šta upravo radiš | svoj trenutni zadatak | svoj trenutačni zadatak | svoj sadašnji zadatak | svojim trenutnim zadatkom | tvoj trenutni zadatak | tvojim trenutnim zadatkom' +
      ' | kar počneš | kar delaš | kar počnete | kar delate | kar zdaj počneš | kar zdaj delaš | kar trenutno počneš | kar trenutno delaš | svojo trenutno nalogo | tvojo trenutno nalogo | svoje trenutno delo' +
      ' | што радиш | шта радиш | што радите | шта радите | што тренутно радиш | шта тренутно радиш | што сада радиш | шта сада радиш | шта сад радиш | свој тренутни задатак | својим тренутним задатком | твој тренутни задатак',
    instructions:
      'upute | uputa | uputama | uputu | uputom | uputstva | uputstvo | uputstvu | uputstvima | uputstava | instrukcij* | pravila | pravilima | pravil | naredbe | naredbi | naredbama | smjernic* | smernic* | direktiv* | naputak | naputke | naputci | naputaka | naputcima | naređenj* | zapovijedi | zapovijedima | zapovesti | zapovestima | prompt | prompta | promptu | promptove | promptom | navodil* | napotk*' +
      ' | упуте | упута | упутама | упуту | упутом | упутства | упутство | упутству | упутствима | упутстава | инструкциј* | правила | правилима | наредбе | наредби | наредбама | смерниц* | смјерниц* | директив* | наређењ* | заповести | заповиједи | промпт | промпта | промпту | промптове | промптом',
    reveal:
      'pokaži | pokažite | otkrij | otkrijte | ponovi | ponovite | ispiši | ispišite | napiši | napišite | reci | recite | kaži | kažite | daj mi | dajte mi | prikaži | prikažite | citiraj | citirajte | navedi | navedite | odaj | odajte' +
      ' | razkrij | razkrijte | izpiši | izpišite | povej | povejte | izdaj | izdajte' +
      ' | покажи | покажите | откриј | откријте | понови | поновите | испиши | испишите | напиши | напишите | реци | реците | кажи | кажите | дај ми | дајте ми | прикажи | прикажите | цитирај | цитирајте | наведи | наведите | одај | одајте',
    own:
      'sistemsk* prompt* | sistemsk* uput* | sistemsk* instrukcij* | sistemsk* navodil* | sustavsk* prompt* | sustavsk* uput* | tvoj* uput* | tvoj* instrukcij* | tvoj* navodil* | tvoj* prompt* | svoj* prompt* | vaš* prompt* | izvorn* uput* | izvorn* instrukcij* | izvorn* prompt* | prvobitn* uput* | prvotn* uput* | prvotn* navodil* | izvirn* navodil* | začetn* navodil* | skriven* uput* | skriven* instrukcij* | tajn* uput* | tajn* instrukcij* | skrit* navodil* | skrivn* navodil* | upute koje si dobio | upute koje si dobila | uputstva koja si dobio | uputstva koja si dobila | instrukcije koje si dobio | instrukcije koje si dobila' +
      ' | системск* промпт* | системск* упут* | системск* инструкциј* | твој* упут* | твој* инструкциј* | твој* промпт* | свој* промпт* | ваш* промпт* | изворн* упут* | првобитн* упут* | скривен* упут* | скривен* инструкциј* | тајн* упут* | тајн* инструкциј* | упутства која си добио | упутства која си добила',
    how:
      'kako napraviti | kako napravim | kako izraditi | kako proizvesti | kako sastaviti | kako sklopiti | kako izgraditi | kako sagraditi | kako nabaviti | kako doći do | kako dobiti | kako hakirati | kako hakovati | kako provaliti u | kako da | kako mogu | kako bih mogao | kako bih mogla | kako se može | kako se pravi | kako se izrađuje | kako se proizvodi | objasni mi kako | objasni kako | objasnite mi kako | objasnite kako | nauči me | naučite me | reci mi kako | recite mi kako | pokaži mi kako | pokažite mi kako | korak po korak | najbolji način | najlakši način | gdje mogu | gde mogu | gdje kupiti | gde kupiti | gdje nabaviti | gde nabaviti | uputstvo za izradu | uputstvo za pravljenje | upute za izradu' +
      ' | kako narediti | kako izdelati | kako heknati | kako vdreti v | kako zgraditi | kako pridobiti | kako priti do | kako lahko | kako naj | kako se naredi | kako se izdela | razloži mi, kako | razloži mi kako | razložite mi, kako | razložite mi kako | pojasni mi, kako | pojasni mi kako | pojasnite mi, kako | povej mi, kako | povej mi kako | povejte mi, kako | povejte mi kako | pokaži mi, kako | korak za korakom | najboljši način | kje lahko | kje kupiti | kje dobiti | navodila za izdelavo' +
      ' | како направити | како направим | како израдити | како произвести | како саставити | како набавити | како доћи до | како добити | како хаковати | како хакирати | како провалити у | како да | како могу | како бих могао | како бих могла | како се може | како се прави | како се производи | објасни ми како | објасни како | објасните ми како | научи ме | научите ме | реци ми како | реците ми како | покажи ми како | корак по корак | најбољи начин | најлакши начин | где могу | гдје могу | где купити | гдје купити | где набавити | гдје набавити | упутство за израду',
    defend:
      'zaštititi | zaštitim | zaštiti se | spriječiti | spriječim | sprečiti | sprečim | izbjeći | izbjegnem | izbeći | izbegnem | prepoznati | prepoznam | otkriti | prijaviti | obraniti se | odbraniti se | braniti se' +
      ' | zaščititi | zaščitim | preprečiti | preprečim | izogniti se | izognem se | ubraniti se' +
      ' | заштитити | заштитим | заштити се | спречити | спречим | спријечити | избећи | избјећи | избегнем | препознати | препознам | открити | пријавити | одбранити се | бранити се',
    harm:
      // Croatian, Bosnian, Serbian (Latin)
      'bomba | bombu | bombe | bombi | bombom | bombama | eksploziv | eksploziva | eksplozivom | eksplozive | eksplozivnu napravu | eksplozivne naprave | eksplozivna naprava | oružje | oružja | oružjem | vatreno oružje | otrovati nekoga | otrovati čovjeka | otrovati čoveka | otrovati osobu | bojni otrov | nervni otrov | otrovni plin | otrovnog plina | drogu | droge | droga | drogom | drogama | narkotik* | metamfetamin* | amfetamin* | kokain* | heroina | heroinom | heroinu | fentanil* | hakirati | hakiram | hakovati | hakujem | provaliti u | provalim u | obiti bravu | ukrasti | ukradem | krasti | opljačkati | opljačkam | ubiti nekoga | ubiti nekog | ubijem nekoga | ubiti čovjeka | ubiti čoveka | ubiti osobu | počiniti ubojstvo | počiniti ubistvo | ucijeniti | uceniti | pranje novca | oprati novac | prati novac | operem novac | lažni novac | krivotvoriti novac | krivotvoreni novac | falsifikovati novac | falsifikovani novac | zlonamjern* softver* | zlonamjern* kod* | zlonamjern* program* | zlonamern* softver* | zlonamern* kod* | zlonamern* program* | ucjenjivačk* softver* | ucenjivačk* softver* | kejloger* | molotovljev* koktel* | tuđ* račun* | tuđ* profil* | tuđ* lozink* | tuđ* šifr* | tuđ* nalog* | tuđ* e-mail* | tuđ* mejl* | tuđ* telefon* | tuđ* mobitel* | tuđ* wifi* | tuđ* kartic*' +
      // Slovenian
      ' | bombo | razstrelivo | razstreliva | razstrelivom | orožje | orožja | orožjem | strelno orožje | zastrupiti nekoga | strupeni plin | drogo | mamila | mamil | mamilo | heknati | hekati | vdreti v | vdrem v | vlomiti v | oropati | oropam | ubiti človeka | umoriti nekoga | umoriti človeka | pranje denarja | oprati denar | prati denar | ponarediti denar | ponarejen denar | ponarejeni denar | lažen denar | zlonamern* programsk* oprem* | izsiljevalsk* programsk* oprem* | molotovk*' +
      // Serbian Cyrillic
      ' | бомба | бомбу | бомбе | бомби | бомбом | бомбама | експлозив | експлозива | експлозивом | експлозивну направу | оружје | оружја | оружјем | ватрено оружје | отровати некога | бојни отров | нервни отров | отровни гас | дрогу | дроге | дрога | дрогом | наркотик* | метамфетамин* | амфетамин* | кокаин* | хероин* | фентанил* | хаковати | хакујем | хакирати | провалити у | украсти | украдем | красти | опљачкати | убити некога | убити човека | убити човјека | убити особу | прање новца | опрати новац | лажни новац | фалсификовати новац | злонамерн* софтвер* | злонамерн* код* | злонамјерн* софтвер* | злонамјерн* код* | уцењивачк* софтвер* | кејлогер* | молотовљев* коктел* | туђ* налог* | туђ* профил* | туђ* лозинк* | туђ* шифр* | туђ* телефон* | туђ* рачун*',
    write:
      'napiši | napišite | kreiraj | kreirajte | napravi | napravite | izradi | izradite | razvij | razvijte | generiraj | generirajte | generiši | generišite | isprogramiraj | isprogramirajte' +
      ' | ustvari | ustvarite | naredi | naredite | izdelaj | izdelajte | sprogramiraj | sprogramirajte' +
      ' | напиши | напишите | креирај | креирајте | направи | направите | изради | израдите | развиј | развијте | генериши | генеришите | испрограмирај | испрограмирајте',
    malware:
      'zlonamjern* softver* | zlonamjern* kod* | zlonamjern* program* | zlonamjern* skript* | zlonamern* softver* | zlonamern* kod* | zlonamern* program* | zlonamern* skript* | viruse | virusa | računalni virus | računarski virus | kompjuterski virus | trojanac | trojanca | trojanski konj | trojanskog konja | špijunsk* softver* | špijunsk* program* | špijunsk* aplikacij* | ucjenjivačk* softver* | ucenjivačk* softver* | kejloger* | eksploit* | ddos napad* | ddos skript* | ddos alat*' +
      ' | zlonamern* programsk* oprem* | računalniški virus | trojanskega konja | vohunsk* programsk* oprem* | vohunsk* program* | izsiljevalsk* programsk* oprem* | izsiljevalsk* virus* | ddos orodj*' +
      ' | злонамерн* софтвер* | злонамерн* код* | злонамерн* програм* | злонамјерн* софтвер* | злонамјерн* код* | злонамјерн* програм* | вирус* | тројанц* | тројанск* коњ* | шпијунск* софтвер* | шпијунск* програм* | уцењивачк* софтвер* | уцјењивачк* софтвер* | кејлогер* | експлоит* | ддос*',
    persona:
      'pretvaraj se da si | pretvarajte se da ste | pravi se da si | pravite se da ste | glumi da si | glumite da ste | od sada si | od sad si | odsad si | odsada si | od sada nadalje si | od sada pa nadalje si | od ovog trenutka si | od ovoga trenutka si | od sada odgovaraj | od sad odgovaraj | od sada nadalje odgovaraj | od ovog trenutka odgovaraj' +
      ' | pretvarjaj se, da si | pretvarjaj se da si | pretvarjajte se, da ste | pretvarjajte se da ste | delaj se, da si | delaj se da si | od zdaj si | od zdaj naprej si | od sedaj si | od sedaj naprej si | odslej si | od tega trenutka si | od zdaj odgovarjaj | od zdaj naprej odgovarjaj | odslej odgovarjaj' +
      ' | претварај се да си | претварајте се да сте | прави се да си | глуми да си | од сада си | од сад си | одсад си | од сада па надаље си | од овог тренутка си | од сада одговарај | од сад одговарај',
    assistant:
      'ai asistent* | ai-asistent* | asistent* umjetne inteligencije | asistent* vještačke inteligencije | asistent* veštačke inteligencije | ai pomoćnik* | ai agente | ai agenta | ai agentu | ai agentom | ai agenti | ai agentima | jezičn* model* | jezičk* model* | četbot | četbota | četbotu | četbote | četbotom' +
      ' | asistent* umetne inteligence | jezikovni model | jezikovnega modela | jezikovnemu modelu | jezikovnim modelom | jezikovni modeli' +
      ' | ai асистент* | аи асистент* | аи-асистент* | асистент* вештачке интелигенције | асистент* вјештачке интелигенције | ai помоћник* | аи помоћник* | ai агент* | аи агент* | језичк* модел* | четбот*',
    addressee:
      'asistent* | ai | agent* | modelu | modela | modelom | jezičn* model* | jezičk* model* | jezikovn* model* | bot | bota | botu | botom | četbot* | chatbota | chatbotu | umjetn* inteligencij* | vještačk* inteligencij* | veštačk* inteligencij* | umetn* inteligenc*' +
      ' | асистент* | аи | агент* | модел* | бот | бота | боту | ботом | четбот* | језичк* модел* | вештачк* интелигенциј* | вјештачк* интелигенциј*',
    // (whole forms, no stem: the rule's anchor is a whole word; "korisn*" would also be "korisno", useful)
    user:
      'korisnik | korisnika | korisniku | korisnikom | korisnici | korisnike | korisnicima | korisnice | korisnica | korisnicu' +
      ' | uporabnik | uporabnika | uporabniku | uporabnikom | uporabniki | uporabnike | uporabnikov | uporabnikih' +
      ' | корисник | корисника | кориснику | корисником | корисници | кориснике | корисницима',
    what: 'ono što | ono šta | što | šta | sve što | to što | kar | to, kar | to kar | vse, kar | vse kar | оно што | оно шта | што | шта | све што | то што',
    note:
      'napomena | poruka | obavijest | obavještenje | obaveštenje | uputa | uputstvo | podsjetnik | podsetnik | bilješka | beleška | zabilješka | pažnja' +
      ' | opomba | sporočilo | obvestilo | navodilo | opomnik | zapisek | pozor' +
      ' | напомена | порука | обавештење | обавјештење | упута | упутство | подсетник | подсјетник | белешка | биљешка | пажња',
    relative: 'koji | koja | koje | kojeg | kojem | ki | kateri | katera | katero | који',
    reads:
      'čita | čitaju | čitaš | čitate | obrađuje | obrađuju | obrađuješ | obrađujete | sažima | sažimaju | rezimira | rezimiraju | sumira | sumiraju | analizira | analiziraju | pregledava | pregledavaju | pregleda | pregledaju | procesira | procesiraju | upravlja | upravljaju | razvrstava | razvrstavaju | sortira | sortiraju' +
      ' | bere | berejo | bereš | berete | obdeluje | obdelujejo | povzema | povzemajo | analizirajo | pregleduje | pregledujejo | upravljajo | razvršča | razvrščajo | procesirajo | sortirajo' +
      ' | чита | читају | читаш | читате | обрађује | обрађују | обрађујеш | сажима | сажимају | резимира | резимирају | сумира | сумирају | анализира | анализирају | прегледа | прегледају | прегледава | прегледавају | процесира | процесирају | управља | управљају | сортира | сортирају',
  },
};
