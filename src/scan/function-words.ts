// Function words (closed-class words: articles, prepositions, pronouns, auxiliaries), shared by
// the suffix signal (suffix-tokens.ts: prose has them, optimizer gibberish has few) and the
// despaced view (rules/rule-runner.ts: the short words a letter-spaced sentence is cut into).

export const ENGLISH_FUNCTION_WORDS: readonly string[] = (
  'a an the and or but if then so as of to in on at by for with from into onto about over under after before than that this these those there here ' +
  'is are was were be been being am do does did have has had will would can could should may might must shall not no nor ' +
  'i me my we us our you your he him his she her it its they them their who whom whose which what when where why how all any each every some ' +
  'one two very also just only too again more most such own same other up down out off still yet because while until ' +
  'through between without within during against among across behind beyond below above like near since toward towards ' +
  'upon per whether though unless whereas both either neither many much few several around along'
).split(' ');

/** German, French, Spanish, Italian, Portuguese and Dutch. */
export const OTHER_FUNCTION_WORDS: readonly string[] = (
  'der die das den dem des ein eine einen und oder nicht ist sind war mit von zu im am auf für wie ich du sie es wir ' +
  'le la les un une des et ou est sont du au aux pour avec dans sur que qui pas je tu il elle nous vous ' +
  'el los las y o es son del al por con en que una unos ' +
  'il lo gli e di da per con che non sono ' +
  'o os as um uma e de do da em com que não ' +
  'het een en van op te dat niet ik je zijn'
).split(' ');
