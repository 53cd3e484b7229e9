import { FirewallError } from '../errors.js';
import { PIN_MISMATCH_CODE } from './tls-policy.js';

/**
 * Turns a network, TLS or HTTP failure into a FirewallError whose message is safe for the
 * model (no host names, paths or raw error text) and whose `category` goes to the audit
 * record and to `check`.
 */

export type FailureCategory =
  | 'expired'
  | 'not-yet-valid'
  | 'self-signed'
  | 'unknown-ca'
  | 'hostname-mismatch'
  | 'pin-mismatch'
  | 'protocol-version'
  | 'client-certificate-refused'
  | 'tls-handshake'
  | 'signature-rejected'
  | 'unauthenticated'
  | 'connection-refused'
  | 'connection-reset'
  | 'name-not-resolved'
  | 'session-expired'
  | 'http-status'
  | 'bad-response'
  | 'network';

const TLS_BY_CODE: Record<string, FailureCategory> = {
  CERT_HAS_EXPIRED: 'expired',
  CERT_NOT_YET_VALID: 'not-yet-valid',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'self-signed',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'unknown-ca',
  UNABLE_TO_GET_ISSUER_CERT: 'unknown-ca',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'unknown-ca',
  CERT_SIGNATURE_FAILURE: 'unknown-ca',
  CERT_UNTRUSTED: 'unknown-ca',
  CERT_REJECTED: 'unknown-ca',
  INVALID_CA: 'unknown-ca',
  ERR_TLS_CERT_ALTNAME_INVALID: 'hostname-mismatch',
  [PIN_MISMATCH_CODE]: 'pin-mismatch',
  ERR_SSL_UNSUPPORTED_PROTOCOL: 'protocol-version',
  ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION: 'protocol-version',
  ERR_SSL_NO_PROTOCOLS_AVAILABLE: 'protocol-version',
  ERR_SSL_WRONG_VERSION_NUMBER: 'protocol-version',
  ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED: 'client-certificate-refused',
  ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE: 'client-certificate-refused',
  ERR_SSL_SSLV3_ALERT_CERTIFICATE_UNKNOWN: 'client-certificate-refused',
  ERR_SSL_SSLV3_ALERT_CERTIFICATE_EXPIRED: 'client-certificate-refused',
  ERR_SSL_TLSV1_ALERT_UNKNOWN_CA: 'client-certificate-refused',
  ERR_SSL_TLSV1_ALERT_ACCESS_DENIED: 'client-certificate-refused',
};

const NETWORK_BY_CODE: Record<string, FailureCategory> = {
  ECONNREFUSED: 'connection-refused',
  ECONNRESET: 'connection-reset',
  EPIPE: 'connection-reset',
  ENOTFOUND: 'name-not-resolved',
  EAI_AGAIN: 'name-not-resolved',
};

const SAFE_MESSAGES: Partial<Record<FailureCategory, string>> = {
  'pin-mismatch': 'the tool server presented a key that matches none of its pins',
  'protocol-version': 'the tool server does not offer TLS 1.3',
  'client-certificate-refused': 'the tool server refused the firewall\'s client certificate',
  'signature-rejected': 'the tool server rejected the firewall\'s request signature',
  unauthenticated: 'the tool server refused the firewall\'s credentials',
};

/** TLS alerts some errors carry only in their OpenSSL text (`EPROTO … SSL alert number 70`). */
const TLS_BY_ALERT: Record<string, FailureCategory> = {
  '70': 'protocol-version',
  '116': 'client-certificate-refused',
  '42': 'client-certificate-refused',
  '46': 'client-certificate-refused',
  '48': 'client-certificate-refused',
  '49': 'client-certificate-refused',
};

export interface FailureContext {
  /** The connection was new, its handshake completed, and the firewall presented a client certificate. */
  freshMutualTls?: boolean;
}

/** A FirewallError for a socket-level error; `fatal` says the link cannot recover on its own. */
export function transportFailure(err: unknown, context: FailureContext = {}): { error: FirewallError; fatal: boolean } {
  const code = typeof (err as { code?: unknown })?.code === 'string' ? (err as { code: string }).code : '';
  const alert = code === 'EPROTO' ? /SSL alert number (\d+)/.exec(String((err as Error).message))?.[1] : undefined;
  let tls = TLS_BY_CODE[code] ?? (alert !== undefined ? (TLS_BY_ALERT[alert] ?? 'tls-handshake') : undefined);
  tls ??= code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_') ? 'tls-handshake' : undefined;
  // Node servers (and some proxies) drop a client certificate they do not trust without an
  // alert: a fresh mutual-TLS connection cut right after the handshake is that refusal.
  if (!tls && code === 'ECONNRESET' && context.freshMutualTls) tls = 'client-certificate-refused';
  if (tls) return { error: new FirewallError('TLS_REJECTED', SAFE_MESSAGES[tls], { category: tls }), fatal: true };
  const category = NETWORK_BY_CODE[code] ?? 'network';
  return { error: new FirewallError('DOWNSTREAM_UNAVAILABLE', undefined, { category }), fatal: category === 'connection-refused' || category === 'name-not-resolved' };
}

/** A FirewallError for an HTTP status the exchange cannot continue with. */
export function statusFailure(status: number, wwwAuthenticate: string | undefined, signed: boolean): { error: FirewallError; fatal: boolean } {
  if (status === 401 || status === 403) {
    const category: FailureCategory = signed && /^MCP-Firewall-HMAC/i.test(wwwAuthenticate ?? '') ? 'signature-rejected' : 'unauthenticated';
    return { error: new FirewallError('DOWNSTREAM_UNAVAILABLE', SAFE_MESSAGES[category], { category, status }), fatal: true };
  }
  return { error: new FirewallError('DOWNSTREAM_UNAVAILABLE', undefined, { category: 'http-status', status }), fatal: false };
}
