import { z } from 'zod';

/** How a stdio tool server is confined. Kept apart from the manifest schema so the sandbox is one unit. */

export const SANDBOX_MODES = ['none', 'bwrap', 'node-permissions'] as const;
export type SandboxMode = (typeof SANDBOX_MODES)[number];

const sandboxPaths = z
  .array(z.string().min(1).max(4096))
  .max(64)
  .default([]);

export const sandboxSchema = z
  .strictObject({
    mode: z
      .enum(SANDBOX_MODES)
      .describe(
        '"bwrap": a bubblewrap container (Linux): read-only system, no network unless a tool has net.egress, own PID namespace, dies with the firewall. "node-permissions": Node\'s permission model (file system allowlists, no child processes, no workers; network NOT restricted); only for "command": "node". "none": no isolation (reported by check).',
      ),
    writable: sandboxPaths.describe(
      'Directories or files the server may read and write, relative to the manifest file (or absolute; ${manifestDir} is expanded). Usually the directories its tools\' "x-path-within" bounds name.',
    ),
    readable: sandboxPaths.describe(
      'Further directories or files the server may read. Its own package, node_modules, the manifest directory and the working directory are always readable.',
    ),
  })
  .describe('Confines the server process. See README, "Sandboxed tool servers".');

export type SandboxDocument = z.infer<typeof sandboxSchema>;

/** The compiled sandbox: every path absolute with its symbolic links resolved. */
export interface SandboxPlan {
  mode: 'bwrap' | 'node-permissions';
  /** Read-only: the program, its package and node_modules, the manifest and working directories, `readable`. */
  readable: readonly string[];
  /** Read-write: `writable`. */
  writable: readonly string[];
  /** Whether a tool of the server declares `net.egress` (bwrap shares the network only then). */
  network: boolean;
}
