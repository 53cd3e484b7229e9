import { isAbsolute, sep } from 'node:path';
import type { CompiledTool } from '../config/types.js';

/**
 * A write that stays in scratch space sends nothing out. A call counts as such only when
 * `fs.write` is its tool's one egress capability, the tool bounds its paths (`x-path-within`,
 * so the arguments stage has already resolved every path argument to a real absolute path),
 * and every absolute path among the arguments lies inside a scratch root. Anything else stays
 * an egress: an argument that merely looks like a path outside is enough.
 */
export function isScratchWrite(tool: CompiledTool, egress: readonly string[], args: Record<string, unknown>, scratchRoots: readonly string[]): boolean {
  if (scratchRoots.length === 0 || !tool.pathRoots?.length) return false;
  if (egress.length !== 1 || egress[0] !== 'fs.write') return false;
  let paths = 0;
  const stack: unknown[] = [args];
  while (stack.length) {
    const node = stack.pop();
    if (typeof node === 'string') {
      if (!isAbsolute(node)) continue;
      if (!scratchRoots.some((root) => node === root || node.startsWith(root.endsWith(sep) ? root : root + sep))) return false;
      paths += 1;
    } else if (Array.isArray(node)) stack.push(...node);
    else if (node !== null && typeof node === 'object') stack.push(...Object.values(node));
  }
  return paths > 0;
}
