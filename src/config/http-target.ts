import { isIP } from 'node:net';
import { LoadError } from '../errors.js';
import { childPath } from './json-path.js';
import type { HttpServerDocument } from './manifest-schema.js';
import { resolveReference } from './references.js';
import type { HttpTarget, SigningKey, TlsSettings } from './types.js';

/**
 * Compiles an `http` server: the URL checked (https, or plain http on loopback only when the
 * manifest says so), references read, pins decoded to one form. Everything the client needs is
 * decided here, so a bad setting stops the load instead of weakening a connection later.
 */

/** Headers the firewall sets itself; a manifest may not override them. */
const RESERVED_HEADERS = new Set(['host', 'content-type', 'content-length', 'accept', 'connection', 'transfer-encoding', 'mcp-session-id', 'mcp-protocol-version', 'last-event-id']);
const MIN_SIGNING_KEY_BYTES = 32;

export function compileHttpTarget(file: string, server: HttpServerDocument, env: NodeJS.ProcessEnv): HttpTarget {
  const path = (...segments: PropertyKey[]): string => childPath('$', 'server', ...segments);
  let url: URL;
  try {
    url = new URL(server.url);
  } catch {
    throw new LoadError(file, path('url'), 'not a valid URL', 'write an absolute URL such as "https://tools.example.com/mcp"');
  }
  if (url.username || url.password) throw new LoadError(file, path('url'), 'the URL carries credentials', 'remove them and send them as a header with an env: or file: reference');
  if (url.hash) throw new LoadError(file, path('url'), 'the URL has a #fragment', 'remove it');
  const ref = (value: string, at: string, trim = true): string => resolveReference(file, at, value, env, trim)!;
  let tls: TlsSettings | undefined;
  if (url.protocol === 'https:') {
    const t = server.tls ?? {};
    if ((t.cert === undefined) !== (t.key === undefined)) {
      throw new LoadError(file, path('tls', t.cert === undefined ? 'cert' : 'key'), 'mutual TLS needs both a certificate and its key', 'set both tls.cert and tls.key, or neither');
    }
    tls = {
      pins: (t.pins ?? []).map(normalisePin),
      ...(t.ca !== undefined ? { ca: ref(t.ca, path('tls', 'ca'), false) } : {}),
      ...(t.cert !== undefined ? { cert: ref(t.cert, path('tls', 'cert'), false) } : {}),
      ...(t.key !== undefined ? { key: ref(t.key, path('tls', 'key'), false) } : {}),
      ...(t.servername !== undefined ? { servername: t.servername } : {}),
    };
  } else if (url.protocol === 'http:') {
    if (!isLoopback(url.hostname)) {
      throw new LoadError(file, path('url'), 'plain http:// is only allowed to a loopback address', 'use https:// (TLS 1.3); plain http is for a server on this machine only');
    }
    if (!server.allowInsecureLoopback) {
      throw new LoadError(file, path('url'), 'plain http:// sends requests unencrypted', 'use https://, or set "allowInsecureLoopback": true for a server on this machine');
    }
    if (server.tls) throw new LoadError(file, path('tls'), 'tls settings do nothing on a plain http:// URL', 'use https:// or remove tls');
  } else {
    throw new LoadError(file, path('url'), `unsupported scheme ${url.protocol}`, 'use https://');
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(server.headers)) {
    const lower = name.toLowerCase();
    if (RESERVED_HEADERS.has(lower) || lower.startsWith('mcp-firewall-')) {
      throw new LoadError(file, path('headers', name), `header ${name} is set by the firewall itself`, 'remove it');
    }
    const resolved = ref(value, path('headers', name));
    if (/[\r\n]/.test(resolved)) throw new LoadError(file, path('headers', name), 'the referenced value contains a line break', 'store the value on one line');
    headers[lower] = resolved;
  }
  return { url, tls, headers, signing: server.signing ? signingKeys(file, server, env) : undefined };
}

function signingKeys(file: string, server: HttpServerDocument, env: NodeJS.ProcessEnv): SigningKey[] {
  const keys = server.signing!.keys;
  if (keys.length === 2 && keys[0]!.id === keys[1]!.id) {
    throw new LoadError(file, childPath('$', 'server', 'signing', 'keys', 1, 'id'), 'both signing keys have the same id', 'give the next key its own id');
  }
  return keys.map((key, i) => {
    const at = childPath('$', 'server', 'signing', 'keys', i, 'secret');
    const secret = Buffer.from(resolveReference(file, at, key.secret, env)!, 'utf8');
    if (secret.length < MIN_SIGNING_KEY_BYTES) {
      throw new LoadError(file, at, `the signing key is shorter than ${MIN_SIGNING_KEY_BYTES} bytes`, 'generate one with `openssl rand -base64 48`');
    }
    return { id: key.id, secret };
  });
}

/** Pins arrive as base64 or hex, optionally `sha256/`-prefixed; compared as base64. */
export function normalisePin(pin: string): string {
  const bare = pin.startsWith('sha256/') ? pin.slice(7) : pin;
  return /^[0-9a-fA-F]{64}$/.test(bare) ? Buffer.from(bare, 'hex').toString('base64') : bare;
}

export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1';
  return false;
}
