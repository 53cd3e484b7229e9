// Text a page hides from the person looking at it: its HTML comments, and elements styled out of
// sight (no display, no visibility, no opacity, a zero font, moved far off-screen, clipped away,
// scaled to nothing, transparent text), marked `hidden`, or given a class that hides by convention
// ("sr-only", "visually-hidden"). Pages hide text for their own reasons (screen-reader labels,
// collapsed menus, honeypot fields, a developer's notes), so hidden text is no finding by itself:
// it is read on its own (out-of-sight.ts), and what it says to a reading model there it says to
// no human. Linear: one pass lists the tags, one stack per tag name pairs them, and each hidden
// element's text is taken once (what lies inside an element already taken is not taken again).

/** Elements whose content is text a page may hide (void elements hold none). */
export const CONTAINERS: ReadonlySet<string> = new Set(['div', 'span', 'p', 'section', 'aside', 'article', 'small', 'font', 'td', 'li', 'ul', 'ol', 'a', 'label', 'header', 'footer', 'b', 'i', 'em', 'strong', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'table', 'tr', 'main', 'nav', 'figure', 'figcaption', 'mark', 'sub', 'sup']);

/**
 * Most text taken from a whole text, and from an element or a comment never closed (whose end is
 * unknown: a stray "<!--" in prose would otherwise take in the rest of the text).
 * Past the total, hidden text is still read by the rules as part of the text, only not on its own.
 */
const MAX_TOTAL = 64 * 1024;
const MAX_UNCLOSED = 8000;

/** A tag: its name (lower case), whether it closes, where it starts and where its '>' is. */
const TAG = /<(\/?)([a-z][a-z0-9]{0,11})(?=[\s/>])[^<>]{0,2000}>/gi;

/** Inline styles that put an element's text out of a viewer's sight. */
const HIDING_STYLE = new RegExp(
  [
    String.raw`display\s*:\s*none`,
    String.raw`visibility\s*:\s*(?:hidden|collapse)`,
    String.raw`opacity\s*:\s*0*(?:\.0+)?\s*(?:;|!|$)`,
    String.raw`font-size\s*:\s*(?:0*(?:\.\d+)?|1)(?:px|pt|em|rem|%)?\s*(?:;|!|$)`,
    // moved far outside the page ("left:-10000px", "text-indent:-9999em")
    String.raw`(?:^|[;\s])(?:left|top|right|bottom|margin-left|margin-top|text-indent)\s*:\s*-\d{3,}`,
    String.raw`clip\s*:\s*rect\(\s*0`,
    String.raw`clip-path\s*:\s*inset\(\s*(?:50|100)%`,
    String.raw`transform\s*:\s*scale\(\s*0*(?:\.0+)?\s*\)`,
    String.raw`(?:^|[;\s])color\s*:\s*transparent`,
  ].join('|'),
  'i',
);
/** A box of (almost) no size that hides what overflows it. */
const NO_SIZE = /(?:^|[;\s])(?:width|height|max-width|max-height)\s*:\s*[01](?:px)?\s*(?:;|!|$)/i;
const OVERFLOW_HIDDEN = /overflow\s*:\s*hidden/i;
/** Classes that hide by convention (Bootstrap's, WordPress's, Tailwind's). */
const HIDING_CLASS = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|d-none|hidden|is-hidden|u-hidden|hide)(?=\s|$)/i;
/** An attribute with a quoted value, or the bare `hidden` attribute. */
const ATTRIBUTE = /([a-z-]{1,30})\s*=\s*(?:"([^"]{0,1000})"|'([^']{0,1000})')|(?:^|\s)(hidden)(?=[\s/]|$)/gi;

interface Tag {
  name: string;
  closing: boolean;
  start: number;
  /** Index of the tag's '>'. */
  end: number;
}

