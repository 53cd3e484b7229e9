import { createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { bodyDigest, hmacSignature, signatureBase, SIGNATURE_HEADERS, SIGNATURE_SCHEME } from './signature-base.js';

/**
 * For tool-server authors: checks a request the firewall signed. Rejects a missing or unknown
 * key id, a timestamp outside the window (default ±300 s), a bad signature, and a nonce seen
 * before (per key id, remembered for the whole window in a bounded LRU). Verify the raw body
 * bytes before parsing them.
 */

export interface SignedRequest {
  method: string;
  /** Path and query exactly as in the request line, e.g. `req.url` in node:http. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string | Uint8Array;
}

export interface VerifyOptions {
  /** Active keys by id (two during a rotation). */
  keys: Readonly<Record<string, string | Uint8Array>> | ReadonlyMap<string, string | Uint8Array>;
  windowSeconds?: number;
  replayCache?: ReplayCache;
  /** Milliseconds since the epoch; for tests. */
  now?: number;
}

export type VerifyFailure = 'missing-header' | 'malformed' | 'unknown-key' | 'outside-window' | 'bad-signature' | 'replayed';

export type VerifyResult = { ok: true; keyId: string } | { ok: false; reason: VerifyFailure };

export interface ReplayCache {
  /** True if the key was new and is now remembered; false if it was seen before. */
  remember(key: string): boolean;
}

export const DEFAULT_WINDOW_SECONDS = 300;

/** Remembers nonces for twice the window (a nonce older than that fails the time check anyway). */
export function createReplayCache(options: { max?: number; windowSeconds?: number } = {}): ReplayCache {
  const cache = new LRUCache<string, true>({ max: options.max ?? 100_000, ttl: 2 * (options.windowSeconds ?? DEFAULT_WINDOW_SECONDS) * 1000, ttlAutopurge: false });
  return {
    remember(key) {
      if (cache.has(key)) return false;
      cache.set(key, true);
      return true;
    },
  };
}

const defaultReplayCache = createReplayCache();
const NONCE = /^[A-Za-z0-9_-]{16,128}$/;
const TIMESTAMP = /^[0-9]{1,12}$/;

/** The `WWW-Authenticate` value to answer a rejected request with, so the firewall audits it as a signature rejection. */
export function signatureChallenge(reason: VerifyFailure): string {
  return `${SIGNATURE_SCHEME} error="${reason}"`;
}

export function verifyRequestSignature(request: SignedRequest, options: VerifyOptions): VerifyResult {
  const header = (name: string): string | undefined => {
    const value = request.headers[name] ?? request.headers[name.toLowerCase()];
    return Array.isArray(value) ? (value.length === 1 ? value[0] : undefined) : value;
  };
  const keyId = header(SIGNATURE_HEADERS.keyId);
  const timestamp = header(SIGNATURE_HEADERS.timestamp);
  const nonce = header(SIGNATURE_HEADERS.nonce);
  const signature = header(SIGNATURE_HEADERS.signature);
  if (!keyId || !timestamp || !nonce || !signature) return { ok: false, reason: 'missing-header' };
  if (!TIMESTAMP.test(timestamp) || !NONCE.test(nonce)) return { ok: false, reason: 'malformed' };
  const key = lookupKey(options.keys, keyId);
  if (key === undefined) return { ok: false, reason: 'unknown-key' };
  const window = options.windowSeconds ?? DEFAULT_WINDOW_SECONDS;
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  if (Math.abs(now - Number(timestamp)) > window) return { ok: false, reason: 'outside-window' };
  const expected = Buffer.from(hmacSignature(key, signatureBase(request.method, request.url, timestamp, nonce, bodyDigest(request.body))));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad-signature' };
  // Only a valid signature spends its nonce: forged requests cannot burn nonces of real ones.
  if (!(options.replayCache ?? defaultReplayCache).remember(`${keyId}\0${nonce}`)) return { ok: false, reason: 'replayed' };
  return { ok: true, keyId };
}

type Keys = VerifyOptions['keys'];
type RawKey = string | Uint8Array;
// HMAC keys made once per secret; the keys object is read on every call, so a key removed
// from it stops verifying at once.
const keyObjects = new WeakMap<object, Map<string, { raw: RawKey; key: KeyObject }>>();

function lookupKey(keys: Keys, keyId: string): KeyObject | undefined {
  const raw = keys instanceof Map ? keys.get(keyId) : Object.hasOwn(keys, keyId) ? (keys as Record<string, RawKey>)[keyId] : undefined;
  if (raw === undefined) return undefined;
  let made = keyObjects.get(keys);
  if (!made) keyObjects.set(keys, (made = new Map()));
  const cached = made.get(keyId);
  if (cached && cached.raw === raw) return cached.key;
  const key = createSecretKey(typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw);
  made.set(keyId, { raw, key });
  return key;
}
