// The initialize exchange with a tool server (server-connection.ts runs it on every start and
// restart), and what a failed start reports.
import { LATEST_PROTOCOL_VERSION } from '@modelcontextprotocol/sdk/types.js';
import type { CompiledServer } from '../config/types.js';
import { FirewallError } from '../errors.js';
import { VERSION } from '../version.js';
import { clientCapabilities, negotiatedVersion } from './client-capabilities.js';
import type { DownstreamLink, LinkDetails } from './link.js';

export interface Initialized {
  /** The server's `instructions`, as sent (pinned and scanned with its inventory). */
  instructions: unknown;
  capabilities: Record<string, unknown>;
}

/**
 * Sends `initialize` with the firewall's own capabilities, checks the result and the protocol
 * version it negotiates (a version the firewall does not speak throws), then `initialized`.
 */
export async function initializeLink(child: DownstreamLink, server: CompiledServer): Promise<Initialized> {
  const init = await child.request(
    'initialize',
    { protocolVersion: LATEST_PROTOCOL_VERSION, capabilities: clientCapabilities(server), clientInfo: { name: 'mcp-firewall', version: VERSION } },
    { timeoutMs: server.initTimeoutMs },
  );
  if (!init.result || typeof init.result !== 'object') throw new FirewallError('DOWNSTREAM_UNAVAILABLE', 'the tool server sent an invalid initialize result');
  const body = init.result as { instructions?: unknown; capabilities?: unknown };
  negotiatedVersion(init.result as Record<string, unknown>);
  child.notify('notifications/initialized');
  return {
    instructions: body.instructions,
    capabilities: body.capabilities && typeof body.capabilities === 'object' ? (body.capabilities as Record<string, unknown>) : {},
  };
}

/** The code and, for network failures, the category: facts for the operator, never raw text. */
export function failureDetails(err: unknown): LinkDetails {
  if (!(err instanceof FirewallError)) return { code: 'INTERNAL' };
  const details: LinkDetails = { code: err.code };
  // `sandbox` is bwrap's own complaint about this host (never the server's output).
  for (const key of ['category', 'status', 'sandbox'] as const) {
    const value = err.details[key];
    if (typeof value === 'string' || typeof value === 'number') details[key] = value;
  }
  return details;
}
