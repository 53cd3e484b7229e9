// How a written-down conversation marks who speaks, besides the role word and its colon: a time
// before it ("[09:14] Agent:", "09:14 Agent:") and a name after it ("Agent (Sofia):",
// "Agent [Dan]:"). Shared by the transcript tests of reader-turn-carrier.ts and
// rules/field-list.ts, so a chat export's lines read as turns of the same record to both.

/** Regex source: an optional time before the speaker, with the space after it. */
export const TIME_BEFORE_SPEAKER = String.raw`(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?`;
/** Regex source: an optional name in parentheses or brackets after the speaker's role. */
export const NAME_AFTER_SPEAKER = String.raw`(?:[ \t]?[([][^()[\]\n]{1,30}[)\]])?`;
