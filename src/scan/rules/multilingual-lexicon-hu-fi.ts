// The concept lexicons (multilingual-lexicon.ts) of Hungarian and Finnish, written from general
// knowledge of each language (dictionary words, their common imperative and inflected forms),
// never from a dataset. The match view strips their accents (ő, ű, ä, ö), so their entries
// anchor as words, accented or not. Override verbs are the request forms only: Hungarian
// imperatives ("hagyd figyelmen kívül", "felejtse el"), not the indicative a description uses
// ("figyelmen kívül hagyja", "elfelejti"), nor "ignorálja" / "hagyják", which are indicative as
// often as imperative; Finnish imperatives ("ohita", "unohtakaa"), not the third person
// ("ohittaa", "unohtaa") nor verbs whose third person is spelled as the imperative ("hylkää",
// "ignooraa", "mitätöi"). Finnish "välitä" stays out of the lists alone: folded, it is "valita"
// (to choose).
import type { LanguageLexicon } from './multilingual-lexicon-format.js';

export const HUNGARIAN_FINNISH_LEXICONS: Record<string, LanguageLexicon> = {
  hu: {
    glued: false,
    // (an object put first is common in requests: "A korábbi utasításokat hagyd figyelmen kívül!";
    // the imperative still stands before its verbal particle, so the same forms follow the object)
    verbLast: true,
    ignore: 'hagyd figyelmen kívül | hagyja figyelmen kívül | hagyjátok figyelmen kívül | hagyj figyelmen kívül | hagyjon figyelmen kívül | hagyjatok figyelmen kívül | felejtsd el | felejtse el | felejtsétek el | felejtsék el | felejts el | felejtsen el | felejtsetek el | ne vedd figyelembe | ne vegye figyelembe | ne vegyétek figyelembe | ne vegyék figyelembe | ne vegyél figyelembe | ne vegyen figyelembe | ne törődj | ne törődjön | ne törődjetek | ne foglalkozz | ne foglalkozzon | ne foglalkozzatok | ne figyelj | ne figyeljen | ne figyeljetek | mellőzd | mellőzze | mellőzzétek | mellőzz | tekintsd semmisnek | tekintse semmisnek | tekintsétek semmisnek | vesd el | vesse el | vessétek el | ignoráld | ignoráljátok | ignorálj | ignoráljon',
    ignoreLast: 'hagyd figyelmen kívül | hagyja figyelmen kívül | hagyjátok figyelmen kívül | felejtsd el | felejtse el | felejtsétek el | ne vedd figyelembe | ne vegye figyelembe | ne vegyétek figyelembe | mellőzd | mellőzze | mellőzzétek | tekintsd semmisnek | tekintse semmisnek | vesd el | vesse el | ignoráld',
    // (the negation stands right before the imperative after a fronted object: "A fenti
    // utasításokat ne felejtse el!", "…nem hagyja figyelmen kívül")
    verbNotAfter: '\\bnem?\\s',
    previous: 'előző | korábbi | fenti | fentebbi | eddigi | eredeti | kezdeti | fent említett | fent leírt | rendszer',
    everything: 'mindent | mindazt | az egészet | mindenről',
    earlier: 'korábban | eddig | idáig | előzőleg | ezelőtt | előtte | fent | fentebb | fentiek* | előzőek* | eddigiek* | korábbiak* | korábbi | előző | fenti | eddigi',
    yourNewTask: 'új feladatod | egyetlen feladatod | valódi feladatod | igazi feladatod | tényleges feladatod | új utasításaid | új célod | új szereped | új megbízatásod | ön új feladata | ön új utasításai',
    newInstructions: 'új utasítás | új utasítások | új instrukció | új instrukciók | új direktíva | új direktívák',
    copula: 'az | a következő | ez | lesz',
    send: 'küldd el | küldje el | küldjétek el | küldd | küldje | küldd át | küldje át | küldd tovább | küldje tovább | továbbítsd | továbbítsa | továbbítsátok | oszd meg | ossza meg | osszátok meg | töltsd fel | töltse fel',
    secrets: 'jelszó | jelszót | jelszav* | hitelesítő adat* | bejelentkezési adat* | belépési adat* | api-kulcs* | api kulcs* | tokent | tokeneket | tokenjeidet | privát kulcs* | titkos kulcs* | az összes e-mailt | e-mailjeidet | e-mailjeit | leveleidet | az összes levelet | beérkezett leveleidet | beérkezett üzenet* | címjegyzék* | névjegyeidet | az összes névjegyet | csevegési előzmény* | beszélgetési előzmény* | chatelőzmény* | kártyaszám* | bankkártyaszám* | hitelkártyaszám* | bankkártyaadat* | kártyaadat*',
    stop: 'állj le | álljon le | álljatok le | hagyd abba | hagyja abba | hagyjátok abba | fejezd be | fejezze be | fejezzétek be | szakítsd meg | szakítsa meg | szakítsátok meg',
    current: 'amit csinálsz | amit éppen csinálsz | amit épp csinálsz | amit most csinálsz | amin dolgozol | amin éppen dolgozol | amivel foglalkozol | jelenlegi feladatodat | jelenlegi feladatod | mostani feladatodat | aktuális feladatodat | folyamatban lévő feladatodat',
    instructions: 'utasítás* | instrukció* | útmutatás* | irányelv* | előírás* | direktív* | parancs | parancsot | parancsokat | parancsaidat | parancsait | parancsokra | parancsokkal | szabályokat | szabályaidat | szabályait | szabályokra | szabályokkal | szabályok | szabályt | promptot | promptokat | prompttal | promptodat | promptját',
    questions: 'kérdés | kérdést | kérdések | kérdéseket | kérdésre | kérdésekre | kérdéssel',
    reveal: 'mutasd meg | mutassa meg | mutassátok meg | mutasd | írd ki | írja ki | ismételd meg | ismételje meg | mondd el | mondja el | mondd meg | mondja meg | áruld el | árulja el | fedd fel | fedje fel | add meg | adja meg | idézd | idézze | sorold fel | sorolja fel | listázd | nyomtasd ki',
    own: 'rendszerprompt* | rendszer-prompt* | rendszerutasítás* | rendszer-utasítás* | rendszerszintű utasítás* | utasításaidat | utasításaid | az ön utasításait | eredeti utasításaidat | eredeti utasításaid | kezdeti utasításaidat | rejtett utasítás* | titkos utasítás* | promptodat | a promptod | kezdeti promptot',
    how: 'hogyan készítsek | hogyan készíthetek | hogyan készítsünk | hogyan készül | hogyan készítik | hogyan lehet | hogyan tudok | hogyan tudnék | hogyan kell | hogyan csináljak | hogyan csinálhatok | hogyan építsek | hogyan szerezzek | hogyan szerezhetek | hogyan juthatok | hogyan törjek fel | hogyan törhetek fel | magyarázd el, hogyan | magyarázd el hogyan | magyarázza el, hogyan | magyarázza el hogyan | mondd el, hogyan | mondd el hogyan | tanítsd meg | taníts meg | lépésről lépésre | a legjobb módja | a legjobb módszer | hol tudok | hol vehetek | hol szerezhetek | hol kapok',
    defend: 'védekez* | megvéd* | védjem | védhetem | megelőz* | elkerül* | felismer* | észlel* | bejelent* | kivéd* | hatástalanít* | leszok*',
    harm: 'bomba* | csőbomba* | robbanószer* | robbanóanyag* | robbanótöltet* | fegyver* | lőfegyver* | méreg | mérget | megmérgez* | kábítószer* | drogot | drogok | drogokat | metamfetamin* | amfetamin* | kokain* | heroin* | fentanil* | hackel* | meghackel* | feltörni | feltörjem | feltörjek | feltörés* | betörni | betörés* | ellopni | ellopjak | ellopjam | lopni | lopjak | meglopni | kirabol* | megölni | megöljek | megöljem | megölhetek | gyilkol* | pénzmosás* | hamis pénz* | pénzhamisít* | zsarolóvírus* | zsarolóprogram* | kémprogram* | kártékony program* | kártékony szoftver* | rosszindulatú program* | rosszindulatú szoftver* | keylogger* | molotov*',
    persona: 'tégy úgy, mintha | tégy úgy mintha | tegyél úgy, mintha | tegyél úgy mintha | tegyen úgy, mintha | tegyen úgy mintha | tettesd magad | játszd el, hogy | játszd el hogy | mostantól te vagy | mostantól kezdve te vagy | ezentúl te vagy | mostantól válaszolj | mostantól úgy válaszolj | ezentúl válaszolj',
    assistant: 'mi-asszisztens* | ai-asszisztens* | ai asszisztens | ai asszisztensnek | ai asszisztenshez | ai asszisztenst | mesterséges intelligencia asszisztens* | mesterségesintelligencia-asszisztens* | mi-alapú asszisztens* | mi-ügynök* | ai-ügynök* | nyelvi modell*',
    // (no bare "asszisztens" nor "modell": a medical assistant and a fashion model get notes too)
    addressee: 'mi-asszisztens* | ai-asszisztens* | virtuális asszisztens* | ai | ai-nak | ai-nek | ai-hoz | mi-nek | mi-hez | mesterséges intelligencia* | nyelvi modell* | chatbot*',
    // (not the dative "felhasználónak", for the user: something skipped for them, not their request)
    user: 'felhasználó | felhasználót | felhasználótól | felhasználóé | felhasználói kérés*',
    what: 'amit | azt, amit | azt amit | mindazt, amit | mindent, amit | amire | amivel',
    note: 'megjegyzés | üzenet | feljegyzés | emlékeztető | közlemény | utasítás | utasítások',
    relative: 'aki | akik | amely | amelyek | ami | amik',
    // (whole forms, no stems: a rule's anchor is a whole word, and a stem would anchor only itself)
    reads: 'olvas | olvasnak | olvassa | olvassák | feldolgozza | feldolgozzák | feldolgozod | feldolgoz | összefoglalja | összefoglalják | összefoglalod | elemez | elemeznek | elemzi | elemzik | kezel | kezelnek | kezeli | kezelik | átnézi | átnézik | átnézed | szortírozza | szortírozzák',
  },
  fi: {
    glued: false,
    verbLast: false,
    ignore: 'ohita | ohittakaa | unohda | unohtakaa | älä välitä | älkää välittäkö | jätä huomiotta | jättäkää huomiotta | jätä huomioimatta | jättäkää huomioimatta | älä huomioi | älkää huomioiko | älä ota huomioon | älkää ottako huomioon | älä kiinnitä huomiota | älkää kiinnittäkö huomiota | älä noudata | älkää noudattako | älä tottele | älkää totelko | sivuuta | sivuuttakaa | hylätkää | ignooratkaa',
    previous: 'aiemm* | aiemp* | aikaisemm* | aikaisemp* | edellis* | edellinen | yllä olev* | ylläolev* | yllä mainit* | yllämainit* | edellä olev* | edellä mainit* | edellämainit* | yllä annet* | alkuperäi* | järjestelmän | tähänastis*',
    everything: 'kaikki, mitä | kaikki mitä | kaiken, mitä | kaiken mitä | kaikesta | kaikesta, mitä | kaiken muun | kaikki muu',
    earlier: 'aiemmin | aikaisemmin | tähän asti | tähän mennessä | edellä | yllä | ylempänä | sitä ennen | ennen tätä | aiemm* | aiemp* | aikaisemm* | aikaisemp* | edellis*',
    yourNewTask: 'uusi tehtäväsi | ainoa tehtäväsi | todellinen tehtäväsi | oikea tehtäväsi | uudet ohjeesi | uusi ohjeesi | uusi tavoitteesi | uusi roolisi | uusi tehtävänne | ainoa tehtävänne | uudet ohjeenne | uusi tavoitteenne | uusi roolinne',
    newInstructions: 'uudet ohjeet | uusi ohje | uudet ohjeistukset | uusi ohjeistus | uudet käskyt | uusi käsky',
    copula: 'on | ovat',
    send: 'lähetä | lähettäkää | välitä eteenpäin | välittäkää eteenpäin | jaa | jakakaa | lataa palvelimelle | ladatkaa palvelimelle',
    secrets: 'salasan* | tunnusluku | tunnusluvut | tunnuslukusi | pin-koodi* | kirjautumistie* | tunnistetiedot | tunnistetietosi | tunnukset | tunnuksesi | api-avain | api-avaimet | api-avaimesi | api-avaimen | api avain | yksityinen avain | yksityisen avaimen | yksityiset avaimet | tokenit | tokenisi | kaikki sähköpostit | sähköpostisi | sähköpostiviestisi | kaikki sähköpostiviestit | saapuneet viestit | postilaatikkosi | sähköpostilaatikko* | osoitekirja* | kaikki yhteystiedot | yhteystietoluettelo* | kontaktisi | keskusteluhistoria* | chat-historia* | chathistoria* | korttinumero* | luottokorttinumero* | luottokorttitie* | kortin numero',
    stop: 'lopeta | lopettakaa | keskeytä | keskeyttäkää | pysähdy | pysähtykää | pysäytä | pysäyttäkää | luovu | luopukaa',
    current: 'mitä teet | mitä teette | mitä olet tekemässä | mitä olette tekemässä | nykyinen tehtäväsi | nykyisen tehtäväsi | nykyinen tehtävänne | nykyisen tehtävänne | tämänhetkinen tehtäväsi | tämänhetkisen tehtäväsi | meneillään oleva tehtäväsi',
    instructions: 'ohje | ohjeet | ohjeita | ohjeesi | ohjeenne | ohjeitasi | ohjeitanne | ohjeista | ohjeistasi | ohjeisiin | ohjeen | ohjetta | ohjeistu* | toimintaohje* | käsky* | komennot | komentoja | komentosi | säännöt | sääntöjä | säännöistä | sääntösi | sääntöjen | direktiivi* | kehote | kehotteet | kehotteita | kehotteesi | kehotteen | kehotetta | kehotteista | prompti | promptit | promptia | promptisi',
    questions: 'kysymy*',
    reveal: 'näytä | näyttäkää | näytä minulle | kerro | kertokaa | kerro minulle | paljasta | paljastakaa | toista | toistakaa | tulosta | tulostakaa | anna minulle | antakaa minulle | luettele | luetelkaa',
    own: 'järjestelmäkehot* | järjestelmän kehot* | järjestelmäprompt* | järjestelmäohje* | järjestelmän ohjeet | ohjeesi | ohjeitasi | ohjeenne | alkuperäiset ohjeesi | alkuperäisiä ohjeitasi | piilotetut ohjeet | piilotetut ohjeesi | salaiset ohjeet | salaiset ohjeesi | kehotteesi | promptisi',
    how: 'miten teen | miten valmistan | miten rakennan | miten voin | miten saan | miten hankin | miten hakkeroin | miten varastan | miten tapan | miten tehdään | miten valmistetaan | kuinka teen | kuinka valmistan | kuinka rakennan | kuinka voin | kuinka saan | kuinka hankin | kuinka tehdään | kuinka valmistetaan | selitä miten | selitä, miten | selitä kuinka | selitä, kuinka | kerro miten | kerro, miten | kerro kuinka | kerro, kuinka | opeta minulle | opeta minua | vaihe vaiheelta | askel askeleelta | paras tapa | helpoin tapa | mistä voin | mistä saan | mistä ostan',
    defend: 'suojau* | suojata | suojaan | suojella | suojelen | välttää | vältän | välttyä | estää | estän | estetään | ehkäis* | tunnistaa | tunnistan | tunnistetaan | havaita | havaitsen | ilmoittaa | ilmoitan | torjua | torjun | puolustautu* | lopettaa | lopetan | päästä eroon | vieroitu*',
    harm: 'pommi* | putkipommi* | räjähde* | räjähtei* | räjähdysaine* | ase | aseen | aseet | aseita | tuliase* | myrkky | myrkkyä | myrkyn | myrkkyjä | myrkyttää | myrkyttämään | myrkyttäminen | huume* | metamfetamiini* | amfetamiini* | kokaiini* | heroiini* | fentanyyli* | hakkeroi* | murtautu* | varastaa | varastan | varastamaan | varastaminen | tappaa | tapan | tappamaan | tappaminen | murhata | murhaan | murhaamaan | rahanpesu* | pestä rahaa | väärennettyä rahaa | väärää rahaa | kiristysohjelm* | kiristyshaittaohjelm* | haittaohjelm* | vakoiluohjelm* | keylogger* | molotov*',
    persona: 'teeskentele olevasi | teeskentele, että olet | teeskentele että olet | teeskennelkää olevanne | esitä olevasi | leiki olevasi | tästä lähtien olet | tästä lähtien sinä olet | tästä eteenpäin olet | tästä hetkestä lähtien olet',
    assistant: 'tekoälyavustaja* | tekoäly-avustaja* | tekoälyassistentti* | tekoäly-assistentti* | ai-avustaja* | ai-assistentti* | ai avustaja | ai avustajalle | ai avustajille | ai avustajat | tekoälyagentti* | tekoäly-agentti* | ai-agentti* | kielimalli*',
    // (no bare "avustaja": a personal assistant, "henkilökohtainen avustaja", is a person's job)
    // (plural and case forms whose stem changes, past a stem's six-letter ending: "tekoälyavustajille")
    addressee: 'assistentti* | tekoäly* | tekoälyavustaja* | tekoälyavustajille | tekoälyavustajalle | tekoälyagenteille | tekoälyagentille | tekoälylle | ai-avustaja* | ai | agentti* | kielimalli* | botti* | chatbotti*',
    // (not the allative "käyttäjälle", for the user: "--foreign-user ohita … käyttäjälle" skips something for them)
    user: 'käyttäjä | käyttäjän | käyttäjää | käyttäjältä',
    what: 'mitä | sen, mitä | sen mitä | sitä, mitä | kaiken, mitä',
    note: 'huomautus | viesti | muistiinpano | muistutus | huomio | tiedote',
    relative: 'joka | jotka | mikä | mitkä',
    reads: 'lukee | lukevat | käsittelee | käsittelevät | tiivistää | tiivistävät | analysoi | analysoivat | hallinnoi | hallinnoivat | selaa | selaavat | tarkistaa | tarkistavat | lajittelee | lajittelevat | hoitaa | hoitavat',
  },
};
