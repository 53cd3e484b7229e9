import type { CompiledServer } from '../config/types.js';
import { scanDefinition, type DescriptionVerdict } from '../policy/description-scan.js';
import { escapeName, foldName } from '../policy/name-fold.js';
import { changedPinnedFields, definitionHash, fieldHashes } from '../policy/pin.js';
import { DEFAULT_SCAN_POLICY } from '../scan/default-policy.js';
import type { ScanPolicy } from '../scan/types.js';

/**
 * Decides, once per tools/list, what each approved tool's live definition is worth. Pure:
 * the connection feeds it what the server announced; only `ok` tools can be listed or called.
 */

export type ToolState =
  | { state: 'ok'; liveHash: string; definition: Record<string, unknown> }
  | { state: 'missing' }
  | { state: 'pin-mismatch'; liveHash: string; changedFields: string[]; definition: Record<string, unknown> }
  | { state: 'poisoned'; liveHash: string; rules: string[]; definition: Record<string, unknown> }
  | { state: 'conflict'; kind: 'duplicate' | 'confusable'; names: string[] };

export interface VerifyOptions {
  scanDescriptions: boolean;
  scan: ScanPolicy;
}

export const DEFAULT_VERIFY: VerifyOptions = { scanDescriptions: true, scan: DEFAULT_SCAN_POLICY };

/** Scan results by definition hash: a definition is scanned once, not on every re-list. */
/** Verdicts by definition hash; only get/set are used, so a bounded LRU fits. */
export interface ScanCache {
  get(hash: string): DescriptionVerdict | undefined;
  set(hash: string, verdict: DescriptionVerdict): unknown;
}

export function verifyTools(
  server: CompiledServer,
  announced: readonly Record<string, unknown>[],
  serverChanged: readonly string[],
  options: VerifyOptions,
  cache: ScanCache = new Map(),
): Map<string, ToolState> {
  const byName = new Map<string, Record<string, unknown>[]>();
  const byFold = new Map<string, Set<string>>();
  for (const definition of announced) {
    const name = definition.name as string;
    byName.set(name, [...(byName.get(name) ?? []), definition]);
    const fold = foldName(name);
    byFold.set(fold, (byFold.get(fold) ?? new Set()).add(name));
  }
  const states = new Map<string, ToolState>();
  for (const tool of server.tools.values()) {
    const definitions = byName.get(tool.tool);
    if (!definitions) continue;
    // The same name twice: which one would run is ambiguous, so neither does.
    if (definitions.length > 1) {
      states.set(tool.tool, { state: 'conflict', kind: 'duplicate', names: [escapeName(tool.tool)] });
      continue;
    }
    // A look-alike next to an approved name is an attempt to be mistaken for it.
    const lookalikes = [...(byFold.get(foldName(tool.tool)) ?? [])].filter((n) => n !== tool.tool);
    if (lookalikes.length > 0) {
      states.set(tool.tool, { state: 'conflict', kind: 'confusable', names: lookalikes.map(escapeName).sort() });
      continue;
    }
    states.set(tool.tool, verifyOne(tool, definitions[0]!, serverChanged, options, cache));
  }
  return states;
}

function verifyOne(
  tool: { pin: string; fieldPins?: Readonly<Record<string, string>> | undefined },
  definition: Record<string, unknown>,
  serverChanged: readonly string[],
  options: VerifyOptions,
  cache: ScanCache,
): ToolState {
  const liveHash = definitionHash(definition);
  if (serverChanged.length > 0) return { state: 'pin-mismatch', liveHash, changedFields: [...serverChanged], definition };
  if (liveHash !== tool.pin) {
    return { state: 'pin-mismatch', liveHash, changedFields: changedPinnedFields(tool.fieldPins, fieldHashes(definition)), definition };
  }
  if (options.scanDescriptions) {
    let verdict = cache.get(liveHash);
    if (!verdict) {
      verdict = scanDefinition(definition, options.scan);
      cache.set(liveHash, verdict);
    }
    if (verdict.poisoned) return { state: 'poisoned', liveHash, rules: verdict.rules, definition };
  }
  return { state: 'ok', liveHash, definition };
}
