// The string keywords of manifest schemas (json-schema-to-zod.ts): length in code points,
// pattern, format, and the two bounds of this project: `x-path-within` (a path inside the given
// roots, resolved and returned canonical) and `x-url-hosts` (a URL on the allowed hosts).
import { z } from 'zod';
import { childPath } from './json-path.js';
import { num, type CompileContext, type Fail } from './json-schema-context.js';
import { pathWithinRoots, resolveRoots } from '../policy/path-bounds.js';
import { urlWithinHosts, parseHostPatterns } from '../policy/url-bounds.js';

const FORMATS: Record<string, () => z.ZodString | z.ZodType<string>> = {
  uri: () => z.string().refine(isAbsoluteUrl, 'must be an absolute URI'),
  url: () => z.string().refine(isAbsoluteUrl, 'must be an absolute URL'),
  email: () => z.email(),
  'date-time': () => z.iso.datetime({ offset: true }),
  date: () => z.iso.date(),
  time: () => z.iso.time(),
  uuid: () => z.uuid(),
  hostname: () => z.string().regex(/^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/),
  ipv4: () => z.ipv4(),
  ipv6: () => z.ipv6(),
};

function isAbsoluteUrl(value: string): boolean {
  return URL.canParse(value);
}

export function compileString(s: Record<string, unknown>, ctx: CompileContext, fail: Fail): z.ZodType {
  let base: z.ZodType<string> = z.string();
  if ('format' in s) {
    const make = typeof s.format === 'string' ? FORMATS[s.format] : undefined;
    if (!make) fail(childPath(ctx.path, 'format'), `unsupported format ${JSON.stringify(s.format)}`, `use one of ${Object.keys(FORMATS).join(', ')} or a "pattern"`);
    base = make!();
  }
  const minLength = num(s, 'minLength', ctx, fail);
  const maxLength = num(s, 'maxLength', ctx, fail);
  let pattern: RegExp | undefined;
  if ('pattern' in s) {
    try {
      pattern = new RegExp(String(s.pattern), 'u');
    } catch {
      fail(childPath(ctx.path, 'pattern'), 'the pattern is not a valid regular expression', 'write an ECMAScript regular expression (u flag)');
    }
  }
  let out: z.ZodType<string> = base.superRefine((value, check) => {
    if (minLength !== undefined && value.length < 2 * minLength && codePoints(value) < minLength) check.addIssue({ code: 'custom', message: `must be at least ${minLength} characters` });
    if (maxLength !== undefined && value.length > maxLength && codePoints(value) > maxLength) check.addIssue({ code: 'custom', message: `must be at most ${maxLength} characters` });
    if (pattern && !pattern.test(value)) check.addIssue({ code: 'custom', message: 'does not match the required pattern' });
  });
  if ('x-path-within' in s) {
    const roots = resolveRoots(s['x-path-within'], ctx.baseDir, (problem, fix) => fail(childPath(ctx.path, 'x-path-within'), problem, fix));
    ctx.pathRoots?.push(roots);
    out = bounded(out, (value) => {
      const verdict = pathWithinRoots(value, roots);
      return verdict.ok ? { ok: true, value: verdict.path } : verdict;
    });
  }
  if ('x-url-hosts' in s) {
    const hosts = parseHostPatterns(s['x-url-hosts'], (problem, fix) => fail(childPath(ctx.path, 'x-url-hosts'), problem, fix));
    out = bounded(out, (value) => {
      const verdict = urlWithinHosts(value, hosts);
      return verdict.ok ? { ok: true, value: verdict.url } : verdict;
    });
  }
  return out;
}

type Bound = (value: string) => { ok: true; value: string } | { ok: false; reason: string };

/** `out` with a bound applied: the value it returns (a canonical path or URL) or its reason as the issue. */
function bounded(out: z.ZodType<string>, bound: Bound): z.ZodType<string> {
  return out.transform((value, check) => {
    const verdict = bound(value);
    if (verdict.ok) return verdict.value;
    check.addIssue({ code: 'custom', message: verdict.reason });
    return z.NEVER;
  }) as unknown as z.ZodType<string>;
}

/**
 * A string's length as JSON Schema counts it (code points, as `[...text].length`), without
 * building an array: arguments are validated on every call. Callers skip it when the UTF-16
 * length alone decides (a code point is one or two units).
 */
function codePoints(text: string): number {
  let pairs = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs += 1;
        i += 1;
      }
    }
  }
  return text.length - pairs;
}
