import { FirewallError } from '../../errors.js';
import type { CompiledTool, StructuredContentPolicy } from '../../config/types.js';
import type { ExchangeContext } from '../stage.js';
import type { CallResult, ContentBlock } from './result-shape.js';

/**
 * structuredContent is read by programs and by hosts that hand it to the model, and it cannot
 * carry untrusted-data markers without breaking its schema. So when a string in it is flagged,
 * or when stripping and redaction left it breaking its declared schema, it is not passed on:
 * the result goes out without it (its text content, wrapped, stays) or is refused whole.
 */

export const WITHHELD_META_KEY = 'io.github.mcp-firewall/withheld';

export type WithholdReason = 'flagged' | 'schema';

export interface StructuredOptions {
  policy: StructuredContentPolicy;
  /**
   * Whether the host sees an outputSchema for the tool. The spec requires structuredContent
   * from such a tool, and SDK clients throw on a successful result without it, but accept an
   * error result; so a result whose structured part is withheld is marked `isError` there.
   */
  declaresOutputSchema(tool: CompiledTool): boolean;
}

/** Blocks the firewall wrote itself: by identity, so content can never claim to be one. */
export const FIREWALL_AUTHORED = new WeakSet<object>();

export function firewallNote(text: string): ContentBlock {
  const block: ContentBlock = { type: 'text', text };
  FIREWALL_AUTHORED.add(block);
  return block;
}

/** The result without its structured part, or the refusal `withhold-result` asks for. */
export function withholdStructured(ctx: ExchangeContext, result: CallResult, reason: WithholdReason, options: StructuredOptions): CallResult | FirewallError {
  ctx.details.structuredWithheld = reason;
  ctx.rules.push(`structured:${reason}`);
  const why = reason === 'flagged' ? 'text in it resembles instructions' : 'after hidden characters were stripped, secrets redacted or external images defanged it no longer matches its schema';
  if (options.policy === 'withhold-result') {
    return new FirewallError('SCAN_BLOCKED', `the tool result was withheld because its structuredContent cannot be passed on: ${why}`);
  }
  const { structuredContent: _withheld, ...rest } = result;
  const note = firewallNote(`[mcp-firewall] The structured part of this result (structuredContent) was withheld: ${why}. Only the tool's text output follows, as data.`);
  const out: CallResult = { ...rest, content: [note, ...result.content], _meta: { [WITHHELD_META_KEY]: { part: 'structuredContent', reason, auditId: ctx.auditId } } };
  if (options.declaresOutputSchema(ctx.tool!)) out.isError = true;
  return out;
}
