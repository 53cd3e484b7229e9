// What every part of the manifest schema compiler shares (json-schema-to-zod.ts): where the
// schema sits, and how a keyword's problem becomes a load error that names file, path and fix.
import { childPath } from './json-path.js';

export interface CompileContext {
  file: string;
  /** JSON path of the schema inside the file, for error messages. */
  path: string;
  /** Directory that relative `x-path-within` roots resolve against. */
  baseDir: string;
  /** Receives each `x-path-within` list, resolved, in schema order (for rewriting error texts). */
  pathRoots?: string[][];
}

/** Throws the load error for `path` (LoadError: file, JSON path, problem, fix). */
export type Fail = (path: string, problem: string, fix: string) => never;

/** A numeric keyword's value, or undefined when the schema does not set it. */
export function num(s: Record<string, unknown>, key: string, ctx: CompileContext, fail: Fail): number | undefined {
  if (!(key in s)) return undefined;
  const v = s[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) return fail(childPath(ctx.path, key), `"${key}" must be a number`, 'set a finite number');
  return v;
}
