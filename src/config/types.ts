import type { BreakerSettings } from '../downstream/circuit-breaker.js';
import type { z } from 'zod';
import type { AuditKey } from '../audit/audit-key.js';
import type { FrameMode, ScanPolicy } from '../scan/types.js';
import type { HostAllowlist } from '../scan/exfil-url.js';
import type { SandboxPlan } from './sandbox-schema.js';
import type { CompiledTaintPolicy, TaintMode } from '../taint/taint-policy.js';

/** Policy compiled once at load. The hot path reads only these objects, never the raw documents. */

export interface CompiledTool {
  exposed: string;
  server: string;
  tool: string;
  manifestFile: string;
  clearance: string;
  clearanceRank: number;
  capabilities: readonly string[];
  pin: string;
  /** Per-field hashes, when the manifest has them: they name what changed on a mismatch. */
  fieldPins?: Readonly<Record<string, string>> | undefined;
  args: z.ZodType;
  /** Each `x-path-within` list of the arguments, resolved: error texts name paths relative to them. */
  pathRoots?: readonly (readonly string[])[];
  maxResultBytes: number;
  structuredContent: z.ZodType | undefined;
  rateLimit: { perMinute: number; burst: number } | undefined;
  maxConcurrent: number | undefined;
  timeoutMs: number;
}

/** What an approved item needs for the one access function (tools, resources and prompts alike). */
export interface Guarded {
  clearance: string;
  clearanceRank: number;
  capabilities: readonly string[];
}

/** An approved resource: one concrete URI or one URI template of one server. */
export interface CompiledResource extends Guarded {
  /** The manifest's name for the entry: audit records show it instead of the URI. */
  key: string;
  server: string;
  manifestFile: string;
  kind: 'uri' | 'template';
  /** The concrete URI or the template text, as the server knows it. */
  source: string;
  /** For templates: the compiled matcher. */
  template?: import('../policy/uri-template.js').UriTemplate;
  /** The namespaced URI or template the host sees. */
  exposed: string;
  mimeTypes: readonly string[];
  maxBytes: number;
  /** Pin of the listed definition (resources/list or resources/templates/list), when the manifest has one. */
  pin?: string | undefined;
  fieldPins?: Readonly<Record<string, string>> | undefined;
  rateLimit?: { perMinute: number; burst: number } | undefined;
  maxConcurrent?: number | undefined;
}

/** An approved prompt. */
export interface CompiledPrompt extends Guarded {
  exposed: string;
  server: string;
  prompt: string;
  manifestFile: string;
  pin: string;
  fieldPins?: Readonly<Record<string, string>> | undefined;
  args: z.ZodType;
  /** The argument names the schema declares (completion may ask about these only). */
  argNames: readonly string[];
  rateLimit?: { perMinute: number; burst: number } | undefined;
  maxConcurrent?: number | undefined;
}

export interface LaunchSpec {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** How the process is confined; undefined: not at all. */
  sandbox?: SandboxPlan | undefined;
}

interface CompiledServerBase {
  id: string;
  manifestFile: string;
  /** sha256 of the manifest file's bytes as loaded (set by the config loader). */
  manifestSha256?: string;
  initTimeoutMs: number;
  /** Pins on the initialize instructions, prompts and resource templates (unchecked when absent). */
  pins?: ServerPins | undefined;
  /** Approved tools by downstream name. */
  tools: ReadonlyMap<string, CompiledTool>;
  /** Approved resources and templates (absent: none). */
  resources?: readonly CompiledResource[];
  /** Approved prompts by downstream name (absent: none). */
  prompts?: ReadonlyMap<string, CompiledPrompt>;
  /** Tools whose review note still carries the DRAFT mark of `manifest init`: serve refuses to start. */
  drafts?: readonly string[];
  /** Which requests (sampling, elicitation, roots) the server may send to the host; absent: none. */
  clientRequests?: import('./client-requests-schema.js').CompiledClientRequests;
}

/** A tool server the firewall runs as a child process. */
export interface StdioServer extends CompiledServerBase {
  transport: 'stdio';
  launch: LaunchSpec;
  /** What must run behind the command, checked before every spawn. */
  identity?: ServerIdentity | undefined;
}

/** A remote tool server reached over Streamable HTTP. */
export interface HttpServer extends CompiledServerBase {
  transport: 'http';
  http: HttpTarget;
}

