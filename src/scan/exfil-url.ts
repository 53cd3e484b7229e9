// What a URL reveals for exfiltration defanging: its host, whether the host is allowlisted,
// and whether its path or query carries data-like payload. Pure; each check is linear.

/** Exact hosts and `*.suffix` patterns (which match subdomains of suffix, not suffix itself). */
export interface HostAllowlist {
  exact: ReadonlySet<string>;
  suffixes: readonly string[];
}

export function compileHostAllowlist(patterns: readonly string[]): HostAllowlist {
  const exact = new Set<string>();
  const suffixes: string[] = [];
  for (const p of patterns) {
    const host = p.toLowerCase();
    if (host.startsWith('*.')) suffixes.push(host.slice(1));
    else exact.add(host);
  }
  return { exact, suffixes };
}

export function isHostAllowed(host: string, allow: HostAllowlist): boolean {
  if (allow.exact.has(host)) return true;
  return allow.suffixes.some((s) => host.length > s.length && host.endsWith(s));
}

/** The URL parsed, or undefined when it cannot be (treated as hostile by callers). */
export function parseExternalUrl(raw: string): URL | undefined {
  try {
    const url = new URL(raw.startsWith('//') ? `https:${raw}` : raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The host as the model may read it: the parser's canonical (punycode) form, capped. */
export function displayHost(url: URL | undefined): string {
  return url ? url.hostname.slice(0, 100) : 'unknown';
}

const MANY_PARAMS = 8;
const BASE64ISH = /^[A-Za-z0-9+/_=-]{24,}$/;
const HEX = /^[0-9a-fA-F]{48,}$/;
const PERCENT = /%[0-9A-Fa-f]{2}/g;

/**
 * Query or path carrying something that looks like smuggled data: many parameters, a long
 * opaque base64/hex token, heavy percent-encoding, or base64 that decodes to readable text.
 * Ordinary ids (UUIDs, commit hashes, slugs) stay below these bars.
 */
export function carriesData(url: URL): boolean {
  // Raw (still encoded) pieces: percent-encoding is itself a signal.
  const params = url.search.slice(1).split('&').filter(Boolean);
  if (params.length >= MANY_PARAMS) return true;
  const pieces = [...url.pathname.split('/'), ...params.flatMap((p) => p.split('=')), url.hash.slice(1)];
  return pieces.some(looksLikePayload);
}

function looksLikePayload(piece: string): boolean {
  if (piece.length < 16) return false;
  if ((piece.match(PERCENT)?.length ?? 0) >= 12) return true;
  if (HEX.test(piece)) return true;
  if (!BASE64ISH.test(piece)) return decodesToProse(piece);
  const mixed = /[a-z]/.test(piece) && /[A-Z]/.test(piece) && /[0-9]/.test(piece);
  return mixed || decodesToText(piece);
}

/** Base64 (or base64url) whose decoding is mostly printable text: an encoded message. */
function decodesToText(piece: string): boolean {
  const bytes = Buffer.from(piece.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (bytes.length < 12) return false;
  let printable = 0;
  for (const b of bytes) if ((b >= 0x20 && b < 0x7f) || b === 0x0a || b === 0x09) printable++;
  return printable / bytes.length > 0.95;
}

/** A long value that is a sentence once decoded ("?q=my+password+is+..."). */
function decodesToProse(piece: string): boolean {
  let decoded = piece.replace(/\+/g, ' ');
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // Malformed escapes: judge the raw text.
  }
  return decoded.length >= 48 && (decoded.match(/ /g)?.length ?? 0) >= 8;
}
