import { SUPPORTED_PROTOCOL_VERSIONS } from '@modelcontextprotocol/sdk/types.js';
import { NO_CLIENT_REQUESTS } from '../config/client-requests-schema.js';
import type { CompiledServer } from '../config/types.js';
import { FirewallError } from '../errors.js';

/**
 * What the firewall tells a tool server about itself in `initialize`. Servers offer features
 * by what the client declares (server-everything registers its sampling tool only for a
 * client that can sample), so only what the manifest allows is declared: a server never
 * learns of a capability it may not use.
 */
export function clientCapabilities(server: CompiledServer): Record<string, unknown> {
  const allowed = server.clientRequests ?? NO_CLIENT_REQUESTS;
  return {
    ...(allowed.sampling ? { sampling: {} } : {}),
    ...(allowed.elicitation ? { elicitation: { form: {} } } : {}),
    ...(allowed.roots ? { roots: { listChanged: false } } : {}),
  };
}

/**
 * The version the tool server answered. The firewall asks for the latest; a server may answer
 * with an older one it prefers, which is used when the SDK knows it, and refused otherwise
 * (the spec has the client disconnect then). The host's version is negotiated separately.
 */
export function negotiatedVersion(result: Record<string, unknown>): string {
  const version = result.protocolVersion;
  if (typeof version !== 'string' || !SUPPORTED_PROTOCOL_VERSIONS.includes(version)) {
    throw new FirewallError('DOWNSTREAM_UNAVAILABLE', 'the tool server answered initialize with a protocol version the firewall does not support', { category: 'protocol-version' });
  }
  return version;
}
