import { FirewallError } from '../errors.js';
import type { LaunchSpec } from '../config/types.js';
import { bwrapArgs, bwrapFailure, findBwrap } from './sandbox-bwrap.js';
import { nodePermissionFlags } from './sandbox-node.js';

/**
 * The command line that actually runs a tool server: its own, or wrapped in its sandbox.
 * Fails closed: a sandbox that cannot be set up throws SANDBOX_UNAVAILABLE and nothing runs.
 * The environment is not touched: the firewall computed it, and bwrap passes it on as given
 * (keeping secrets out of the command line, where `ps` would show them).
 */
export function sandboxedCommand(spec: LaunchSpec, path: string | undefined = process.env.PATH): { command: string; args: string[] } {
  const plan = spec.sandbox;
  if (!plan) return { command: spec.command, args: spec.args };
  if (plan.mode === 'node-permissions') {
    const permission = nodePermissionFlags(plan);
    if (!permission.ok) throw sandboxUnavailable('node-too-old', permission.reason);
    return { command: spec.command, args: [...permission.flags, ...spec.args] };
  }
  const bwrap = findBwrap(path);
  if (!bwrap) throw sandboxUnavailable('bwrap-missing', 'bwrap (bubblewrap) is not on the firewall\'s PATH');
  const failure = bwrapFailure(bwrap);
  if (failure !== undefined) throw sandboxUnavailable('bwrap-failed', failure);
  return { command: bwrap, args: bwrapArgs(plan, spec.command, spec.args, spec.cwd) };
}

function sandboxUnavailable(category: string, reason: string): FirewallError {
  return new FirewallError('SANDBOX_UNAVAILABLE', undefined, { category, sandbox: reason });
}

/** One line for the operator: why a sandboxed server was not started, and what fixes it. */
export function sandboxFailureText(id: string, category: unknown, reason?: unknown): string {
  const why =
    category === 'bwrap-missing'
      ? 'its manifest requires a bwrap sandbox and bwrap (bubblewrap) is not on the firewall\'s PATH. Fix: install it (Debian/Ubuntu: apt-get install bubblewrap)'
      : category === 'node-too-old'
        ? 'its manifest requires node-permissions, which needs Node 20.7 or later. Fix: run the firewall on a newer Node, or use "mode": "bwrap"'
        : category === 'bwrap-failed'
          ? `its manifest requires a bwrap sandbox and bwrap cannot create one here${reason ? ` (${reason})` : ''}. Fix: allow unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1, or the container's seccomp/AppArmor profile), or run the firewall where bwrap works`
          : 'its sandbox could not be set up';
  return `tool server ${id} is NOT STARTED: ${why}, or change "sandbox" in its manifest (removing it runs the server unconfined)`;
}

/** What `check` and the start record say about a server's isolation. */
export function isolationOf(spec: LaunchSpec | undefined): string {
  const plan = spec?.sandbox;
  if (!plan) return 'none';
  if (plan.mode === 'node-permissions') return 'node-permissions';
  return plan.network ? 'bwrap+net' : 'bwrap';
}
