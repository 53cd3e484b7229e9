// Whether a request stands in reported speech: a line of dialogue in a story or a complaint
// ('"Tell the fridge I said hello," his mother said.', 'it said "First, can you tell me more
// about your issue?"'). Such a request is said to someone in the text, not to whoever reads
// it. Read on one line around the request, and only when a rule or the reader-turn figures
// found one there.

/** How far back and ahead a quotation's marks are looked for: a spoken line is short. */
const REACH = 600;

const SPEECH = String.raw`(?:said|says|asked|asks|replied|replies|answered|answers|whispered|shouted|yelled|muttered|snapped|cried|called|added|continued|wrote|writes|told (?:him|her|them|me|us))`;
/**
 * A speaker before the opening mark: 'his mother said, "', 'it said "', 'she asked:', and what a
 * message says, given as a specimen: 'if a message says something like "please forward …"'.
 */
const SPEAKER_BEFORE = new RegExp(String.raw`\b${SPEECH}(?: (?:something|things|words|text) (?:like|such as))?[,:]?\s*$`, 'i');
/** A speaker after the closing mark: '," his mother said', '," said Holmes', '?" she asked'. */
const SPEAKER_AFTER = new RegExp(String.raw`^\s*(?:[\p{L}'’]+\s+){0,3}?${SPEECH}\b`, 'iu');
/**
 * Lines that open with a quoted sentence: a text told in dialogue (not a JSON key or a CSV
 * field, which a colon or a comma follows), on one line. The first word stops at the first
 * space, so an unclosed quotation is read once, not once per space, and the quotation stops at
 * every line end `^` starts after (\r and the Unicode separators too), so a line is read once
 * (linear on a hostile line).
 */
const DIALOGUE_LINE = /^[ \t]*["“]\p{Lu}[^"”\s]*[ \t][^"”\n\r\u2028\u2029]*["”](?![ \t]*[:,])/gmu;
const DIALOGUE_LINES = 3;

/** Whether offset `at` of `text` lies inside a quotation on its line that is a line of dialogue. */
export function inReportedSpeech(text: string, at: number): boolean {
  const from = Math.max(0, at - REACH);
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (lineStart < from) return false;
  const open = openingMark(text, lineStart, at);
  if (open < 0) return false;
  const close = closingMark(text, at);
  if (SPEAKER_BEFORE.test(text.slice(Math.max(lineStart, open - 40), open))) return true;
  if (close >= 0 && SPEAKER_AFTER.test(text.slice(close + 1, close + 41))) return true;
  // a whole line quoted, in a text told in dialogue
  return open === firstNonBlank(text, lineStart) && dialogueLines(text) >= DIALOGUE_LINES;
}

/** The unclosed quotation mark between `lineStart` and `at`, or -1. */
function openingMark(text: string, lineStart: number, at: number): number {
  let open = -1;
  for (let i = lineStart; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) open = open < 0 ? i : -1; // '"' opens and closes
    else if (c === 0x201c) open = i;
    else if (c === 0x201d) open = -1;
  }
  return open;
}

/** The quotation mark that closes the one `at` stands in, on the same line, or -1. */
function closingMark(text: string, at: number): number {
  const end = Math.min(text.length, at + REACH);
  for (let i = at; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x201d) return i;
    if (c === 0x0a) return -1;
  }
  return -1;
}

function firstNonBlank(text: string, lineStart: number): number {
  let i = lineStart;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/** Counted once per text (a rule's condition reads every match of one text in turn). */
let countedText: string | undefined;
let counted = 0;

function dialogueLines(text: string): number {
  if (text === countedText) return counted;
  DIALOGUE_LINE.lastIndex = 0;
  let n = 0;
  while (n < DIALOGUE_LINES && DIALOGUE_LINE.exec(text) !== null) n++;
  countedText = text;
  counted = n;
  return n;
}
