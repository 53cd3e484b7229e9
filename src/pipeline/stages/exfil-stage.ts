import { FirewallError } from '../../errors.js';
import type { HostAllowlist } from '../../scan/exfil-url.js';
import { defangExfiltration, type DefangKind } from '../../scan/exfiltration.js';
import { PASS, reject, type Stage } from '../stage.js';
import type { CallResult } from './result-shape.js';
import { FIREWALL_AUTHORED, scanBlock, scanValue } from './scan-stage.js';
import { withholdStructured, type StructuredOptions } from './structured-withhold.js';

/**
 * Defangs external images and data-carrying links in every text the model reads, so a host
 * that renders the result cannot be made to send data out (see scan/exfiltration.ts). It runs
 * after the scanner, which still sees the original URLs and scores them. Only counts per kind
 * reach the audit record. A defanged string in structuredContent is rewritten in place like a
 * redacted secret; when the rewrite breaks the tool's declared schema, the structured part is
 * withheld as for any other schema break.
 */
export function exfilStage(allow: HostAllowlist, structured: StructuredOptions): Stage<CallResult> {
  return {
    name: 'exfil-defang',
    run(ctx, result) {
      const counts = new Map<DefangKind, number>();
      let inStructured = false;
      const read = (structuredPart: boolean) => (text: string): string => {
        const out = defangExfiltration(text, allow);
        if (out.text === text) return text;
        for (const [kind, n] of Object.entries(out.counts)) counts.set(kind as DefangKind, (counts.get(kind as DefangKind) ?? 0) + n);
        if (structuredPart) inStructured = true;
        return out.text;
      };
      const content = result.content.map((block) => (FIREWALL_AUTHORED.has(block) ? block : scanBlock(block, read(false))));
      const structuredContent = result.structuredContent === undefined ? undefined : (scanValue(result.structuredContent, read(true), { left: Number.MAX_SAFE_INTEGER }, 1) as Record<string, unknown>);
      if (counts.size === 0) return PASS;
      ctx.details.exfilDefanged = [...counts].sort().map(([kind, n]) => `${kind}:${n}`);
      ctx.rules.push(...[...counts.keys()].sort().map((kind) => `defang:${kind}`));
      let next: CallResult = { ...result, content };
      if (inStructured) {
        next.structuredContent = structuredContent;
        if (ctx.tool!.structuredContent && !ctx.tool!.structuredContent.safeParse(structuredContent).success) {
          const withheld = withholdStructured(ctx, next, 'schema', structured);
          if (withheld instanceof FirewallError) {
            ctx.decision = 'block';
            return reject(withheld);
          }
          next = withheld;
        }
      }
      return { kind: 'mutate', message: next };
    },
  };
}
