// A role-play request: a person's own prompt to a model, as prompt collections, prompt libraries
// and their CSV exports hold them ("I want you to act as a travel guide. I will tell you my
// location and you will suggest…"). Such a text speaks to the model and hands it a persona by
// its nature, so the hits that only say that much (frame-explains.ts explainedByRolePlay) rank
// it at the bottom of the rule tier, still flagged. What a role-play does not explain (an
// override, a jailbreak persona, a harmful request, exfiltration) scores as it would anywhere
// else, and a persona that announces it has no limits is no ordinary role.
import { compiled, compiledAhead } from '../machine-code.js';
import { matchView } from '../view.js';
import { anyOf, type Rule } from './rule.js';

/**
 * A frame read at a text's opening (a person's own prompt to a model): weak, a frame and no
 * evidence, and not a pattern tried over the text (its pattern never matches).
 */
export function openingFrameRule(id: string): Rule {
  return { id, category: 'user-prompt', weight: 0.01, weak: true, userPrompt: true, pattern: /(?!)/ };
}

/** Read by opensWithRolePlay. */
export const ROLE_PLAY_RULE: Rule = openingFrameRule('reader.role-play-request');

/** How much of the text's start is read: a title and a few short lines may precede the request. */
const OPENING = 600;

const ROLE = `(?:a|an|my|the|our|your) `;
/** Personas that announce they have no limits: jailbreaks, not ordinary roles. */
const UNBOUNDED = `(?![^.!?\\n]{0,80}\\b${anyOf(
  'unrestricted | unfiltered | uncensored | unlimited | evil | malicious | jailbroken | amoral | immoral | unethical | rogue | dan | do anything | without (?:any )?(?:restrictions|limits|filters|rules|guidelines|ethics|morals|censorship) | no (?:restrictions|limits|filters|rules|guidelines|ethics|morals|censorship) | developer mode | god mode',
)}\\b)`;
const REQUEST = anyOf(
  `(?:(?:i (?:want|need|would like) you to|i'd like you to|you (?:will|are going to|should)|please|let's|let us) )?(?:act|serve|function|work) as ${ROLE}` +
    ` | (?:(?:i (?:want|need|would like) you to|i'd like you to|please) )?(?:pretend|imagine) (?:to be|you are|you're|that you are) ${ROLE}` +
    ` | (?:(?:i (?:want|need|would like) you to|i'd like you to|please) )?(?:play|take) the (?:role|part) of ${ROLE}` +
    ` | let's play a game\\b | let's (?:do a )?role-?play\\b` +
    // a prompt template's persona, named by a placeholder: "You are {assistant_name}, a support
    // agent for {company}." (a system prompt written for a model, as a product's files hold it)
    ` | you are (?:\\{\\{ ?[a-z_][\\w.]{0,40} ?\\}\\}|\\{[a-z_][\\w.]{0,40}\\}|<[a-z_][\\w.]{0,40}>|\\$\\{[a-z_][\\w.]{0,40}\\}),`,
);
/**
 * On the match view: up to six short lines (a title, a "contributed by" line, a prompt library's
 * category and use count), or a few lines and a rule that sets the prompt off ("Copy this into
 * your chatbot of choice to run a mock interview. …\n---\nPlease act as …"), an optional CSV row head, quoted or not ("Travel Guide","… or Travel
 * Guide,"…), a list or quote marker or a "Prompt:" label, then the request.
 */
const OPENS_WITH_REQUEST = compiledAhead(new RegExp(`^(?:(?:[^\\n]{0,100}\\n){0,6}?|(?:[^\\n]{0,200}\\n){1,5}?[-*=_]{3,}\\n)(?:"[^"\\n]{1,60}",|[^",\\n]{1,60},)?(?:[>*#-]{1,3} )?(?:prompt ?: ?)?"?(?:${REQUEST})${UNBOUNDED}`));

/**
 * A collection of such prompts introduced as one ("A community-maintained collection of role
 * prompts", "Prompt snippets we actually use", "10 Prompts That Got Me Unstuck", "Interview
 * practice prompts … use these with any chat assistant"): the requests stand further down, each
 * at the start of its own line, quoted or listed.
 */
const OPENS_AS_COLLECTION = compiledAhead(
  new RegExp(
    `\\b(?:(?:role|system|persona|writing|chat(?:gpt)?|starter|practice|example|sample|useful|favou?rite|best) prompts|\\d{1,3} (?:[a-z]{2,15} )?prompts|prompts (?:to use with|we|i|below|above|here)|prompt (?:${anyOf('library | collection | snippets | pack | bank | cheat ?sheet | ideas | list | templates | catalog(?:ue)?')}))\\b|"prompts?" ?:`,
  ),
);
/** A request at a line's start, after a list number, bullet, quote or a "prompt" key, anywhere in the text. */
const LINE_REQUEST = compiledAhead(new RegExp(`(?:^|\\n)[ \\t]{0,12}(?:[^\\n\\w"\u201c]{0,4}\\d{0,3}[.)]?\\s?)(?:"?prompt"? ?: ?)?["\u201c]?(?:${REQUEST})${UNBOUNDED}`));

/**
 * Whether `text` opens with a role-play request to an ordinary (not limitless) persona, or opens
 * as a collection of prompts that holds one.
 */
export function opensWithRolePlay(text: string): boolean {
  const opening = matchView(text.slice(0, OPENING));
  if (compiled(OPENS_WITH_REQUEST).test(opening)) return true;
  return compiled(OPENS_AS_COLLECTION).test(opening) && compiled(LINE_REQUEST).test(matchView(text));
}
