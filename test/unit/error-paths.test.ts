import { describe, expect, it } from 'vitest';
import { HOST_PATH, rewriteHostPaths } from '../../src/pipeline/stages/error-paths.js';

const ROOTS = [['/srv/app/files', '/data/shared']];

describe('rewriteHostPaths (tool error texts)', () => {
  it.each([
    ['a path under the first root becomes relative', "ENOENT: no such file or directory, open '/srv/app/files/notes/nope.md'", "ENOENT: no such file or directory, open 'notes/nope.md'"],
    ['the root itself becomes "."', 'Access denied: /srv/app/files', 'Access denied: .'],
    ['a path under a later root stays absolute (only reachable that way)', 'EACCES /data/shared/report.csv', 'EACCES /data/shared/report.csv'],
    ['a path elsewhere becomes a placeholder', 'at Object.<anonymous> (/home/alice/server/index.js:88:13)', `at Object.<anonymous> (${HOST_PATH}:88:13)`],
    ['.. cannot climb out of a root into a relative form', "open '/srv/app/files/../secrets/key'", `open '${HOST_PATH}'`],
    ['a look-alike prefix of the root is not the root', 'stat /srv/app/files-old/x', `stat ${HOST_PATH}`],
    ['a file URL is a path too', 'see file:///home/alice/.config/token', `see ${HOST_PATH}`],
    ['sentence punctuation stays outside the path', 'No such file: /etc/hosts.', `No such file: ${HOST_PATH}.`],
    ['a path longer than any real one is a placeholder, whatever it starts with', `open /srv/app/files/${'a/'.repeat(3000)}x`, `open ${HOST_PATH}`],
    ['Windows drive and UNC paths', 'cannot open C:\\Users\\alice\\x.txt or \\\\fileserver\\share\\y', `cannot open ${HOST_PATH} or ${HOST_PATH}`],
    ['URLs, fractions and words with slashes are not paths', 'GET https://example.com/a/b failed for 1/2 of and/or cases', 'GET https://example.com/a/b failed for 1/2 of and/or cases'],
    ['text without paths is untouched', 'Invalid arguments: path is required', 'Invalid arguments: path is required'],
  ])('%s', (_label, input, expected) => {
    expect(rewriteHostPaths(input, ROOTS)).toBe(expected);
  });

  it('replaces every absolute path when the tool declares no roots', () => {
    expect(rewriteHostPaths("open '/srv/app/files/a.md'", [])).toBe(`open '${HOST_PATH}'`);
  });

  it('takes time linear in the input on hostile text (4x the input, well under the 16x of quadratic time)', () => {
    const hostile = (n: number): string => `${'/a'.repeat(n)}${' /'.repeat(n)}${'\\\\x'.repeat(n)}`;
    const time = (text: string): number => {
      let best = Infinity;
      for (let i = 0; i < 5; i += 1) {
        const start = performance.now();
        rewriteHostPaths(text, ROOTS);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    const small = hostile(100_000);
    const large = hostile(400_000);
    time(small);
    expect(time(large) / Math.max(time(small), 0.5)).toBeLessThan(12);
  });
});
