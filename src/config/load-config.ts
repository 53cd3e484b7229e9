import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { LoadError } from '../errors.js';
import { DEFAULT_SCAN_POLICY } from '../scan/default-policy.js';
import { compileHostAllowlist } from '../scan/exfil-url.js';
import { configSchema, type ConfigDocument } from './config-schema.js';
import { childPath } from './json-path.js';
import { compileAgentKeys, compileHttp } from './http-config.js';
import { compileManifest, parseManifest } from './load-manifest.js';
import { compileAuditSettings } from './audit-settings.js';
import { readJsonDocument } from './read-json.js';
import { compileTrustedKeys, enforceSignature } from './trusted-keys.js';
import type { CompiledAgent, CompiledServer, CompiledTool, FirewallPolicy } from './types.js';
import { loadErrorFromZod } from './zod-issues.js';
import { collect, throwProblems } from './load-problems.js';
import { compileTaintPolicy } from '../taint/taint-policy.js';
import { resolveRoots } from '../policy/path-bounds.js';

const SCHEMA_FILE = 'schemas/config.schema.json';
/** Unset thresholds take the scanner's own defaults, chosen from its out-of-source evaluation. */
export const DEFAULT_FLAG_THRESHOLD = DEFAULT_SCAN_POLICY.flagThreshold;
export const DEFAULT_BLOCK_THRESHOLD = DEFAULT_SCAN_POLICY.blockThreshold;

export function parseConfig(file: string): ConfigDocument {
  return parseConfigDocument(file).doc;
}

function parseConfigDocument(file: string): { doc: ConfigDocument; sha256: string } {
  const { value, sha256 } = readJsonDocument(file);
  const parsed = configSchema.safeParse(value);
  if (!parsed.success) throw loadErrorFromZod(file, parsed.error, SCHEMA_FILE);
  return { doc: parsed.data, sha256 };
}

export interface LoadOptions {
  /**
   * Skip manifests that do not load and list their problems in `brokenManifests` instead of
   * failing: for admin edits of the config that do not depend on any manifest. serve and
   * check never use it.
   */
  skipBrokenManifests?: boolean;
}

/**
 * Loads the config and every manifest it points at, and compiles them into one policy.
 * Every problem is reported at once (LoadProblems), each with its own fix.
 */
export function loadPolicy(configPath: string, env: NodeJS.ProcessEnv = process.env, options: LoadOptions = {}): FirewallPolicy {
  const file = resolve(configPath);
  const { doc, sha256: configSha256 } = parseConfigDocument(file);
  const dir = dirname(file);
  const problems: LoadError[] = [];
  const levels = doc.clearanceLevels;
  if (new Set(levels).size !== levels.length) {
    throw new LoadError(file, '$.clearanceLevels', 'a clearance level is listed twice', 'list each level once, lowest first');
  }
  const agents = collect(problems, () => compileAgents(file, doc)) ?? new Map<string, CompiledAgent>();
  if (doc.stdioAgent !== undefined && !agents.has(doc.stdioAgent) && !problems.length) {
    problems.push(new LoadError(file, '$.stdioAgent', `agent "${doc.stdioAgent}" is not defined`, `define it under "agents" or use one of: ${[...agents.keys()].join(', ')}`));
  }
  const manifestProblems: LoadError[] = [];
  const manifestDir = resolve(dir, doc.manifests);
  const loaded = loadServers(file, manifestDir, doc, env, manifestProblems);
  const { servers, tools } = indexTools(loaded, manifestProblems);
  const brokenManifests = options.skipBrokenManifests ? manifestProblems : [];
  if (!options.skipBrokenManifests) problems.push(...manifestProblems);
  const flag = doc.scan.flagThreshold ?? DEFAULT_FLAG_THRESHOLD;
  const block = doc.scan.blockThreshold ?? DEFAULT_BLOCK_THRESHOLD;
  if (flag > block) {
    problems.push(new LoadError(file, '$.scan.flagThreshold', 'flagThreshold is above blockThreshold', 'set flagThreshold at or below blockThreshold'));
  }
  throwProblems(problems);
  return {
    configFile: file,
    clearanceLevels: levels,
    agents,
    stdioAgent: doc.stdioAgent,
    manifestDir,
    agentKeys: compileAgentKeys(file, doc),
    http: compileHttp(file, doc),
    servers,
    tools,
    prompts: new Map(servers.flatMap((server) => [...(server.prompts?.values() ?? [])].map((prompt) => [prompt.exposed, prompt] as const))),
    auditFile: resolve(dir, doc.audit.file),
    audit: compileAuditSettings(file, doc, env),
    configSha256,
    scan: { enabled: doc.scan.enabled, scanDescriptions: doc.scan.scanDescriptions, redactSecrets: doc.scan.redactSecrets, flagThreshold: flag, blockThreshold: block, onFlaggedStructuredContent: doc.scan.onFlaggedStructuredContent, exfiltration: { mode: doc.scan.exfiltration.mode, allow: compileHostAllowlist(doc.scan.exfiltration.allowedImageHosts) }, secretsInArguments: doc.scan.secretsInArguments, frames: doc.scan.frames },
    limits: doc.limits,
    delimiter: doc.delimiter,
    logLevel: doc.logLevel,
    taint: compileTaintPolicy(doc.taint, scratchRoots(file, dir, doc.taint.scratchRoots)),
    ...(brokenManifests.length ? { brokenManifests } : {}),
  };
}

