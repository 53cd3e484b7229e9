// Real technical writing the detector never trained on: every README, Markdown and text file of
// the installed dependencies (pinned by package-lock.json, so the corpus is the same on every
// machine), cut into pieces the size of a tool result.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const NODE_MODULES = new URL('../node_modules', import.meta.url).pathname;
export const PIECE = 4000;
const DOC = /(^readme|^changelog|^history|^license|\.md$|\.markdown$|\.txt$)/i;

function* docFiles(dir: string, any: boolean): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) yield* docFiles(path, any);
    else if ((any || DOC.test(name)) && st.size < 1_000_000) yield path;
  }
}

export interface DocPiece {
  /** File path under the root, and the character offset of the piece. */
  file: string;
  offset: number;
  text: string;
}

/** Which half of a documentation tree a file is in: by its package (first directory), hashed; a manual page by its name. */
export type Half = 'dev' | 'held';

function halfOf(file: string): Half {
  // a manual page by its name (the same page in every section and language on one side)
  const key = MAN_PAGE.test(`/${file}`) ? file.split('/').pop()!.replace(/\.\d\w*(?:\.gz)?$/, '') : file.split('/')[0]!;
  let h = 0x811c9dc5;
  for (const c of key) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h % 2 === 0 ? 'dev' : 'held';
}

/**
 * The translations of a compiled gettext catalog (.mo), one message per line: translated
 * program messages and help texts, in the catalog's language. Null when it is not a catalog.
 */
function catalogText(bytes: Buffer): string | null {
  if (bytes.length < 28) return null;
  const magic = bytes.readUInt32LE(0);
  const little = magic === 0x950412de;
  if (!little && magic !== 0xde120495) return null;
  const u32 = (at: number): number => (little ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
  const count = u32(8);
  const table = u32(16);
  const lines: string[] = [];
  // entry 0 is the catalog's header (translator, charset), not a message
  for (let i = 1; i < count && table + 8 * i + 8 <= bytes.length; i++) {
    const length = u32(table + 8 * i);
    const at = u32(table + 8 * i + 4);
    if (at + length > bytes.length) return null;
    // plural forms are NUL-separated: the first stands for them all
    lines.push(bytes.subarray(at, at + length).toString('utf8').split('\0')[0]!);
  }
  return lines.join('\n');
}

/** A manual page's source: man<section>/<name>.<section>[.gz]. */
const MAN_PAGE = /\/man\d\w*\/[^/]+\.\d\w*(?:\.gz)?$/;
/** Font macros that alternate between their arguments with no space between them. */
const ALTERNATING = new Set(['BR', 'RB', 'IR', 'RI', 'BI', 'IB']);
/** Macros whose arguments are text (headings, fonts); the others lay out the page. */
const TEXT_MACROS = new Set(['SH', 'SS', 'B', 'I', 'SM', 'SB', 'BR', 'RB', 'IR', 'RI', 'BI', 'IB', 'IP', 'UR', 'MT', 'OP']);
const NAMED_CHARACTERS: Record<string, string> = { em: '\u2014', en: '\u2013', aq: "'", dq: '"', lq: '\u201c', rq: '\u201d', oq: '\u2018', cq: '\u2019', bu: '\u2022', co: '\u00a9', rg: '\u00ae', tm: '\u2122', hy: '-', mi: '-', pl: '+', mu: '\u00d7', ga: '`', ti: '~', ha: '^', rs: '\\', lh: '', rh: '' };

/**
 * The words of a manual page as its reader sees them, from roff source (no formatter needed):
 * text lines and the text arguments of heading and font macros, with font changes, named
 * characters and other escapes resolved; layout requests and comments dropped.
 */
export function roffText(source: string): string {
  const lines: string[] = [];
  for (const line of source.split('\n')) {
    let text = line;
    if (/^[.']/.test(line)) {
      const m = /^[.']\s*([A-Za-z]{1,3})\s*(.*)$/.exec(line);
      if (!m || !TEXT_MACROS.has(m[1]!)) continue;
      // alternating-font macros join their arguments without a space ("\fBls\fR(1)")
      const args = [...m[2]!.matchAll(/"((?:[^"]|"")*)"|(\S+)/g)].map((a) => (a[1] ?? a[2]!).replace(/""/g, '"'));
      // .IP's second argument is an indent, not text
      if (m[1] === 'IP') args.splice(1);
      text = args.join(ALTERNATING.has(m[1]!) ? '' : ' ');
    }
    text = text
      .replace(/\\"(.*)$/, '')
      .replace(/\\f(?:\(..|\[[^\]]*\]|.)/g, '')
      .replace(/\\\((..)/g, (_m, name: string) => NAMED_CHARACTERS[name] ?? '')
      .replace(/\\\[([^\]]*)\]/g, (_m, name: string) => NAMED_CHARACTERS[name] ?? '')
      .replace(/\\\*(?:\(..|\[[^\]]*\]|.)/g, '')
      .replace(/\\s[-+]?\d/g, '')
      .replace(/\\[-e]/g, (e) => (e === '\\-' ? '-' : '\\'))
      .replace(/\\[ ~0|^&c%:)]/g, (e) => (e === '\\ ' || e === '\\~' || e === '\\0' ? ' ' : ''));
    lines.push(text);
  }
  return lines.join('\n');
}

/**
 * A file's text: gunzipped where it ends in .gz, the messages of a gettext catalog (.mo), the
 * words of a manual page, null where it is not text (a NUL inside).
 */
function readText(path: string): string | null {
  let bytes: Buffer = readFileSync(path);
  if (path.endsWith('.mo')) return catalogText(bytes);
  if (path.endsWith('.gz')) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      return null;
    }
  }
  if (bytes.length > 1_000_000 || bytes.includes(0)) return null;
  return MAN_PAGE.test(path) ? roffText(bytes.toString('utf8')) : bytes.toString('utf8');
}

/**
 * Pieces of the documentation files under `root`: under node_modules its README, Markdown and
 * text files; under another root (such as /usr/share/doc) every text file, gunzipped, and every
 * gettext catalog (so /usr/share/locale gives translated program text in many languages). `half`
 * keeps one half of the packages, so rules can be judged on one half and measured on the other.
 */
export function* docPieces(root = NODE_MODULES, half?: Half): Generator<DocPiece> {
  for (const path of docFiles(root, root !== NODE_MODULES)) {
    const file = path.slice(root.length + 1);
    if (half !== undefined && halfOf(file) !== half) continue;
    const text = readText(path);
    if (text === null) continue;
    for (let offset = 0; offset < text.length; offset += PIECE) yield { file, offset, text: text.slice(offset, offset + PIECE) };
  }
}
