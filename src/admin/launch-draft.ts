import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { ENV_NAME } from '../config/manifest-schema.js';

/**
 * How `manifest init` turns a command typed in a shell into the manifest's launch section.
 * The manifest is read from its own directory, not from wherever the owner happened to stand:
 * arguments naming existing files or directories are rewritten relative to the manifest, and
 * `cwd` is recorded relative to the manifest (the manifest directory unless --cwd says otherwise).
 */
export interface LaunchDraft {
  command: string;
  args: string[];
  /** Relative to the manifest directory. */
  cwd: string;
  env: Record<string, string>;
  inheritEnv: string[];
  /** What the probe run gets: the same launch, with references resolved. */
  probe: { args: string[]; cwd: string; env: Record<string, string> };
}

export class LaunchDraftError extends Error {
  override readonly name = 'LaunchDraftError';
}

export function draftLaunch(options: {
  manifestFile: string;
  command: string;
  args: string[];
  /** Where the command was typed. */
  from: string;
  cwd?: string | undefined;
  env: string[];
  inheritEnv: string[];
  parentEnv: NodeJS.ProcessEnv;
}): LaunchDraft {
  const manifestDir = dirname(options.manifestFile);
  const isNode = options.command === 'node' || options.command === process.execPath;
  const inheritEnv = [...new Set([...(isNode || options.command.includes('/') ? [] : ['PATH']), ...options.inheritEnv])];
  for (const name of inheritEnv) if (!ENV_NAME.test(name)) throw new LaunchDraftError(`--inherit-env ${JSON.stringify(name)} is not a variable name`);
  const env: Record<string, string> = {};
  for (const pair of options.env) {
    const eq = pair.indexOf('=');
    const name = eq > 0 ? pair.slice(0, eq) : '';
    if (!ENV_NAME.test(name)) throw new LaunchDraftError(`--env ${JSON.stringify(pair)} must be NAME=VALUE (VALUE may be env:OTHER or file:path to keep a secret out of the manifest)`);
    env[name] = pair.slice(eq + 1);
  }
  const workDir = resolve(options.from, options.cwd ?? manifestDir);
  const relativeToManifest = (abs: string): string => {
    const rel = relative(manifestDir, abs);
    return rel === '' ? '.' : rel;
  };
  // A relative argument that names something on disk is a path; keep it pointing at the same place.
  const args = options.args.map((arg) => {
    if (arg.startsWith('-') || isAbsolute(arg)) return arg;
    const abs = resolve(options.from, arg);
    return existsSync(abs) ? relative(workDir, abs) || '.' : arg;
  });
  const probeEnv: Record<string, string> = {};
  for (const name of inheritEnv) if (options.parentEnv[name] !== undefined) probeEnv[name] = options.parentEnv[name]!;
  for (const [name, value] of Object.entries(env)) probeEnv[name] = resolveReference(name, value, manifestDir, options.parentEnv);
  const command = isNode ? 'node' : options.command.includes('/') && !isAbsolute(options.command) ? resolve(options.from, options.command) : options.command;
  return {
    command,
    args,
    cwd: relativeToManifest(workDir),
    env,
    inheritEnv,
    probe: { args, cwd: workDir, env: probeEnv },
  };
}

function resolveReference(name: string, value: string, manifestDir: string, parentEnv: NodeJS.ProcessEnv): string {
  const expanded = value.replaceAll('${manifestDir}', manifestDir);
  if (expanded.startsWith('env:')) {
    const resolved = parentEnv[expanded.slice(4)];
    if (resolved === undefined) throw new LaunchDraftError(`--env ${name}=${value}: ${expanded.slice(4)} is not set in this shell`);
    return resolved;
  }
  if (expanded.startsWith('file:')) {
    try {
      return readFileSync(resolve(manifestDir, expanded.slice(5)), 'utf8').trim();
    } catch {
      throw new LaunchDraftError(`--env ${name}=${value}: the file cannot be read (file: paths are relative to the manifest)`);
    }
  }
  return expanded;
}
