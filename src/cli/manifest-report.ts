import { describedStrings } from '../policy/described-strings.js';
import { escapeName } from '../policy/name-fold.js';
import type { ScanPolicy } from '../scan/index.js';
import { safeLines } from '../terminal-text.js';

/** What `manifest init` and `lock` print for the owner: scan findings and readable changes. */

const MAX_SHOWN = 4000;

/** Scans each tool's descriptions and prints anything the scanner flags, blocks or finds hidden. */
export async function printFindings(out: NodeJS.WritableStream, tools: readonly Record<string, unknown>[], policy: ScanPolicy): Promise<number> {
  // Loaded here, not at import: every manifest subcommand's `--help` and usage errors would
  // otherwise wait about a second for the scanner's rules.
  const { scanText } = await import('../scan/index.js');
  let findings = 0;
  for (const tool of tools) {
    for (const text of describedStrings(tool)) {
      const result = scanText(text, policy);
      const hidden = Object.entries(result.hidden).filter(([, n]) => n > 0);
      if (result.verdict === 'pass' && hidden.length === 0) continue;
      findings += 1;
      const rules = result.rules.map((r) => r.ruleId).join(', ') || 'score only';
      const chars = hidden.map(([cls, n]) => `${n} ${cls}`).join(', ');
      out.write(`finding: tool ${escapeName(tool.name as string)}: ${result.verdict.toUpperCase()} (score ${result.score.toFixed(2)}; rules: ${rules}${chars ? `; hidden characters: ${chars}` : ''})\n`);
      out.write(indent(visible(text)));
    }
  }
  if (findings > 0) out.write(`${findings} finding(s): serve withholds a tool whose description is blocked or hides characters\n`);
  return findings;
}

/** Text for a terminal: invisible and control characters shown as \u{…} (newlines kept), long text cut. */
export function visible(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2) ?? 'absent';
  return safeLines(text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text).replace(/\t/g, '\\u{9}');
}

export function indent(text: string, prefix = '    '): string {
  return `${text.split('\n').map((l) => `${prefix}${l}`).join('\n')}\n`;
}

/** Parameter names a changed inputSchema adds or drops compared with the manifest's arguments. */
export function parameterChanges(argumentsSchema: unknown, inputSchema: unknown): string[] {
  const names = (schema: unknown): Set<string> => new Set(Object.keys(((schema as { properties?: object } | undefined)?.properties ?? {}) as object));
  const before = names(argumentsSchema);
  const after = names(inputSchema);
  return [
    ...[...after].filter((n) => !before.has(n)).map((n) => `+ parameter ${escapeName(n)} (not in the manifest's arguments: calls using it are refused until you add it)`),
    ...[...before].filter((n) => !after.has(n)).map((n) => `- parameter ${escapeName(n)} (no longer offered)`),
  ];
}
