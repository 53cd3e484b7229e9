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
export function isValueQuote(text: string, i: number, lineStart: number, json: boolean, expectations: readonly number[]): boolean {
  if (specimenValue(text, i, lineStart, expectations)) return false;
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

function specimenValue(text: string, i: number, lineStart: number, expectations: readonly number[]): boolean {
  const from = Math.max(lineStart, i - KEY_REACH);
  const m = SPECIMEN_KEY_BEFORE.exec(text.slice(from, i));
  // (a match at the slice's start is at the line's start only when the slice starts there)
  return (m !== null && (m.index > 0 || from === lineStart)) || (afterColon(text, i, lineStart) && expectationNear(expectations, i));
}

/** Whether the quote at i follows a key's colon (a value, not a key or an array's element). */
function afterColon(text: string, i: number, lineStart: number): boolean {
  let j = i - 1;
  while (j >= lineStart && (text[j] === ' ' || text[j] === '\t')) j--;
  return j >= lineStart && text[j] === ':';
}

/**
 * A test case's expectation (`expect: refuse`, `"expected": "block"`, `beklenen: reddet`,
 * `erwartet: blockieren`): the record it belongs to is a test case, whose other values are the
 * inputs it tests, specimens as much as a quotation's words are. A test suite names it so in any
 * language (the word "expected" in the languages the scanner reads); a record of data has no
 * such key.
 */
const EXPECTATION_KEY = new RegExp(
  String.raw`(?:^[ \t]*(?:- )?|[{,][ \t]*)["']?(?:expect(?:s|ed|ation)?(?:[_-](?:output|outcome|result|response|answer|behaviou?r|action|verdict|label|decision|class|category))?|erwart(?:et|ung|etes?)(?:[_-]?(?:ergebnis|verhalten|antwort))?|attendue?|esperad[oa]|resultado[_-]esperado|atte[sz][oa]|beklenen|f[öo]rv[äa]ntat|forvent(?:et|a|ning)|verwacht(?:ing)?|oczekiwan[aey]|o[čc]ek[aá]v[aá]n[oa]|o[čc]ak[aá]van[eéáa]|diharapkan|harapan|odotettu|(?:el)?v[aá]rt|a[șşs]teptat|inaasahan|inatarajiwa|matarajio|ожида[а-яё]*|очікуван[а-яіїє]*|αναμενόμεν[οη]|期待|预期|預期|予期|기대|अपेक्षित|צפוי|คาดหวัง|المتوقع|متوقع)["']?[ \t]*:`,
  'gim',
);
/** How far from a value its test case's expectation may stand (a case spans a few lines). */
const EXPECTATION_REACH = 300;

/** Where a text's test-case expectation keys stand (EXPECTATION_KEY), in order: read once per text. */
export function expectationKeys(text: string): number[] {
  const at: number[] = [];
  EXPECTATION_KEY.lastIndex = 0;
  for (let m = EXPECTATION_KEY.exec(text); m !== null; m = EXPECTATION_KEY.exec(text)) at.push(m.index);
  return at;
}

/** Whether an expectation key (`at`, in order) stands within EXPECTATION_REACH of i. */
function expectationNear(at: readonly number[], i: number): boolean {
  // the first key at or after i - EXPECTATION_REACH (binary search)
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < i - EXPECTATION_REACH) lo = mid + 1;
    else hi = mid;
  }
  return lo < at.length && at[lo]! <= i + EXPECTATION_REACH;
}

/** Whether the string at [i, close] is a key that opens its line (`  "body": …`, `- "id":`). */
export function isLineKey(text: string, i: number, close: number, lineStart: number): boolean {
  if (text[close + 1] !== ':' || i - lineStart > 40) return false;
  const before = text.slice(lineStart, i);
  return before.trim() === '' || before.trim() === '-';
}
