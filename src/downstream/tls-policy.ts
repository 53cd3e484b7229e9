import { createHash, X509Certificate } from 'node:crypto';
import https from 'node:https';
import { checkServerIdentity, type PeerCertificate, type TLSSocket } from 'node:tls';
import type { TlsSettings } from '../config/types.js';

/**
 * The TLS side of an HTTPS tool server: TLS 1.3 at least, the host name always verified, and
 * the SPKI pins checked on every new connection. Session resumption is off, so each new
 * connection carries a certificate the server really sent and the pins are checked against it.
 */

export const PIN_MISMATCH_CODE = 'ERR_MCP_FIREWALL_PIN_MISMATCH';

/**
 * sha256 of the DER SubjectPublicKeyInfo, base64: what `openssl x509 -pubkey | openssl pkey
 * -pubin -outform der | openssl dgst -sha256 -binary | base64` prints. (Node's
 * `peerCertificate.pubkey` is the bare EC point for EC keys, not the SPKI, so it is not used.)
 */
export function spkiPin(rawCertificate: Buffer): string {
  const spki = new X509Certificate(rawCertificate).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

export function createHttpsAgent(tls: TlsSettings): https.Agent {
  const pins = new Set(tls.pins);
  return new https.Agent({
    keepAlive: true,
    maxCachedSessions: 0,
    minVersion: 'TLSv1.3',
    rejectUnauthorized: true,
    ...(tls.ca !== undefined ? { ca: tls.ca } : {}),
    ...(tls.cert !== undefined ? { cert: tls.cert, key: tls.key } : {}),
    ...(tls.servername !== undefined ? { servername: tls.servername } : {}),
    checkServerIdentity: (host: string, cert: PeerCertificate) => {
      const mismatch = checkServerIdentity(tls.servername ?? host, cert);
      if (mismatch) return mismatch;
      if (pins.size > 0 && !pins.has(spkiPin(cert.raw))) {
        return Object.assign(new Error('the server key matches none of the pins'), { code: PIN_MISMATCH_CODE });
      }
      return undefined;
    },
  });
}

/** What `check` shows about a live TLS connection. */
export function describeTls(socket: TLSSocket, pins: readonly string[]): Record<string, string> {
  const cert = socket.getPeerCertificate();
  const facts: Record<string, string> = {
    tls: socket.getProtocol() ?? 'unknown',
    cipher: socket.getCipher()?.name ?? 'unknown',
  };
  if (cert?.raw) {
    const x509 = new X509Certificate(cert.raw);
    const pin = spkiPin(cert.raw);
    facts.subject = x509.subject.replaceAll('\n', ', ');
    facts.issuer = x509.issuer.replaceAll('\n', ', ');
    facts.expires = new Date(x509.validTo).toISOString();
    facts.spki = pin;
    facts.pin = pins.length === 0 ? `not pinned (server key ${pin})` : pins.includes(pin) ? `matched ${pin}` : `NO MATCH (server key ${pin})`;
  }
  return facts;
}
