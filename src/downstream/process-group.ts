import type { ChildProcess } from 'node:child_process';

/**
 * Tool servers run as leaders of their own process group (spawned `detached`), so a stop
 * reaches everything they started (an `npx` wrapper's node, a shell's children), not only the
 * process the firewall spawned. Without this, a server that exits on stdin end could leave
 * its helpers running as orphans.
 */
export function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: the group is already empty. EPERM cannot happen for our own children.
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

