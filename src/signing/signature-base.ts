import { createHash, createHmac, type KeyObject } from 'node:crypto';

/**
 * The request-signing algorithm, shared by the firewall (signer) and `verifyRequestSignature`
 * (verifier) so the two cannot drift. The README publishes it for servers in other languages:
 *
 *   base = "MCP-Firewall-HMAC-SHA256" \n METHOD \n path-and-query \n timestamp \n nonce \n hex(sha256(body))
 *   signature = base64(HMAC-SHA256(key, base))
 */

export const SIGNATURE_SCHEME = 'MCP-Firewall-HMAC-SHA256';

export const SIGNATURE_HEADERS = {
  keyId: 'mcp-firewall-key-id',
  timestamp: 'mcp-firewall-timestamp',
  nonce: 'mcp-firewall-nonce',
  signature: 'mcp-firewall-signature',
} as const;

export function bodyDigest(body: string | Uint8Array): string {
  return createHash('sha256').update(body).digest('hex');
}

export function signatureBase(method: string, pathAndQuery: string, timestamp: string, nonce: string, bodySha256Hex: string): string {
  return [SIGNATURE_SCHEME, method.toUpperCase(), pathAndQuery, timestamp, nonce, bodySha256Hex].join('\n');
}

export function hmacSignature(key: string | Uint8Array | KeyObject, base: string): string {
  return createHmac('sha256', key).update(base).digest('base64');
}
