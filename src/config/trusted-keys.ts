import type { KeyObject } from 'node:crypto';
import { LoadError } from '../errors.js';
import type { ConfigDocument } from './config-schema.js';
import { childPath } from './json-path.js';
import { checkSignature, keyIdOf, parsePublicKey } from './manifest-signature.js';

/** The config's trusted keys, checked once at load: each id must be the id of its key. */
export function compileTrustedKeys(file: string, baseDir: string, doc: ConfigDocument): Map<string, KeyObject> {
  const keys = new Map<string, KeyObject>();
  doc.trustedKeys.forEach((entry, i) => {
    const path = childPath('$', 'trustedKeys', i);
    let key: KeyObject;
    try {
      key = parsePublicKey(entry.publicKey, baseDir);
    } catch (err) {
      throw new LoadError(file, `${path}.publicKey`, `the public key is unusable: ${(err as Error).message}`, 'use the .pub file written by `mcp-firewall keygen` ("file:path"), its PEM text, or base64 DER SPKI');
    }
    const id = keyIdOf(key);
    if (id !== entry.id) throw new LoadError(file, `${path}.id`, `the id does not match the key (its id is ${id})`, `set "id" to "${id}"`);
    keys.set(id, key);
  });
  if (doc.requireSignedManifests && keys.size === 0) {
    throw new LoadError(file, '$.trustedKeys', 'requireSignedManifests is on but no key is trusted', 'add the public key that signs your manifests (`mcp-firewall keygen` prints the entry)');
  }
  return keys;
}

const PROBLEMS = {
  unsigned: ['the manifest is not signed', 'sign it: mcp-firewall manifest sign --key FILE'],
  untrusted: ['the manifest is signed by a key that is not in trustedKeys', "add the signer's public key to trustedKeys, or re-sign with a trusted key"],
  invalid: ['the signature does not match the content: the manifest was edited after signing', 'review the change, then re-sign it: mcp-firewall manifest sign --key FILE'],
} as const;

/**
 * When signatures are required, only a valid signature by a trusted key loads. When they are
 * not, a manifest signed by a trusted key must still verify: a broken signature means tampering.
 */
export function enforceSignature(file: string, raw: unknown, keys: ReadonlyMap<string, KeyObject>, required: boolean): void {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return; // the schema reports it
  const { status } = checkSignature(raw as Record<string, unknown>, keys);
  if (status === 'ok') return;
  if (!required && status !== 'invalid') return;
  const [problem, fix] = PROBLEMS[status];
  throw new LoadError(file, '$.signature', problem, fix);
}
