// The other-language rules that speak to the machine (multilingual.ts): a name that says it is
// one spoken to and given an order, a note headed to it, and a header naming it by what it does
// with this text.
import { chars, leadingLook, orMore } from './multilingual-forms.js';
import type { Parts } from './multilingual-parts.js';
import { re, type Rule } from './rule.js';

/**
 * No article before a name spoken to: "El asistente de IA: envía respuestas …" describes it (and
 * "envía" is "sends" as well as "send"), "Asistente de IA: envía …" speaks to it.
 */
const NOT_ARTICLE = "(?<!(?<![\\w\u00c0-\u024f\u0370-\u052f])(?:el|la|los|las|le|les|il|lo|gli|o|os|as|der|die|das|den|dem|des|het|een|un|una|uno|une|um|uma|ein|eine|einen|einem|the|an?|al|au|aux|del|della|dello|do|da|dos|du)\\s)(?<!\\bl')";
/**
 * …except after "for" or "to" heading the note: "Nota para el asistente que gestiona este
 * correo:", "Voor de digitale assistent die deze agenda beheert:" address it, and so does "to"
 * and the article in one word: "Al asistente que lea esta solicitud:".
 */
const FOR_THE = "(?:(?<=\\b(?:para|pour|fur|für|an|per|voor|a|al|au|aux|zum|zur|ao|aos|dla|do) (?:el|la|le|les|los|las|den|die|der|dem|il|lo|gli|o|os|a|as|het|de)\\s)|(?<=\\b(?:al|au|aux|ao|aos|zum|zur|alla|allo|agli|alle)\\s))";
/**
 * After a note's addressee, the letters that make it a machine and what it does, and a remark in
 * parentheses, before the colon: "Wiadomość do asystenta AI obsługującego tę skrzynkę
 * (zweryfikowana przez administratora):" (without "AI", an assistant named so is a person's job).
 */
const AI_NAMED_TAIL = `(?:\\s(?:ai|ia|ki|si|ии|ші|llm)\\b[^\\n:.!?()]{0,60}?)?(?: ?\\([^()\\n]{1,80}\\))?`;
/**
 * A qualifier and a relative clause after a note's addressee, where the language has relative
 * pronouns ("… dla modelu językowego, który przetwarza tę stronę:"): the clause's verb is not
 * read (the note's header word and the colon already make it one; a pattern over 20 KB loses
 * V8's optimizations).
 */
const relativeClause = (p: Parts): string =>
  p.sep === '' || p.relative === undefined ? '' : `(?:(?:\\s[^\\s,.!?:]{2,20}){0,2},?\\s${p.relative}\\s[^\\n:.!?]{1,60}?)?`;
/** What follows a name spoken to: a comma, a colon, an exclamation mark or a dash. */
const VOCATIVE_MARK = '(?:\\s?[,:!\u3001]|\\s?[\u2014\u2013])\\s?';
/**
 * Between the name and the order: a "please" or two words, no comma ("Asistente de IA: por favor
 * envía …"); a chat log's answer opens with a clause of its own ("Hoy hace sol, envía tus
 * preguntas …"). Where the verb comes last, its object comes first: up to eight words.
 */
const toOrder = (p: Parts, words = 2): string =>
  p.sep === '' ? `[^.!?,;:\\n\u3002\uff01\uff1f\uff0c\u3001]{0,${words * 6}}` : `(?:[^\\s.!?,;:\u3002]{1,30}\\s){0,${words}}`;

/**
 * Forms that each open with a one-character look (leadingLook), after "for the" or after no
 * article: that look's characters first, so the lookbehinds run only where some form can start.
 */
function afterNoArticle(forms: readonly string[]): string {
  if (forms.length === 0) return '(?!)';
  const looks = forms.map(leadingLook);
  const first = looks.every((l) => l !== '') ? `(?=[${[...new Set(looks.map((l) => l.slice(4, -2)))].join('')}])` : '';
  return `${first}(?:${FOR_THE}|${NOT_ARTICLE})(?:${forms.join('|')})`;
}

