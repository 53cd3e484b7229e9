// Defangs what a host could fetch while rendering a tool result: external images (markdown,
// reference-style, HTML img/srcset/picture, CSS url()) and links whose URL carries data. A
// rendered image is fetched without a click, so any external image can carry data out; it is
// replaced by a readable marker unless its host is allowlisted. Every pattern starts at a
// fixed opener and its runs stop at the next opener or are bounded: linear on any input.

import { carriesData, displayHost, isHostAllowed, parseExternalUrl, type HostAllowlist } from './exfil-url.js';

export type DefangKind = 'markdown-image' | 'reference-image' | 'html-image' | 'srcset' | 'html-resource' | 'css-url' | 'link';

export interface Defanged {
  text: string;
  /** How many references of each kind were defanged (no URLs, no hosts). */
  counts: Partial<Record<DefangKind, number>>;
}

const ABS = '(?:https?:)?//';
// A link destination: <...> with spaces allowed, or a bare run with one level of balanced parentheses.
const DEST = `<${ABS}[^<>\\n]{1,4096}>|${ABS}(?:[^\\s()<>]|\\([^\\s()<>]{0,200}\\)){1,4096}`;
const TITLE = `(?:\\s{1,3}(?:"[^"\\n]{0,300}"|'[^'\\n]{0,300}'|\\([^()\\n]{0,300}\\)))?`;
const LABEL = '[^\\[\\]\\n]{0,500}';

