// Real technical writing the detector never trained on: every README, Markdown and text file of
// the installed dependencies (pinned by package-lock.json, so the corpus is the same on every
// machine), cut into pieces the size of a tool result.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const NODE_MODULES = new URL('../node_modules', import.meta.url).pathname;
export const PIECE = 4000;
const DOC = /(^readme|^changelog|^history|^license|\.md$|\.markdown$|\.txt$)/i;

function* docFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) yield* docFiles(path);
    else if (DOC.test(name) && st.size < 1_000_000) yield path;
  }
}

export interface DocPiece {
  /** File path under node_modules, and the character offset of the piece. */
  file: string;
  offset: number;
  text: string;
}

export function* docPieces(root = NODE_MODULES): Generator<DocPiece> {
  for (const path of docFiles(root)) {
    const text = readFileSync(path, 'utf8');
    const file = path.slice(root.length + 1);
    for (let offset = 0; offset < text.length; offset += PIECE) yield { file, offset, text: text.slice(offset, offset + PIECE) };
  }
}
