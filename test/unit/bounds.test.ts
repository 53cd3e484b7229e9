import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pathWithinRoots, resolveRoots } from '../../src/policy/path-bounds.js';
import { parseHostPatterns, urlWithinHosts, type HostPattern } from '../../src/policy/url-bounds.js';

/** The `fail` callback the compiler passes: throws so a bad declaration becomes a load error. */
class DeclarationError extends Error {
  constructor(
    readonly problem: string,
    readonly fix: string,
  ) {
    super(problem);
  }
}
const fail = (problem: string, fix: string): never => {
  throw new DeclarationError(problem, fix);
};

describe('path bounds', () => {
  /**
   * base/
   *   root/            the allowed directory
   *     sub/file.txt
   *     link-file  -> ../outside/secret.txt
   *     link-dir   -> ../outside
   *     link-inner -> sub            (a symlink that stays inside)
   *     dangling   -> ../outside/new.txt (target does not exist yet)
   *   root-evil/x.txt  sibling whose name starts with "root"
   *   second/          a second allowed directory
   *   outside/secret.txt
   */
  let base = '';
  let root = '';
  let second = '';

  beforeEach(() => {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'mcp-fw-unit-paths-')));
    root = join(base, 'root');
    second = join(base, 'second');
    mkdirSync(join(root, 'sub'), { recursive: true });
    mkdirSync(join(base, 'root-evil'));
    mkdirSync(second);
    mkdirSync(join(base, 'outside'));
    writeFileSync(join(root, 'sub', 'file.txt'), 'ok');
    writeFileSync(join(base, 'root-evil', 'x.txt'), 'evil');
    writeFileSync(join(base, 'outside', 'secret.txt'), 'secret');
    symlinkSync(join(base, 'outside', 'secret.txt'), join(root, 'link-file'));
    symlinkSync(join(base, 'outside'), join(root, 'link-dir'));
    symlinkSync(join(root, 'sub'), join(root, 'link-inner'));
    symlinkSync(join(base, 'outside', 'new.txt'), join(root, 'dangling'));
  });

  afterEach(() => {
    rmSync(base, { recursive: true, force: true });
  });

  type PathRow = [name: string, value: () => string, expected: (() => string) | 'refused', reason?: RegExp];
  const PATH_ROWS: PathRow[] = [
    ['an existing file inside is allowed as its absolute path', () => join(root, 'sub', 'file.txt'), () => join(root, 'sub', 'file.txt')],
    ['a relative path resolves against the first root', () => 'sub/file.txt', () => join(root, 'sub', 'file.txt')],
    ['a relative "./" path resolves against the first root', () => './sub', () => join(root, 'sub')],
    ['the root itself is allowed', () => root, () => root],
    ['the root with a trailing slash is allowed', () => `${root}/`, () => root],
    ['"." is the root', () => '.', () => root],
    ['a not-yet-existing file inside is allowed', () => join(root, 'sub', 'new.txt'), () => join(root, 'sub', 'new.txt')],
    ['a not-yet-existing nested path inside is allowed', () => 'a/b/c.txt', () => join(root, 'a', 'b', 'c.txt')],
    ['".." that stays inside is allowed and normalized', () => join(root, 'sub', '..', 'sub', 'file.txt'), () => join(root, 'sub', 'file.txt')],
    ['a symlink that stays inside resolves to its target', () => join(root, 'link-inner', 'file.txt'), () => join(root, 'sub', 'file.txt')],
    ['a path in the second root is allowed', () => join(second, 'x.txt'), () => join(second, 'x.txt')],
    ['a relative ".." escape is refused', () => '../outside/secret.txt', 'refused', /outside the allowed/],
    ['a deep ".." escape is refused', () => 'sub/../../../../etc/passwd', 'refused', /outside the allowed/],
    ['an absolute ".." escape is refused', () => join(root, '..', 'outside', 'secret.txt'), 'refused', /outside the allowed/],
    ['an absolute path outside is refused', () => '/etc/passwd', 'refused', /outside the allowed/],
    ['the parent of the root is refused', () => base, 'refused', /outside the allowed/],
    ['the sibling-prefix trick (root-evil) is refused', () => join(base, 'root-evil', 'x.txt'), 'refused', /outside the allowed/],
    ['the sibling-prefix directory itself is refused', () => join(base, 'root-evil'), 'refused', /outside the allowed/],
    ['a symlinked file inside pointing outside is refused', () => join(root, 'link-file'), 'refused', /outside the allowed/],
    ['a file under a symlinked directory pointing outside is refused', () => join(root, 'link-dir', 'secret.txt'), 'refused', /outside the allowed/],
    ['a not-yet-existing file under a symlinked directory pointing outside is refused', () => join(root, 'link-dir', 'new.txt'), 'refused', /outside the allowed/],
    ['a relative path through a symlinked directory pointing outside is refused', () => 'link-dir/new/deeper.txt', 'refused', /outside the allowed/],
    ['a dangling symlink inside pointing outside is refused (writing through it would escape)', () => join(root, 'dangling'), 'refused', /symbolic link whose target does not exist/],
    ['a NUL byte is refused', () => `${root}/sub/file.txt\0.png`, 'refused', /NUL/],
    ['an empty path is refused', () => '', 'refused', /empty/],
    ['"~" is refused', () => '~', 'refused', /home-relative/],
    ['"~/x" is refused', () => '~/.ssh/id_rsa', 'refused', /home-relative/],
    ['"~user/x" is refused', () => '~root/.bashrc', 'refused', /home-relative/],
    ['an over-long path is refused', () => `${root}/${'a/'.repeat(2100)}`, 'refused', /too long/],
  ];

  it.each(PATH_ROWS)('%s', (_name, value, expected, reason) => {
    const roots = resolveRoots(['root', 'second'], base, fail);
    const verdict = pathWithinRoots(value(), roots);
    if (expected === 'refused') {
      expect(verdict).toEqual({ ok: false, reason: expect.stringMatching(reason!) });
    } else {
      expect(verdict).toEqual({ ok: true, path: expected() });
    }
  });

  it('resolves roots relative to the base directory, through symlinks, to real absolute paths', () => {
    symlinkSync(root, join(base, 'root-link'));
    expect(resolveRoots(['root', join(base, 'second'), './root-link'], base, fail)).toEqual([root, second, root]);
  });

  it('refuses a path that escapes when the root itself was declared through a symlink', () => {
    symlinkSync(root, join(base, 'root-link'));
    const roots = resolveRoots(['root-link'], base, fail);
    expect(pathWithinRoots(join(base, 'root-link', 'sub', 'file.txt'), roots)).toEqual({ ok: true, path: join(root, 'sub', 'file.txt') });
    expect(pathWithinRoots(join(base, 'root-link', '..', 'outside', 'secret.txt'), roots).ok).toBe(false);
  });

  type RootRow = [name: string, raw: unknown, problem: RegExp];
  const ROOT_ROWS: RootRow[] = [
    ['not an array', 'root', /non-empty array/],
    ['an empty array', [], /non-empty array/],
    ['a non-string entry', ['root', 7], /non-empty array/],
    ['an empty string entry', [''], /non-empty array/],
    ['a directory that does not exist', ['root', 'missing-dir'], /root directory "missing-dir" does not exist/],
  ];

  it.each(ROOT_ROWS)('declaring roots as %s is a load error', (_name, raw, problem) => {
    let thrown: unknown;
    try {
      resolveRoots(raw, base, fail);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(DeclarationError);
    expect((thrown as DeclarationError).problem).toMatch(problem);
    expect((thrown as DeclarationError).fix.length).toBeGreaterThan(0);
  });
});

