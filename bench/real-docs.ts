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

/**
 * A real-text tool payload of about `bytes` UTF-8 bytes: the start of the first dependency
 * README (in the fixed order above) that is at least that long, cut after a whitespace.
 * `usable` can skip texts a target would refuse (a refused call is faster and skews figures).
 */
export function realTextPayload(bytes = 8192, usable: (text: string) => boolean = () => true): { text: string; source: string } {
  for (const path of markdownFiles(NODE_MODULES)) {
    if (!/readme\.md$/i.test(path)) continue;
    const doc = readFileSync(path, 'utf8');
    if (Buffer.byteLength(doc) < bytes) continue;
    let text = Buffer.from(doc).subarray(0, bytes).toString('utf8').replace(/\uFFFD+$/, '');
    const cut = text.search(/\s\S*$/);
    if (cut > bytes / 2) text = text.slice(0, cut + 1);
    if (usable(text)) return { text, source: path.slice(NODE_MODULES.length + 1) };
  }
  throw new Error(`no dependency README of ${bytes} bytes or more under ${NODE_MODULES}`);
}
