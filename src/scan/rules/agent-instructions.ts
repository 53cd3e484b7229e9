// A repository's instructions for coding agents (AGENTS.md, CLAUDE.md, .cursorrules, Copilot's
// instructions file): a person's own standing prompt to the model, kept in the project. Like a
// role-play request it speaks to the model and tells it how to reply by its nature, so the hits
// that only say that much (frame-explains.ts explainedByRolePlay) rank it at the bottom of the rule
// tier, still flagged; an override, a harmful request or exfiltration in it scores as it would
// anywhere else. Only the text's opening is read: the file names itself there.
import { compiled, compiledAhead } from '../machine-code.js';
import { matchView } from '../view.js';
import { anyOf, type Rule } from './rule.js';
import { openingFrameRule } from './role-play.js';

/** Read by opensAsAgentInstructions. */
export const AGENT_INSTRUCTIONS_RULE: Rule = openingFrameRule('reader.agent-instructions-file');

/** How much of the text's start is read: a title and a paragraph. */
const OPENING = 500;

/** The files' names, as a title or a path. */
const FILE_NAME = anyOf('agents\\.md | claude\\.md | gemini\\.md | codex\\.md | \\.cursorrules | \\.cursor/rules | \\.windsurfrules | copilot-instructions\\.md | \\.github/copilot-instructions\\.md | \\.clinerules');
/** The coding agents such a file is written for. */
const AGENTS = anyOf('(?:ai )?coding (?:agents?|assistants?) | ai (?:agents?|assistants?) | agents? | assistants? | llms? | copilot | claude(?: code)? | codex | cursor');
/** "This file tells coding agents how to work here", "Instructions for AI coding assistants". */
const SELF_DESCRIPTION = `(?:this (?:file|document|page) (?:${anyOf('tells | gives | guides | is for | is read by | contains (?:the )?(?:instructions|guidance|rules) for | explains to | describes for')}) ${AGENTS}|${anyOf('instructions | guidance | rules | conventions | notes')} for ${AGENTS}\\b)`;
/** On the match view: a few short lines (a title, a path comment), then the name or the description. */
const OPENS_AS_FILE = compiledAhead(new RegExp(`^(?:[^\\n]{0,120}\\n){0,5}?[^\\n]{0,60}?(?:${FILE_NAME}|${SELF_DESCRIPTION})`));

/** Whether `text` opens as a project's instructions for coding agents. */
export function opensAsAgentInstructions(text: string): boolean {
  return compiled(OPENS_AS_FILE).test(matchView(text.slice(0, OPENING)));
}
