import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LoadError } from '../errors.js';

/**
 * `env:NAME` and `file:path` keep secrets out of manifests. `file:` paths are relative to the
 * manifest. A reference that cannot be resolved is a load error: a server must never start
 * with an empty token or key in place of the one its owner meant.
 */
export function resolveReference(file: string, path: string, value: string, parentEnv: NodeJS.ProcessEnv, trim = true): string | undefined {
  if (value.startsWith('env:')) {
    const name = value.slice(4);
    const resolved = parentEnv[name];
    if (resolved === undefined) throw new LoadError(file, path, `environment variable ${name} is not set`, `export ${name} before starting the firewall, or remove the reference`);
    return resolved;
  }
  if (value.startsWith('file:')) {
    const target = resolve(dirname(file), value.slice(5));
    try {
      const text = readFileSync(target, 'utf8');
      return trim ? text.trim() : text;
    } catch {
      throw new LoadError(file, path, 'the referenced secret file cannot be read', 'create it or correct the path (relative to the manifest file)');
    }
  }
  return undefined;
}
