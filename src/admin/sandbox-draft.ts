import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { compileSandbox } from '../config/sandbox-compile.js';
import { SANDBOX_MODES, type SandboxDocument, type SandboxPlan } from '../config/sandbox-schema.js';
import type { StdioServerDocument } from '../config/manifest-schema.js';
import type { LaunchSpec } from '../config/types.js';
import { LoadError } from '../errors.js';
import { LaunchDraftError } from './launch-draft.js';

/**
 * The `sandbox` of a drafted manifest (`manifest init --sandbox`), and the compiled plan the
 * probe runs under: a server that cannot list its tools inside its sandbox is found now, not
 * at the first `serve`. Paths typed on the command line are relative to where it was typed;
 * the manifest stores them relative to itself.
 */
export function draftSandbox(options: {
  mode: string | undefined;
  writable: string[];
  readable: string[];
  /** Where the command was typed. */
  from: string;
  manifestFile: string;
  command: string;
  launch: Omit<LaunchSpec, 'sandbox'>;
}): { document: SandboxDocument; plan: SandboxPlan | undefined } | undefined {
  const { mode } = options;
  if (mode === undefined) {
    if (options.writable.length || options.readable.length) throw new LaunchDraftError('--writable and --readable need --sandbox bwrap or --sandbox node-permissions');
    return undefined;
  }
  if (!(SANDBOX_MODES as readonly string[]).includes(mode)) throw new LaunchDraftError(`--sandbox must be one of ${SANDBOX_MODES.join(', ')}`);
  const manifestDir = dirname(options.manifestFile);
  const relativeToManifest = (flag: string) => (path: string): string => {
    const abs = resolve(options.from, path);
    if (!existsSync(abs)) throw new LaunchDraftError(`${flag} ${JSON.stringify(path)} does not exist`);
    return relative(manifestDir, abs) || '.';
  };
  const document = {
    mode: mode as SandboxDocument['mode'],
    writable: options.writable.map(relativeToManifest('--writable')),
    readable: options.readable.map(relativeToManifest('--readable')),
  };
  try {
    const server = { command: options.command, sandbox: document } as StdioServerDocument;
    return { document, plan: compileSandbox(options.manifestFile, server, options.launch, []) };
  } catch (err) {
    if (err instanceof LoadError) throw new LaunchDraftError(`--sandbox ${mode}: ${err.problem}; ${err.fix}`);
    throw err;
  }
}
