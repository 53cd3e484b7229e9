import { spawnSync } from 'node:child_process';
import { accessSync, constants, lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { delimiter, join, sep } from 'node:path';
import type { SandboxPlan } from '../config/sandbox-schema.js';

/**
 * The bubblewrap command line for one tool server. The container starts empty: only what is
 * listed here exists inside it, each path at its real location so paths the firewall resolved
 * and checked mean the same thing inside.
 */

/** System directories the dynamic loader and interpreters need; symbolic links are recreated as links. */
export const SYSTEM_DIRS = ['/usr', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32'];

/** Only with network access: name resolution and the certificate store. */
const NETWORK_ETC = ['/etc/resolv.conf', '/etc/hosts', '/etc/nsswitch.conf', '/etc/host.conf', '/etc/gai.conf', '/etc/ssl', '/etc/ca-certificates', '/etc/pki'];

/** `bwrap` on the firewall's PATH, or undefined. */
export function findBwrap(path: string | undefined = process.env.PATH): string | undefined {
  for (const dir of (path ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, 'bwrap');
    try {
      accessSync(candidate, constants.X_OK);
      return realpathSync(candidate);
    } catch {
      // not here
    }
  }
  return undefined;
}

const NAMESPACES = ['--unshare-all', '--die-with-parent', '--new-session', '--cap-drop', 'ALL'];
const working = new Set<string>();

/**
 * Whether bwrap can build a container here: it is installed but fails where user namespaces
 * or mounts are not allowed (some containers, hardened kernels). Probed once per binary by
 * running bwrap itself inside an empty sandbox; a failure is probed again next time, since
 * the admin may have fixed it. Returns bwrap's own first line of complaint, or undefined.
 */
export function bwrapFailure(bwrap: string): string | undefined {
  if (working.has(bwrap)) return undefined;
  const self = underSystem(bwrap) ? [] : ['--ro-bind', bwrap, bwrap];
  const probe = spawnSync(bwrap, [...NAMESPACES, ...SYSTEM_DIRS.flatMap(systemEntry), ...self, '--proc', '/proc', '--dev', '/dev', '--', bwrap, '--version'], {
    encoding: 'utf8',
    env: {},
    timeout: 10_000,
  });
  if (probe.status === 0) {
    working.add(bwrap);
    return undefined;
  }
  const said = (probe.stderr ?? '').split('\n').find((line) => line.trim()) ?? (probe.error ? probe.error.message : `exit ${probe.status ?? probe.signal}`);
  return said.slice(0, 200);
}

export function bwrapArgs(plan: SandboxPlan, command: string, args: readonly string[], cwd: string): string[] {
  const out = [...NAMESPACES, ...(plan.network ? ['--share-net'] : [])];
  for (const dir of SYSTEM_DIRS) out.push(...systemEntry(dir));
  if (plan.network) for (const path of NETWORK_ETC) out.push(...etcEntry(path));
  out.push('--proc', '/proc', '--dev', '/dev', '--tmpfs', '/tmp');
  for (const mount of orderedMounts(plan)) out.push(mount.writable ? '--bind' : '--ro-bind', mount.path, mount.path);
  out.push('--chdir', realOr(cwd), '--', command, ...args);
  return out;
}

function systemEntry(dir: string): string[] {
  try {
    const stat = lstatSync(dir);
    if (stat.isSymbolicLink()) return ['--symlink', readlinkSync(dir), dir];
    if (stat.isDirectory()) return ['--ro-bind', dir, dir];
  } catch {
    // absent on this distribution
  }
  return [];
}

/** The file a link points to is mounted where the link was: /etc/resolv.conf often links into /run. */
function etcEntry(path: string): string[] {
  try {
    return ['--ro-bind', realpathSync(path), path];
  } catch {
    return [];
  }
}

/**
 * Parents before children, so a writable directory inside a read-only package stays
 * writable and a read-only program inside a writable tree stays read-only. Paths under the
 * system directories are already there.
 */
function orderedMounts(plan: SandboxPlan): Array<{ path: string; writable: boolean }> {
  const mounts = [
    ...plan.readable.filter((p) => !underSystem(p)).map((path) => ({ path, writable: false })),
    ...plan.writable.map((path) => ({ path, writable: true })),
  ];
  const depth = (p: string): number => p.split(sep).length;
  return mounts.sort((a, b) => depth(a.path) - depth(b.path) || Number(a.writable) - Number(b.writable));
}

function underSystem(path: string): boolean {
  return SYSTEM_DIRS.some((dir) => path === dir || path.startsWith(dir + sep));
}

function realOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
