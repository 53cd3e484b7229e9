import type { FirewallError } from '../errors.js';
import { errorResponse, RPC, type JsonRpcId, type JsonRpcResponse } from './messages.js';

/**
 * The one place a FirewallError becomes bytes for the host. A refused tool call is a tool
 * result with isError, so the model can read why and adapt; a broken message is a JSON-RPC
 * error. Both carry the stable code and the audit id, never downstream internals.
 */

export const ERROR_META_KEY = 'io.github.mcp-firewall/error';

export function toolRefusal(error: FirewallError, auditId: string): Record<string, unknown> {
  return {
    content: [{ type: 'text', text: `[mcp-firewall] ${error.code}: ${error.message}. (audit id ${auditId})` }],
    isError: true,
    _meta: { [ERROR_META_KEY]: { code: error.code, auditId, ...error.hints } },
  };
}

const PROTOCOL_CODES: Partial<Record<FirewallError['code'], number>> = {
  INVALID_REQUEST: RPC.INVALID_REQUEST,
  PAYLOAD_TOO_LARGE: RPC.INVALID_REQUEST,
  METHOD_NOT_ALLOWED: RPC.METHOD_NOT_FOUND,
  ARGS_INVALID: RPC.INVALID_PARAMS,
};

export function protocolError(id: JsonRpcId | null, error: FirewallError, auditId: string): JsonRpcResponse {
  return errorResponse(id, PROTOCOL_CODES[error.code] ?? RPC.INTERNAL_ERROR, `${error.code}: ${error.message}`, { code: error.code, auditId, ...error.hints });
}
