import { FirewallError, type ErrorCode } from '../errors.js';
import type { CompiledTool } from '../config/types.js';
import type { ServerConnection } from '../downstream/server-connection.js';
import type { DetailValue } from '../audit/record.js';

/**
 * One approved tool's verification state as the firewall acts on it: the refusal a call gets,
 * and the facts its `tools/verify` audit record carries (field names, hashes and rule ids,
 * never the text that changed).
 */
export interface ToolVerdict {
  /** Equal keys mean nothing new happened: no second audit record. */
  key: string;
  reason: 'ok' | ErrorCode;
  rules?: string[];
  details: Record<string, DetailValue>;
}

const MESSAGES: Partial<Record<ErrorCode, string>> = {
  PIN_MISMATCH: 'the tool changed since it was approved and is quarantined until its owner reviews it',
  TOOL_POISONED: 'the tool description carries hidden or injected instructions; it is withheld until its owner reviews it',
  NAME_CONFLICT: 'the tool server announced a duplicate or look-alike of this tool name; the tool is withheld',
  DOWNSTREAM_UNAVAILABLE: 'the tool server does not currently offer this tool',
};

export function toolVerdict(connection: ServerConnection, tool: CompiledTool): ToolVerdict {
  if (connection.quarantined.length > 0 && connection.status !== 'ready') {
    const changedFields = connection.quarantined;
    return { key: `PIN_MISMATCH:${changedFields.join(',')}`, reason: 'PIN_MISMATCH', details: { changedFields } };
  }
  if (connection.circuit.state === 'open') return { key: 'circuit-open', reason: 'CIRCUIT_OPEN', details: { state: 'circuit-open' } };
  if (connection.status !== 'ready') return { key: 'unavailable', reason: 'DOWNSTREAM_UNAVAILABLE', details: { state: 'unavailable' } };
  const state = connection.toolState(tool.tool);
  switch (state.state) {
    case 'ok':
      return { key: 'ok', reason: 'ok', details: { state: 'ok' } };
    case 'missing':
      return { key: 'missing', reason: 'DOWNSTREAM_UNAVAILABLE', details: { state: 'missing' } };
    case 'pin-mismatch':
      return {
        key: `PIN_MISMATCH:${state.liveHash}:${state.changedFields.join(',')}`,
        reason: 'PIN_MISMATCH',
        details: { changedFields: state.changedFields, pinned: tool.pin, live: state.liveHash },
      };
    case 'poisoned':
      return { key: `TOOL_POISONED:${state.liveHash}`, reason: 'TOOL_POISONED', rules: state.rules, details: { live: state.liveHash } };
    case 'conflict':
      return { key: `NAME_CONFLICT:${state.kind}:${state.names.join(',')}`, reason: 'NAME_CONFLICT', details: { kind: state.kind, names: state.names } };
  }
}

export function verdictError(verdict: ToolVerdict): FirewallError | undefined {
  if (verdict.reason === 'ok') return undefined;
  return new FirewallError(verdict.reason, MESSAGES[verdict.reason]);
}
