// The concept lexicon (multilingual-lexicon.ts) of the Scandinavian languages: Swedish, Danish
// and Norwegian (Bokmål), one lexicon for the three (they share most of these words, and one
// branch per pattern keeps the patterns short enough for V8 to optimize). Written from general
// knowledge of each language, never from a dataset. Words spelled as in English ("stop",
// "token", "gift") stay out of the lists that pair with another list where the pair would read
// as English ("send tokens to …").
import type { LanguageLexicon } from './multilingual-lexicon-format.js';

export const NORDIC_LEXICONS: Record<string, LanguageLexicon> = {
  nordic: {
    glued: false,
    negationAfter: 'inte | ej | ikke',
    verbLast: false,
    ignore: 'ignorera | glöm | strunta i | bortse från | bry dig inte om | åsidosätt | förbise | ignorer | glem | se bort fra | tilsidesæt | lad være med at følge | overse | tilsidesett | ikke bry deg om',
    bareObject: { determiners: 'alla | dina | ditt | din | de | dessa | samtliga | varje | alle | dine | dit | disse | samtlige | enhver', fronted: 'alla | dina | ditt | din | de | dessa | samtliga | varje | alle | dine | dit | disse | samtlige | enhver' },
    previous: 'tidigare | föregående | ovanstående | ursprungliga | gamla | initiala | systemets | tidligere | foregående | ovenstående | oprindelige | gamle | forrige | opprinnelige',
    everything: 'allt | allting | alt | alting | alle ting',
    earlier: 'tidigare | innan | hittills | ovan | ovanför | förut | föregående | tidligere | før | hidtil | ovenfor | indtil nu | forrige | hittil | til nå',
    yourNewTask: 'din nya uppgift | din enda uppgift | din verkliga uppgift | dina nya instruktioner | ditt nya mål | din nya roll | din nye opgave | din eneste opgave | din egentlige opgave | dine nye instruktioner | dit nye mål | din nye rolle | din nye oppgave | din eneste oppgave | din egentlige oppgave | dine nye instruksjoner | ditt nye mål',
    newInstructions: 'ny instruktion | nya instruktioner | nytt uppdrag | nya order | nye instruktioner | ny ordre | nye ordrer | ny instruksjon | nye instruksjoner',
    copula: 'är | blir | er | bliver',
    send: 'skicka | skicka vidare | vidarebefordra | dela | ladda upp | mejla | send | videresend | del | upload | last opp',
    secrets: 'lösenord | lösenordet | lösenorden | inloggningsuppgifter | inloggningsuppgifterna | api-nyckel | api-nyckeln | api-nycklar | privat nyckel | privata nyckeln | alla mejl | alla e-postmeddelanden | inkorgen | kontakter | kontakterna | adressbok | adressboken | chatthistorik | chatthistoriken | kortnummer | kortnumret | adgangskode | adgangskoder | adgangskoden | kodeord | kodeordet | loginoplysninger | loginoplysningerne | api-nøgle | api-nøglen | api-nøgler | privat nøgle | private nøgle | alle e-mails | indbakken | kontakterne | adressebog | adressebogen | chathistorik | chathistorikken | kortnummeret | passord | passordet | passordene | påloggingsinformasjon | innloggingsdetaljer | api-nøkkel | api-nøkkelen | api-nøkler | privat nøkkel | private nøkkelen | alle e-poster | innboksen | kontaktene | adressebok | adresseboken | chathistorikk',
    stop: 'sluta | sluta med | avbryt | stoppa | upphör med | hold op med | afbryd | ophør med | slutt med | slutt å | hold opp med',
    current: 'det du gör | vad du gör | din nuvarande uppgift | din aktuella uppgift | det du laver | hvad du laver | din nuværende opgave | din aktuelle opgave | det du gjør | hva du gjør | din nåværende oppgave | din gjeldende oppgave',
    instructions: 'instruktion* | anvisning* | regler | reglerna | riktlinje* | direktiv* | ordrer | reglerne | retningslinje* | instruksjon* | reglene',
    questions: 'frågor | frågan | spørgsmål | spørgsmålet | spørsmål | spørsmålet',
    reveal: 'visa | visa mig | avslöja | upprepa | skriv ut | skriv | berätta | ge mig | citera | vis | vis mig | afslør | gentag | udskriv | fortæl | giv mig | citer | vis meg | avslør | gjenta | fortell | gi meg | siter',
    own: 'systemprompt* | systeminstruktion* | systemmeddelande* | dina instruktioner | dina anvisningar | ursprungliga instruktioner | dolda instruktioner | hemliga instruktioner | din prompt | systembesked* | dine instruktioner | dine anvisninger | oprindelige instruktioner | skjulte instruktioner | hemmelige instruktioner | systeminstruks* | systemmelding* | dine instruksjoner | opprinnelige instruksjoner | skjulte instruksjoner | hemmelige instruksjoner',
    how: 'hur gör man | hur tillverkar man | hur bygger man | hur kan jag | hur får jag tag på | hur hackar man | hur stjäl man | förklara hur | lär mig | berätta hur | steg för steg | bästa sättet | var kan jag | hvordan laver man | hvordan bygger man | hvordan kan jeg | hvordan får jeg fat i | hvordan hacker man | hvordan stjæler man | forklar hvordan | lær mig | fortæl mig hvordan | trin for trin | den bedste måde | hvor kan jeg | hvordan lager man | hvordan får jeg tak i | hvordan stjeler man | lær meg | fortell meg hvordan | steg for steg | den beste måten',
    defend: 'skydda | skyddar | undvika | förhindra | upptäcka | anmäla | känna igen | beskytte | beskytter | undgå | forhindre | opdage | anmelde | genkende | unngå | oppdage | gjenkjenne',
    harm: 'bomb* | sprängämne* | vapen | förgifta | narkotika | metamfetamin | kokain | heroin | fentanyl | hacka | bryta sig in | stjäla | döda | mörda | penningtvätt | tvätta pengar | falska pengar | ransomware | skadlig kod | keylogger | molotovcocktail | bombe* | sprængstof* | våben | forgifte | hacke | bryde ind | stjæle | dræbe | myrde | hvidvask* | falske penge | sprengstoff* | våpen | bryte seg inn | stjele | drepe | hvitvask* | falske penger | skadevare',
    persona: 'låtsas att du är | låtsas vara | från och med nu är du | från och med nu svarar du | hädanefter är du | lad som om du er | lad som om at du er | fra nu af er du | fra nu af svarer du | herefter er du | lat som om du er | lat som at du er | fra nå av er du | fra nå av svarer du | heretter er du',
    assistant: 'ai-assistent | ai-assistenten | ai-agent | ai-agenten | språkmodell | språkmodellen | sprogmodel | sprogmodellen | ki-assistent | ki-assistenten',
    relative: 'som',
    reads: 'läser | læser | leser | behandlar | behandler | bearbetar | sammanfattar | sammenfatter | oppsummerer | analyserar | analyserer',
    addressee: 'assistent | assistenten | ai | agent | agenten | modell | modellen | språkmodellen | model | sprogmodellen | ki',
    user: 'användaren | användarens | användare | brugeren | brugerens | bruger | brukeren | brukerens | bruker',
    what: 'vad | det som | allt som | hvad | alt hvad | alt som | hva',
    note: 'anteckning | meddelande | notis | påminnelse | instruktion | instruktioner | besked | bemærkning | meddelelse | påmindelse | notat | melding | merknad | instruksjon | instruksjoner',
  },
};
