import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The tree hash of an installed package: sha256 over every file under its directory, sorted
 * by relative path, each as `path NUL kind NUL sha256(content)` on its own line. Nested
 * `node_modules` are left out (they are other packages, with their own pins); symbolic links
 * are hashed as their target text, never followed, so a link cannot pull in outside files
 * or loop. Any added, removed, renamed or edited file changes the hash.
 */
export function packageTreeHash(dir: string): { sha256: string; files: number } {
  const entries: string[] = [];
  walk(dir, '', entries);
  entries.sort();
  const tree = createHash('sha256');
  for (const entry of entries) tree.update(`${entry}\n`);
  return { sha256: tree.digest('hex'), files: entries.length };
}

function walk(root: string, relative: string, entries: string[]): void {
  const names = readdirSync(join(root, relative));
  for (const name of names) {
    const rel = relative ? `${relative}/${name}` : name;
    const abs = join(root, rel);
    const stat = lstatSync(abs);
    if (stat.isDirectory()) {
      if (name !== 'node_modules') walk(root, rel, entries);
    } else if (stat.isSymbolicLink()) {
      entries.push(`${rel}\0link\0${sha256(Buffer.from(readlinkSync(abs)))}`);
    } else if (stat.isFile()) {
      entries.push(`${rel}\0file\0${sha256(readFileSync(abs))}`);
    }
  }
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
