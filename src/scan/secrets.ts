// Finds credentials in tool output and replaces them with [REDACTED:<type>]. A redaction
// covers the whole secret value, never a part, so no usable fragment reaches the model.

import { decodeReferences } from './references.js';
import { buildStartFilter, firedIn } from './rules/start-filter.js';
import { VENDOR_MARKERS, VENDOR_PATTERNS } from './secret-formats.js';

interface SecretPattern {
  type: string;
  /** Global, with `d` (indices); the named group `s` is the secret, else the whole match. */
  pattern: RegExp;
  /** Extra check for generic patterns that would otherwise hit ordinary prose or code. */
  accept?: (value: string) => boolean;
  /** For patterns that match only a header: a fresh function giving where the secret after it ends. */
  extend?: () => (text: string, from: number) => number;
}

const KEY_END = /-----END[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----/g;
const KEY_BODY = /[A-Za-z0-9+/=\s:,-]{0,20000}/y;
const MAX_KEY_BODY = 20_000;

/**
 * The end of a private key block whose header ends at `from`: the first END line starting within
 * MAX_KEY_BODY characters, else the run of key characters (a truncated block). The next END line
 * is remembered between headers of one text, so many headers without one stay linear (a lazy
 * `[\s\S]{0,20000}?` would re-scan up to 20,000 characters for each).
 */
function privateKeyBody(): (text: string, from: number) => number {
  let endAt = -2; // start of the next END line at or after the last `from`; -1: none left
  let endEnd = -1;
  return (text, from) => {
    if (endAt !== -1 && endAt < from) {
      KEY_END.lastIndex = from;
      const m = KEY_END.exec(text);
      endAt = m ? m.index : -1;
      endEnd = m ? m.index + m[0].length : -1;
    }
    if (endAt >= 0 && endAt - from <= MAX_KEY_BODY) return endEnd;
    KEY_BODY.lastIndex = from;
    return from + KEY_BODY.exec(text)![0].length;
  };
}

// Starts at the key word itself (DB_PASSWORD matches at PASSWORD): a leading name class would
// be retried at every position of a long identifier.
const KEY_NAME =
  '(?:password|passwd|passphrase|pwd|secret|api[_-]?key|apikey|access[_-]?key|auth[_-]?token|access[_-]?token|refresh[_-]?token|bearer|token|client[_-]?secret|private[_-]?key|credentials?)[A-Za-z0-9_.-]{0,20}';

const PLACEHOLDER =
  /^(?:your|my|<|\$|\{|\[|%|x{4,}|\*{3,}|\.{3}|example|changeme|placeholder|dummy|redacted|null|none|undefined|true|false|string|process\.env|os\.environ|self\.|this\.|env\.|config\.|settings\.)/i;

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** A value that looks generated rather than a word, identifier or template. */
function looksLikeSecretValue(v: string): boolean {
  if (v.length < 8 || PLACEHOLDER.test(v) || /(?:here|example|placeholder)$/i.test(v)) return false;
  if (/[()]/.test(v) || /^[a-z_.]+$/i.test(v) && v.length < 16) return false;
  if (/^[a-z]+(?:[_.-][a-z]+)+$/i.test(v)) return false; // dotted or snake_case identifier
  const classes = Number(/[a-z]/.test(v)) + Number(/[A-Z]/.test(v)) + Number(/[0-9]/.test(v)) + Number(/[^A-Za-z0-9]/.test(v));
  return classes >= 2 && entropy(v) >= 2.8;
}

function isRealUrlPassword(v: string): boolean {
  return !/^(?:\*+|x+|<[^>]*>|\$\{?\w+\}?|\{\w+\}|:?password|pass|secret)$/i.test(v);
}

const PATTERNS: SecretPattern[] = [
  {
    type: 'private-key',
    pattern: /-----BEGIN[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----/dg,
    extend: privateKeyBody,
  },
  { type: 'aws-access-key', pattern: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ABIA|ACCA)[A-Z0-9]{16}\b/dg },
  {
    type: 'aws-secret-key',
    pattern: /(?:aws)?_?secret_?(?:access)?_?key["']?\s{0,5}(?:[:=]|=>)\s{0,5}["']?(?<s>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/dgi,
  },
  { type: 'github-token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/dg },
  { type: 'gitlab-token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}/dg },
  { type: 'slack-webhook', pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9/_-]{8,}/dg },
  { type: 'slack-token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/dg },
  { type: 'stripe-key', pattern: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,}/dg },
  { type: 'google-api-key', pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/dg },
  // starts only where a run of token characters starts: from every "eyJ" inside one ("eyJ-eyJ-…")
  // the first part would run to the end of the run again, time quadratic in its length
  { type: 'jwt', pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/dg },
  ...VENDOR_PATTERNS,
  {
    type: 'url-password',
    // Matched from the "://" with the scheme behind it as a lookbehind: starting at the scheme,
    // every word of a text was an attempt.
    pattern: /:\/\/(?<=\b[a-z][a-z0-9+.-]{1,20}:\/\/)[^\s:/?#@]{1,200}:(?<s>[^\s/?#@]{1,200})@/dgi,
    accept: isRealUrlPassword,
  },
  {
    type: 'generic-secret',
    pattern: new RegExp(`${KEY_NAME}["']?\\s{0,3}(?:[:=]|=>|:=)\\s{0,3}["']?(?<s>[^\\s"',;<>\`]{8,300})`, 'dgi'),
    accept: looksLikeSecretValue,
  },
];

/** The credential patterns in the order they are applied (for tests). */
export const SECRET_PATTERNS: ReadonlyArray<{ type: string; pattern: RegExp }> = PATTERNS;

/** Cheap test first: most text holds none of these markers and skips every pattern. */
const MAYBE_SECRET = new RegExp(`${VENDOR_MARKERS}|${
  /PRIVATE KEY|AKIA|ASIA|A[GIRNB][A-Z]A[A-Z0-9]{16}|secret|gh[pousr]_|github_pat_|glpat-|hooks\.slack|xox[abprs]-|_live_|_test_|AIza|eyJ|:\/\/[^\s/@]{1,200}@|passw|pwd|passphrase|key|token|bearer|credential/.source}`, 'i');

/**
 * Which patterns match anywhere, found in one pass (rules/start-filter.ts): a pattern with no
 * match would leave the text as it is, so only the others run. The first 32 are covered (a
 * start filter's width); any beyond run always.
 */
const FILTERED = Math.min(PATTERNS.length, 32);
const START_FILTER = buildStartFilter(PATTERNS.slice(0, FILTERED).map((p) => p.pattern));
const ALL_FILTERED = FILTERED === 32 ? -1 : (1 << FILTERED) - 1;

/**
 * The text with every credential replaced. A credential spelled with character references or
 * escapes ("sk-ant-&#97;pi03-…", "ghp\u005f…") reads as the credential to a model, so the
 * patterns read the text decoded; a text that holds a credential comes back decoded and
 * redacted (a span in the decoded copy has no exact place in the original). `<`, `>` and `&`
 * stay encoded (references.ts); a text with no credential comes back as it was.
 */
export function redactSecrets(input: string): { text: string; secrets: string[] } {
  const decoded = decodeReferences(input);
  if (decoded === input) return redactWritten(input);
  const found = redactWritten(decoded);
  return found.secrets.length > 0 ? found : { text: input, secrets: [] };
}

function redactWritten(input: string): { text: string; secrets: string[] } {
  if (!MAYBE_SECRET.test(input)) return { text: input, secrets: [] };
  let text = input;
  const secrets: string[] = [];
  let matching = firedIn(START_FILTER, text, ALL_FILTERED);
  for (let k = 0; k < PATTERNS.length; k++) {
    if (k < FILTERED && (matching & (1 << k)) === 0) continue;
    const { type, pattern, accept, extend } = PATTERNS[k]!;
    const next = redactOne(text, type, pattern, accept, extend);
    if (next !== text) {
      text = next;
      secrets.push(type);
      // The redaction changed the text the later patterns see: ask again for those.
      const later = k + 1 >= 32 ? 0 : ALL_FILTERED & ~((1 << (k + 1)) - 1);
      if (later !== 0) matching = firedIn(START_FILTER, text, later);
    }
  }
  return { text, secrets };
}

function redactOne(text: string, type: string, pattern: RegExp, accept?: (v: string) => boolean, extend?: () => (text: string, from: number) => number): string {
  const parts: string[] = [];
  const bodyEnd = extend?.();
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    let span = m.indices?.groups?.s ?? m.indices?.[0];
    if (!span) continue;
    if (bodyEnd) {
      if (span[0] < last) continue; // inside the block redacted before
      span = [span[0], bodyEnd(text, span[1])];
    }
    const value = text.slice(span[0], span[1]);
    if (accept && !accept(value)) continue;
    parts.push(text.slice(last, span[0]), `[REDACTED:${type}]`);
    last = span[1];
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(last));
  return parts.join('');
}
