// Real documents for the scanner benchmark: every Markdown file of the installed dependencies
// (README, CHANGELOG, docs; pinned by package-lock.json, so the same corpus on every machine),
// each scanned whole, as a tool that returns a file would hand it to the firewall.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const NODE_MODULES = new URL('../node_modules', import.meta.url).pathname;
/** Larger files are generated references, not documents a tool result usually carries. */
const MAX_FILE_BYTES = 1_000_000;

function* markdownFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* markdownFiles(path);
    else if (entry.isFile() && /\.md$/i.test(entry.name)) yield path;
  }
}

/** The text of every Markdown file under node_modules, in a fixed order. */
export function realDocuments(root = NODE_MODULES): string[] {
  const docs: string[] = [];
  for (const path of markdownFiles(root)) {
    const text = readFileSync(path, 'utf8');
    if (Buffer.byteLength(text) <= MAX_FILE_BYTES) docs.push(text);
  }
  return docs;
}
