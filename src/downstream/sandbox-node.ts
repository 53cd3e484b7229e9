import type { SandboxPlan } from '../config/sandbox-schema.js';

/**
 * Node's permission model flags for a Node tool server. Node 20.0–20.6 took one
 * comma-separated `--allow-fs-read` and silently kept only the last of several; from 20.7 each
 * path is its own flag and a comma is taken literally. Older Node is refused rather than given
 * flags it would misread. `--permission` is the stable name (22.13+); `--experimental-permission`
 * is all that Node 20 and early 22 know. Child processes, workers, native addons and WASI stay
 * denied because their `--allow-*` flags are never passed.
 */

export const MIN_NODE_FOR_PERMISSIONS = [20, 7] as const;

export type NodePermissionFlags = { ok: true; flags: string[] } | { ok: false; reason: string };

export function nodePermissionFlags(
  plan: SandboxPlan,
  version: string = process.versions.node,
  known: ReadonlySet<string> = process.allowedNodeEnvironmentFlags,
): NodePermissionFlags {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const [needMajor, needMinor] = MIN_NODE_FOR_PERMISSIONS;
  if (major < needMajor || (major === needMajor && minor < needMinor)) {
    return { ok: false, reason: `Node ${version} cannot express several allowed paths; node-permissions needs Node ${needMajor}.${needMinor} or later` };
  }
  const enable = known.has('--permission') ? '--permission' : '--experimental-permission';
  const reads = [...new Set([...plan.readable, ...plan.writable])];
  return {
    ok: true,
    flags: [enable, ...reads.map((p) => `--allow-fs-read=${p}`), ...plan.writable.map((p) => `--allow-fs-write=${p}`)],
  };
}
