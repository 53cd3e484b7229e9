// A verb joined by a conjunction to a clause whose subject is named shares that subject: "if it
// continues, we will first contact you and suggest a dedicated plan" says what the writer will
// do, it orders nothing. A request rule whose match opens at such a conjunction is read here, on
// its match only (Rule.confirm), so the check costs nothing where the rule does not fire.

/** A conjunction that opens a match (rules/reader-vocabulary.ts CONJUNCTION_LEAD). */
const CONJUNCTION = /^(?:and|then|also|now|so|but)\s/;
/** How far back the clause's opening is looked for. */
const REACH = 100;
/** A clause opened by a pronoun other than "you", at the start of what is read back. */
const NAMED_SUBJECT = /(?:^|[.!?;:,]\s|\n)\s?(?:we|they|he|she|i)\b[^.!?;:,\n]*$/;
/** …that hands the reader the act: "we need you to review and recommend …", "we ask that you …". */
const HANDS_THE_ACT = /\byou (?:to|must|should|need|have|will|can|may|are)\b|\bthat you\b/;

/** Whether the match at `from` of `view` opens at a conjunction joined to a named subject's clause. */
export function sharesNamedSubject(view: string, from: number): boolean {
  if (!CONJUNCTION.test(view.slice(from, from + 6))) return false;
  const before = view.slice(Math.max(0, from - REACH), from);
  const clause = NAMED_SUBJECT.exec(before);
  return clause !== null && !HANDS_THE_ACT.test(clause[0]);
}
