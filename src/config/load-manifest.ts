import { basename, dirname, resolve } from 'node:path';
import { LoadError } from '../errors.js';
import { childPath } from './json-path.js';
import { compileJsonSchema } from './json-schema-to-zod.js';
import { DRAFT_MARK, manifestSchema, type ManifestDocument, type ToolPolicyDocument } from './manifest-schema.js';
import { collect, throwProblems } from './load-problems.js';
import { compileClientRequests, NO_CLIENT_REQUESTS } from './client-requests-schema.js';
import { readJsonFile } from './read-json.js';
import { compileIdentity } from './identity.js';
import { compileHttpTarget } from './http-target.js';
import { resolveReference } from './references.js';
import { compileSandbox } from './sandbox-compile.js';
import type { CompiledServer, CompiledTool, LaunchSpec } from './types.js';
import type { StdioServerDocument } from './manifest-schema.js';
import { loadErrorFromZod } from './zod-issues.js';
import { compileItems } from './load-items.js';

export const EXPOSED_NAME = /^[a-zA-Z0-9_-]{1,64}$/;
const SCHEMA_FILE = 'schemas/manifest.schema.json';

export interface ManifestContext {
  clearanceLevels: readonly string[];
  maxResultBytes: number;
  defaultTimeoutMs: number;
  /** The firewall's own environment, the only source of inherited or referenced variables. */
  env: NodeJS.ProcessEnv;
}

/** Validates a manifest; `raw` is passed when the caller already read it (to check its signature). */
export function parseManifest(file: string, raw: unknown = readJsonFile(file)): ManifestDocument {
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw loadErrorFromZod(file, parsed.error, SCHEMA_FILE);
  const doc = parsed.data;
  const stem = basename(file).replace(/\.json$/, '');
  if (stem !== doc.server.id) {
    throw new LoadError(file, '$.server.id', `server id "${doc.server.id}" does not match the file name`, `rename the file to ${doc.server.id}.json or set the id to "${stem}"`);
  }
  return doc;
}

export function compileManifest(file: string, doc: ManifestDocument, ctx: ManifestContext): CompiledServer {
  const dir = dirname(file);
  const tools = new Map<string, CompiledTool>();
  const problems: LoadError[] = [];
  for (const [name, policy] of Object.entries(doc.tools)) {
    const tool = collect(problems, () => compileTool(file, dir, doc, name, policy, ctx));
    if (tool) tools.set(name, tool);
  }
  const { resources, prompts } = compileItems(doc, { file, dir, clearanceLevels: ctx.clearanceLevels }, problems);
  const isDraft = ([, item]: [string, { review?: string | undefined }]): boolean => item.review?.startsWith(DRAFT_MARK) === true;
  const drafts = [
    ...Object.entries(doc.tools).filter(isDraft).map(([name]) => name),
    ...Object.entries(doc.resources).filter(isDraft).map(([name]) => `resource ${name}`),
    ...Object.entries(doc.prompts).filter(isDraft).map(([name]) => `prompt ${name}`),
  ];
  const clientRequests = collect(problems, () => compileClientRequests(file, dir, doc.clientRequests)) ?? NO_CLIENT_REQUESTS;
  const common = { id: doc.server.id, manifestFile: file, initTimeoutMs: doc.server.initTimeoutMs, pins: doc.server.pins, tools, resources, prompts, drafts, clientRequests };
  if (doc.server.transport === 'http') {
    const http = collect(problems, () => compileHttpTarget(file, doc.server as Extract<ManifestDocument['server'], { transport: 'http' }>, ctx.env));
    throwProblems(problems);
    return { ...common, transport: 'http', http: http! };
  }
  const server = doc.server;
  const launch = collect(problems, () => launchSpec(file, server, ctx.env));
  if (launch) launch.sandbox = collect(problems, () => compileSandbox(file, server, launch, Object.values(doc.tools)));
  throwProblems(problems);
  return { ...common, transport: 'stdio', launch: launch!, identity: compileIdentity(file, server, launch!) };
}

function compileTool(file: string, dir: string, doc: ManifestDocument, name: string, policy: ToolPolicyDocument, ctx: ManifestContext): CompiledTool {
  const path = childPath('$', 'tools', name);
  const exposed = `${doc.server.id}__${name}`;
  if (!EXPOSED_NAME.test(exposed)) {
    throw new LoadError(file, path, `exposed name "${exposed}" is not host-safe (letters, digits, _ and -, at most 64)`, 'shorten the server id, or approve a tool whose name uses only those characters');
  }
  const rank = ctx.clearanceLevels.indexOf(policy.clearance);
  if (rank < 0) {
    throw new LoadError(file, `${path}.clearance`, `unknown clearance level "${policy.clearance}"`, `use one of the config's clearanceLevels: ${ctx.clearanceLevels.join(', ')}`);
  }
  const pathRoots: string[][] = [];
  return {
    exposed,
    server: doc.server.id,
    tool: name,
    manifestFile: file,
    clearance: policy.clearance,
    clearanceRank: rank,
    capabilities: [...new Set(policy.capabilities)].sort(),
    pin: policy.sha256,
    fieldPins: policy.pins,
    args: compileJsonSchema(policy.arguments, { file, path: `${path}.arguments`, baseDir: dir, pathRoots }),
    pathRoots,
    maxResultBytes: policy.result.maxBytes ?? ctx.maxResultBytes,
    structuredContent: policy.result.structuredContent
      ? compileJsonSchema(policy.result.structuredContent, { file, path: `${path}.result.structuredContent`, baseDir: dir })
      : undefined,
    rateLimit: policy.rateLimit ? { perMinute: policy.rateLimit.perMinute, burst: policy.rateLimit.burst ?? policy.rateLimit.perMinute } : undefined,
    maxConcurrent: policy.maxConcurrent,
    timeoutMs: policy.timeoutMs ?? ctx.defaultTimeoutMs,
  };
}

function launchSpec(file: string, server: StdioServerDocument, parentEnv: NodeJS.ProcessEnv): LaunchSpec {
  const env: Record<string, string> = {};
  for (const name of server.inheritEnv) {
    const value = parentEnv[name];
    if (value !== undefined) env[name] = value;
  }
  const dir = dirname(file);
  const expand = (value: string): string => value.replaceAll('${manifestDir}', dir);
  for (const [name, value] of Object.entries(server.env)) {
    env[name] = expand(resolveEnvValue(file, childPath('$', 'server', 'env', name), value, parentEnv));
  }
  return {
    command: server.command === 'node' ? process.execPath : expand(server.command),
    args: server.args.map(expand),
    cwd: resolve(dir, expand(server.cwd ?? '.')),
    env,
  };
}

/** `env:` and `file:` values are references; anything else is a literal setting. */
function resolveEnvValue(file: string, path: string, value: string, parentEnv: NodeJS.ProcessEnv): string {
  return resolveReference(file, path, value, parentEnv) ?? value;
}