/** The text of `text`'s hidden elements, tags dropped, a blank line apart ('' when there is none). */
export function hiddenElementText(text: string): string {
  if (!text.includes('<') || !/style\s*=|\shidden\b|class\s*=/i.test(text)) return '';
  const tags = tagsOf(text);
  const closes = pairs(tags);
  const parts: string[] = [];
  let total = 0;
  let taken = -1; // end of the last element taken: what lies inside it is in it already
  for (let k = 0; k < tags.length && total < MAX_TOTAL; k++) {
    const tag = tags[k]!;
    if (tag.closing || tag.start < taken || !CONTAINERS.has(tag.name) || text[tag.end - 1] === '/') continue;
    if (!hides(text.slice(tag.start + 1 + tag.name.length, tag.end))) continue;
    const close = closes[k]!;
    const to = close >= 0 ? Math.min(tags[close]!.start, tag.end + 1 + MAX_TOTAL - total) : Math.min(text.length, tag.end + 1 + MAX_UNCLOSED);
    taken = close >= 0 ? tags[close]!.end : to;
    const inner = withoutTags(text.slice(tag.end + 1, to));
    if (inner === '') continue;
    parts.push(inner);
    total += inner.length;
  }
  return parts.join('\n\n').slice(0, MAX_TOTAL);
}

/**
 * The bodies of a text's HTML comments, a blank line apart; one never closed runs to the text's
 * end, or `unclosedReach` characters far.
 */
export function htmlComments(text: string, unclosedReach = Infinity): string {
  const bodies: string[] = [];
  for (let open = text.indexOf('<!--'); open >= 0; ) {
    const close = text.indexOf('-->', open + 4);
    bodies.push(text.slice(open + 4, close < 0 ? Math.min(text.length, open + 4 + unclosedReach) : close));
    if (close < 0) break;
    open = text.indexOf('<!--', close + 3);
  }
  return bodies.join('\n\n');
}

/**
 * What a rendered page shows no one: its hidden elements' text and its HTML comments, a blank
 * line apart, at most 64 KB.
 */
export function outOfSightText(text: string): string {
  const parts = [hiddenElementText(text), text.includes('<!--') ? htmlComments(text, MAX_UNCLOSED).slice(0, MAX_TOTAL) : ''];
  return parts.filter((p) => p !== '').join('\n\n').slice(0, MAX_TOTAL);
}

function tagsOf(text: string): Tag[] {
  const tags: Tag[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m !== null; m = TAG.exec(text)) {
    tags.push({ name: m[2]!.toLowerCase(), closing: m[1] === '/', start: m.index, end: m.index + m[0].length - 1 });
  }
  return tags;
}

/** For each opening tag, the index of the tag that closes it (-1 if none): one stack per name. */
function pairs(tags: readonly Tag[]): number[] {
  const closes = new Array<number>(tags.length).fill(-1);
  const open = new Map<string, number[]>();
  tags.forEach((tag, k) => {
    let stack = open.get(tag.name);
    if (!tag.closing) {
      if (stack === undefined) open.set(tag.name, (stack = []));
      stack.push(k);
    } else if (stack !== undefined && stack.length > 0) closes[stack.pop()!] = k;
  });
  return closes;
}

/** Whether a tag's attributes hide its element. */
function hides(attributes: string): boolean {
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(attributes); m !== null; m = ATTRIBUTE.exec(attributes)) {
    if (m[4] !== undefined) return true;
    const name = m[1]!.toLowerCase();
    if (name === 'hidden') return true;
    const value = m[2] ?? m[3] ?? '';
    if (name === 'style' && (HIDING_STYLE.test(value) || (NO_SIZE.test(value) && OVERFLOW_HIDDEN.test(value)))) return true;
    if (name === 'class' && HIDING_CLASS.test(value)) return true;
  }
  return false;
}

/** The text between tags: tags (comments with no bracket inside) as spaces, runs of blanks as one. */
function withoutTags(html: string): string {
  return html
    .replace(/<[^<>]{0,2000}>/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n\s*/g, '\n\n')
    .trim();
}