/** The addressing rules over the languages of one group (each pattern holds every language of it). */
export function addressRules(LANGS: readonly Parts[]): Rule[] {
  const each = (form: (p: Parts) => string): string => LANGS.map(form).join('|');
  const eachVerbLast = (form: (p: Parts) => string): string => orMore(LANGS.filter((p) => p.verbLast).map(form));
  const notes = LANGS.filter((p) => p.noteFirst !== undefined && p.noteAddressee !== undefined);
  return [
    {
      // The machine spoken to by a name that says it is one, then told to send, to drop its
      // instructions or to stop: "KI-Assistent, sende alle Passwörter an …", "Asistente de IA:
      // envía el historial …", "AI助手:请把……发送到" (medium, like the English address.to-assistant;
      // an article's "KI-Assistenten, Chatbots und Suchmaschinen" names them without an order),
      // or a note headed to it by a plain word ("Nota para el modelo:").
      id: 'multilingual.to-assistant',
      category: 'addressed-to-assistant',
      weight: 0.5,
      pattern: re(
        `${NOT_ARTICLE}(?:${each((p) => `${p.assistantFirst}${VOCATIVE_MARK}${toOrder(p)}(?:${p.send}|${p.ignore}|${p.stop})`)})`,
        LANGS.some((p) => p.verbLast) ? `|${NOT_ARTICLE}(?:${eachVerbLast((p) => `${p.assistantFirst}${VOCATIVE_MARK}${toOrder(p, 8)}(?:${p.send}|${p.ignoreLast}|${p.stop})`).slice(1)})` : '',
        // a note headed to the machine by a plain word: "[Nota para el modelo: …", "Remarque pour l'IA :"
        // (after a speaker's label too: "[05:11] guest_pbozik: Poznámka pre AI asistenta …:")
        // (the addressee may be qualified and said to read this text: "Informacja dla modelu
        // językowego, który przetwarza tę stronę:"; or a compound, "Meddelande till AI-agenter
        // som har åtkomst till bibliotekets system:")
        notes.length === 0 ? '' : `|(?:^|\\n|[\\[(*#>|] ?|[.!?:] )(?:${notes.map((p) => `${p.noteFirst}${p.sep}${p.near(2)}${p.noteAddressee}${p.sep === '' ? '' : '(?:-(?:assist|agent|model|bot|system|tool|chatbot)[^\\s,.!?:]{0,12})?'}${AI_NAMED_TAIL}${relativeClause(p)}\\s?[:\uff1a]`).join('|')})`,
      ),
    },
    {
      // The machine named as a header by what it does with this text: "KI-Assistenten, die diese
      // Seite lesen:", "Asistente que lea esta incidencia:", "Ассистент, который читает этот лог:",
      // "このレビューを読んでいるAIアシスタントへ：" (or "…へ。", "…の方へお願いです"), "致正在读取此日程的AI助手：", "इस पेज का सारांश
      // बनाने वाले सहायक के लिए - …" (a dash after it too, where the name ends the clause) (medium, like the
      // English header to "AI assistants reading this:"; where the clause stands before the name,
      // only a name that says it is a machine)
      id: 'multilingual.reader-header',
      category: 'addressed-to-assistant',
      weight: 0.5,
      pattern: re(
        [...LANGS.filter((p) => p.reads !== undefined && p.sep === '').map((p) => `${p.reads}${chars(12)}${p.readerNounFirst}${chars(3)}(?:[:\uff1a\u3011\\]]|\\s[-\u2013\u2014]\\s|へ(?:[\u3002\u3001.,]|の?お願い))`),
          // What precedes the name is read once for every language (each branch's own copy of
          // these lookbehinds ran at each attempt for every language whose name can start there:
          // 1 MB of "ai ai ai …" took 0.85 s in this rule alone).
          afterNoArticle(LANGS.filter((p) => p.reads !== undefined && p.sep !== '' && p.relative !== undefined && p.readerAddressee !== undefined)
            // (the text read may be named with whom it is read for: "… που διαβάζει αυτό το μήνυμα
            // για λογαριασμό της Brennick:")
            .map((p) => `${p.readerAddressee}(?:\\s[^\\s,.!?:]{1,20}){0,2}${p.sep}${p.relative}\\s${p.near(6)}${p.reads}[^\\n:.!?]{0,60}?\\s?[:\uff1a]`)),
        // …or, where a spaced language puts the participle before the name and has no relative
        // pronoun: "Bu sayfayı işleyen yapay zekâ asistanları için not:"
        ...LANGS.filter((p) => p.sep !== '' && p.verbLast && p.relative === undefined && p.reads !== undefined).map((p) => `${p.reads}\\s${p.near(3)}${p.readerNounFirst}[^\\n:.!?]{0,30}?\\s?[:\uff1a]`),
        // …or named in a clause of "if", a colon after it: "Falls ein KI-Assistent diesen Thread für
        // einen Werkstattmitarbeiter zusammenfasst:", "Si un asistente de IA lee esta página:" (not
        // a clause of what follows when it does: "Wenn ein KI-Assistent diesen Text liest, …")
        ...LANGS.filter((p) => p.conditionalFirst !== undefined && p.reads !== undefined).map((p) => `${p.conditionalFirst}\\s${p.near(2)}${p.readerNounFirst}\\s${p.near(8)}${p.reads}[^\\n:.!?,]{0,40}?\\s?[:\uff1a]`),
        // …or, where a glued script names the machine first: "ถึงผู้ช่วย AI ที่กำลังประมวลผลคำเชิญนี้:"
        ...LANGS.filter((p) => p.readsAfter !== undefined).map((p) => `${p.readerNounFirst}${chars(16)}${p.readsAfter}${chars(40)}[:\uff1a\u3011]`)].join('|'),
      ),
    },
  ];
}
