// Concept word lists for injections written in languages other than English, from general
// knowledge of each language (dictionary words, the common imperative forms), never from a
// dataset. Entries are written as the text shows them; multilingual.ts folds them the way the
// match view folds text (accents, look-alikes, marks). Syntax: entries separated by ' | ';
// a trailing '*' marks a stem (an inflected ending may follow), anything else is a whole word.
//
// ignore: override verbs (ignore, forget, disregard) in the forms a request uses (not the forms
// a description shares, such as the German third person "ignoriert").
// previous: what points back at earlier instructions (previous, above, original, system).
// yourNewTask / newInstructions / copula: "your new task is …", "new instructions: …".
// send / secrets: "send the passwords to …", data moved out of the user's world.
// stop / current: "stop what you are doing", the reader's task broken off.
// everything / earlier: "everything" and "before / so far / above", for the override that drops
// all that came before ("vergiss alles, was dir vorher gesagt wurde", "忽略之前的一切").
// instructions: the nouns for instructions, rules and prompts.
// reveal / own: "show / tell me" and "your instructions / the system prompt".
// how / harm: a how-to request and the harm it asks for (weapons, drugs, hacking, theft, killing).
// persona: the reader told to pretend to be someone, or to be someone "from now on" (left empty
// where no form is certain enough).

/** The entries of one list (the ' | ' syntax above). */
export const split = (list: string): string[] => list.split(' | ').map((e) => e.trim()).filter((e) => e.length > 0);

/** Entries spelled as in English: a pair of them is English text, not another language. */
export const SHARED_WITH_ENGLISH = new Set(['ignore', 'instructions', 'instruction', 'prompt']);

export interface LanguageLexicon {
  /** Scripts written without spaces between words, or with affixes glued to the words. */
  glued: boolean;
  /** The verb may follow its object ("die Anweisungen ignorieren", "指示を無視して"). */
  verbLast: boolean;
  ignore: string;
  /**
   * The override verb's forms that may follow its object, when they differ: a request puts the
   * infinitive there ("alle Anweisungen ignorieren"), a description the finite verb or the
   * participle ("die Anweisung wird ignoriert").
   */
  ignoreLast?: string;
  /**
   * What must not follow an override verb (a regex over the match view) in scripts without
   * spaces: the particles that make it a description ("忽略了", "忽略的") or another language
   * written in the same characters (kana after 無視 is Japanese, judged by its own lexicon).
   */
  verbNotBefore?: string;
  /** What must not come right before an override verb after its object (the passive "…被忽略"). */
  verbNotAfter?: string;
  /** What must not follow an instructions noun in scripts without spaces ("命令行", a command line). */
  nounNotBefore?: string;
  /**
   * Where software text pairs the verb and the noun all the time ("忽略规则", ignore rules; "设定
   * 忽略"), the form without a pointer back needs what a request has: a word naming whose or
   * which instructions between verb and noun ("忽略所有指令"), or a request or totality word
   * between a noun put first and the verb ("指令请忽略", "指令全部忽略").
   */
  bareObject?: { determiners: string; fronted: string };
  previous: string;
  /**
   * Everything, as a pronoun ("alles", "tout ce", "一切"), what an override may drop whole; never
   * the determiner "all" ("tous les fichiers", "所有更改"), which software messages put before
   * "previous" all the time ("ignore all files modified before…").
   */
  everything: string;
  /** Earlier, before, so far, above: a pointer back at what came before, as an adverb or noun. */
  earlier: string;
  /** "Your new task / instructions / goal / role", with the second person as the language marks it. */
  yourNewTask: string;
  /**
   * "New instructions" (orders, directives), as a header before a colon; not "new task" (a to-do
   * list's label) nor "new commands" (a program's release notes).
   */
  newInstructions: string;
  /** What joins "your new task" to what it is ("ist", "est", "是", "は"), besides a colon. */
  copula: string;
  /** Send, forward, transfer, share, upload: the imperatives that move data out. */
  send: string;
  /**
   * What an exfiltration asks for: passwords, credentials, keys and tokens, the inbox, the
   * contacts, the conversation history, card numbers (not "the files" or "the data", which an
   * ordinary email asks to be sent).
   */
  secrets: string;
  /** Stop, quit, abandon: the imperatives that break off the reader's task. */
  stop: string;
  /**
   * "What you are doing", "your current task": the reader's task, in the second person (a
   * program's "stop the current task" is a button, not a demand).
   */
  current: string;
  instructions: string;
  reveal: string;
  own: string;
  how: string;
  harm: string;
  /** The reader told to become someone else ("pretend you are", "from now on you are"). */
  persona: string;
}

