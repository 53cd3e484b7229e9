// Apart from the scan (description-scan.ts) so that what reads a definition's prose without
// scanning it (a manifest subcommand's report) does not load the scanner.

const MAX_STRINGS = 500;
const MAX_DEPTH = 12;
/** The model-visible prose of a definition: titles and descriptions, at any depth of its schemas. */
export function describedStrings(definition: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const key of ['title', 'description']) {
    if (typeof definition[key] === 'string') out.push(definition[key]);
  }
  const annotations = definition.annotations as Record<string, unknown> | undefined;
  if (typeof annotations?.title === 'string') out.push(annotations.title);
  collect(definition.inputSchema, out, 0);
  collect(definition.outputSchema, out, 0);
  return out;
}

// Schema keywords whose string values the model reads as prose.
const TEXT_KEYS = new Set(['title', 'description', 'default', 'examples', 'enum', 'const']);

function collect(node: unknown, out: string[], depth: number, textual = false): void {
  if (depth > MAX_DEPTH || out.length >= MAX_STRINGS) return;
  if (typeof node === 'string') {
    if (textual) out.push(node);
    return;
  }
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collect(item, out, depth + 1, textual);
    return;
  }
  for (const [key, value] of Object.entries(node)) collect(value, out, depth + 1, TEXT_KEYS.has(key));
}
