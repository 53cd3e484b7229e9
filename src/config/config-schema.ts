import { z } from 'zod';
import { DEFAULT_BREAKER } from '../downstream/circuit-breaker.js';
import { capabilitySchema } from './capability-schema.js';
import { DEFAULT_TAINT_CONFIG, taintConfigSchema, taintModeSchema } from './taint-schema.js';

/** The admin's document. Strict everywhere: an unknown key is a typo or an attack, never ignored. */

export const IDENTIFIER = /^[a-z0-9][a-z0-9-]{0,31}$/;
export { CAPABILITY, capabilitySchema } from './capability-schema.js';

export const KEY_ID = /^k-[0-9a-f]{12}$/;

export const agentKeySchema = z
  .strictObject({
    id: z.string().regex(KEY_ID, 'a key id looks like "k-" and 12 hex characters (printed by `mcp-firewall agent key add`)'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 is the lowercase hex sha256 of the key (never the key itself)'),
    notBefore: z.iso.datetime({ offset: true }).describe('The key is refused before this time (ISO 8601).'),
    expires: z.iso.datetime({ offset: true }).describe('The key is refused from this time on (ISO 8601).'),
    description: z.string().max(200).optional(),
  })
  .describe('An API key of an agent, stored as its hash. Create with `mcp-firewall agent key add`.');

export const rateLimitSchema = z.strictObject({
  perMinute: z.number().int().min(1).max(1_000_000),
  burst: z.number().int().min(1).max(100_000).optional(),
});

export const agentSchema = z
  .strictObject({
    description: z.string().max(500).optional(),
    clearance: z.string().min(1).describe('One of clearanceLevels.'),
    capabilities: z.array(capabilitySchema).default([]).describe('Capabilities granted to this agent.'),
    keys: z.array(agentKeySchema).default([]).describe('API keys (hashes) that open HTTP sessions as this agent.'),
    rateLimit: rateLimitSchema.optional().describe('Token bucket over all tools, shared by every session of this agent.'),
    maxConcurrent: z.number().int().min(1).max(4096).optional().describe('Calls in flight over all sessions of this agent.'),
    taint: taintModeSchema.optional().describe('Overrides taint.onEgress for this agent.'),
  })
  .describe('An agent: who a host session runs as.');

const HOST_PATTERN = /^(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export const exfiltrationConfigSchema = z
  .strictObject({
    mode: z
      .enum(['defang', 'off'])
      .default('defang')
      .describe('"defang" replaces external images and data-carrying links in results with a readable marker; "off" leaves them.'),
    allowedImageHosts: z
      .array(z.string().toLowerCase().regex(HOST_PATTERN, 'a host is "img.example.com" or "*.example.com" (subdomains only), lowercase, without scheme, port or path'))
      .max(1000)
      .default([])
      .describe('Hosts whose images and links are kept: exact hosts, or "*.example.com" for its subdomains.'),
  })
  .describe('Defanging of exfiltration channels in what the host renders.');

export const scanConfigSchema = z
  .strictObject({
    enabled: z.boolean().default(true),
    flagThreshold: z.number().min(0).max(1).optional().describe('Score at or above which a text is flagged.'),
    blockThreshold: z.number().min(0).max(1).optional().describe('Score at or above which a text is blocked.'),
    redactSecrets: z.boolean().default(true),
    scanDescriptions: z
      .boolean()
      .default(true)
      .describe('Withhold tools whose descriptions carry hidden instructions.'),
    onFlaggedStructuredContent: z
      .enum(['withhold-structured', 'withhold-result'])
      .default('withhold-structured')
      .describe(
        'structuredContent cannot be wrapped in markers. When a string in it is flagged (or redaction breaks its schema): withhold-structured returns the result without it, withhold-result refuses the whole result (SCAN_BLOCKED).',
      ),
    exfiltration: exfiltrationConfigSchema.default({ mode: 'defang', allowedImageHosts: [] }),
    frames: z
      .enum(['explain', 'flag'])
      .default('explain')
      .describe(
        'What a frame does to the rule hits it accounts for (a text that writes about attacks, a role-play request, an agents file): "explain" ranks the text by the window models alone, flagged only if they say so (default); "flag" keeps every such text flagged.',
      ),
    secretsInArguments: z
      .enum(['audit', 'block', 'off'])
      .default('audit')
      .describe('Credentials in outbound tool arguments: "audit" records the rule ids and argument paths (default), "block" refuses the call with ARGS_SECRET, "off" does not look.'),
  })
  .describe('Content scanning policy for everything the model reads.');

export const auditConfigSchema = z
  .strictObject({
    file: z.string().min(1).describe('Audit log file (NDJSON), relative to this file.'),
    key: z
      .string()
      .regex(/^(file|env):.+$/, 'the key is a reference, "file:PATH" (relative to this file) or "env:NAME", never the key itself')
      .optional()
      .describe('Secret (at least 32 characters) that keys the chain (HMAC-SHA256), the signed checkpoints and the argument/result hashes: "file:PATH" (mode 0600) or "env:NAME".'),
    onWriteFailure: z
      .enum(['deny', 'continue'])
      .default('deny')
      .describe('When a record cannot be written: "deny" refuses the exchange with AUDIT_UNAVAILABLE (default); "continue" serves it unaudited and logs an error.'),
    checkpointEvery: z
      .number()
      .int()
      .min(1)
      .max(1_000_000)
      .default(1000)
      .describe('With a key: write a signed checkpoint after the first record, then every this many records, and on shutdown.'),
  })
  .describe('The audit log.');

export const circuitBreakerSchema = z
  .strictObject({
    crashes: z.number().int().min(1).max(1000).default(DEFAULT_BREAKER.crashes).describe('Crashes or failed starts within windowSeconds that open the circuit.'),
    windowSeconds: z.number().int().min(1).max(86_400).default(DEFAULT_BREAKER.windowSeconds),
    coolDownSeconds: z.number().int().min(1).max(86_400).default(DEFAULT_BREAKER.coolDownSeconds).describe('How long an open circuit refuses calls before one restart is tried.'),
  })
  .describe('Stops restarting a tool server that keeps crashing: its tools fail fast with CIRCUIT_OPEN until one probe restart after the cool-down succeeds.');

export const limitsSchema = z
  .strictObject({
    maxMessageBytes: z
      .number()
      .int()
      .min(1024)
      .default(8 * 1024 * 1024)
      .describe('Largest JSON-RPC message accepted from the host or a tool server.'),
    maxResultBytes: z
      .number()
      .int()
      .min(256)
      .default(1024 * 1024)
      .describe('Default result size limit for tools that do not set their own.'),
    defaultTimeoutMs: z.number().int().min(100).max(3_600_000).default(60_000),
    maxConcurrentCalls: z.number().int().min(1).max(1024).default(32).describe('Calls in flight per session.'),
    circuitBreaker: circuitBreakerSchema.default(DEFAULT_BREAKER),
    listPageSize: z.number().int().min(1).max(10_000).default(100).describe('Items per page of tools/list, resources/list, resources/templates/list and prompts/list; later pages are reached with the firewall\'s own cursors.'),
  })
  .describe('Global limits.');

export const httpSchema = z
  .strictObject({
    listen: z.string().min(1).optional().describe('HOST:PORT used by `serve --http` when no address is given, e.g. "127.0.0.1:8750" or "[::]:8443".'),
    tls: z
      .strictObject({
        cert: z.string().min(1).describe('PEM certificate chain: "file:path" (relative to this file) or "env:NAME".'),
        key: z.string().min(1).describe('PEM private key: "file:path" (relative to this file) or "env:NAME".'),
      })
      .optional()
      .describe('Required unless the address is loopback. TLS 1.3 only.'),
    allowedOrigins: z
      .array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'an origin is scheme://host[:port], e.g. "https://app.example.com"'))
      .default([])
      .describe('Browser origins allowed to call. Requests carrying any other Origin header get 403.'),
    allowedHosts: z
      .array(z.string().regex(/^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/, 'a host is a name or address, optionally with :port'))
      .optional()
      .describe('Host header values served (DNS-rebinding protection). Default: loopback names on a loopback address, any host otherwise.'),
    idleTimeoutSeconds: z.number().int().min(1).max(86_400).default(900).describe('A session with no request for this long ends.'),
    maxSessions: z.number().int().min(1).max(100_000).default(256).describe('Sessions open at once; more get 503.'),
    maxBodyBytes: z.number().int().min(1024).optional().describe('Largest request body; defaults to limits.maxMessageBytes.'),
  })
  .describe('The Streamable HTTP front door for remote hosts and agents (`mcp-firewall serve --http`).');

