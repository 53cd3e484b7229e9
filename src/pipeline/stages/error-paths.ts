import { posix } from 'node:path';
import { PASS, type Stage } from '../stage.js';
import type { CallResult, ContentBlock } from './result-shape.js';

/**
 * A tool's own error result (`isError: true`) is read by the model like any result, and error
 * texts name absolute host paths (`ENOENT: … open '/home/alice/project/files/notes/x.md'`).
 * Paths under a tool's declared roots (`x-path-within`) become what the model can pass back:
 * relative to the first root of their list (the one relative arguments resolve against), or
 * kept as they are under the list's other roots (those are only reachable absolute). Every
 * other absolute path (the firewall's directory, a home directory, the server's own files)
 * becomes `[host path]`.
 */

export const HOST_PATH = '[host path]';

// An absolute POSIX path (optionally as a file:// URL) or a Windows drive / UNC path that does
// not continue a word, a URL or another path. Linear: every quantifier is over one class.
const ABSOLUTE_PATH = /(?<![\w.~:/\\-])(?:file:\/\/)?\/[\w.@~+%=-][^\s'"`<>|*?(){}[\],;:]*|(?<![\w\\])(?:[A-Za-z]:\\|\\\\)[^\s'"`<>|*?(){}[\],;:]+/g;
// from the run's first mark only: tried at every mark of a long run, it was quadratic
const TRAILING = /(?<![.,!])[.,!]+$/;

export function rewriteHostPaths(text: string, lists: readonly (readonly string[])[]): string {
  if (!text.includes('/') && !text.includes('\\')) return text;
  return text.replace(ABSOLUTE_PATH, (match) => {
    const trail = TRAILING.exec(match)?.[0] ?? '';
    const raw = trail ? match.slice(0, -trail.length) : match;
    return replacement(raw, lists) + trail;
  });
}

// Longer than any real path (PATH_MAX): not worth normalizing, whose cost grows faster than linear.
const MAX_PATH_CHARS = 4096;

function replacement(raw: string, lists: readonly (readonly string[])[]): string {
  if ((!raw.startsWith('/') && !raw.startsWith('file://')) || raw.length > MAX_PATH_CHARS) return HOST_PATH;
  const path = posix.normalize(raw.startsWith('file://') ? safeDecode(raw.slice(7)) : raw);
  for (const roots of lists) {
    for (const [index, root] of roots.entries()) {
      const inside = path === root ? '.' : path.startsWith(root.endsWith('/') ? root : `${root}/`) ? path.slice(root.length).replace(/^\/+/, '') : undefined;
      if (inside === undefined) continue;
      return index === 0 ? inside : raw;
    }
  }
  return HOST_PATH;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export const errorPathsStage: Stage<CallResult> = {
  name: 'error-paths',
  run(ctx, result) {
    if (result.isError !== true) return PASS;
    const lists = ctx.tool?.pathRoots ?? [];
    const fix = (text: string): string => rewriteHostPaths(text, lists);
    const content = result.content.map((block): ContentBlock => {
      if (block.type === 'text') return { ...block, text: fix(block.text) };
      if (block.type === 'resource' && 'text' in block.resource) return { ...block, resource: { ...block.resource, text: fix(block.resource.text) } };
      return block;
    });
    const next: CallResult = { ...result, content };
    if (result.structuredContent !== undefined) next.structuredContent = JSON.parse(JSON.stringify(result.structuredContent, (_k, v: unknown) => (typeof v === 'string' ? fix(v) : v))) as Record<string, unknown>;
    const changed = JSON.stringify(next) !== JSON.stringify(result);
    if (changed) ctx.details.errorPathsRewritten = true;
    return changed ? { kind: 'mutate', message: next } : PASS;
  },
};
