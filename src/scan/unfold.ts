// iCalendar and vCard fold every content line longer than 75 octets: a line break and one space
// or tab continue the line, mid-word if need be ("Note for scheduling a\r\n ssistants: …"). A
// calendar client shows the line whole, and the detector reads it so (RFC 5545 §3.1); the host
// still gets the text as it was.

/** A calendar or a contact card: the formats that fold their lines. */
const FOLDED_FORMAT = /BEGIN:(?:VCALENDAR|VEVENT|VTODO|VJOURNAL|VCARD)\b/;
const FOLD = /\r?\n[ \t]/g;

/** The text with folded content lines unfolded, when it is a calendar or a contact card. */
export function unfoldContentLines(text: string): string {
  return FOLDED_FORMAT.test(text) ? text.replace(FOLD, '') : text;
}
