// Finds base64 and hex blobs that decode to readable text, so the decoded payload can be
// scanned like any other text. Binary blobs (images, hashes, git SHAs) decode to junk and are
// ignored.

const BASE64 = /[A-Za-z0-9+/_-]{24,}={0,2}/g;
const HEX = /\b(?:[0-9a-fA-F]{2}){16,}\b/g;
const MAX_BLOBS = 16;
const MAX_BLOB_CHARS = 16_384;

export interface DecodedPayload {
  kind: 'base64' | 'hex';
  text: string;
}

/** Readable text: mostly printable characters and at least a few words. */
function isReadable(s: string): boolean {
  if (s.length < 12) return false;
  let printable = 0;
  let spaces = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) spaces++;
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x09 || c >= 0xa0) printable++;
  }
  return printable / s.length > 0.95 && spaces >= 2 && !s.includes('\ufffd');
}

function decodeBase64(blob: string): string | null {
  // Pure hex or pure letters are words and hashes more often than base64.
  // (Separate class tests: one pattern for "upper then lower or lower then upper" backtracks
  // over the whole blob from every start, quadratic on a long single-case run.)
  if (/^[0-9a-fA-F]+$/.test(blob) || (!/[0-9+/=]/.test(blob) && !(/[A-Z]/.test(blob) && /[a-z]/.test(blob)))) return null;
  const text = Buffer.from(blob.slice(0, MAX_BLOB_CHARS), blob.includes('-') || blob.includes('_') ? 'base64url' : 'base64').toString('utf8');
  return isReadable(text) ? text : null;
}

function decodeHex(blob: string): string | null {
  const text = Buffer.from(blob.slice(0, MAX_BLOB_CHARS), 'hex').toString('utf8');
  return isReadable(text) ? text : null;
}

/**
 * Decoded payloads of the candidate runs ([start, end) pairs of base64-alphabet characters,
 * found by the feature pass) in `text`, the case-sensitive original.
 */
export function findEncodedPayloads(text: string, runs: readonly number[]): DecodedPayload[] {
  const found: DecodedPayload[] = [];
  for (let r = 0; r + 1 < runs.length && found.length < MAX_BLOBS; r += 2) {
    // Only a run's head is ever decoded (MAX_BLOB_CHARS), so only its head is matched: a regex
    // over a run of megabytes would also exhaust the backtracking stack.
    const blob = text.slice(runs[r], Math.min(runs[r + 1]!, runs[r]! + 2 * MAX_BLOB_CHARS));
    for (const m of blob.matchAll(HEX)) {
      const decoded = decodeHex(m[0]);
      if (decoded) found.push({ kind: 'hex', text: decoded });
    }
    for (const m of blob.matchAll(BASE64)) {
      const decoded = decodeBase64(m[0]);
      if (decoded) found.push({ kind: 'base64', text: decoded });
    }
  }
  return found;
}