describe('URL bounds', () => {
  const hosts: HostPattern[] = parseHostPatterns(['example.com', '*.example.org', 'API.Service.io'], fail);

  it('parses host patterns, lower-casing them and noting wildcards', () => {
    expect(hosts).toEqual([
      { host: 'example.com', subdomains: false },
      { host: 'example.org', subdomains: true },
      { host: 'api.service.io', subdomains: false },
    ]);
  });

  type UrlRow = [name: string, value: string, expected: string | 'refused', reason?: RegExp];
  const URL_ROWS: UrlRow[] = [
    ['the exact host is allowed', 'https://example.com/path?q=1', 'https://example.com/path?q=1'],
    ['http is allowed', 'http://example.com/', 'http://example.com/'],
    ['a subdomain of a plain pattern is refused', 'https://www.example.com/', 'refused', /not in the allowed list/],
    ['a wildcard pattern allows a subdomain', 'https://docs.example.org/a', 'https://docs.example.org/a'],
    ['a wildcard pattern allows a deeper subdomain', 'https://a.b.example.org/', 'https://a.b.example.org/'],
    ['a wildcard pattern allows the apex', 'https://example.org/', 'https://example.org/'],
    ['a wildcard pattern refuses a host that only ends with the same letters', 'https://badexample.org/', 'refused', /not in the allowed list/],
    ['a look-alike host with the allowed name as a prefix is refused', 'https://example.com.evil.net/', 'refused', /not in the allowed list/],
    ['a wildcard look-alike with the allowed name as a prefix is refused', 'https://example.org.evil.net/', 'refused', /not in the allowed list/],
    ['the allowed name in the path is refused', 'https://evil.net/example.com', 'refused', /not in the allowed list/],
    ['the allowed name in the query is refused', 'https://evil.net/?u=https://example.com', 'refused', /not in the allowed list/],
    ['the allowed name in the fragment is refused', 'https://evil.net#@example.com', 'refused', /not in the allowed list/],
    ['a Cyrillic homograph of the host is refused', 'https://exаmple.com/', 'refused', /not in the allowed list/],
    ['an IP address not in the list is refused', 'http://127.0.0.1/', 'refused', /not in the allowed list/],
    ['credentials in the URL are refused', 'https://user:pass@example.com/', 'refused', /credentials/],
    ['a user name alone is refused', 'https://user@example.com/', 'refused', /credentials/],
    ['credentials that make the allowed host look like the target are refused', 'https://example.com@evil.net/', 'refused', /credentials/],
    ['ftp: is refused', 'ftp://example.com/file', 'refused', /only http and https/],
    ['file: is refused', 'file:///etc/passwd', 'refused', /only http and https/],
    ['javascript: is refused', 'javascript:alert(1)//example.com', 'refused', /only http and https/],
    ['data: is refused', 'data:text/html,<script>1</script>', 'refused', /only http and https/],
    ['a relative URL is refused', '//example.com/a', 'refused', /not an absolute URL/],
    ['a bare host is refused', 'example.com', 'refused', /not an absolute URL/],
    ['an upper-case host is normalized', 'https://EXAMPLE.COM/Path', 'https://example.com/Path'],
    ['an upper-case scheme is normalized', 'HTTPS://example.com', 'https://example.com/'],
    ['a pattern written in upper case matches', 'https://api.service.io/v1', 'https://api.service.io/v1'],
    ['dot segments are resolved in the returned URL', 'https://example.com/a/./b/../c', 'https://example.com/a/c'],
    ['the default port is dropped from the returned URL', 'https://example.com:443/x', 'https://example.com/x'],
    ['spaces are percent-encoded in the returned URL', 'https://example.com/a b', 'https://example.com/a%20b'],
    ['a backslash is read as a slash, and the returned URL says so', 'https://example.com\\@evil.net/', 'https://example.com/@evil.net/'],
  ];

  it.each(URL_ROWS)('%s', (_name, value, expected, reason) => {
    const verdict = urlWithinHosts(value, hosts);
    if (expected === 'refused') {
      expect(verdict).toEqual({ ok: false, reason: expect.stringMatching(reason!) });
    } else {
      expect(verdict).toEqual({ ok: true, url: expected });
    }
  });

  it('accepts a fully qualified host with a trailing dot, in any case', () => {
    const verdict = urlWithinHosts('https://Example.COM./x', hosts);
    expect(verdict.ok).toBe(true);
    expect(verdict.ok && new URL(verdict.url).hostname.replace(/\.$/, '')).toBe('example.com');
  });

  type PatternRow = [name: string, raw: unknown, problem: RegExp];
  const PATTERN_ROWS: PatternRow[] = [
    ['not an array', 'example.com', /non-empty array/],
    ['an empty array', [], /non-empty array/],
    ['a non-string entry', ['example.com', 1], /non-empty array/],
    ['an empty string', [''], /"" is not a host name/],
    ['a URL with a scheme', ['https://example.com'], /is not a host name/],
    ['a host with a port', ['example.com:443'], /is not a host name/],
    ['a host with a path', ['example.com/api'], /is not a host name/],
    ['a wildcard without a dot', ['*example.com'], /is not a host name/],
    ['a bare wildcard', ['*'], /is not a host name/],
    ['a wildcard in the middle', ['api.*.example.com'], /is not a host name/],
    ['a double wildcard', ['*.*.example.com'], /is not a host name/],
    ['a host with a space', ['exa mple.com'], /is not a host name/],
    ['a host with a leading dash label', ['-example.com'], /is not a host name/],
    ['a host with an empty label', ['example..com'], /is not a host name/],
  ];

  it.each(PATTERN_ROWS)('declaring hosts as %s is a load error via fail', (_name, raw, problem) => {
    let thrown: unknown;
    try {
      parseHostPatterns(raw, fail);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(DeclarationError);
    expect((thrown as DeclarationError).problem).toMatch(problem);
    expect((thrown as DeclarationError).fix.length).toBeGreaterThan(0);
  });
});
