import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { canonicalJson } from '../canonical-json.js';

/**
 * Manifest signatures: ed25519 over the RFC 8785 canonical JSON of the manifest as written
 * (before defaults are applied) without its `signature` field. Canonical form makes the
 * signature survive re-indentation and key reordering, and nothing else.
 */

export type SignatureStatus = 'ok' | 'unsigned' | 'untrusted' | 'invalid';

/** First 16 hex characters of sha256 of the raw 32-byte public key. */
export function keyIdOf(key: KeyObject): string {
  return createHash('sha256').update(rawPublicKey(key)).digest('hex').slice(0, 16);
}

function rawPublicKey(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new Error('not an ed25519 key');
  return Buffer.from(jwk.x, 'base64url');
}

/** A public key from PEM, base64 DER SPKI, or `file:path` (relative to baseDir). Throws a plain message. */
export function parsePublicKey(text: string, baseDir: string): KeyObject {
  let material = text.trim();
  if (material.startsWith('file:')) {
    try {
      material = readFileSync(resolve(baseDir, material.slice(5)), 'utf8').trim();
    } catch {
      throw new Error('the key file cannot be read');
    }
  }
  let key: KeyObject;
  try {
    key = material.includes('-----BEGIN') ? createPublicKey(material) : createPublicKey({ key: Buffer.from(material, 'base64'), format: 'der', type: 'spki' });
  } catch {
    throw new Error('it is not a PEM or base64 SPKI public key');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`it is a ${key.asymmetricKeyType ?? 'unknown'} key, not ed25519`);
  return key;
}

export function signedBytes(raw: Record<string, unknown>): Buffer {
  const { signature: _omit, ...rest } = raw;
  return Buffer.from(canonicalJson(rest), 'utf8');
}

export function signManifest(raw: Record<string, unknown>, privateKey: KeyObject): { keyId: string; value: string } {
  const publicKey = createPublicKey(privateKey);
  return { keyId: keyIdOf(publicKey), value: sign(null, signedBytes(raw), privateKey).toString('base64') };
}

export function checkSignature(raw: Record<string, unknown>, trusted: ReadonlyMap<string, KeyObject>): { status: SignatureStatus; keyId?: string } {
  const signature = raw.signature as { keyId?: unknown; value?: unknown } | undefined;
  if (!signature || typeof signature !== 'object') return { status: 'unsigned' };
  const keyId = typeof signature.keyId === 'string' ? signature.keyId : '';
  const key = trusted.get(keyId);
  if (!key) return { status: 'untrusted', keyId };
  if (typeof signature.value !== 'string') return { status: 'invalid', keyId };
  let ok = false;
  try {
    ok = verify(null, signedBytes(raw), key, Buffer.from(signature.value, 'base64'));
  } catch {
    ok = false;
  }
  return { status: ok ? 'ok' : 'invalid', keyId };
}
