import { safeText } from './terminal-text.js';

/**
 * Input echoed back in an error message (a tool name, an argument key, a method) is capped and
 * made inert: a 5 MB key must not become a 5 MB error, and escape sequences, bidi overrides or
 * line breaks in it must not reach a terminal, a log line or the model as anything but text
 * (escaped as `safeText` escapes terminal output).
 */

export const ECHO_MAX_CHARS = 64;

export function quoteInput(value: string, max = ECHO_MAX_CHARS): string {
  let cut = '';
  let count = 0;
  for (const ch of value) {
    if (count === max) return `${safeText(cut)}… (${value.length} characters in all)`;
    cut += ch;
    count += 1;
  }
  return safeText(cut);
}
