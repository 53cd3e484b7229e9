import { Writable } from 'node:stream';

/**
 * Strings that came from a tool server, a manifest, a config or an audit file, made safe to
 * print on an admin's terminal. Control characters (C0, DEL, C1: ESC starts escape sequences
 * that can clear the screen, move the cursor or rewrite the title), bidi controls (a right-to-left
 * override makes `gnp.exe` read as `exe.png`), and every other invisible format character
 * (zero-width, tag and variation characters, line/paragraph separators, unpaired surrogates)
 * are shown as `\u{hex}`. Everything visible, in any script, is kept.
 */

// \p{Cc}: C0, DEL, C1. \p{Cf}: bidi controls, zero-width and tag characters. Zl/Zp: U+2028/9.
// \p{Cs}: lone surrogates. \p{Co}/\p{Cn}: private-use and unassigned code points, whose rendering
// nobody can predict. Variation selectors are marks, not Cf, but render as nothing.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Cn}\u{fe00}-\u{fe0f}\u{e0100}-\u{e01ef}]/gu;
const UNSAFE_KEEP_LINES = /(?![\n\t])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Cn}\u{fe00}-\u{fe0f}\u{e0100}-\u{e01ef}]/gu;

const escapeChar = (ch: string): string => `\\u{${ch.codePointAt(0)!.toString(16)}}`;

/** One value on one line: newlines and tabs are escaped too. `undefined`/`null` print as '-'. */
export function safeText(value: unknown): string {
  const text = value === undefined || value === null ? '-' : String(value);
  return text.replace(UNSAFE, escapeChar);
}

/** Multi-line output (reports, tables): newlines and tabs are kept, everything else is escaped. */
export function safeLines(text: string): string {
  return text.replace(UNSAFE_KEEP_LINES, escapeChar);
}

/**
 * A stream whose every write is passed through safeLines: a command that prints untrusted
 * strings wraps its stdout and stderr once, so no code path can forget to escape. Commands
 * print text only (no colours), so nothing legitimate is lost. Writes reach `stream`
 * synchronously, in order.
 */
export function terminalSafe(stream: NodeJS.WritableStream): NodeJS.WritableStream {
  return new Writable({
    decodeStrings: false,
    write(chunk: Buffer | string, _encoding, done) {
      stream.write(safeLines(typeof chunk === 'string' ? chunk : chunk.toString('utf8')));
      done();
    },
  });
}
