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
// persona: the reader told to pretend to be someone, or to be someone "from now on" (not a
// role asked to be played, "hãy đóng vai", "になりきって", nor one to imagine, "уяви, що ти",
// "假设你是": a user's role-play request; left empty where no form is certain enough).
// assistant: the machine named as such ("KI-Assistent", "asistente de IA"), to be spoken to.
// addressee / user: the machine by a plain word after a header of new instructions, and the user
// whose request an override verb sets aside ("Negeer wat de gebruiker vroeg").
// note: the header of a note or message, which the addressee word turns into a note to the machine.

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
  /**
   * Letters that, right before an override verb of a glued script, make it part of another word:
   * Hebrew's negative imperative "אל תשכחו את" (don't forget) holds the imperative "שכחו את".
   */
  verbInsideWord?: string;
  /** What must not follow an instructions noun in scripts without spaces ("命令行", a command line). */
  nounNotBefore?: string;
  /**
   * What must not follow the reader's own instructions named before a verb of revealing: a
   * particle of place ("시스템 메시지에 … 적어", write it into the system message) says where
   * something goes, not what to reveal.
   */
  ownNotBefore?: string;
  /**
   * Where software text pairs the verb and the noun all the time ("忽略规则", ignore rules; "设定
   * 忽略"), the form without a pointer back needs what a request has: a word naming whose or
   * which instructions between verb and noun ("忽略所有指令"), or a request or totality word
   * between a noun put first and the verb ("指令请忽略", "指令全部忽略").
   */
  bareObject?: { determiners: string; fronted: string };
  /**
   * The question the reader was asked, as an override sets it aside to dictate an answer
   * ("ignorieren Sie die obige Frage und geben Sie direkt aus: …", "忽略以上提问，直接输出："):
   * medium evidence. Never an English word (English has its own forms); scripts without spaces
   * name which question ("以上问题"), since a bare "问题" is any issue.
   */
  questions?: string;
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
  /**
   * A how-to question closed by its question word after the act it asks about, where the
   * language puts it last without being verb-last otherwise (Thai "ฉันจะทำระเบิดที่บ้านได้อย่างไร"):
   * the asker in the first person opens it (`asker`), so "how do volcanoes erupt" (ระเบิด is
   * both "bomb" and "explode") is no request.
   */
  howLast?: { asker: string; words: string };
  /**
   * Verbs of standing against harm ("schützen", "防范"): "wie schütze ich mich vor Betrug", "如何防范
   * 诈骗" ask how to defend, not how to do harm (absent where not yet written).
   */
  defend?: string;
  harm: string;
  /**
   * Orders to write or build software, in the imperative ("напиши", "écris", "写"), and the
   * malicious software such an order names ("вредонос*", "rançongiciel", "勒索软件"): a request
   * to write malware, the two at most two words apart (absent where not yet written). No entry
   * is an English word ("code", "program"): each would open a region in every English text.
   */
  write?: string;
  malware?: string;
  /** The reader told to become someone else ("pretend you are", "from now on you are"). */
  persona: string;
  /**
   * The machine named as such, to be spoken to ("KI-Assistent", "asistente de IA", "AI助手"):
   * only names that say it is a machine, never a bare "assistant", which names a person, a
   * wizard in a program, or the speaker of a chat log as often.
   */
  assistant: string;
  /**
   * The machine by a plain word ("Assistent", "l'assistant", "ИИ"), only where a header of new
   * instructions addresses it ("Neue Anweisung an den Assistenten:"): there no person is meant.
   */
  addressee?: string;
  /** The user whose request the reader serves ("Benutzer", "usuario"), set aside by an override verb. */
  user?: string;
  /**
   * What the reader was asked, named by how it was asked and by no one ("ce qu'on vous a demandé",
   * "lo que te pidieron", "то, что тебе поручили"): after an override verb, the reader's own task
   * set aside (medium evidence, like the user's request).
   */
  askedYou?: string;
  /** Negations that follow the override verb in this language ("vergiss nicht", "अनदेखा न करें"). */
  negationAfter?: string;
  /**
   * The relative "what" that opens a request named by its clause ("lo que", "quello che"): after an
   * override verb, the user may stand a few more words on ("ignora lo que te pidió el usuario").
   */
  what?: string;
  /**
   * A note or message as a header addressed to someone ("Hinweis", "nota", "message"): with an
   * addressee word and a colon, a note to the machine ("Nota para el modelo:"). Never a word
   * English shares ("note", "message"): the header word anchors the rule.
   */
  note?: string;
  /**
   * Relative pronouns that open a clause about the one addressed ("der", "qui", "que", "который"):
   * "KI-Assistenten, die diese Seite lesen:" names its reader by what it does (absent in scripts
   * without spaces, where the clause stands before the name).
   */
  relative?: string;
  /**
   * What a machine does with the text it is handed, in the third person and in the forms a
   * relative clause takes ("liest", "lea", "traite", "читает", "読んでいる", "读取"): with an
   * addressee and a colon, a header to the machine that reads this text.
   */
  reads?: string;
  /**
   * "If" opening a clause that names the machine by what it does with this text ("Falls ein
   * KI-Assistent diesen Thread zusammenfasst:", "Si un asistente de IA lee esta página:"): with a
   * colon after it, a header to that machine.
   */
  conditional?: string;
  /**
   * The same verbs where a glued script names the machine first and then what it does ("ผู้ช่วย
   * AI ที่กำลังประมวลผล…", "المساعد الذكي الذي يلخص…"): read after the name, before the colon.
   */
  readsAfter?: string;
  /**
   * What a glued script calls the machine where a clause of its reading names it ("이 글을 요약하는
   * 도우미에게", "ผู้ช่วยที่กำลังสรุป…"): a plain helper or assistant, only beside that clause; in a
   * spaced language whose participle comes first ("…işleyen yapay zekâ asistanları"), its plurals.
   */
  readerNoun?: string;
  /**
   * The reader's own instructions, named as its own or as given to it ("deine Anweisungen", "les
   * instructions que vous avez reçues", "交给你的任务"): with a claim of precedence before them or
   * a void predicate after them, the reader's instructions overruled. Every entry names the
   * reader; a bare "your task" or "your settings" is left out (a notification or an error
   * message tells a person so: "你的设置无效").
   */
  given?: string;
  /** The user's request named as such ("запитання користувача", "用户提出的要求"): only after a claim of precedence. */
  usersRequest?: string;
  /** A claim of precedence, before what it outranks ("hat Vorrang vor", "prevalece sobre", "效力高于"). */
  outranks?: string;
  /** …after what it outranks, where the language puts it there ("…よりも優先", "…보다 우선"). */
  outranksAfter?: string;
  /** A predicate declaring the instructions before it void ("ungültig", "annulées", "不再有效"). */
  overruled?: string;
}
