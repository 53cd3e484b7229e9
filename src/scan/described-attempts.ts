// Writing about attacks describes what an attack asks for as well as quoting it: "requests to
// reveal the system prompt", "phrases that attempt to cancel prior instructions", "the assistant
// tried to call the create_ticket tool", "text claiming the earlier instructions are
// cancelled". What follows such a word is reported, not said, like a quotation (own-voice.ts
// reads the rest). A request passed on stays in the text's own voice: "it asks the assistant to
// …" (asking is how an order is relayed, so no form of "ask" reports one here), "… to you",
// and a passive "assistants are asked to …" (a third-person order).

/**
 * A word that reports an attempt or a request, with the model it was aimed at, then "to": the
 * described act follows. Active voice only (no "is", "are" … right before it), and not a
 * destination ("forward all requests to billing@…": an order with its target).
 */
const ATTEMPT_TO =
  /(?<!\b(?:am|is|are|was|were|be|been|being) )\b(?:requests?|attempts?|attempted|attempting|tries|tried|trying|persuad(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|trick(?:s|ed|ing)?|manipulat(?:e|es|ed|ing)|coax(?:es|ed|ing)?|pressur(?:e|es|ed|ing)|designed|meant|intended|crafted|phrases?|prompts?|payloads?|techniques?) (?:(?:the|an?|its|their|our|that|this) (?:[a-z-]{2,15} )?(?:models?|assistants?|agents?|ai|bots?|llms?|chatbots?|systems?|copilots?) |it |them )?to (?!you\b|[\w.+-]*@|https?:|www\.)(?=[a-z])/gi;
/** …or a claim reported: "text claiming the earlier instructions are cancelled". */
const CLAIMING = /\b(?:claiming|saying|stating|insisting|pretending|asserting) (?:that )?(?!you\b)(?=[a-z])/gi;
/** Where a described act ends: the clause's end (. ; : ! ? ( ) or a line break), at most MAX_REACH on. */
const CLAUSE_END = new Set([0x2e, 0x3b, 0x3a, 0x21, 0x3f, 0x0a, 0x28, 0x29]);
const MAX_REACH = 200;

/**
 * `text` with every described act blanked (offsets and line breaks kept). Linear: each marker's
 * pass reads a character past a marker at most once (a span starts where the last one ended).
 */
export function blankDescribedAttempts(text: string): string {
  let out: string[] | undefined;
  for (const marker of [ATTEMPT_TO, CLAIMING]) {
    let reached = 0;
    marker.lastIndex = 0;
    for (let m = marker.exec(text); m !== null; m = marker.exec(text)) {
      const limit = Math.min(text.length, m.index + m[0].length + MAX_REACH);
      let at = Math.max(m.index + m[0].length, reached);
      out ??= text.split('');
      for (; at < limit && !CLAUSE_END.has(text.charCodeAt(at)); at++) out[at] = ' ';
      reached = Math.max(reached, at);
    }
  }
  return out === undefined ? text : out.join('');
}