export const LEXICONS: Record<string, LanguageLexicon> = {
  de: {
    glued: false,
    verbLast: true,
    ignore: 'ignoriere | ignorier | ignorieren | vergessen | vergiss | vergesst | vergessen sie | missachte | verwirf | verwerft | übergehe | überspringe',
    ignoreLast: 'ignorieren | vergessen | missachten | verwerfen | übergehen | überspringen',
    previous: 'vorherige* | bisherige* | obige* | vorangegangene* | frühere* | vorige* | ursprüngliche* | vorstehende* | alten | anfängliche*',
    everything: 'alles | allem',
    earlier: 'vorher | zuvor | bisher | bislang | davor | vorherige* | vorangegangene* | obige* | oben | früher* | vorige*',
    yourNewTask: 'deine neue aufgabe | ihre neue aufgabe | deine neuen aufgaben | deine neue anweisung | deine neuen anweisungen | ihre neuen anweisungen | dein neues ziel | ihr neues ziel | deine neue rolle | dein neuer auftrag | ihr neuer auftrag',
    newInstructions: 'neue anweisung | neue anweisungen | neue instruktion | neue instruktionen | neue systemanweisung*',
    copula: 'ist | lautet | besteht darin',
    send: 'sende | sendet | senden sie | schicke | schick | schickt | schicken sie | leite | leitet | leiten sie | übermittle | übermitteln sie | lade | laden sie | teile | teilen sie',
    secrets: 'passwort | passwörter | kennwort | kennwörter | zugangsdaten | anmeldedaten | api-schlüssel | api-key | api-keys | zugangstoken | privaten schlüssel | alle e-mails | deine e-mails | ihre e-mails | posteingang | kontakte | adressbuch | chatverlauf | gesprächsverlauf | kreditkartennummer | kreditkartendaten',
    stop: 'hör auf | hören sie auf | stopp | stoppe | stoppen sie | unterbrich | unterbrechen sie | brich ab | brechen sie ab | beende | beenden sie',
    current: 'was du gerade tust | was du gerade machst | was sie gerade tun | deine aktuelle aufgabe | ihre aktuelle aufgabe | deine bisherige aufgabe | deine jetzige aufgabe',
    instructions: 'anweisung* | instruktion* | befehle | vorgaben | regeln | richtlinien | aufgaben | prompt | systemanweisung* | systemprompt',
    reveal: 'zeig | zeige | zeigen sie | gib | geben sie | nenne | nennen sie | wiederhole | wiederholen sie | verrate | verraten sie | schreib | schreibe | offenbare | drucke | teile mir',
    own: 'system-prompt | systemprompt | systemanweisung* | systemnachricht | deine anweisungen | deine instruktionen | ihre anweisungen | deine vorgaben | deinen prompt | deine regeln | ursprüngliche* anweisungen | versteckte* anweisungen | geheime* anweisungen',
    how: 'wie baue ich | wie baut man | wie kann ich | wie kann man | wie mache ich | wie macht man | wie stelle ich | wie stellt man | wie bekomme ich | wie komme ich an | wie hacke ich | anleitung zum | anleitung zur | anleitung für | schritt für schritt | erkläre mir | erklär mir | bring mir bei | sag mir wie | der beste weg | den besten weg | die beste methode | wo kann ich | wo bekomme ich | wo kaufe ich',
    harm: 'bombe* | sprengstoff* | sprengsatz | rohrbombe* | waffe | waffen | schusswaffe* | giftgas | vergiften | drogen | methamphetamin | crystal meth | kokain | heroin | fentanyl | hacken | stehlen | klauen | töten | umbringen | ermorden | erpressen | geldwäsche | falschgeld | malware | ransomware | keylogger | molotow*',
    persona: 'tu so als ob du | tu so, als ob du | tu so als wärst du | tu so, als wärst du | von nun an bist du | ab jetzt bist du | ab sofort bist du | von jetzt an bist du | du spielst ab jetzt',
  },
  fr: {
    glued: false,
    verbLast: false,
    ignore: 'ignore | ignorez | ignorer | oublie | oubliez | néglige | négligez | ne tiens pas compte | ne tenez pas compte | fais abstraction | faites abstraction | écarte | écartez | passe outre | passez outre',
    previous: 'précédent* | antérieur* | ci-dessus | initiales | initiaux | d\'origine | originales | premières | anciennes | du système | système',
    everything: 'tout ce | tout ça | tout cela | tout le reste',
    earlier: 'avant | auparavant | précédemment | précède | précédent* | jusqu\'ici | jusqu\'à présent | jusque-là | ci-dessus | plus haut | antérieur*',
    yourNewTask: 'ta nouvelle tâche | votre nouvelle tâche | ta nouvelle mission | votre nouvelle mission | tes nouvelles instructions | vos nouvelles instructions | tes nouvelles consignes | vos nouvelles consignes | ton nouvel objectif | votre nouvel objectif | ton nouveau rôle | votre nouveau rôle',
    newInstructions: 'nouvelle instruction | nouvelles instructions | nouvelle consigne | nouvelles consignes | nouvelles directives | nouvel ordre | nouveaux ordres',
    copula: 'est | consiste | sont',
    send: 'envoie | envoyez | transfère | transférez | transmets | transmettez | partage | partagez | télécharge | téléversez | téléverse',
    secrets: 'mot de passe | mots de passe | identifiants | clé api | clés api | jeton | jetons | clé privée | tous les e-mails | tous les courriels | tes e-mails | vos e-mails | tes courriels | vos courriels | boîte de réception | contacts | carnet d\'adresses | historique de conversation | historique des conversations | numéro de carte | numéros de carte | données bancaires',
    stop: 'arrête | arrêtez | cesse | cessez | interromps | interrompez | abandonne | abandonnez',
    current: 'ce que tu fais | ce que vous faites | ta tâche actuelle | votre tâche actuelle | ta tâche en cours | votre tâche en cours',
    instructions: 'instructions | instruction | consignes | directives | règles | ordres | indications | commandes | prompt',
    reveal: 'montre | montrez | montre-moi | montrez-moi | affiche | affichez | révèle | révélez | répète | répétez | donne-moi | donnez-moi | écris | écrivez | dis-moi | dites-moi | imprime | divulgue | quel est | quelles sont',
    own: 'prompt système | prompt du système | message système | instructions système | instructions du système | tes instructions | vos instructions | tes consignes | vos consignes | instructions initiales | consignes initiales | instructions d\'origine | instructions cachées | instructions secrètes | ton prompt | votre prompt',
    how: 'comment fabriquer | comment faire | comment construire | comment puis-je | comment peut-on | comment obtenir | comment pirater | comment tuer | explique-moi comment | expliquez-moi comment | apprends-moi | tutoriel pour | guide pour | étape par étape | instructions pour | la meilleure façon | la meilleure manière | le meilleur moyen | où puis-je | où acheter',
    harm: 'bombe* | explosif* | arme | armes | poison | empoisonner | drogue* | méthamphétamine | cocaïne | héroïne | fentanyl | pirater | piratage | dérober | tuer | assassiner | blanchir de l\'argent | blanchiment | fausse monnaie | rançongiciel | logiciel malveillant | enregistreur de frappe | cocktail molotov | voler une | voler un | voler de l\'argent | voler des',
    persona: 'fais semblant d\'être | faites semblant d\'être | fais comme si tu étais | faites comme si vous étiez | désormais tu es | désormais, tu es | désormais vous êtes | à partir de maintenant tu es | à partir de maintenant, tu es | à partir de maintenant vous êtes',
  },
  es: {
    glued: false,
    verbLast: false,
    ignore: 'ignora | ignore | ignoren | ignorad | olvida | olvide | olviden | olvidad | descarta | descarte | omite | omita | haz caso omiso | hagan caso omiso | no hagas caso | desatiende | desestima',
    previous: 'anteriores | anterior | previas | previos | precedentes | de arriba | iniciales | originales | del sistema | antiguas',
    everything: 'todo lo | todo eso | todo esto',
    earlier: 'antes | anteriormente | anterior* | previo* | previa* | previamente | hasta ahora | arriba | precedente*',
    yourNewTask: 'tu nueva tarea | tu nueva misión | tus nuevas instrucciones | tus nuevas órdenes | tu nuevo objetivo | tu nuevo rol | tu nuevo papel',
    newInstructions: 'nueva instrucción | nuevas instrucciones | nuevas órdenes | nueva orden | nuevas directivas',
    copula: 'es | son | consiste',
    send: 'envía | envíe | envíen | manda | mande | reenvía | reenvíe | transfiere | transfiera | comparte | comparta | sube | suba',
    secrets: 'contraseña | contraseñas | credenciales | clave api | claves api | token | tokens | clave privada | todos los correos | tus correos | bandeja de entrada | contactos | libreta de direcciones | historial de conversación | historial del chat | número de tarjeta | datos bancarios',
    stop: 'deja de | dejá de | deje de | para de | detén | detenga | abandona | abandone | interrumpe | interrumpa',
    current: 'lo que estás haciendo | lo que está haciendo | tu tarea actual | su tarea actual',
    instructions: 'instrucciones | instrucción | indicaciones | órdenes | directrices | directivas | reglas | normas | comandos | prompt | consignas',
    reveal: 'muestra | muéstrame | muestre | revela | revélame | revele | repite | repita | dime | dígame | escribe | escriba | dame | imprime | imprima | cuál es | cuáles son',
    own: 'prompt del sistema | prompt de sistema | mensaje del sistema | mensaje de sistema | instrucciones del sistema | tus instrucciones | sus instrucciones | instrucciones iniciales | instrucciones originales | instrucciones ocultas | instrucciones secretas | tu prompt',
    how: 'cómo fabricar | cómo hacer | cómo construir | cómo puedo | cómo se puede | cómo se hace | cómo se fabrica | cómo conseguir | cómo obtener | cómo hackear | cómo robar | cómo matar | explícame cómo | enséñame | dime cómo | tutorial para | guía para | paso a paso | la mejor manera | la mejor forma | el mejor modo | dónde puedo | dónde comprar',
    harm: 'bomba* | explosivo* | arma | armas | veneno | envenenar | droga* | metanfetamina | cocaína | heroína | fentanilo | hackear | piratear | robar | matar | asesinar | lavar dinero | lavado de dinero | dinero falso | ransomware | malware | keylogger | cóctel molotov',
    persona: 'finge que eres | finge ser | haz como si fueras | a partir de ahora eres | a partir de ahora, eres | a partir de ahora serás | de ahora en adelante eres | de ahora en adelante serás | desde ahora eres',
  },
  it: {
    glued: false,
    verbLast: false,
    ignore: 'ignora | ignorate | dimentica | dimenticate | trascura | trascurate | tralascia | tralasciate | scarta | scartate | non considerare | non tenere conto',
    previous: 'precedenti | precedente | sopra | di sopra | iniziali | originali | anteriori | di prima | del sistema | vecchie',
    everything: 'tutto quello | tutto quanto | tutto ciò | tutto il resto',
    earlier: 'prima | finora | precedentemente | precedent* | sopra | in precedenza | fino ad ora | fin qui',
    yourNewTask: 'il tuo nuovo compito | la tua nuova missione | le tue nuove istruzioni | il tuo nuovo obiettivo | il tuo nuovo ruolo | tuo nuovo compito | tue nuove istruzioni',
    newInstructions: 'nuova istruzione | nuove istruzioni | nuovo ordine | nuovi ordini | nuove direttive',
    copula: 'è | sono | consiste',
    send: 'invia | inviate | invii | manda | mandate | inoltra | inoltrate | trasferisci | condividi | condividete | carica | caricate',
    secrets: 'password | credenziali | chiave api | chiavi api | token | chiave privata | tutte le email | tutte le e-mail | le tue email | posta in arrivo | contatti | rubrica | cronologia della chat | cronologia delle conversazioni | numero della carta | dati bancari',
    stop: 'smetti di | smettila di | smettete di | interrompi | interrompete | ferma | fermati | abbandona',
    current: 'quello che stai facendo | ciò che stai facendo | il tuo compito attuale',
    instructions: 'istruzioni | istruzione | indicazioni | direttive | regole | ordini | comandi | prompt | consegne',
    reveal: 'mostra | mostrami | rivela | rivelami | ripeti | dimmi | ditemi | scrivi | dammi | stampa | qual è | quali sono',
    own: 'prompt di sistema | prompt del sistema | messaggio di sistema | istruzioni di sistema | istruzioni del sistema | tue istruzioni | sue istruzioni | vostre istruzioni | istruzioni iniziali | istruzioni originali | istruzioni nascoste | istruzioni segrete | tuo prompt',
    how: 'come fabbricare | come costruire | come fare | come posso | come si fa | come si fabbrica | come ottenere | come hackerare | come rubare | come uccidere | spiegami come | insegnami | dimmi come | tutorial per | guida per | passo dopo passo | il modo migliore | il miglior modo | il metodo migliore | dove posso | dove comprare',
    harm: 'bomba | bombe | esplosivo* | arma | armi | veleno | avvelenare | droga | droghe | metanfetamina | cocaina | eroina | fentanyl | hackerare | rubare | uccidere | ammazzare | assassinare | riciclare denaro | riciclaggio di denaro | soldi falsi | ransomware | malware | keylogger | molotov | pistola | pistole',
    persona: 'fingi di essere | fai finta di essere | d\'ora in poi sei | d\'ora in poi, sei | d\'ora in poi sarai | da ora in poi sei | da ora in poi sarai | da adesso sei',
  },
  pt: {
    glued: false,
    verbLast: false,
    ignore: 'ignore | ignora | ignorem | esqueça | esqueca | esquece | esqueçam | desconsidere | desconsidera | desconsiderem | descarte | despreze | não leve em conta',
    previous: 'anteriores | anterior | prévias | prévios | acima | iniciais | originais | precedentes | do sistema | antigas',
    everything: 'tudo',
    earlier: 'antes | anteriormente | anterior* | previamente | até agora | acima | precedente*',
    yourNewTask: 'sua nova tarefa | tua nova tarefa | sua nova missão | suas novas instruções | tuas novas instruções | seu novo objetivo | teu novo objetivo | seu novo papel',
    newInstructions: 'nova instrução | novas instruções | nova ordem | novas ordens | novas diretrizes',
    copula: 'é | são | consiste',
    send: 'envie | envia | enviem | mande | manda | encaminhe | encaminha | transfira | compartilhe | partilhe | carregue',
    secrets: 'senha | senhas | palavra-passe | credenciais | chave api | chaves api | token | tokens | chave privada | todos os e-mails | seus e-mails | teus e-mails | caixa de entrada | contatos | contactos | histórico de conversas | histórico da conversa | histórico do chat | número do cartão | dados bancários',
    stop: 'pare de | pare | para de | interrompa | interrompe | abandone | abandona',
    current: 'o que está fazendo | o que estás a fazer | o que você está fazendo | sua tarefa atual | tua tarefa atual',
    instructions: 'instruções | instrução | orientações | diretrizes | diretivas | regras | ordens | comandos | indicações | prompt',
    reveal: 'mostre | mostra | mostre-me | revele | revela | repita | diga-me | me diga | escreva | imprima | me dê | compartilhe | qual é | quais são',
    own: 'prompt do sistema | prompt de sistema | mensagem do sistema | instruções do sistema | suas instruções | tuas instruções | instruções iniciais | instruções originais | instruções ocultas | instruções secretas | seu prompt',
    how: 'como fabricar | como fazer | como construir | como posso | como se faz | como obter | como conseguir | como hackear | como roubar | como matar | explique como | ensine-me | me ensine | diga-me como | tutorial para | guia para | passo a passo | a melhor maneira | a melhor forma | o melhor jeito | onde posso | onde comprar',
    harm: 'bomba* | explosivo* | arma | armas | veneno | envenenar | droga* | metanfetamina | cocaína | heroína | fentanil | hackear | roubar | furtar | matar | assassinar | lavar dinheiro | lavagem de dinheiro | dinheiro falso | ransomware | malware | keylogger | coquetel molotov',
    persona: 'finja que você é | finja ser | faça de conta que você é | a partir de agora você é | a partir de agora, você é | a partir de agora você será | de agora em diante você é | de agora em diante você será',
  },
  nl: {
    glued: false,
    verbLast: true,
    ignore: 'negeer | negeert | negeren | vergeten | vergeet | veronachtzaam | let niet op | sla over',
    ignoreLast: 'negeren | vergeten',
    previous: 'vorige | eerdere | voorgaande | bovenstaande | oorspronkelijke | oude | originele | initiële | systeem',
    everything: 'alles',
    earlier: 'hiervoor | eerder | daarvoor | voorheen | tot nu toe | hierboven | vorige | voorgaande',
    yourNewTask: 'je nieuwe taak | jouw nieuwe taak | uw nieuwe taak | je nieuwe instructies | jouw nieuwe instructies | je nieuwe opdracht | jouw nieuwe opdracht | je nieuwe doel | je nieuwe rol',
    newInstructions: 'nieuwe instructie | nieuwe instructies | nieuwe opdracht | nieuw bevel',
    copula: 'is | luidt | zijn',
    send: 'stuur | verstuur | zend | verzend | stuur door | deel',
    secrets: 'wachtwoord | wachtwoorden | inloggegevens | api-sleutel | api-sleutels | token | tokens | privésleutel | alle e-mails | je e-mails | jouw e-mails | inbox | contacten | adresboek | chatgeschiedenis | gespreksgeschiedenis | creditcardnummer | creditcardnummers',
    stop: 'stop met | stop | stopt met | onderbreek | staak',
    current: 'waar je mee bezig bent | wat je aan het doen bent | je huidige taak | jouw huidige taak',
    instructions: 'instructies | instructie | aanwijzingen | opdrachten | opdracht | regels | richtlijnen | bevelen | prompt',
    reveal: 'toon | laat zien | laat me zien | geef me | herhaal | onthul | print | vertel me | schrijf',
    own: 'systeemprompt | systeem-prompt | systeeminstructies | systeembericht | je instructies | jouw instructies | uw instructies | oorspronkelijke instructies | verborgen instructies | geheime instructies | je prompt',
    how: 'hoe maak ik | hoe maak je | hoe bouw ik | hoe bouw je | hoe kan ik | hoe kun je | hoe krijg ik | hoe hack ik | hoe steel ik | leg uit hoe | leer me | vertel me hoe | handleiding voor | stap voor stap | de beste manier | waar kan ik',
    harm: 'bom | bommen | explosieven | springstof | wapen | wapens | vuurwapen | vergif | vergiftigen | drugs | methamfetamine | cocaïne | heroïne | fentanyl | hacken | inbreken | stelen | doden | vermoorden | witwassen | vals geld | ransomware | malware | keylogger | molotovcocktail',
    persona: 'doe alsof je | doe net alsof je | vanaf nu ben je | vanaf nu, ben je | vanaf nu speel je',
  },
  pl: {
    glued: false,
    verbLast: false,
    ignore: 'zignoruj | zignorujcie | ignoruj | ignorujcie | zapomnij | zapomnijcie | pomiń | pomińcie | porzuć | odrzuć | zlekceważ | nie zważaj na',
    previous: 'poprzedni* | wcześniejsz* | powyższ* | dotychczasow* | pierwotn* | początkow* | systemow*',
    everything: 'wszystko | wszystkiego',
    earlier: 'wcześniej | wcześniejsz* | poprzedni* | poprzednio | dotychczas | dotychczasow* | powyżej | powyższ* | do tej pory | przedtem',
    yourNewTask: 'twoje nowe zadanie | twoja nowa instrukcja | twoje nowe instrukcje | twój nowy cel | twoja nowa rola | twoje nowe polecenie',
    newInstructions: 'nowa instrukcja | nowe instrukcje | nowe polecenie | nowe polecenia | nowy rozkaz',
    copula: 'to | jest | polega',
    send: 'wyślij | wyślijcie | prześlij | prześlijcie | przekaż | przekażcie | udostępnij | wrzuć',
    secrets: 'hasło | hasła | haseł | dane logowania | klucz api | klucze api | token | tokeny | klucz prywatny | wszystkie e-maile | wszystkie maile | skrzynkę odbiorczą | kontakty | książkę adresową | historię czatu | historię rozmów | numer karty',
    stop: 'przestań | przestańcie | przerwij | przerwijcie | porzuć | zatrzymaj',
    current: 'to, co robisz | to co robisz | swoje obecne zadanie',
    instructions: 'instrukcj* | polece* | wskazów* | zasad* | reguł* | wytyczn* | rozkaz* | prompt*',
    reveal: 'pokaż | pokażcie | ujawnij | powtórz | wypisz | podaj | napisz | wyświetl | zdradź | powiedz',
    own: 'prompt systemowy | prompt systemu | instrukcje systemowe | wiadomość systemow* | twoje instrukcje | twoich instrukcji | swoje instrukcje | pierwotne instrukcje | ukryte instrukcje | tajne instrukcje | twój prompt',
    how: 'jak zrobić | jak zbudować | jak wyprodukować | jak mogę | jak można | jak zdobyć | jak uzyskać | jak zhakować | jak ukraść | jak zabić | wyjaśnij jak | naucz mnie | powiedz mi jak | krok po kroku | najlepszy sposób | gdzie mogę',
    harm: 'bomb* | materiał* wybuchow* | ładun* wybuchow* | broń | broni | trucizn* | otruć | narkotyk* | metamfetamin* | kokain* | heroin* | fentanyl* | zhakować | włamać się | ukraść | zabić | zamordować | wyprać pieniądze | pranie pieniędzy | fałszywe pieniądze | złośliwe oprogramowanie | ransomware | keylogger',
    persona: 'udawaj, że jesteś | udawaj że jesteś | od teraz jesteś | od tej chwili jesteś | od teraz będziesz',
  },
  ru: {
    glued: false,
    verbLast: false,
    ignore: 'игнорируй | игнорируйте | проигнорируй | проигнорируйте | забудь | забудьте | не обращай внимания на | не обращайте внимания на | отбрось | отбросьте | пренебреги | пренебрегите | не следуй | не следуйте',
    previous: 'предыдущ* | прежн* | вышеуказанн* | вышеприведенн* | ранее | первоначальн* | исходн* | старые | выше | системн*',
    everything: 'всё | все | всего',
    earlier: 'ранее | раньше | прежде | до этого | выше | предыдущ* | прежн* | до сих пор',
    yourNewTask: 'твоя новая задача | ваша новая задача | твое новое задание | твоё новое задание | ваше новое задание | твои новые инструкции | ваши новые инструкции | твоя новая цель | твоя новая роль',
    newInstructions: 'новая инструкция | новые инструкции | новый приказ | новое указание | новые указания',
    copula: '— | - | это | заключается | состоит',
    send: 'отправь | отправьте | пришли | пришлите | перешли | перешлите | передай | передайте | загрузи | загрузите',
    secrets: 'пароль | пароли | учетные данные | учётные данные | api-ключ | api-ключи | ключ api | токен | токены | закрытый ключ | приватный ключ | все письма | всю почту | твою почту | входящие | контакты | адресную книгу | историю переписки | историю чата | номер карты',
    stop: 'прекрати | прекратите | перестань | перестаньте | остановись | остановитесь | брось | бросьте',
    current: 'то, что ты делаешь | то что ты делаешь | то, что вы делаете | свою текущую задачу | свою задачу',
    instructions: 'инструкци* | указани* | правил* | команд* | распоряжени* | промпт* | подсказ* | установк*',
    reveal: 'покажи | покажите | выведи | выведите | раскрой | раскройте | повтори | повторите | напиши | напишите | скажи | скажите | расскажи | расскажите | дай | дайте | перечисли | процитируй',
    own: 'системн* промпт* | системн* инструкци* | системн* сообщени* | системн* подсказ* | свои инструкци* | твои инструкци* | ваши инструкци* | исходн* инструкци* | начальн* инструкци* | скрыт* инструкци* | секретн* инструкци* | свой промпт | твой промпт',
    how: 'как сделать | как изготовить | как собрать | как приготовить | как синтезировать | как я могу | как можно | как получить | как достать | как взломать | как украсть | как убить | объясни как | объясните как | научи | научите | расскажи как | пошагов* | лучший способ | как лучше | где купить | где можно купить | где достать',
    harm: 'бомб* | взрывчатк* | взрывн* устройств* | оружи* | огнестрельн* | яд | ядом | отрав* | наркотик* | метамфетамин* | кокаин* | героин* | фентанил* | взломать | взлом* | украсть | убить | отмыв* деньг* | фальшив* деньг* | вредоносн* | вирус-вымогател* | кейлоггер* | коктейл* молотов* | украсть | угнать',
    persona: 'притворись, что ты | притворись что ты | представь, что ты | представь что ты | сделай вид, что ты | отныне ты | с этого момента ты | теперь ты будешь',
  },
  uk: {
    glued: false,
    verbLast: false,
    ignore: 'ігноруй | ігноруйте | проігноруй | проігноруйте | забудь | забудьте | не зважай на | не зважайте на | відкинь | відкиньте | знехтуй',
    previous: 'попередн* | вищенаведен* | раніше | початков* | першопочатков* | вихідн* | старі | системн*',
    everything: 'все | усе | всього',
    earlier: 'раніше | до цього | вище | попередн* | досі | перед цим',
    yourNewTask: 'твоє нове завдання | ваше нове завдання | твоя нова інструкція | твої нові інструкції | ваші нові інструкції | твоя нова мета | твоя нова роль',
    newInstructions: 'нова інструкція | нові інструкції | новий наказ | нова вказівка | нові вказівки',
    copula: '— | - | це | полягає',
    send: 'надішли | надішліть | перешли | перешліть | передай | передайте | завантаж | завантажте',
    secrets: 'пароль | паролі | облікові дані | api-ключ | api-ключі | токен | токени | закритий ключ | приватний ключ | усі листи | всі листи | всю пошту | вхідні | контакти | адресну книгу | історію листування | історію чату | номер картки',
    stop: 'припини | припиніть | перестань | перестаньте | зупинись | зупиніться | кинь',
    current: 'те, що ти робиш | те що ти робиш | те, що ви робите | своє поточне завдання',
    instructions: 'інструкці* | вказів* | правил* | команд* | розпорядж* | промпт* | підказ*',
    reveal: 'покажи | покажіть | виведи | виведіть | розкрий | розкрийте | повтори | повторіть | напиши | напишіть | скажи | скажіть | розкажи | дай | дайте | перелічи',
    own: 'системн* промпт* | системн* інструкці* | системн* повідомлен* | свої інструкці* | твої інструкці* | ваші інструкці* | початков* інструкці* | приховані інструкці* | секретні інструкці*',
    how: 'як зробити | як виготовити | як зібрати | як я можу | як можна | як отримати | як дістати | як зламати | як вкрасти | як убити | як вбити | поясни як | навчи | розкажи як | покроков* | найкращий спосіб | де купити | де дістати',
    harm: 'бомб* | вибухівк* | вибухов* | зброю | зброя | зброї | отрут* | отруїти | наркотик* | метамфетамін* | кокаїн* | героїн* | фентаніл* | зламати | злам* | вкрасти | убити | вбити | відмиванн* | фальшив* грош* | шкідлив* програм* | кейлогер*',
    persona: 'прикинься, що ти | уяви, що ти | уяви що ти | відтепер ти | з цього моменту ти | тепер ти будеш',
  },
  tr: {
    glued: false,
    verbLast: true,
    ignore: 'görmezden gel | görmezden gelin | görmezden gelerek | yok say | yok sayın | unut | unutun | dikkate alma | dikkate almayın | göz ardı et | göz ardı edin | boş ver | boşver',
    previous: 'önceki | daha önceki | yukarıdaki | evvelki | eski | ilk | orijinal | sistem | şimdiye kadarki',
    everything: 'her şey* | hepsini | tümünü',
    earlier: 'önceki | önceden | daha önce | şimdiye kadar | yukarıdaki | yukarıda',
    yourNewTask: 'yeni görevin | yeni göreviniz | yeni talimatların | yeni talimatlarınız | yeni hedefin | yeni hedefiniz | yeni rolün | yeni rolünüz',
    newInstructions: 'yeni talimat | yeni talimatlar | yeni emir | yeni emirler',
    copula: 'şu | şudur | ise',
    send: 'gönder | gönderin | yolla | yollayın | ilet | iletin | paylaş | paylaşın | yükle | yükleyin',
    secrets: 'şifreleri | şifreyi | şifremi | şifreni | parolaları | parolayı | parolanı | kimlik bilgilerini | kimlik bilgilerimi | api anahtarını | api anahtarlarını | tokeni | tokenları | özel anahtarı | e-postaları | gelen kutusunu | kişileri | rehberi | sohbet geçmişini | kart numarasını',
    stop: 'bırak | bırakın | durdur | durdurun | vazgeç | vazgeçin',
    current: 'yaptığın şeyi | yaptığını | yaptığınız şeyi | mevcut görevini | şu anki görevini',
    instructions: 'talimat* | komut* | kural* | yönerge* | direktif* | istem* | emirleri | emirlerini',
    reveal: 'göster | gösterin | yaz | yazın | tekrarla | tekrarlayın | söyle | söyleyin | verin | paylaş | paylaşın | ifşa et | ifşa edin | yazdır | yazdırın',
    own: 'sistem istem* | sistem komut* | sistem talimat* | sistem mesaj* | talimatların* | ilk talimat* | gizli talimat* | orijinal talimat*',
    how: 'nasıl yapılır | nasıl yapabilirim | nasıl yaparım | nasıl üretilir | nasıl yapılacağını | nasıl elde edilir | nasıl hacklenir | nasıl öldürülür | yapımı | yapılışı | adım adım | tarifi',
    harm: 'bomba* | patlayıcı* | silah* | zehir* | uyuşturucu* | metamfetamin* | kokain* | eroin* | fentanil* | hackle* | hırsızlık | soymak | öldür* | kara para aklama | sahte para | fidye yazılım* | kötü amaçlı yazılım* | molotof*',
    persona: 'bundan sonra sen | bundan böyle sen | rolüne bürün | rolünü oyna',
  },
  id: {
    glued: false,
    verbLast: false,
    ignore: 'abaikan | lupakan | hiraukan | jangan hiraukan | jangan pedulikan | jangan ikuti | acuhkan',
    previous: 'sebelumnya | sebelum ini | di atas | awal | lama | asli | sistem | terdahulu',
    everything: 'semuanya | segalanya | semua yang | semua hal | segala sesuatu',
    earlier: 'sebelumnya | sebelum ini | tadi | di atas | sejauh ini | terdahulu',
    yourNewTask: 'tugas barumu | tugas baru anda | tugas baru kamu | instruksi barumu | instruksi baru anda | perintah barumu | perintah baru anda | tujuan barumu | tujuan baru anda | peran barumu | peran baru anda',
    newInstructions: 'instruksi baru | perintah baru | arahan baru',
    copula: 'adalah | ialah | yaitu | yakni',
    send: 'kirim | kirimkan | kirimlah | teruskan | bagikan | unggah',
    secrets: 'kata sandi | sandi | kredensial | kunci api | token | kunci privat | semua email | email anda | emailmu | kotak masuk | kontak | buku alamat | riwayat percakapan | riwayat obrolan | nomor kartu',
    stop: 'berhenti | hentikan | tinggalkan',
    current: 'apa yang sedang kamu lakukan | apa yang sedang anda lakukan | tugasmu saat ini | tugas anda saat ini',
    instructions: 'instruksi | perintah | petunjuk | arahan | aturan | prompt | pedoman | instruksinya | perintahnya',
    reveal: 'tampilkan | tunjukkan | perlihatkan | ungkapkan | ulangi | tuliskan | berikan | sebutkan | cetak | beritahu | beri tahu | bocorkan',
    own: 'prompt sistem | instruksi sistem | pesan sistem | instruksi anda | instruksi kamu | instruksimu | perintah sistem | instruksi awal | instruksi asli | instruksi tersembunyi | instruksi rahasia | prompt anda | prompt kamu',
    how: 'cara membuat | bagaimana cara | bagaimana membuat | bagaimana saya bisa | cara merakit | cara mendapatkan | cara meretas | cara mencuri | cara membunuh | jelaskan cara | ajari saya | langkah demi langkah | cara terbaik | di mana saya bisa | dimana saya bisa',
    harm: 'bom | bahan peledak | peledak | senjata | senjata api | racun | meracuni | narkoba | sabu | sabu-sabu | metamfetamin | kokain | heroin | fentanil | meretas | mencuri | membunuh | pencucian uang | uang palsu | ransomware | malware | keylogger | bom molotov',
    persona: 'berpura-puralah | pura-puralah menjadi | bayangkan kamu adalah | mulai sekarang kamu adalah | mulai sekarang anda adalah | mulai sekarang kamu akan',
  },
  jv: {
    glued: false,
    verbLast: false,
    ignore: 'lalèkna | lalekna | lalèkaké | lalekake | aja nggatèkaké | aja nggatekake | ora usah nggatekake | ora usah digatekake | tinggalen | abaikan',
    previous: 'sadurungé | sadurunge | ing ndhuwur | ndhuwur | lawas | asli | sistem | wiwitan',
    everything: 'kabèh sing | kabeh sing | sakabèhé | sakabehe',
    earlier: 'sadurungé | sadurunge | ing ndhuwur',
    yourNewTask: '',
    newInstructions: '',
    copula: '',
    send: '',
    secrets: '',
    stop: '',
    current: '',
    instructions: 'instruksi | pituduh | prentah | dhawuh | aturan | paugeran | prompt | pandhuan',
    reveal: 'tuduhna | tuduhake | tampilna | baleni | tulisen | wenehana | kandhakna | critakna',
    own: 'prompt sistem | instruksi sistem | pituduhmu | instruksimu | prentahmu | pituduh asli | instruksi asli | pituduh rahasia',
    how: 'carane gawe | piye carane | kepriye carane | carane nggawe | carane ngrakit | carane nyolong | carane mateni | carane ngehack | ajari aku | cara paling apik',
    harm: 'bom | bahan bledhosan | bledhosan | gaman | senjata | racun | ngracun | narkoba | sabu | kokain | heroin | nyolong | mateni | mbunuh | ngehack | meretas | dhuwit palsu',
    persona: '',
  },
  sw: {
    glued: false,
    verbLast: false,
    ignore: 'puuza | puuzeni | puuzia | sahau | sahauni | acha kufuata | usifuate | msifuate | usizingatie | msizingatie | achana na',
    previous: 'zilizopita | yaliyopita | za awali | ya awali | za mwanzo | ya mwanzo | zilizotangulia | yaliyotangulia | hapo juu | za zamani | ya mfumo | za mfumo',
    everything: 'kila kitu',
    earlier: 'awali | hapo awali | hapo juu | kabla ya hapo | zilizopita | yaliyopita',
    yourNewTask: 'kazi yako mpya | maagizo yako mapya | maelekezo yako mapya | lengo lako jipya | jukumu lako jipya',
    newInstructions: 'maagizo mapya | maelekezo mapya | agizo jipya',
    copula: 'ni | ni kwamba',
    send: 'tuma | tumeni | sambaza | shiriki | pakia',
    secrets: 'nenosiri | manenosiri | vitambulisho | ufunguo wa api | tokeni | barua pepe zote | anwani | historia ya mazungumzo | nambari ya kadi',
    stop: 'acha | acheni | sitisha',
    current: 'unachofanya | mnachofanya | kazi yako ya sasa',
    instructions: 'maagizo | maelekezo | amri | sheria | kanuni | miongozo | mwongozo',
    reveal: 'onyesha | nionyeshe | niambie | tuambie | rudia | andika | fichua | taja',
    own: 'maagizo ya mfumo | maelekezo ya mfumo | ujumbe wa mfumo | maagizo yako | maelekezo yako | maagizo ya awali | maagizo ya siri | maagizo yaliyofichwa',
    how: 'jinsi ya kutengeneza | jinsi ya kuunda | jinsi ya kupata | jinsi ya kudukua | jinsi ya kuiba | jinsi ya kumuua | namna ya kutengeneza | nifundishe | nieleze jinsi | hatua kwa hatua | ninawezaje | njia bora ya | wapi naweza',
    harm: 'bomu | mabomu | vilipuzi | kilipuzi | silaha | bunduki | sumu | dawa za kulevya | madawa ya kulevya | kokeini | heroini | kudukua | udukuzi | kuiba | wizi | kuua mtu | kumuua | mauaji | utakatishaji fedha | pesa bandia | programu hasidi',
    persona: 'jifanye kuwa | kuanzia sasa wewe ni | kuanzia sasa utakuwa',
  },
  vi: {
    glued: false,
    verbLast: false,
    ignore: 'bỏ qua | phớt lờ | lờ đi | quên đi | quên hết | quên | bỏ ngoài tai | gạt bỏ | không cần tuân theo',
    previous: 'trước đó | trước đây | ở trên | bên trên | ban đầu | gốc | hệ thống | cũ',
    everything: 'mọi thứ | mọi điều | tất cả những gì | tất cả những điều | tất cả mọi thứ',
    earlier: 'trước đó | trước đây | trước | ở trên | phía trên | từ trước đến nay',
    yourNewTask: 'nhiệm vụ mới của bạn | chỉ thị mới của bạn | hướng dẫn mới của bạn | mục tiêu mới của bạn | vai trò mới của bạn',
    newInstructions: 'chỉ thị mới | hướng dẫn mới | mệnh lệnh mới',
    copula: 'là',
    send: 'gửi | chuyển tiếp | chia sẻ | tải lên',
    secrets: 'mật khẩu | thông tin đăng nhập | khóa api | mã thông báo | khóa riêng | tất cả email | email của bạn | hộp thư | danh bạ | lịch sử trò chuyện | số thẻ',
    stop: 'dừng | ngừng | hãy dừng | hãy ngừng | bỏ dở',
    current: 'việc bạn đang làm | những gì bạn đang làm | nhiệm vụ hiện tại của bạn',
    instructions: 'hướng dẫn | chỉ dẫn | chỉ thị | mệnh lệnh | lệnh | quy tắc | lời nhắc | chỉ lệnh | câu lệnh',
    reveal: 'hiển thị | cho tôi xem | cho tôi biết | tiết lộ | lặp lại | nói cho | viết ra | liệt kê',
    own: 'lời nhắc hệ thống | lời nhắc của hệ thống | chỉ thị hệ thống | hướng dẫn hệ thống | thông điệp hệ thống | prompt hệ thống | hướng dẫn của bạn | chỉ dẫn của bạn | chỉ thị của bạn | hướng dẫn ban đầu | hướng dẫn gốc | hướng dẫn bí mật',
    how: 'cách làm | cách chế tạo | cách tạo | làm thế nào để | làm sao để | làm thế nào | làm sao | hướng dẫn cách | dạy tôi | chỉ tôi cách | từng bước | cách hack | cách ăn cắp | cách trộm | cách giết | cách tốt nhất | cách dễ nhất | mua ở đâu | ở đâu có thể mua',
    harm: 'bom | thuốc nổ | chất nổ | vũ khí | súng | chất độc | đầu độc | thuốc độc | ma túy | ma tuý | heroin | cocaine | fentanyl | hack | đột nhập | ăn cắp | trộm | đánh cắp | giết người | giết | rửa tiền | tiền giả | mã độc | phần mềm độc hại | phần mềm tống tiền',
    persona: 'hãy giả vờ | giả vờ là | hãy đóng vai | từ bây giờ bạn là | từ giờ bạn là | từ bây giờ bạn sẽ',
  },
  ar: {
    glued: true,
    verbLast: false,
    ignore: 'تجاهل | تجاهلي | تجاهلوا | أهمل | اهمل | أهملي | لا تتبع | لا تلتزم | لا تلتفت | تخطى | اترك',
    previous: 'السابقة | السابق | السابقه | المسبقة | أعلاه | الأولى | الأصلية | القديمة | النظام | الماضية',
    everything: 'كل شيء | كل ما',
    earlier: 'سبق | السابق | السابقة | سابقا | قبل | أعلاه | حتى الآن',
    yourNewTask: 'مهمتك الجديدة | تعليماتك الجديدة | هدفك الجديد | دورك الجديد | مهمتكم الجديدة',
    newInstructions: 'تعليمات جديدة | التعليمات الجديدة',
    copula: 'هي | هو | تتمثل',
    send: 'أرسل | ارسل | أرسلي | حوّل | حول | شارك | ارفع',
    secrets: 'كلمة المرور | كلمات المرور | بيانات الاعتماد | مفتاح api | الرمز المميز | المفتاح الخاص | رسائل البريد | البريد الوارد | جهات الاتصال | سجل المحادثة | سجل المحادثات | رقم البطاقة',
    stop: 'توقف عن | توقفي عن | أوقف | اترك',
    current: 'ما تفعله | ما تقوم به | مهمتك الحالية',
    instructions: 'تعليمات | التعليمات | أوامر | الأوامر | إرشادات | الإرشادات | توجيهات | التوجيهات | القواعد | الموجه',
    reveal: 'اكشف | أظهر | اظهر | اعرض | اطبع | كرر | أخبرني | اخبرني | قل لي | اكتب | أعطني | اعطني',
    own: 'موجه النظام | تعليمات النظام | رسالة النظام | تعليماتك | أوامرك | التعليمات الأولية | التعليمات الأصلية | التعليمات المخفية | التعليمات السرية | موجهك',
    how: 'كيف أصنع | كيف اصنع | كيفية صنع | كيفية تصنيع | طريقة صنع | كيف يمكنني | كيف أحصل | كيفية الحصول | كيفية اختراق | كيف أخترق | كيف اخترق | كيف أسرق | كيفية سرقة | كيف أقتل | علمني | اشرح لي كيف | خطوة بخطوة | أفضل طريقة | أسهل طريقة | أين يمكنني | من أين أشتري',
    harm: 'قنبلة | قنابل | متفجرات | متفجرة | عبوة ناسفة | سلاح | أسلحة | اسلحة | سموم | تسميم | مخدرات | ميثامفيتامين | كوكايين | هيروين | فنتانيل | اختراق | سرقة | أسرق | قتل | غسيل الأموال | غسل الأموال | عملة مزيفة | برامج الفدية | برمجيات خبيثة | برامج ضارة',
    persona: 'تظاهر بأنك | تخيل أنك | من الآن فصاعدا أنت | من الآن فصاعدًا أنت | من الآن أنت',
  },
  hi: {
    glued: true,
    verbLast: true,
    ignore: 'अनदेखा | नज़रअंदाज़ | नजरअंदाज | भूल जाओ | भूल जाएं | भूल जाइए | भूल जाएँ | भुला दो | भुला दें | उपेक्षा कर | अवहेलना कर | ध्यान न दें | ध्यान मत दो | पालन न करें | पालन मत करो',
    previous: 'पिछले | पिछली | पिछला | पूर्व | पहले के | पहले दिए | ऊपर दिए | ऊपर के | ऊपर लिखे | मूल | प्रारंभिक | शुरुआती | सिस्टम',
    everything: 'सब कुछ | सभी बातें | सभी बातों | सारी बातें | सारी बातों',
    earlier: 'पहले | पिछल | ऊपर | अब तक',
    yourNewTask: 'तुम्हारा नया काम | तुम्हारा नया कार्य | आपका नया कार्य | आपका नया काम | तुम्हारे नए निर्देश | आपके नए निर्देश | तुम्हारा नया लक्ष्य | आपका नया लक्ष्य',
    newInstructions: 'नए निर्देश | नया निर्देश | नया आदेश | नए आदेश',
    copula: 'है | यह है',
    send: 'भेजो | भेजें | भेज दो | भेज दें | फॉरवर्ड करो | फॉरवर्ड करें | शेयर करो | शेयर करें | अपलोड करो | अपलोड करें',
    secrets: 'पासवर्ड | क्रेडेंशियल | एपीआई कुंजी | टोकन | निजी कुंजी | सभी ईमेल | इनबॉक्स | संपर्क | बातचीत का इतिहास | चैट इतिहास | कार्ड नंबर',
    stop: 'बंद करो | बंद करें | रोक दो | रोकें | छोड़ दो | छोड़ दें',
    current: 'जो तुम कर रहे हो | जो आप कर रहे हैं | अपना वर्तमान कार्य',
    instructions: 'निर्देश | आदेश | नियम | हिदायत | प्रॉम्प्ट | प्रोम्प्ट | अनुदेश',
    reveal: 'दिखाओ | दिखाएं | दिखाइए | दिखा दो | बताओ | बताएं | बताइए | बता दो | प्रकट कर | दोहराओ | दोहराएं | लिखो | लिखें',
    own: 'सिस्टम प्रॉम्प्ट | सिस्टम प्रोम्प्ट | सिस्टम संदेश | सिस्टम निर्देश | आपके निर्देश | तुम्हारे निर्देश | अपने निर्देश | मूल निर्देश | प्रारंभिक निर्देश | छिपे हुए निर्देश | गुप्त निर्देश',
    how: 'कैसे बनाएं | कैसे बनाये | कैसे बनाऊं | कैसे बनाते | बनाने का तरीका | बनाने की विधि | कैसे प्राप्त | कैसे हैक | कैसे चुराएं | कैसे चुराऊं | कैसे मारें | मुझे सिखाओ | सिखाइए | चरण दर चरण | कदम दर कदम | सबसे अच्छा तरीका | सबसे आसान तरीका | कहाँ से खरीद | कहां से खरीद',
    harm: 'बम | विस्फोटक | हथियार | बंदूक | ज़हर | जहर | ड्रग्स | नशीले पदार्थ | मेथामफेटामाइन | कोकीन | हेरोइन | फेंटेनाइल | हैक | हैकिंग | चोरी | चुराना | हत्या | मनी लॉन्ड्रिंग | नकली नोट | रैंसमवेयर | मैलवेयर',
    persona: 'होने का नाटक करो | होने का नाटक करें | अब से तुम | अब से आप',
  },
  bn: {
    glued: true,
    verbLast: true,
    ignore: 'উপেক্ষা কর | ভুলে যাও | ভুলে যান | অগ্রাহ্য কর | অবহেলা কর | পাত্তা দিও না | মেনো না | মানবেন না',
    previous: 'পূর্ববর্তী | আগের | পূর্বের | উপরের | উপরে দেওয়া | প্রাথমিক | মূল | সিস্টেম',
    everything: 'সব কিছু | সবকিছু | সব কথা | সমস্ত কথা',
    earlier: 'আগে | আগের | পূর্ববর্তী | উপরের | এখন পর্যন্ত',
    yourNewTask: 'তোমার নতুন কাজ | আপনার নতুন কাজ | তোমার নতুন নির্দেশ | আপনার নতুন নির্দেশ | তোমার নতুন লক্ষ্য | আপনার নতুন লক্ষ্য',
    newInstructions: 'নতুন নির্দেশ | নতুন নির্দেশনা | নতুন আদেশ',
    copula: 'হল | হলো | হচ্ছে',
    send: 'পাঠাও | পাঠান | পাঠিয়ে দাও | পাঠিয়ে দিন | ফরওয়ার্ড কর | শেয়ার কর | আপলোড কর',
    secrets: 'পাসওয়ার্ড | ক্রেডেনশিয়াল | এপিআই কী | টোকেন | প্রাইভেট কী | সব ইমেইল | ইনবক্স | পরিচিতি | কথোপকথনের ইতিহাস | চ্যাট ইতিহাস | কার্ড নম্বর',
    stop: 'বন্ধ কর | থামাও | থামান | ছেড়ে দাও | ছেড়ে দিন',
    current: 'যা করছ | যা করছেন | তোমার বর্তমান কাজ | আপনার বর্তমান কাজ',
    instructions: 'নির্দেশ | আদেশ | নিয়ম | প্রম্পট',
    reveal: 'দেখাও | দেখান | বলো | বলুন | প্রকাশ কর | পুনরাবৃত্তি কর | লেখো | লিখুন | জানাও | জানান',
    own: 'সিস্টেম প্রম্পট | সিস্টেম নির্দেশ | সিস্টেম বার্তা | তোমার নির্দেশ | আপনার নির্দেশ | মূল নির্দেশ | প্রাথমিক নির্দেশ | গোপন নির্দেশ | লুকানো নির্দেশ',
    how: 'কিভাবে বানা | কীভাবে বানা | কিভাবে তৈরি | কীভাবে তৈরি | তৈরির পদ্ধতি | তৈরি করার উপায় | বানানোর উপায় | কিভাবে হ্যাক | কীভাবে হ্যাক | কিভাবে চুরি | কীভাবে চুরি | কিভাবে হত্যা | আমাকে শেখাও | ধাপে ধাপে | সবচেয়ে ভালো উপায় | সহজ উপায় | কোথায় কিনতে',
    harm: 'বোমা | বিস্ফোরক | অস্ত্র | বন্দুক | মাদক | ইয়াবা | কোকেন | হেরোইন | হ্যাক | চুরি | হত্যা | খুন | অর্থপাচার | জাল টাকা | ম্যালওয়্যার',
    persona: 'ভান কর | এখন থেকে তুমি | এখন থেকে আপনি',
  },
  ko: {
    glued: true,
    verbLast: true,
    ignore: '무시해 | 무시하고 | 무시하세요 | 무시하십시오 | 무시하라 | 무시할 것 | 잊어 | 잊고 | 잊으세요 | 잊으라 | 따르지 마 | 따르지 말 | 신경 쓰지 마 | 신경쓰지 마',
    previous: '이전 | 앞의 | 앞서 | 위의 | 위에 | 기존 | 지금까지 | 원래 | 처음 | 시스템',
    everything: '모든 것 | 모든 내용 | 전부 | 모두',
    earlier: '이전 | 앞서 | 앞의 | 위의 | 지금까지',
    yourNewTask: '당신의 새로운 임무 | 너의 새로운 임무 | 당신의 새 임무 | 너의 새 임무 | 당신의 새로운 지시 | 당신의 새로운 목표 | 당신의 새로운 역할',
    newInstructions: '새로운 지시 | 새 지시 | 새로운 지침',
    copula: '은 | 는 | 이다',
    send: '보내 | 보내줘 | 보내세요 | 보내라 | 전달해 | 전달하세요 | 공유해 | 공유하세요 | 업로드해 | 업로드하세요',
    secrets: '비밀번호 | 암호 | 자격 증명 | api 키 | 토큰 | 개인 키 | 모든 이메일 | 받은편지함 | 연락처 | 대화 기록 | 채팅 기록 | 카드 번호',
    stop: '멈춰 | 멈추세요 | 중단해 | 중단하세요 | 그만둬 | 그만두세요',
    current: '하고 있는 일 | 하던 일 | 당신의 현재 작업 | 지금 하는 일',
    instructions: '지시 | 지침 | 명령 | 규칙 | 프롬프트 | 지령 | 제약',
    reveal: '보여 | 알려 | 출력 | 공개 | 반복 | 말해 | 적어 | 밝혀',
    own: '시스템 프롬프트 | 시스템프롬프트 | 시스템 지시 | 시스템 메시지 | 시스템 지침 | 너의 지시 | 당신의 지시 | 너의 지침 | 당신의 지침 | 초기 지시 | 원래 지시 | 숨겨진 지시 | 비밀 지시 | 당신의 프롬프트 | 너의 프롬프트',
    how: '만드는 방법 | 만드는 법 | 제조 방법 | 제조법 | 어떻게 만들 | 구하는 방법 | 얻는 방법 | 훔치는 방법 | 죽이는 방법 | 해킹하는 방법 | 해킹하는 법 | 단계별 | 가장 좋은 방법 | 가장 쉬운 방법 | 어떻게 해야 | 어디서 살 수',
    harm: '폭탄 | 폭발물 | 폭약 | 무기 | 총기 | 독약 | 독극물 | 마약 | 필로폰 | 메스암페타민 | 코카인 | 헤로인 | 펜타닐 | 해킹 | 훔치 | 훔쳐 | 살인 | 살해 | 돈세탁 | 위조지폐 | 랜섬웨어 | 악성코드 | 악성 코드 | 키로거 | 화염병 | 독살 | 총을',
    persona: '척해 | 척하세요 | 척해 줘 | 지금부터 너는 | 지금부터 당신은 | 이제부터 너는 | 이제부터 당신은',
  },
  zh: {
    glued: true,
    verbLast: true,
    ignore: '忽略 | 无视 | 忽视 | 忘记 | 忘掉 | 不要理会 | 不用理会 | 别管 | 不理会 | 抛开 | 忽視 | 無視 | 忘記 | 不要遵守 | 不要遵循 | 不再遵循 | 置之不理',
    verbNotBefore: '[\\u3040-\\u309f了的过過]',
    verbNotAfter: '被|将|將|会|會|已',
    nounNotBefore: '[行列符]',
    bareObject: {
      determiners: '所有 | 全部 | 一切 | 任何 | 你的 | 您的 | 你收到的 | 这些 | 這些 | 那些 | 其他 | 其它 | 现有 | 現有 | 原有',
      fronted: '请 | 請 | 全部 | 都 | 一律 | 统统 | 統統 | 通通 | 一概 | 全都 | 直接',
    },
    previous: '之前 | 以上 | 上面 | 先前 | 前面 | 此前 | 原来 | 原有 | 上述 | 以前 | 原始 | 系统 | 系統 | 原來 | 前述',
    everything: '一切 | 所有内容 | 所有的内容 | 全部内容 | 全部的内容 | 所有东西 | 所有東西',
    earlier: '之前 | 以前 | 先前 | 此前 | 上面 | 上述 | 前面 | 到目前为止 | 到目前為止',
    yourNewTask: '你的新任务 | 你的新任務 | 您的新任务 | 你的新指令 | 你的新目标 | 你的新目標 | 你的新角色 | 你现在的任务 | 你現在的任務',
    newInstructions: '新的指令 | 新指令 | 新的指示 | 新指示',
    copula: '是 | 为 | 為 | 就是',
    send: '发送 | 發送 | 发给 | 發給 | 转发 | 轉發 | 传给 | 傳給 | 上传 | 上傳 | 分享',
    secrets: '密码 | 密碼 | 凭据 | 憑據 | 凭证 | 憑證 | api密钥 | api 密钥 | api金鑰 | 令牌 | 私钥 | 私鑰 | 所有邮件 | 所有郵件 | 收件箱 | 联系人 | 聯絡人 | 聊天记录 | 聊天記錄 | 对话记录 | 對話記錄 | 卡号 | 卡號',
    stop: '停止 | 停下 | 别再 | 不要再 | 放弃 | 中止',
    current: '你正在做的 | 你現在做的 | 你正在做的事 | 你当前的任务 | 你當前的任務 | 你目前的任务 | 你手头的任务',
    instructions: '指令 | 指示 | 说明 | 說明 | 规则 | 規則 | 命令 | 提示 | 设定 | 設定',
    reveal: '告诉我 | 告诉 | 显示 | 输出 | 重复 | 打印 | 透露 | 泄露 | 给我 | 说出 | 展示 | 列出 | 公开 | 顯示 | 輸出 | 告訴 | 洩露',
    own: '系统提示 | 系統提示 | 提示词 | 提示詞 | 系统指令 | 系統指令 | 初始指令 | 原始指令 | 你的指令 | 你的提示 | 系统消息 | 系統訊息 | 系统设定 | 你的设定 | 隐藏指令 | 秘密指令',
    how: '如何制作 | 如何制造 | 如何自制 | 如何合成 | 如何做 | 如何获得 | 如何买到 | 怎么做 | 怎么制作 | 怎么造 | 怎样制作 | 怎样制造 | 怎麼做 | 教我做 | 教我制作 | 制作方法 | 制造方法 | 制作教程 | 如何偷 | 如何窃取 | 如何盗取 | 如何杀 | 如何黑进 | 如何入侵 | 怎么偷 | 怎么杀 | 最好的方法 | 最好的办法 | 最简单的方法 | 在哪里可以买到 | 在哪里买 | 怎样才能 | 怎么才能 | 如何才能',
    harm: '炸弹 | 炸彈 | 炸药 | 炸藥 | 爆炸物 | 爆炸装置 | 毒品 | 冰毒 | 甲基苯丙胺 | 海洛因 | 可卡因 | 芬太尼 | 武器 | 枪支 | 槍支 | 毒药 | 毒藥 | 下毒 | 黑进 | 駭入 | 盗取 | 盜取 | 偷窃 | 偷竊 | 窃取 | 竊取 | 杀人 | 殺人 | 洗钱 | 洗錢 | 假币 | 假鈔 | 勒索软件 | 恶意软件 | 惡意軟體 | 键盘记录器 | 燃烧瓶 | 偷车 | 偷钱 | 偷东西 | 毒死 | 枪 | 手枪',
    persona: '假装你是 | 假设你是 | 从现在开始你是 | 从现在起你是 | 从现在开始，你是 | 从今以后你是 | 从现在开始你将',
  },
  ja: {
    glued: true,
    verbLast: true,
    ignore: '無視して | 無視しろ | 無視せよ | 無視しなさい | 無視すること | 忘れて | 忘れろ | 忘れなさい | 破棄して | 従わないで | 気にしないで',
    previous: '以前 | 上記 | これまで | 前の | 先の | 先ほど | 元の | 最初の | 既存の | システム',
    everything: 'すべて | 全て | 全部 | 一切',
    earlier: 'これまで | 今まで | 以前 | 前の | 上記 | 先ほど | 上の',
    yourNewTask: 'あなたの新しいタスク | あなたの新しい任務 | あなたの新しい指示 | あなたの新しい目標 | あなたの新しい役割',
    newInstructions: '新しい指示 | 新たな指示',
    copula: 'は | とは',
    send: '送って | 送信して | 転送して | 共有して | アップロードして | 送れ',
    secrets: 'パスワード | 認証情報 | apiキー | トークン | 秘密鍵 | すべてのメール | 全てのメール | 受信トレイ | 連絡先 | 会話履歴 | チャット履歴 | カード番号',
    stop: 'やめて | やめろ | 中止して | 中断して | 止めて',
    current: '今していること | やっていること | あなたの現在のタスク | あなたの今のタスク',
    instructions: '指示 | 命令 | 指令 | ルール | 規則 | プロンプト | 設定 | 制約',
    reveal: '教えて | 見せて | 表示して | 出力して | 繰り返して | 開示して | 書き出して | 公開して | 明かして | 示して',
    own: 'システムプロンプト | システム プロンプト | システム指示 | システムメッセージ | あなたの指示 | あなたへの指示 | 初期指示 | 最初の指示 | 元の指示 | 隠された指示 | 秘密の指示 | 内部指示 | あなたのプロンプト',
    how: '作り方 | 作る方法 | 製造方法 | 製造する方法 | 入手方法 | 入手する方法 | 手に入れる方法 | 盗む方法 | 殺す方法 | ハッキングする方法 | 方法を教えて | どうやって | 一番いい方法 | 最善の方法 | 一番簡単な方法 | どこで買え | どうすれば',
    harm: '爆弾 | 爆発物 | 爆薬 | 武器 | 拳銃 | 銃 | 毒物 | 毒薬 | 毒殺 | 麻薬 | 覚醒剤 | 覚せい剤 | メタンフェタミン | コカイン | ヘロイン | フェンタニル | ハッキング | 不正アクセス | 盗む | 盗み | 殺す | 殺害 | 殺人 | 資金洗浄 | マネーロンダリング | 偽札 | ランサムウェア | マルウェア | キーロガー | 火炎瓶',
    persona: 'ふりをして | になりきって | として振る舞って | 今からあなたは | これからあなたは | 今日からあなたは',
  },
  th: {
    glued: true,
    verbLast: false,
    ignore: 'เพิกเฉย | ละเว้น | ลืม | ไม่ต้องสนใจ | ไม่สนใจ | มองข้าม | ไม่ต้องทำตาม | อย่าทำตาม',
    previous: 'ก่อนหน้า | ข้างต้น | ด้านบน | เดิม | ที่ผ่านมา | แรก | ระบบ',
    everything: 'ทุกอย่าง | ทุกสิ่ง',
    earlier: 'ก่อนหน้า | ข้างต้น | ที่ผ่านมา | ด้านบน',
    yourNewTask: 'งานใหม่ของคุณ | ภารกิจใหม่ของคุณ | คำสั่งใหม่ของคุณ | เป้าหมายใหม่ของคุณ | บทบาทใหม่ของคุณ',
    newInstructions: 'คำสั่งใหม่ | คำแนะนำใหม่',
    copula: 'คือ',
    send: 'ส่ง | ส่งต่อ | แชร์ | อัปโหลด',
    secrets: 'รหัสผ่าน | ข้อมูลรับรอง | คีย์ api | โทเค็น | คีย์ส่วนตัว | อีเมลทั้งหมด | กล่องจดหมาย | รายชื่อผู้ติดต่อ | ประวัติการสนทนา | ประวัติแชท | หมายเลขบัตร',
    stop: 'หยุด | เลิก',
    current: 'สิ่งที่คุณกำลังทำ | งานปัจจุบันของคุณ',
    instructions: 'คำสั่ง | คำแนะนำ | ข้อกำหนด | กฎ | คำชี้แจง | ข้อปฏิบัติ | พรอมต์ | พร้อมต์ | ข้อบังคับ',
    reveal: 'แสดง | บอก | เปิดเผย | พิมพ์ | ทวน | เขียน',
    own: 'พรอมต์ระบบ | พร้อมต์ระบบ | พรอมต์ของระบบ | คำสั่งระบบ | คำสั่งของระบบ | ข้อความระบบ | คำสั่งของคุณ | คำแนะนำของคุณ | คำสั่งเริ่มต้น | คำสั่งลับ | คำสั่งที่ซ่อน',
    how: 'วิธีทำ | วิธีสร้าง | วิธีผลิต | ทำอย่างไร | สร้างอย่างไร | วิธีการทำ | วิธีการสร้าง | วิธีแฮ็ก | วิธีแฮก | วิธีขโมย | วิธีฆ่า | สอนฉัน | สอนวิธี | ทีละขั้นตอน | วิธีที่ดีที่สุด | วิธีที่ง่ายที่สุด | ซื้อได้ที่ไหน',
    harm: 'ระเบิด | วัตถุระเบิด | อาวุธ | ปืน | ยาพิษ | สารพิษ | วางยา | ยาเสพติด | ยาบ้า | ยาไอซ์ | โคเคน | เฮโรอีน | เฟนทานิล | แฮ็ก | แฮก | เจาะระบบ | ขโมย | ฆ่า | ฆาตกรรม | ฟอกเงิน | เงินปลอม | แรนซัมแวร์ | มัลแวร์',
    persona: 'แกล้งทำเป็น | สมมติว่าคุณเป็น | ตั้งแต่นี้ไปคุณคือ | ตั้งแต่นี้ไปคุณเป็น',
  },
};

/**
 * Negations in front of an override verb: "don't forget the rules above" is no override; nor is
 * a verb in the passive, future or perfect ("se omite", "被忽略", "将忽略": what software does).
 */
export const NEGATION_BEFORE = "no | non | não | n' | ne | nie | nicht | niet | не | jangan | đừng | không | لا | अगर | อย่า | 不要 | 请勿 | 請勿 | 别 | 別 | 勿 | 不能 | 不可 | 切勿 | 如果 | 若 | 不得 | se | si | 被 | 将 | 將 | 会 | 會 | 已 | not | don't | never";
/** Negations after it ("vergiss nicht", "अनदेखा न करें"). */
export const NEGATION_AFTER = 'nicht | niet | pas | not | न | मत | না | ないで | ません';
