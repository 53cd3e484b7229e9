import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import type { StdioServerDocument } from './manifest-schema.js';
import type { LaunchSpec, ServerIdentity } from './types.js';

/**
 * Which file a server identity pin is about. For `node script.js` it is the script (the
 * interpreter is the firewall's own); otherwise the executable the command resolves to.
 */
export function compileIdentity(_file: string, server: StdioServerDocument, launch: LaunchSpec): ServerIdentity | undefined {
  const identity = server.identity;
  if (!identity) return undefined;
  const target = identity.file ? resolve(launch.cwd, identity.file) : identityFile(server.command, launch);
  return { file: target, ...(identity.sha256 ? { sha256: identity.sha256 } : {}), ...(identity.package ? { package: identity.package } : {}) };
}

/** The file that actually runs for a launch spec, as far as it can be told without running it. */
export function identityFile(command: string, launch: LaunchSpec): string {
  if (command === 'node') {
    const script = launch.args.find((a) => !a.startsWith('-'));
    if (script) return resolve(launch.cwd, script);
    return process.execPath;
  }
  if (isAbsolute(launch.command) || launch.command.includes('/')) return resolve(launch.cwd, launch.command);
  const path = launch.env.PATH ?? process.env.PATH ?? '';
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, launch.command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return launch.command;
}
