import { z } from 'zod';

/** The admin's document. Strict everywhere: an unknown key is a typo or an attack, never ignored. */

export const IDENTIFIER = /^[a-z0-9][a-z0-9-]{0,31}$/;
export const CAPABILITY = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/;

export const capabilitySchema = z
  .string()
  .regex(CAPABILITY, 'a capability looks like "fs.read" or "net.egress"')
  .describe('A capability name, e.g. fs.read, fs.write, net.egress, exec, data.private, content.untrusted.');

export const agentSchema = z
  .strictObject({
    description: z.string().max(500).optional(),
    clearance: z.string().min(1).describe('One of clearanceLevels.'),
    capabilities: z.array(capabilitySchema).default([]).describe('Capabilities granted to this agent.'),
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
  })
  .describe('Global limits.');

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
    delimiter: z.enum(['xml', 'external-data']).default('xml').describe('How returned text is wrapped.'),
    scan: scanConfigSchema.default({ enabled: true, redactSecrets: true, scanDescriptions: true, onFlaggedStructuredContent: 'withhold-structured', exfiltration: { mode: 'defang', allowedImageHosts: [] }, secretsInArguments: 'audit' }),
    audit: auditConfigSchema.default({ file: 'audit/mcp-firewall.audit.ndjson', onWriteFailure: 'deny', checkpointEvery: 1000 }),
    limits: limitsSchema.default({
      maxMessageBytes: 8 * 1024 * 1024,
      maxResultBytes: 1024 * 1024,
      defaultTimeoutMs: 60_000,
      maxConcurrentCalls: 32,
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
  })
  .describe('mcp-firewall configuration.');

export type ConfigDocument = z.infer<typeof configSchema>;
export type AgentDocument = z.infer<typeof agentSchema>;