export type CompiledServer = StdioServer | HttpServer;

/** Everything needed to reach an HTTP tool server, resolved at load (references read, pins decoded). */
export interface HttpTarget {
  url: URL;
  /** Undefined for plain http:// (loopback only, and only when the manifest allows it). */
  tls: TlsSettings | undefined;
  /** Static headers, values already resolved from their references. */
  headers: Readonly<Record<string, string>>;
  /** Signing keys; the first signs. */
  signing: readonly SigningKey[] | undefined;
}

export interface TlsSettings {
  ca?: string;
  cert?: string;
  key?: string;
  servername?: string;
  /** SPKI sha256 pins, normalised to base64. Empty: no pinning. */
  pins: readonly string[];
}

export interface SigningKey {
  id: string;
  secret: Buffer;
}

export interface ServerPins {
  instructions?: string;
  prompts?: string;
  resourceTemplates?: string;
}

export interface ServerIdentity {
  /** Absolute path of the file that is hashed / whose package is checked. */
  file: string;
  sha256?: string;
  package?: { name: string; version: string; integrity?: string; tree?: string };
}

export interface CompiledAgent {
  id: string;
  clearance: string;
  clearanceRank: number;
  capabilities: ReadonlySet<string>;
  /** Total over all tools and sessions of this agent. */
  rateLimit?: { perMinute: number; burst: number } | undefined;
  maxConcurrent?: number | undefined;
  /** The agent's own taint mode; undefined: the config's `taint.onEgress`. */
  taint?: TaintMode | undefined;
}

/** One stored API key: only its hash, with its validity window in epoch milliseconds. */
export interface CompiledAgentKey {
  id: string;
  agent: string;
  sha256: Buffer;
  notBefore: number;
  expires: number;
}

export interface CompiledHttp {
  listen: { host: string; port: number } | undefined;
  /** References as written; read when the server starts, so other commands need no key file. */
  tls: { cert: string; key: string } | undefined;
  allowedOrigins: ReadonlySet<string>;
  /** Lower-cased Host values (with or without port); undefined: the default for the address. */
  allowedHosts: ReadonlySet<string> | undefined;
  idleTimeoutMs: number;
  maxSessions: number;
  maxBodyBytes: number;
}

/** What happens to a result whose structuredContent cannot be passed on as the tool sent it. */
export type StructuredContentPolicy = 'withhold-structured' | 'withhold-result';

export interface FirewallPolicy {
  configFile: string;
  clearanceLevels: readonly string[];
  agents: ReadonlyMap<string, CompiledAgent>;
  stdioAgent: string | undefined;
  /** The directory the manifests were loaded from (absolute). */
  manifestDir: string;
  /** Every agent key, across agents. */
  agentKeys: readonly CompiledAgentKey[];
  http: CompiledHttp;
  servers: readonly CompiledServer[];
  /** Approved tools by exposed name. */
  tools: ReadonlyMap<string, CompiledTool>;
  /** Approved prompts by exposed name (absent: none). */
  prompts?: ReadonlyMap<string, CompiledPrompt>;
  auditFile: string;
  audit: AuditPolicy;
  /** sha256 of the config file's bytes as loaded. */
  configSha256: string;
  scan: ScanPolicy & {
    enabled: boolean;
    scanDescriptions: boolean;
    onFlaggedStructuredContent: StructuredContentPolicy;
    exfiltration: { mode: 'defang' | 'off'; allow: HostAllowlist };
    secretsInArguments: 'audit' | 'block' | 'off';
    frames: FrameMode;
  };
  limits: { maxMessageBytes: number; maxResultBytes: number; defaultTimeoutMs: number; maxConcurrentCalls: number; circuitBreaker: BreakerSettings; listPageSize?: number };
  delimiter: 'xml' | 'external-data';
  logLevel: string;
  /** Session taint: capability classes and the default egress mode. */
  taint: CompiledTaintPolicy;
  /** Only with `skipBrokenManifests`: the manifests left out and why. */
  brokenManifests?: readonly import('../errors.js').LoadError[];
}

export interface AuditPolicy {
  file: string;
  /** Resolved from `audit.key` at load; undefined when the log is unkeyed. */
  key: AuditKey | undefined;
  onWriteFailure: 'deny' | 'continue';
  checkpointEvery: number;
}
