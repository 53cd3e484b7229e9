// Every regular expression the firewall's code can run: the literals in src/ (read with the
// TypeScript parser) and the patterns it builds at load time (seen by wrapping the RegExp
// constructor while every module under src/ is imported). check-redos.ts hands them to a ReDoS
// checker; test/scan/pattern-attacks.test.ts times what it found.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

export interface Pattern {
  source: string;
  flags: string;
  /** The file that writes or builds it (the first, when several do). */
  where: string;
  /** A stable key: SHA-256 of flags and source, first 16 hex digits. */
  key: string;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = `${ROOT}src`;

export const patternKey = (source: string, flags: string): string => createHash('sha256').update(`${flags}/${source}`).digest('hex').slice(0, 16);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = `${dir}/${f}`;
      if (statSync(p).isDirectory()) return sourceFiles(p);
      return p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
    });
}

function literals(files: readonly string[]): Array<Omit<Pattern, 'key'>> {
  const out: Array<Omit<Pattern, 'key'>> = [];
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = (node as ts.RegularExpressionLiteral).text;
        const end = text.lastIndexOf('/');
        out.push({ source: text.slice(1, end), flags: text.slice(end + 1), where: relative(ROOT, file) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** The src/ file of the frame that called `new RegExp` (stack traces are source-mapped). */
function callerFile(stack: string | undefined): string {
  for (const line of (stack ?? '').split('\n').slice(2)) {
    const m = /(\/[^\s():]+\/src\/[^\s():]+\.ts)/.exec(line) ?? /file:\/\/(\/[^\s():]+\/src\/[^\s():]+\.ts)/.exec(line);
    if (m) return relative(ROOT, m[1]!);
  }
  return 'src (built at load time)';
}

/**
 * Patterns built with `new RegExp` while the modules load. Modules already loaded by the caller
 * are not evaluated again, so call this before anything imports src/ (a fresh process or test file).
 */
async function constructed(files: readonly string[]): Promise<Array<Omit<Pattern, 'key'>>> {
  const out: Array<Omit<Pattern, 'key'>> = [];
  const Native = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget) as RegExp;
      out.push({ source: re.source, flags: re.flags, where: callerFile(new Error().stack) });
      return re;
    },
  });
  try {
    // the command-line entry points run on import; their patterns are literals, read above
    for (const file of files) if (!file.includes('/src/cli/')) await import(pathToFileURL(file).href);
    // the rule catalogues' start filters, and their sticky copies, are built on first use
    const lazy = (await import(pathToFileURL(`${SRC}/scan/rules/lazy-start-filter.ts`).href)) as { buildStartFilters(): void };
    lazy.buildStartFilters();
  } finally {
    globalThis.RegExp = Native;
  }
  return out;
}

/** Every distinct pattern (same source and flags once), in a stable order. */
export async function patternInventory(): Promise<Pattern[]> {
  const files = sourceFiles(SRC);
  const all = [...literals(files), ...(await constructed(files))];
  const byKey = new Map<string, Pattern>();
  for (const p of all) {
    const key = patternKey(p.source, p.flags);
    if (!byKey.has(key)) byKey.set(key, { ...p, key });
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
}
