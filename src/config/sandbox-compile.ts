import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { LoadError } from '../errors.js';
import { identityFile } from './identity.js';
import { childPath } from './json-path.js';
import type { StdioServerDocument, ToolPolicyDocument } from './manifest-schema.js';
import type { SandboxPlan } from './sandbox-schema.js';
import type { LaunchSpec } from './types.js';

/**
 * Turns a manifest's `sandbox` into absolute, symlink-free paths at load time, so the spawn
 * path only assembles arguments. A declared path that does not exist is a load error: a
 * sandbox that silently mounts less than the owner wrote would break the server in ways
 * that look like bugs, and one that mounts more is no sandbox.
 */
export function compileSandbox(
  file: string,
  server: StdioServerDocument,
  launch: Omit<LaunchSpec, 'sandbox'>,
  tools: Iterable<ToolPolicyDocument>,
): SandboxPlan | undefined {
  const doc = server.sandbox;
  if (!doc || doc.mode === 'none') return undefined;
  const dir = dirname(file);
  const at = (...keys: (string | number)[]): string => childPath('$', 'server', 'sandbox', ...keys);
  if (doc.mode === 'node-permissions' && server.command !== 'node') {
    throw new LoadError(
      file,
      at('mode'),
      `"node-permissions" applies Node's permission model, which only a server run as "command": "node" has (this one runs "${server.command}")`,
      'use "mode": "bwrap", or run the server with "command": "node" and its script as the first argument',
    );
  }
  const declared = (key: 'readable' | 'writable'): string[] =>
    doc[key].map((raw, i) => {
      const path = resolve(dir, raw.replaceAll('${manifestDir}', dir));
      if (doc.mode === 'node-permissions' && path.includes(',')) {
        throw new LoadError(file, at(key, i), `"${raw}" contains a comma, which Node's permission flags cannot express`, 'rename the directory, or use "mode": "bwrap"');
      }
      try {
        return realpathSync(path);
      } catch {
        throw new LoadError(file, at(key, i), `"${raw}" does not exist`, 'create it, or correct the path (relative to the manifest file, or absolute)');
      }
    });
  const writable = unique(declared('writable'));
  const readable = unique([...programPaths(server.command, launch), ...existing([dir, launch.cwd]), ...declared('readable')]).filter((p) => !writable.includes(p));
  const network = [...tools].some((tool) => tool.capabilities.includes('net.egress'));
  return { mode: doc.mode, readable, writable, network };
}

/**
 * What the program needs to read to run at all: the executable (for node, the firewall's own
 * binary), and for a script its package directory and every node_modules on its resolution path.
 */
function programPaths(command: string, launch: Omit<LaunchSpec, 'sandbox'>): string[] {
  const paths = existing([launch.command]);
  if (command !== 'node') {
    paths.push(...existing([identityFile(command, launch)]));
    return paths;
  }
  const script = existing([identityFile(command, launch)])[0];
  if (!script || script === paths[0]) return paths;
  paths.push(script);
  let current = dirname(script);
  let packageFound = false;
  for (;;) {
    if (!packageFound && existsSync(join(current, 'package.json'))) {
      paths.push(current);
      packageFound = true;
    }
    if (existsSync(join(current, 'node_modules'))) paths.push(...existing([join(current, 'node_modules')]));
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  if (!packageFound) paths.push(dirname(script));
  return paths;
}

function existing(paths: string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    try {
      out.push(realpathSync(path));
    } catch {
      // Not there: nothing to mount. The spawn reports a missing program itself.
    }
  }
  return out;
}

function unique(paths: string[]): string[] {
  return [...new Set(paths)];
}
