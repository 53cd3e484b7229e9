import { randomBytes } from 'node:crypto';
import type { SigningKey } from '../config/types.js';
import { bodyDigest, hmacSignature, signatureBase, SIGNATURE_HEADERS } from './signature-base.js';

/** The four headers that sign one outbound request with the server's current (first) key. */
export function signRequest(key: SigningKey, method: string, pathAndQuery: string, body: string, now = Date.now()): Record<string, string> {
  const timestamp = String(Math.floor(now / 1000));
  const nonce = randomBytes(16).toString('base64url');
  const base = signatureBase(method, pathAndQuery, timestamp, nonce, bodyDigest(body));
  return {
    [SIGNATURE_HEADERS.keyId]: key.id,
    [SIGNATURE_HEADERS.timestamp]: timestamp,
    [SIGNATURE_HEADERS.nonce]: nonce,
    [SIGNATURE_HEADERS.signature]: hmacSignature(key.secret, base),
  };
}
