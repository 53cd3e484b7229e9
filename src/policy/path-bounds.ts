import { lstatSync, realpathSync } from 'node:fs';
import { dirname, basename, isAbsolute, join, resolve, sep } from 'node:path';

/**
 * Keeps a path argument inside declared roots. Symlinks are resolved on the part of the path
 * that exists, so a link inside a root that points outside it does not pass. The value
 * forwarded downstream is the resolved absolute path: the server acts on exactly what was checked.
 */

export type PathVerdict = { ok: true; path: string } | { ok: false; reason: string };

export function resolveRoots(
  raw: unknown,
  baseDir: string,
  fail: (problem: string, fix: string) => never,
): string[] {
  if (!Array.isArray(raw) || raw.length === 0 || raw.some((r) => typeof r !== 'string' || r.length === 0)) {
    return fail('"x-path-within" must be a non-empty array of directories', 'list directories, relative to the manifest file or absolute');
  }
  return (raw as string[]).map((root) => {
    try {
      return realpathSync(resolve(baseDir, root));
    } catch {
      return fail(`root directory "${root}" does not exist`, 'create the directory or correct the path (relative to the manifest file)');
    }
  });
}

export function pathWithinRoots(value: string, roots: readonly string[]): PathVerdict {
  if (value.length === 0 || value.includes('\0')) return { ok: false, reason: 'path is empty or contains a NUL byte' };
  if (value.length > 4096) return { ok: false, reason: 'path is too long' };
  const expanded = value.startsWith('~') ? null : value;
  if (expanded === null) return { ok: false, reason: 'home-relative paths are not allowed; use a path inside an allowed directory' };
  const absolute = isAbsolute(expanded) ? resolve(expanded) : resolve(roots[0]!, expanded);
  const real = realpathOfExistingPrefix(absolute);
  if (real === undefined) return { ok: false, reason: 'path goes through a symbolic link whose target does not exist' };
  for (const root of roots) {
    if (real === root || real.startsWith(root.endsWith(sep) ? root : root + sep)) return { ok: true, path: real };
  }
  return { ok: false, reason: 'path is outside the allowed directories' };
}

/**
 * Resolves the longest existing prefix and appends the rest. A dangling symlink on the way is
 * refused (undefined): writing through it would create its target, wherever that points.
 */
function realpathOfExistingPrefix(absolute: string): string | undefined {
  const tail: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      const real = realpathSync(current);
      return tail.length ? join(real, ...tail.reverse()) : real;
    } catch {
      if (isSymlink(current)) return undefined;
      const parent = dirname(current);
      if (parent === current) return absolute;
      tail.push(basename(current));
      current = parent;
    }
  }
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
