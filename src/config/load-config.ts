import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { LoadError } from '../errors.js';
import { DEFAULT_SCAN_POLICY } from '../scan/index.js';
import { compileHostAllowlist } from '../scan/exfil-url.js';
import { configSchema, type ConfigDocument } from './config-schema.js';
import { childPath } from './json-path.js';
import { compileManifest, parseManifest } from './load-manifest.js';
import { compileAuditSettings } from './audit-settings.js';
import { readJsonDocument } from './read-json.js';
import { compileTrustedKeys, enforceSignature } from './trusted-keys.js';
import type { CompiledAgent, CompiledServer, CompiledTool, FirewallPolicy } from './types.js';
import { loadErrorFromZod } from './zod-issues.js';

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

/** Loads the config and every manifest it points at, and compiles them into one policy. */
export function loadPolicy(configPath: string, env: NodeJS.ProcessEnv = process.env): FirewallPolicy {
  const file = resolve(configPath);
  const { doc, sha256: configSha256 } = parseConfigDocument(file);
  const dir = dirname(file);
  const levels = doc.clearanceLevels;
  if (new Set(levels).size !== levels.length) {
    throw new LoadError(file, '$.clearanceLevels', 'a clearance level is listed twice', 'list each level once, lowest first');
  }
  const agents = compileAgents(file, doc);
  if (doc.stdioAgent !== undefined && !agents.has(doc.stdioAgent)) {
    throw new LoadError(file, '$.stdioAgent', `agent "${doc.stdioAgent}" is not defined`, `define it under "agents" or use one of: ${[...agents.keys()].join(', ')}`);
  }
  const manifestDir = resolve(dir, doc.manifests);
  const servers = loadServers(file, manifestDir, doc, env);
  const tools = new Map<string, CompiledTool>();
  const folded = new Map<string, CompiledTool>();
  for (const server of servers) {
    for (const tool of server.tools.values()) {
      // Names that differ only by case or Unicode compatibility forms would confuse a model.
      const key = tool.exposed.normalize('NFKC').toLowerCase();
      const twin = folded.get(key);
      if (twin) {
        throw twin.server === tool.server
          ? new LoadError(tool.manifestFile, childPath('$', 'tools', tool.tool), `tool "${tool.tool}" differs from tool "${twin.tool}" of the same manifest only by case or Unicode compatibility forms`, `approve only one of them: delete "${tool.tool}" or "${twin.tool}" from "tools"`)
          : new LoadError(tool.manifestFile, childPath('$', 'tools', tool.tool), `exposed name "${tool.exposed}" collides with "${twin.exposed}" from ${twin.manifestFile}`, 'rename one of the servers (change "server.id" and the file name of one manifest)');
      }
      folded.set(key, tool);
      tools.set(tool.exposed, tool);
    }
  }
  const flag = doc.scan.flagThreshold ?? DEFAULT_FLAG_THRESHOLD;
  const block = doc.scan.blockThreshold ?? DEFAULT_BLOCK_THRESHOLD;
  if (flag > block) {
    throw new LoadError(file, '$.scan.flagThreshold', 'flagThreshold is above blockThreshold', 'set flagThreshold at or below blockThreshold');
  }
  return {
    configFile: file,
    clearanceLevels: levels,
    agents,
    stdioAgent: doc.stdioAgent,
    manifestDir,
    servers,
    tools,
    auditFile: resolve(dir, doc.audit.file),
    audit: compileAuditSettings(file, doc, env),
    configSha256,
    scan: { enabled: doc.scan.enabled, scanDescriptions: doc.scan.scanDescriptions, redactSecrets: doc.scan.redactSecrets, flagThreshold: flag, blockThreshold: block, onFlaggedStructuredContent: doc.scan.onFlaggedStructuredContent, exfiltration: { mode: doc.scan.exfiltration.mode, allow: compileHostAllowlist(doc.scan.exfiltration.allowedImageHosts) }, secretsInArguments: doc.scan.secretsInArguments },
    limits: doc.limits,
    delimiter: doc.delimiter,
    logLevel: doc.logLevel,
  };
}

function compileAgents(file: string, doc: ConfigDocument): Map<string, CompiledAgent> {
  const agents = new Map<string, CompiledAgent>();
  for (const [id, agent] of Object.entries(doc.agents)) {
    const rank = doc.clearanceLevels.indexOf(agent.clearance);
    if (rank < 0) {
      throw new LoadError(file, childPath('$', 'agents', id, 'clearance'), `unknown clearance level "${agent.clearance}"`, `use one of: ${doc.clearanceLevels.join(', ')}`);
    }
    agents.set(id, { id, clearance: agent.clearance, clearanceRank: rank, capabilities: new Set(agent.capabilities) });
  }
  return agents;
}

function loadServers(configFile: string, manifestDir: string, doc: ConfigDocument, env: NodeJS.ProcessEnv): CompiledServer[] {
  let names: string[];
  try {
    names = readdirSync(manifestDir).filter((n) => n.endsWith('.json')).sort();
  } catch {
    throw new LoadError(configFile, '$.manifests', `manifest directory ${manifestDir} cannot be read`, 'create it or correct "manifests" (relative to the config file)');
  }
  const ctx = {
    clearanceLevels: doc.clearanceLevels,
    maxResultBytes: doc.limits.maxResultBytes,
    defaultTimeoutMs: doc.limits.defaultTimeoutMs,
    env,
  };
  const keys = compileTrustedKeys(configFile, dirname(configFile), doc);
  return names.map((name) => {
    const manifestFile = join(manifestDir, name);
    // One read: the bytes whose signature is checked are the bytes that are compiled.
    const { value: raw, sha256 } = readJsonDocument(manifestFile);
    enforceSignature(manifestFile, raw, keys, doc.requireSignedManifests);
    return { ...compileManifest(manifestFile, parseManifest(manifestFile, raw), ctx), manifestSha256: sha256 };
  });
}