const CSS_URL = new RegExp(`\\burl\\(\\s{0,3}(["']?)(${ABS}[^"'()\\s]{1,4096})\\1\\s{0,3}\\)`, 'gi');
const MD_IMAGE = new RegExp(`!\\[(${LABEL})\\]\\(\\s{0,3}(${DEST})${TITLE}\\s{0,3}\\)`, 'gi');
const MD_LINK = new RegExp(`(?<!!)\\[(${LABEL})\\]\\(\\s{0,3}(${DEST})${TITLE}\\s{0,3}\\)`, 'gi');
const IMAGE_REF = new RegExp(`!\\[(${LABEL})\\](?:\\[(${LABEL})\\])?`, 'g');
const REF_DEF = /^ {0,3}\[([^[\]\n]{1,500})\]:[ \t]{0,20}\n?[ \t]{0,20}(<[^<>\n]{1,4096}>|[^\s<>]{1,4096})/gm;
const TAG = /<([a-zA-Z][a-zA-Z0-9-]{0,30})(\s[^<>]{0,8000})?>/g;
const ATTR = /([^\s"'<>/=]{1,60})(?:\s{0,5}=\s{0,5}("[^"]{0,8000}"|'[^']{0,8000}'|[^\s"'=<>`]{1,8000}))?/g;
const BARE_URL = /\bhttps?:\/\/[^\s<>"'`]{1,4096}/gi;

const RESOURCE_ATTRS = new Set(['src', 'srcset', 'imagesrcset', 'poster', 'background', 'lowsrc', 'dynsrc', 'data']);
const HREF_FETCHED_BY = new Set(['link', 'image', 'use', 'feimage']);

const imageMarker = (host: string) => `[image removed: host ${host}]`;
const linkMarker = (host: string) => `[link removed: host ${host}]`;
const unquote = (v: string) => (v.startsWith('"') || v.startsWith("'") ? v.slice(1, -1) : v);
const unangle = (v: string) => (v.startsWith('<') ? v.slice(1, -1) : v);
const labelKey = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

export function defangExfiltration(input: string, allow: HostAllowlist): Defanged {
  const counts: Defanged['counts'] = {};
  // Everything defanged here is an absolute URL, so text without "//" has nothing to defang.
  if (!input.includes('//')) return { text: input, counts };
  const count = (kind: DefangKind) => (counts[kind] = (counts[kind] ?? 0) + 1);
  /** The host to name when the URL must go, or undefined when it may stay. */
  const blockedImage = (raw: string): string | undefined => {
    const url = parseExternalUrl(raw.trim());
    return url && isHostAllowed(url.hostname, allow) ? undefined : displayHost(url);
  };
  const blockedLink = (raw: string): string | undefined => {
    if (!mayCarryData(raw)) return undefined;
    const url = parseExternalUrl(raw.trim());
    if (url && (isHostAllowed(url.hostname, allow) || !carriesData(url))) return undefined;
    return displayHost(url);
  };

  let text = input.replace(CSS_URL, (whole, _q: string, raw: string) => {
    const host = blockedImage(raw);
    if (host === undefined) return whole;
    count('css-url');
    return `none/*${imageMarker(host)}*/`;
  });
  text = text.replace(MD_IMAGE, (whole, alt: string, dest: string) => {
    const host = blockedImage(unangle(dest));
    if (host === undefined) return whole;
    count('markdown-image');
    return alt.trim() ? `${alt.trim()} ${imageMarker(host)}` : imageMarker(host);
  });
  text = defangReferences(text, blockedImage, blockedLink, count);
  text = text.replace(TAG, (whole, name: string, attrs: string | undefined) => (attrs ? defangTag(whole, name.toLowerCase(), attrs, blockedImage, blockedLink, count) : whole));
  text = text.replace(MD_LINK, (whole, label: string, dest: string) => {
    const host = blockedLink(unangle(dest));
    if (host === undefined) return whole;
    count('link');
    return label.trim() ? `${label.trim()} ${linkMarker(host)}` : linkMarker(host);
  });
  // Autolinks and bare URLs, which many hosts render as links.
  text = text.replace(BARE_URL, (raw) => {
    const host = blockedLink(raw);
    if (host === undefined) return raw;
    count('link');
    return linkMarker(host);
  });
  return { text, counts };
}

type Check = (raw: string) => string | undefined;

const LONG_PIECE = /[^/?&=#;]{16}/;

/** Cheap pre-check before parsing: no piece long enough and few parameters means no payload. */
function mayCarryData(raw: string): boolean {
  const rest = raw.replace(/^[^/]{0,10}\/\/[^/?#]*/, '');
  return LONG_PIECE.test(rest) || (rest.match(/&/g)?.length ?? 0) >= 6;
}

/** `[ref]: url` definitions: removed when an image uses them, or when the URL carries data. */
function defangReferences(text: string, image: Check, link: Check, count: (k: DefangKind) => void): string {
  if (!text.includes(']:')) return text;
  const imageLabels = new Set<string>();
  for (const m of text.matchAll(IMAGE_REF)) imageLabels.add(labelKey(m[2] || m[1]!));
  return text.replace(REF_DEF, (whole, label: string, dest: string) => {
    const raw = unangle(dest);
    if (!/^(?:https?:)?\/\//i.test(raw)) return whole;
    const isImage = imageLabels.has(labelKey(label));
    const host = isImage ? image(raw) : link(raw);
    if (host === undefined) return whole;
    count(isImage ? 'reference-image' : 'link');
    return isImage ? imageMarker(host) : linkMarker(host);
  });
}

function defangTag(whole: string, name: string, attrs: string, image: Check, link: Check, count: (k: DefangKind) => void): string {
  let alt = '';
  for (const m of attrs.matchAll(ATTR)) {
    const attr = m[1]!.toLowerCase();
    const value = m[2] === undefined ? '' : unquote(m[2]);
    if (attr === 'alt') alt = value.trim().slice(0, 200);
    const fetched = RESOURCE_ATTRS.has(attr) || ((attr === 'href' || attr === 'xlink:href') && HREF_FETCHED_BY.has(name));
    if (fetched) {
      const urls = attr.endsWith('srcset') ? value.split(',').map((c) => c.trim().split(/\s/, 1)[0]!) : [value];
      for (const raw of urls) {
        if (!/^\s*(?:https?:)?\/\//i.test(raw)) continue;
        const host = image(raw);
        if (host === undefined) continue;
        count(attr.endsWith('srcset') ? 'srcset' : name === 'img' ? 'html-image' : 'html-resource');
        // The alt attribute may follow the offending one.
        const altLater = /\balt\s{0,5}=\s{0,5}("[^"]{0,200}"|'[^']{0,200}'|[^\s"'=<>`]{1,200})/i.exec(attrs);
        const readable = (altLater ? unquote(altLater[1]!).trim() : alt) || '';
        return readable ? `${readable} ${imageMarker(host)}` : imageMarker(host);
      }
    } else if ((attr === 'href' || attr === 'action' || attr === 'formaction') && /^\s*(?:https?:)?\/\//i.test(value)) {
      const host = link(value);
      if (host === undefined) continue;
      count('link');
      return `${linkMarker(host)} `;
    }
  }
  return whole;
}