/**
 * Indexes tools by exposed name. Names that differ only by case or Unicode compatibility forms
 * would confuse a model: each collision is a problem of the later manifest, whose tools are
 * then left out as a whole (a manifest is approved or not, never half of it).
 */
function indexTools(loaded: CompiledServer[], problems: LoadError[]): { servers: CompiledServer[]; tools: Map<string, CompiledTool> } {
  const tools = new Map<string, CompiledTool>();
  const folded = new Map<string, CompiledTool>();
  const servers: CompiledServer[] = [];
  for (const server of loaded) {
    const clashes: LoadError[] = [];
    const mine = new Map<string, CompiledTool>();
    for (const tool of server.tools.values()) {
      const key = tool.exposed.normalize('NFKC').toLowerCase();
      const twin = folded.get(key) ?? mine.get(key);
      if (twin) {
        const sameServer = twin.server === tool.server;
        clashes.push(
          sameServer
            ? new LoadError(tool.manifestFile, childPath('$', 'tools', tool.tool), `tool "${tool.tool}" differs from tool "${twin.tool}" of the same manifest only by case or Unicode compatibility forms`, `approve only one of them: delete "${tool.tool}" or "${twin.tool}" from "tools"`)
            : new LoadError(tool.manifestFile, childPath('$', 'tools', tool.tool), `exposed name "${tool.exposed}" collides with "${twin.exposed}" from ${twin.manifestFile}`, 'rename one of the servers (change "server.id" and the file name of one manifest)'),
        );
      } else mine.set(key, tool);
    }
    if (clashes.length) {
      problems.push(...clashes);
      continue;
    }
    for (const [key, tool] of mine) {
      folded.set(key, tool);
      tools.set(tool.exposed, tool);
    }
    servers.push(server);
  }
  return { servers, tools };
}

function compileAgents(file: string, doc: ConfigDocument): Map<string, CompiledAgent> {
  const agents = new Map<string, CompiledAgent>();
  for (const [id, agent] of Object.entries(doc.agents)) {
    const rank = doc.clearanceLevels.indexOf(agent.clearance);
    if (rank < 0) {
      throw new LoadError(file, childPath('$', 'agents', id, 'clearance'), `unknown clearance level "${agent.clearance}"`, `use one of: ${doc.clearanceLevels.join(', ')}`);
    }
    agents.set(id, {
      id,
      clearance: agent.clearance,
      clearanceRank: rank,
      capabilities: new Set(agent.capabilities),
      rateLimit: agent.rateLimit ? { perMinute: agent.rateLimit.perMinute, burst: agent.rateLimit.burst ?? agent.rateLimit.perMinute } : undefined,
      maxConcurrent: agent.maxConcurrent,
      ...(agent.taint !== undefined ? { taint: agent.taint } : {}),
    });
  }
  return agents;
}

function loadServers(configFile: string, manifestDir: string, doc: ConfigDocument, env: NodeJS.ProcessEnv, problems: LoadError[]): CompiledServer[] {
  let names: string[];
  try {
    names = readdirSync(manifestDir).filter((n) => n.endsWith('.json')).sort();
  } catch {
    problems.push(new LoadError(configFile, '$.manifests', `manifest directory ${manifestDir} cannot be read`, 'create it or correct "manifests" (relative to the config file)'));
    return [];
  }
  const ctx = {
    clearanceLevels: doc.clearanceLevels,
    maxResultBytes: doc.limits.maxResultBytes,
    defaultTimeoutMs: doc.limits.defaultTimeoutMs,
    env,
  };
  const keys = collect(problems, () => compileTrustedKeys(configFile, dirname(configFile), doc));
  if (!keys) return [];
  const servers: CompiledServer[] = [];
  for (const name of names) {
    const manifestFile = join(manifestDir, name);
    const server = collect(problems, () => {
      // One read: the bytes whose signature is checked are the bytes that are compiled.
      const { value: raw, sha256 } = readJsonDocument(manifestFile);
      enforceSignature(manifestFile, raw, keys, doc.requireSignedManifests);
      return { ...compileManifest(manifestFile, parseManifest(manifestFile, raw), ctx), manifestSha256: sha256 };
    });
    if (server) servers.push(server);
  }
  return servers;
}

/** `taint.scratchRoots`, resolved like argument bounds (real paths; a missing one is a load error). */
function scratchRoots(file: string, dir: string, roots: readonly string[]): string[] {
  if (roots.length === 0) return [];
  return resolveRoots(roots, dir, (problem, fix) => {
    throw new LoadError(file, '$.taint.scratchRoots', problem.replace('"x-path-within"', 'scratchRoots'), fix.replace('the manifest file', 'the config file'));
  });
}
