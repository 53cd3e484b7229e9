import { describe, expect, it } from 'vitest';
import { compileUriTemplate, UriTemplateError } from '../../src/policy/uri-template.js';
import { exposeName, exposeUri, hasScheme, parseExposedUri } from '../../src/policy/namespace.js';
import { Pager } from '../../src/upstream/pagination.js';
import { decodedLength, mimeAllowed } from '../../src/upstream/resource-content.js';

describe('URI templates (RFC 6570 level 1)', () => {
  const cases: Array<[string, string, Record<string, string> | undefined]> = [
    ['demo://resource/dynamic/text/{resourceId}', 'demo://resource/dynamic/text/5', { resourceId: '5' }],
    ['demo://resource/dynamic/text/{resourceId}', 'demo://resource/dynamic/text/a%20b', { resourceId: 'a%20b' }],
    ['demo://resource/dynamic/text/{resourceId}', 'demo://resource/dynamic/text/', undefined],
    ['demo://resource/dynamic/text/{resourceId}', 'demo://resource/dynamic/text/5/6', undefined],
    ['demo://resource/dynamic/text/{resourceId}', 'demo://resource/dynamic/text/5?x=1', undefined],
    ['demo://resource/dynamic/text/{resourceId}', 'demo://resource/dynamic/text/5#top', undefined],
    ['demo://resource/dynamic/text/{resourceId}', 'demo://resource/dynamic/blob/5', undefined],
    ['demo://resource/dynamic/text/{resourceId}', 'xdemo://resource/dynamic/text/5', undefined],
    ['demo://resource/dynamic/text/{resourceId}', 'demo://resource/dynamic/text/%zz', undefined],
    ['file:///users/{user}/notes/{note}.md', 'file:///users/ada/notes/q3.md', { user: 'ada', note: 'q3' }],
    ['file:///users/{user}/notes/{note}.md', 'file:///users/ada/notes/q3.txt', undefined],
    ['db://t.x/{id}', 'db://tax/1', undefined],
    ['static://only', 'static://only', {}],
  ];
  it.each(cases)('%s matches %s → %j', (template, uri, expected) => {
    expect(compileUriTemplate(template).match(uri)).toEqual(expected);
  });

  it.each([
    ['a://{+path}', 'operator'],
    ['a://{#frag}', 'operator'],
    ['a://{/seg}', 'operator'],
    ['a://{x*}', 'single variable'],
    ['a://{x:3}', 'single variable'],
    ['a://{x,y}', 'single variable'],
    ['a://{x}{y}', 'adjacent'],
    ['a://{x}/{x}', 'twice'],
    ['a://{x', 'complete expression'],
    ['a://x}', 'complete expression'],
  ])('refuses %s (%s)', (template, reason) => {
    expect(() => compileUriTemplate(template)).toThrow(UriTemplateError);
    expect(() => compileUriTemplate(template)).toThrow(reason);
  });

  it('matches hostile input in linear time (a ratio of two sizes)', () => {
    const template = compileUriTemplate('a://{x}/b/{y}/c');
    const time = (n: number): number => {
      const uri = `a://${'x'.repeat(n)}/b/${'%2'.repeat(n)}`;
      const start = performance.now();
      for (let i = 0; i < 20; i++) template.match(uri);
      return performance.now() - start;
    };
    time(1000);
    const small = time(20_000);
    const large = time(200_000);
    expect(large / Math.max(small, 0.01)).toBeLessThan(40);
  });
});

describe('namespacing', () => {
  it.each([
    ['everything', 'demo://resource/static/document/a.md', 'everything+demo://resource/static/document/a.md'],
    ['fs-2', 'file:///tmp/x', 'fs-2+file:///tmp/x'],
    ['git', 'git+https://example.com/r.git', 'git+git+https://example.com/r.git'],
    ['t', 'demo://items/{id}', 't+demo://items/{id}'],
  ])('%s: %s ⇄ %s', (server, uri, exposed) => {
    expect(exposeUri(server, uri)).toBe(exposed);
    expect(parseExposedUri(exposed)).toEqual({ server, uri });
  });

  it.each(['demo://x', 'Everything+demo://x', '+demo://x', 'everything+', 'everything+//x', 'every thing+demo://x', `${'a'.repeat(33)}+demo://x`])('%s is not an exposed URI', (text) => {
    expect(parseExposedUri(text)).toBeUndefined();
  });

  it('names prompts like tools and requires a scheme on URIs', () => {
    expect(exposeName('everything', 'simple-prompt')).toBe('everything__simple-prompt');
    expect(hasScheme('demo://x')).toBe(true);
    expect(hasScheme('/etc/passwd')).toBe(false);
  });
});

describe('firewall cursors', () => {
  const items = Array.from({ length: 7 }, (_, i) => i);

  it('returns every item exactly once, from a snapshot, whatever happens to the list meanwhile', () => {
    const pager = new Pager(3);
    const seen: number[] = [];
    let page = pager.page('tools', items, undefined);
    seen.push(...page.items);
    while (page.nextCursor) {
      page = pager.page('tools', [99], page.nextCursor);
      seen.push(...page.items);
    }
    expect(seen).toEqual(items);
  });

  it('refuses cursors it did not issue, of another kind, or out of range', () => {
    const pager = new Pager(3);
    const cursor = pager.page('tools', items, undefined).nextCursor!;
    expect(() => pager.page('prompts', items, cursor)).toThrow('cursor');
    expect(() => pager.page('tools', items, cursor.replace(/\.\d+$/, '.8'))).toThrow('cursor');
    expect(() => pager.page('tools', items, 'AAAAAAAAAAAAAAAA.3')).toThrow('cursor');
    expect(() => pager.page('tools', items, 42)).toThrow('cursor');
    expect(new Pager(3).page('tools', items.slice(0, 3), undefined).nextCursor).toBeUndefined();
  });
});

describe('resource content limits', () => {
  it.each([
    ['text/plain', ['text/plain'], true],
    ['text/plain; charset=utf-8', ['text/plain'], true],
    ['TEXT/Markdown', ['text/*'], true],
    ['application/octet-stream', ['text/*'], false],
    ['image/png', ['*/*'], true],
    ['image/pngx', ['image/png'], false],
  ])('%s within %j: %s', (mime, allowed, ok) => {
    expect(mimeAllowed(mime, allowed)).toBe(ok);
  });

  it('measures decoded blob sizes', () => {
    for (const n of [0, 1, 2, 3, 64, 1000]) expect(decodedLength(Buffer.alloc(n).toString('base64'))).toBe(n);
  });
});
