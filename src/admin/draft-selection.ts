import { EXPOSED_NAME } from '../config/load-manifest.js';
import { escapeName, foldName } from '../policy/name-fold.js';

/**
 * Which announced tools a draft manifest may list. A draft must load, and must not list a tool
 * the firewall would withhold anyway: so names that are not host-safe once prefixed with the
 * server id, and every member of a group of duplicates or look-alikes (case, Unicode
 * compatibility forms, confusable letters) are left out, each with the reason.
 */
export interface DraftSelection {
  keep: Record<string, unknown>[];
  leftOut: { name: string; reason: string }[];
}

export function selectDraftTools(serverId: string, announced: readonly Record<string, unknown>[]): DraftSelection {
  const byFold = new Map<string, string[]>();
  for (const definition of announced) {
    const name = String(definition.name);
    const fold = foldName(name);
    byFold.set(fold, [...(byFold.get(fold) ?? []), name]);
  }
  const keep: Record<string, unknown>[] = [];
  const leftOut: DraftSelection['leftOut'] = [];
  for (const definition of announced) {
    const name = String(definition.name);
    const twins = byFold.get(foldName(name))!.filter((n) => n !== name);
    const already = leftOut.some((l) => l.name === escapeName(name));
    if (twins.length > 0 || byFold.get(foldName(name))!.length > 1) {
      if (!already) {
        const reason = twins.length
          ? `looks like ${[...new Set(twins)].map(escapeName).join(', ')} (differs only by case or look-alike characters); the firewall withholds every such tool`
          : 'announced more than once; the firewall withholds it';
        leftOut.push({ name: escapeName(name), reason });
      }
    } else if (!EXPOSED_NAME.test(`${serverId}__${name}`)) {
      leftOut.push({ name: escapeName(name), reason: `"${serverId}__${escapeName(name)}" is not a host-safe exposed name (letters, digits, _ and -, at most 64)` });
    } else keep.push(definition);
  }
  return { keep, leftOut };
}
