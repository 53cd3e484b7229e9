import { LoadError } from '../errors.js';
import { compileUriTemplate, UriTemplateError } from '../policy/uri-template.js';
import { exposeName, exposeUri, hasScheme } from '../policy/namespace.js';
import { childPath } from './json-path.js';
import { compileJsonSchema } from './json-schema-to-zod.js';
import type { ManifestDocument, PromptPolicyDocument, ResourcePolicyDocument } from './manifest-schema.js';
import { collect } from './load-problems.js';
import type { CompiledPrompt, CompiledResource } from './types.js';

/**
 * Compiles a manifest's `resources` and `prompts` sections: clearance ranks, URI templates,
 * argument schemas and exposed (namespaced) names, once at load. Problems name the file, the
 * JSON path and the fix; they are collected so one load reports all of them.
 */

const EXPOSED_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

interface ItemContext {
  file: string;
  dir: string;
  clearanceLevels: readonly string[];
}

export function compileItems(doc: ManifestDocument, ctx: ItemContext, problems: LoadError[]): { resources: CompiledResource[]; prompts: Map<string, CompiledPrompt> } {
  const resources: CompiledResource[] = [];
  for (const [key, policy] of Object.entries(doc.resources)) {
    const resource = collect(problems, () => compileResource(doc.server.id, key, policy, ctx));
    if (resource) resources.push(resource);
  }
  const prompts = new Map<string, CompiledPrompt>();
  for (const [name, policy] of Object.entries(doc.prompts)) {
    const prompt = collect(problems, () => compilePrompt(doc.server.id, name, policy, ctx));
    if (prompt) prompts.set(name, prompt);
  }
  return { resources, prompts };
}

function rankOf(ctx: ItemContext, path: string, clearance: string): number {
  const rank = ctx.clearanceLevels.indexOf(clearance);
  if (rank < 0) throw new LoadError(ctx.file, `${path}.clearance`, `unknown clearance level "${clearance}"`, `use one of the config's clearanceLevels: ${ctx.clearanceLevels.join(', ')}`);
  return rank;
}

function compileResource(server: string, key: string, policy: ResourcePolicyDocument, ctx: ItemContext): CompiledResource {
  const path = childPath('$', 'resources', key);
  if ((policy.uri === undefined) === (policy.uriTemplate === undefined)) {
    throw new LoadError(ctx.file, path, 'a resource entry needs exactly one of "uri" and "uriTemplate"', 'set "uri" for one resource, or "uriTemplate" for a family of them');
  }
  const kind = policy.uri !== undefined ? 'uri' : 'template';
  const source = (policy.uri ?? policy.uriTemplate)!;
  const field = kind === 'uri' ? 'uri' : 'uriTemplate';
  if (!hasScheme(source)) throw new LoadError(ctx.file, `${path}.${field}`, `"${source.slice(0, 100)}" has no URI scheme`, 'write the absolute URI (or template) the server lists, e.g. "file:///docs/a.md"');
  let template;
  if (kind === 'template') {
    try {
      template = compileUriTemplate(source);
    } catch (err) {
      if (!(err instanceof UriTemplateError)) throw err;
      throw new LoadError(ctx.file, `${path}.uriTemplate`, `the URI template is not supported: ${err.message}`, 'use RFC 6570 level 1 expressions "{name}" separated by literal text');
    }
  }
  return {
    key,
    server,
    manifestFile: ctx.file,
    kind,
    source,
    ...(template ? { template } : {}),
    exposed: exposeUri(server, source),
    clearance: policy.clearance,
    clearanceRank: rankOf(ctx, path, policy.clearance),
    capabilities: [...new Set(policy.capabilities)].sort(),
    mimeTypes: [...new Set(policy.mimeTypes)],
    maxBytes: policy.maxBytes,
    pin: policy.sha256,
    fieldPins: policy.pins,
    ...limitSettings(policy),
  };
}

function compilePrompt(server: string, name: string, policy: PromptPolicyDocument, ctx: ItemContext): CompiledPrompt {
  const path = childPath('$', 'prompts', name);
  const exposed = exposeName(server, name);
  if (!EXPOSED_NAME.test(exposed)) {
    throw new LoadError(ctx.file, path, `exposed name "${exposed}" is not host-safe (letters, digits, _ and -, at most 64)`, 'shorten the server id, or approve a prompt whose name uses only those characters');
  }
  if (policy.arguments.type !== 'object') {
    throw new LoadError(ctx.file, `${path}.arguments`, 'prompt arguments are an object of strings', 'write {"type": "object", "properties": {"<name>": {"type": "string"}}}');
  }
  const properties = (policy.arguments.properties ?? {}) as Record<string, { type?: unknown }>;
  for (const [arg, schema] of Object.entries(properties)) {
    if (schema?.type !== 'string') {
      throw new LoadError(ctx.file, `${childPath(`${path}.arguments.properties`, arg)}.type`, 'prompt arguments are always strings in MCP', 'set "type": "string" (bound it with maxLength, pattern or enum)');
    }
  }
  return {
    exposed,
    server,
    prompt: name,
    manifestFile: ctx.file,
    clearance: policy.clearance,
    clearanceRank: rankOf(ctx, path, policy.clearance),
    capabilities: [...new Set(policy.capabilities)].sort(),
    pin: policy.sha256,
    fieldPins: policy.pins,
    args: compileJsonSchema(policy.arguments, { file: ctx.file, path: `${path}.arguments`, baseDir: ctx.dir }),
    argNames: Object.keys(properties),
    ...limitSettings(policy),
  };
}

function limitSettings(policy: { rateLimit?: { perMinute: number; burst?: number | undefined } | undefined; maxConcurrent?: number | undefined }): Pick<CompiledPrompt, 'rateLimit' | 'maxConcurrent'> {
  return {
    ...(policy.rateLimit ? { rateLimit: { perMinute: policy.rateLimit.perMinute, burst: policy.rateLimit.burst ?? policy.rateLimit.perMinute } } : {}),
    ...(policy.maxConcurrent !== undefined ? { maxConcurrent: policy.maxConcurrent } : {}),
  };
}
