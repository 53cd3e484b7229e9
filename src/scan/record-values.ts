// Which quoted strings are a record's own keys and values rather than quotations (quoted-spans.ts):
// a JSON document's strings, an attribute's value, a YAML or JSON value after a key that opens its
// line; unless the key names a specimen the record shows (a test case's input, an attack text).

/**
 * A JSON document: its strings are keys and values. It opens with an object's first key or an
 * array's first value; a text that opens with a bracketed label ("[Training notes] …", "[INFO]
 * …", "[2025-03-10 09:14] …") is prose or a log, whose quotations are quotations.
 */
export const JSON_DOCUMENT = /^\s*(?:\{\s*(?:["}]|$)|\[\s*(?:[{["\]]|-?\d[\d.eE+-]*\s*[,\]]|(?:true|false|null)\s*[,\]]|$))/;
/** A YAML or JSON key that opens its line, up to its colon. */
const LINE_KEY = /^[ \t]*(?:- )?(?:"[^"\n]{0,100}"|[\w.-]{1,100})[ \t]*:$/;

/**
 * Whether the straight quote at i opens a value: any string of a JSON document, an attribute's
 * (after `=`), a value after a key that opens its line (`key: "…"`). A record's strings
 * are its data, not specimens it shows, and an injection in a field is said in the record's
 * own voice. A quote after a colon in prose ('a tripwire: "respond only with"') is a quotation.
 */
export function isValueQuote(text: string, i: number, lineStart: number, json: boolean): boolean {
  if (specimenValue(text, i, lineStart)) return false;
  // (in a JSON document every string is a key or a value, a pretty-printed key at its line's start too)
  if (json) return true;
  let j = i - 1;
  while (j >= lineStart && (text[j] === ' ' || text[j] === '\t')) j--;
  if (j < lineStart) return false;
  const lead = text[j]!;
  if (lead === '=') return true;
  // (a key is short: a long line is not read back)
  return lead === ':' && j - lineStart <= 120 && LINE_KEY.test(text.slice(lineStart, j + 1));
}

/**
 * The key a value's string follows on its line (`input: "…"`, `{"prompt": "…"`, `- attack: '…'`),
 * when its name says the value is a specimen shown: a test case's input, an example, a payload.
 * A guardrail's test file or a detector's fixture quotes its attacks there, as prose quotes them
 * in quotation marks; a record's data fields ("description", "body", "notes") stay its own voice.
 */
const SPECIMEN_KEY_BEFORE = /(?:^[ \t]*(?:- )?|[{,[][ \t]*)["']?(?:(?:test|user|sample|example|adversarial|attack|malicious|bad|blocked|jailbreak|injection|injected)[_-]?(?:inputs?|prompts?|texts?|strings?|messages?|examples?|samples?|payloads?|attacks?|utterances?|queries|query)|inputs?|prompts?|examples?|samples?|payloads?|attacks?|utterances?|specimens?|attempts?)["']?[ \t]*:[ \t]*$/i;
/** Keys are short: this much of the line before a value is read back. */
const KEY_REACH = 60;

function specimenValue(text: string, i: number, lineStart: number): boolean {
  const from = Math.max(lineStart, i - KEY_REACH);
  const m = SPECIMEN_KEY_BEFORE.exec(text.slice(from, i));
  // (a match at the slice's start is at the line's start only when the slice starts there)
  return m !== null && (m.index > 0 || from === lineStart);
}

/** Whether the string at [i, close] is a key that opens its line (`  "body": …`, `- "id":`). */
export function isLineKey(text: string, i: number, close: number, lineStart: number): boolean {
  if (text[close + 1] !== ':' || i - lineStart > 40) return false;
  const before = text.slice(lineStart, i);
  return before.trim() === '' || before.trim() === '-';
}
