import type { AbortLike } from '../downstream/link.js';
import { FirewallError } from '../errors.js';
import type { CompiledTool } from '../config/types.js';
import { safeKey, type ArgumentFlow } from './argument-flow.js';
import type { SessionTaint } from './session-taint.js';

/**
 * The approval asked of the user through MCP elicitation. Everything in the prompt is derived by
 * the firewall: the exposed tool name and label sources are manifest-approved names, arguments
 * are shown as names, types and sizes (never values), so neither the model nor tool output can
 * put words in it. Only the host answers, on its own connection, under an id the firewall chose.
 */

export interface HostChannel {
  can(capability: string): boolean;
  request(method: string, params: Record<string, unknown>, capability: string, options: { timeoutMs: number; signal?: AbortLike }): Promise<Record<string, unknown>>;
}

/** How an approval ended; recorded as the taint decision. */
export type ApprovalOutcome = 'approved' | 'declined' | 'cancelled' | 'unticked' | 'timeout' | 'no-elicitation' | 'host-error';

const FIELD = 'approve';
const MAX_SHOWN_ARGUMENTS = 12;

export function approvalRequest(tool: CompiledTool, args: Record<string, unknown>, taint: SessionTaint, flow: ArgumentFlow, egress: readonly string[]): Record<string, unknown> {
  const lines = [
    'mcp-firewall asks before an outbound call.',
    '',
    `Tool: ${tool.exposed} (${egress.join(', ')})`,
    `Arguments: ${summarizeArguments(args)}`,
    ...(flow.findings.length
      ? [`Private content leaving: ${flow.findings.slice(0, 5).map((f) => `"${f.path}" repeats ${f.matched} of its ${f.total} passages from private results read in this session`).join('; ')}.`]
      : ['Private content leaving: no passage of the private text read in this session was found in the arguments.']),
    `Why: ${whyTainted(taint)} Text from an untrusted source may be instructing the assistant to send private data out.`,
    '',
    `Tick "${FIELD}" and accept only if you asked for this call. Declining, cancelling or not answering refuses it.`,
  ];
  return {
    message: lines.join('\n'),
    requestedSchema: {
      type: 'object',
      properties: { [FIELD]: { type: 'boolean', title: 'Allow this one call', description: `Let ${tool.exposed} run once with these arguments`, default: false } },
      required: [FIELD],
    },
  };
}

/** The host's answer; anything but an explicit accept with the box ticked is a refusal. */
export function outcomeOf(answer: Record<string, unknown>): ApprovalOutcome {
  if (answer.action === 'decline') return 'declined';
  if (answer.action !== 'accept') return 'cancelled';
  const content = answer.content;
  return content && typeof content === 'object' && (content as Record<string, unknown>)[FIELD] === true ? 'approved' : 'unticked';
}

export function outcomeOfError(error: unknown): ApprovalOutcome {
  if (error instanceof FirewallError) {
    if (error.code === 'HOST_TIMEOUT') return 'timeout';
    if (error.code === 'HOST_CAPABILITY_MISSING') return 'no-elicitation';
    if (error.code === 'CANCELLED') return 'cancelled';
  }
  return 'host-error';
}

/** `private data (from a, b) and untrusted content (from c, flagged by the scanner)`. */
export function whyTainted(taint: SessionTaint): string {
  const from = (label: 'private' | 'untrusted'): string => taint.sourcesOf(label).join(', ') || 'an earlier result';
  return `This session has read private data (from ${from('private')}) and untrusted content (from ${from('untrusted')}).`;
}

/** `to (text, 21 characters), body (text, 412 characters), cc (list, 2 items)`: names, types and sizes only. */
export function summarizeArguments(args: Record<string, unknown>): string {
  const entries = Object.entries(args);
  if (entries.length === 0) return 'none';
  const shown = entries.slice(0, MAX_SHOWN_ARGUMENTS).map(([key, value]) => `${safeKey(key)} (${describe(value)})`);
  if (entries.length > MAX_SHOWN_ARGUMENTS) shown.push(`and ${entries.length - MAX_SHOWN_ARGUMENTS} more`);
  return shown.join(', ');
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `text, ${value.length} characters`;
  if (Array.isArray(value)) return `list, ${value.length} ${value.length === 1 ? 'item' : 'items'}`;
  if (value === null) return 'null';
  if (typeof value === 'object') return `object, ${Object.keys(value).length} keys`;
  return typeof value;
}
