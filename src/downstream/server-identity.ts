import { createHash } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ServerIdentity } from '../config/types.js';
import { packageTreeHash } from './package-tree.js';

/**
 * What is really behind a server's command: the hash of the file that runs and the npm
 * package it belongs to. Checked before every spawn, so a binary swapped behind the same
 * command is never started.
 */

export interface ObservedPackage {
  name: string;
  version: string;
  integrity?: string;
  /** Tree hash of the package directory's files (see package-tree.ts). */
  tree: string;
}

export interface ObservedIdentity {
  sha256: string;
  package?: ObservedPackage;
}

export function observeIdentity(file: string): ObservedIdentity {
  const real = realpathSync(file);
  const sha256 = createHash('sha256').update(readFileSync(real)).digest('hex');
  const found = owningPackage(real);
  if (!found) return { sha256 };
  return { sha256, package: { ...found.package, tree: packageTreeHash(found.dir).sha256 } };
}

/** Identity fields that differ; unreadable files count as a mismatch of every pinned field. */
export function identityMismatch(expected: ServerIdentity): string[] {
  try {
    return mismatchedFields(expected);
  } catch {
    return ['identity.file'];
  }
}

function mismatchedFields(expected: ServerIdentity): string[] {
  const real = realpathSync(expected.file);
  const changed: string[] = [];
  if (expected.sha256 && expected.sha256 !== createHash('sha256').update(readFileSync(real)).digest('hex')) changed.push('identity.sha256');
  const want = expected.package;
  if (want) {
    const found = owningPackage(real);
    const got = found?.package;
    if (!got || got.name !== want.name) changed.push('identity.package.name');
    else {
      if (got.version !== want.version) changed.push('identity.package.version');
      if (want.integrity !== undefined && got.integrity !== want.integrity) changed.push('identity.package.integrity');
      // The tree is hashed only when pinned: it reads every file of the package.
      if (want.tree !== undefined && packageTreeHash(found.dir).sha256 !== want.tree) changed.push('identity.package.tree');
    }
  }
  return changed;
}

/** The nearest package.json upwards, and the lockfile integrity of that package if one records it. */
function owningPackage(file: string): { dir: string; package: Omit<ObservedPackage, 'tree'> } | undefined {
  let dir = dirname(file);
  for (let i = 0; i < 12; i++) {
    const manifest = readJson(join(dir, 'package.json'));
    if (manifest && typeof manifest.name === 'string' && typeof manifest.version === 'string') {
      const integrity = lockIntegrity(dir, manifest.name);
      return { dir, package: { name: manifest.name, version: manifest.version, ...(integrity ? { integrity } : {}) } };
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/** `<root>/node_modules/<name>` → the `integrity` package-lock.json at <root> records for it. */
function lockIntegrity(packageDir: string, name: string): string | undefined {
  const marker = `${join('node_modules', name)}`;
  if (!packageDir.endsWith(marker)) return undefined;
  const root = packageDir.slice(0, -marker.length);
  const lock = readJson(join(root, 'package-lock.json'));
  const entry = (lock?.packages as Record<string, { integrity?: unknown }> | undefined)?.[`node_modules/${name}`];
  return typeof entry?.integrity === 'string' ? entry.integrity : undefined;
}

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