export const configSchema = z
  .strictObject({
    $schema: z.string().optional(),
    manifests: z.string().min(1).default('manifests').describe('Directory of manifests, relative to this file.'),
    clearanceLevels: z
      .array(z.string().regex(IDENTIFIER, 'a level name is lowercase letters, digits and dashes'))
      .min(1)
      .describe('Clearance levels, lowest first.'),
    agents: z.record(z.string().regex(IDENTIFIER, 'an agent id is lowercase letters, digits and dashes'), agentSchema),
    stdioAgent: z.string().optional().describe('The agent a stdio session runs as unless --agent is given.'),
    http: httpSchema.optional(),
    delimiter: z.enum(['xml', 'external-data']).default('xml').describe('How returned text is wrapped.'),
    scan: scanConfigSchema.default({ enabled: true, redactSecrets: true, scanDescriptions: true, onFlaggedStructuredContent: 'withhold-structured', exfiltration: { mode: 'defang', allowedImageHosts: [] }, frames: 'explain', secretsInArguments: 'audit' }),
    audit: auditConfigSchema.default({ file: 'audit/mcp-firewall.audit.ndjson', onWriteFailure: 'deny', checkpointEvery: 1000 }),
    limits: limitsSchema.default({
      maxMessageBytes: 8 * 1024 * 1024,
      maxResultBytes: 1024 * 1024,
      defaultTimeoutMs: 60_000,
      maxConcurrentCalls: 32,
      circuitBreaker: DEFAULT_BREAKER,
      listPageSize: 100,
    }),
    trustedKeys: z
      .array(
        z.strictObject({
          id: z.string().regex(/^[0-9a-f]{16}$/, 'a key id is the first 16 hex characters of sha256 of the raw public key (printed by `mcp-firewall keygen`)'),
          publicKey: z.string().min(1).describe('ed25519 public key: PEM, base64 DER SPKI, or "file:path" (relative to this file).'),
          description: z.string().max(200).optional(),
        }),
      )
      .default([])
      .describe('Keys whose manifest signatures are trusted.'),
    requireSignedManifests: z.boolean().default(false).describe('Refuse to load a manifest that is unsigned, tampered with, or signed by a key not in trustedKeys.'),
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
    taint: taintConfigSchema.default(DEFAULT_TAINT_CONFIG),
  })
  .describe('mcp-firewall configuration.');

export type ConfigDocument = z.infer<typeof configSchema>;
export type AgentDocument = z.infer<typeof agentSchema>;
export type AgentKeyDocument = z.infer<typeof agentKeySchema>;
