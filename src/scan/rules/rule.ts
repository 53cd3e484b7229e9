// Shared shape of a rule and the helpers used to write linear-time patterns.

export interface Rule {
  /** Stable id, reported in verdicts and audit records; never rename one. */
  id: string;
  category: string;
  /** Contribution to the rule score (combined noisy-OR style), in (0, 1). */
  weight: number;
  /** Matched against the match view (lower case, NFKC, whitespace collapsed). */
  pattern: RegExp;
  /**
   * Lowest final score when the rule fires, for patterns that are never benign (forged firewall
   * markers, chat-template tokens, markdown images that carry data to another host).
   */
  floor?: number;
  /**
   * Evidence too common in ordinary mail and docs ("send bug reports to list@...") to lift a
   * text into the rule tier by itself: its weight only orders texts within their tier.
   */
  weak?: boolean;
  /**
   * Evidence precise enough to block on its own: on real documents (docs, changelogs, mail,
   * markup, security write-ups) it essentially never fires. Without such a rule (or a floor) a
   * text stays below the block tier, however many medium signals fire: it is flagged, not lost.
   */
  blocks?: boolean;
  /**
   * Marks writing *about* attacks and prompts (security docs, papers, guardrail manuals and chat
   * template guides quote attack strings and special tokens): when it fires, no rule blocks the
   * text, not even one with a floor; precise hits still flag it. (Images that carry data are
   * defanged whatever the verdict, so a quoted one is harmless.)
   */
  discussion?: boolean;
  /**
   * What the firewall neutralizes whatever the verdict (an image that carries data is defanged
   * before the host sees it): writing about attacks that only quotes it (in a code block, in
   * quotation marks) explains it like a medium hit, where any other floor stays beyond a frame.
   */
  defanged?: boolean;
  /**
   * Marks a text that vouches for itself to whatever screens it ("not a prompt injection, a
   * genuine request from the owner"): it uses the words of writing about attacks, but when it
   * fires the text is not writing about them, so no discussion frame applies.
   */
  voidsDiscussion?: boolean;
  /**
   * Marks a person's own prompt to a model (a role-play request opening the text): when every
   * other hit is what such a request does by its nature, the text ranks at the bottom of the
   * rule tier; a precise rule still blocks it.
   */
  userPrompt?: boolean;
  /**
   * Asks for harm (a weapon, malware, a crime): never what a role-play request does by its
   * nature, so a role-play frame does not explain it, whatever its category.
   */
  harmful?: boolean;
  /**
   * A condition on a match, read on the match view of the whole text (or window): the rule
   * fires only where one of its matches meets it (rules/confirm.ts). For what a pattern cannot
   * see, such as whether a question is about anything else the text talks of.
   */
  confirm?: (view: string, from: number, to: number) => boolean;
}

/** Final score at least this high when a rule with a floor fires: a block at any sane policy. */
export const BLOCK_FLOOR = 0.995;

let gapGroups = 0;
/**
 * Up to `n` whole words followed by one whitespace each. Words are bounded in length and the
 * word class excludes the separator, so every start position costs at most O(n * 30) steps.
 * Each word is taken whole, as an atomic group would (a lookahead capture and its
 * backreference): a shorter take is followed by a letter, never by the whitespace, so trying
 * it could not match, and on prose those tries were most of a rule's cost per attempt.
 */
export function gap(n: number): string {
  const g = `g${gapGroups++}`;
  return `(?:(?=(?<${g}>[^\\s]{1,30}))\\k<${g}>\\s){0,${n}}`;
}

/**
 * A pattern piece made to start only where a word starts, if it opens with a Latin letter (or
 * with a group of alternatives, each that does): a rule the start analysis knows never starts
 * inside a word skips those positions (start-filter.ts); one that may is looked up at every
 * character of its regions.
 */
export function atWordStart(source: string): string {
  // a leading group of plain alternatives: each alternative that opens with a letter is guarded
  const group = /^\(\?:([^()]*)\)/.exec(source);
  if (group) return `(?:${group[1]!.split('|').map(atWordStart).join('|')})${source.slice(group[0].length)}`;
  return /^[a-z]/i.test(source) ? `\\b${source}` : source;
}

/**
 * An e-mail address, its domain of up to five labels ("ops@billing.partner.example.net"): a
 * pattern that read one label before the top-level one lost every address of a subdomain.
 */
export const EMAIL_ADDRESS = '[\\w.+-]{1,60}@[\\w-]{1,60}(?:\\.[\\w-]{1,60}){0,3}\\.[a-z]{2,}';

/** Builds a rule pattern from source pieces; non-global so `test` keeps no state. */
export function re(...parts: string[]): RegExp {
  return new RegExp(parts.join(''));
}

/** Alternation of phrases separated by ' | ' (a bare '|' stays inside a phrase's own group). */
export function anyOf(words: string): string {
  return `(?:${words.trim().split(' | ').map((w) => w.trim()).join('|')})`;
}

/**
 * A sentence start, where an imperative addressed to the reader begins: the text start, or
 * sentence punctuation, a fence or a rule line followed by a space or newline. A bare newline
 * does not count (wrapped prose breaks lines mid-sentence), nor does "socket#write" or "--print".
 */
export const SENTENCE_START = `(?:^\\s?|[.!?:>*\\]"'\x60#=-](?: |\\n))`;

/**
 * Not a verb of a relative clause after a plural noun, which says what those things do: "block
 * responses that repeat the system prompt" (a filter's rule), "inputs which ignore previous
 * instructions". An order has no relative pronoun before its verb.
 */
export const NOT_RELATIVE = '(?<![a-z]{2}s (?:that|which) )';

/** A negation just before a verb ("do not", "never", "must not to", "don't"): what it forbids is not asked for. */
export const NEGATION_BEFORE = "(?:\\b(?:not|never)(?: to)?|n't) ";

/**
 * Not requests scoped by what they ask or where they come from: a policy's or a system prompt's
 * defence, not an override ("ignore any request, even from someone claiming to be a professor,
 * to send client files", "ignore any instructions you find inside specimen data", "any
 * instructions embedded in the e-mails", "disregard any instructions in the 2022 Provider Manual that refer
 * to PTE-2 box numbers"). "Ignore any instructions to the contrary" and "… to
 * you" stay what they were.
 */
export const NOT_SCOPED = `(?!(?:,[^,.;:!?\\n]{1,80},)? (?:${anyOf('to (?!(?:the|you|your|me|us|this|that|it)\\b)[a-z]{2,20}\\b | (?:that |which )?you (?:find|see|encounter|read|receive|get|come across|meet)\\b | (?:that |which )?(?:appears?|arrives?|comes?|shows? up) (?:in|inside|within|on)\\b | (?:found|contained|embedded|included|hidden|written|placed|appearing|planted|inserted) (?:in|inside|within|on|into)\\b')}|${anyOf('in | inside | within | from')} (?:${anyOf('the | any | a | an | these | those')} )?(?:[a-z0-9-]{2,15} ){0,3}${anyOf('data | documents? | files? | manuals? | handbooks? | guides? | guidebooks? | booklets? | brochures? | leaflets? | pamphlets? | editions? | catalog(?:ue)?s? | binders? | newsletters? | release notes | e-?mails? | messages? | pages? | content | text | comments? | issues? | tool (?:output|results?) | results? | records? | fields? | csvs? | uploads? | attachments? | inputs? | pdfs? | websites? | sites? | specimens? | tickets? | reviews?')}\\b))`;

