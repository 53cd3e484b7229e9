import { z } from 'zod';
import { capabilitySchema } from './config-schema.js';
import { sandboxSchema } from './sandbox-schema.js';
import { clientRequestsSchema } from './client-requests-schema.js';

/** The tool owner's document: what a server is, and exactly which of its tools may be exposed. */

/** How `manifest init` marks a tool's `review` note until `manifest approve` replaces it. */
export const DRAFT_MARK = 'DRAFT';

export const SERVER_ID = /^[a-z0-9][a-z0-9-]{0,31}$/;
export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a pin is 64 lowercase hex characters');

const itemRateLimitSchema = z.strictObject({
  perMinute: z.number().int().min(1).max(1_000_000),
  burst: z.number().int().min(1).max(100_000).optional(),
});

export const fieldPinsSchema = z
  .record(z.string().min(1).max(64), sha256Hex)
  .describe('sha256 of the canonical JSON of each top-level field of the definition (description, inputSchema, annotations, _meta…). Written by `manifest init` / `manifest lock`; lets a mismatch name the changed fields.');

export const serverPinsSchema = z
  .strictObject({
    instructions: sha256Hex.optional().describe('sha256 of the canonical JSON of the initialize `instructions` (null when absent).'),
    prompts: sha256Hex.optional().describe('sha256 of the canonical JSON of every prompt definition, sorted by name.'),
    resourceTemplates: sha256Hex.optional().describe('sha256 of the canonical JSON of every resource template, sorted by uriTemplate.'),
  })
  .describe('Pins on what the server says besides its tools. A mismatch quarantines all of its tools. A key left out is not checked.');

export const identitySchema = z
  .strictObject({
    file: z.string().min(1).optional().describe('The file that runs, relative to the manifest. Defaults to the first argument when command is "node", else the resolved command.'),
    sha256: sha256Hex.optional().describe('sha256 of that file\'s bytes.'),
    package: z
      .strictObject({
        name: z.string().min(1),
        version: z.string().min(1),
        integrity: z.string().min(1).optional().describe('The lockfile `integrity` of node_modules/<name> (package-lock.json next to node_modules).'),
        tree: sha256Hex
          .optional()
          .describe('Tree hash of the installed package directory: sha256 over every file (sorted relative path, kind and sha256 of the content), nested node_modules left out. Catches edited, added or removed files.'),
      })
      .optional()
      .describe('The npm package the file belongs to (nearest package.json upwards).'),
  })
  .describe('What runs behind the command. A different binary or package is a mismatch: the server is not started.');

export const signatureSchema = z
  .strictObject({
    keyId: z.string().regex(/^[0-9a-f]{16}$/, 'a key id is 16 lowercase hex characters'),
    value: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, 'a signature is base64').describe('ed25519 over the RFC 8785 canonical JSON of the manifest without `signature`.'),
  })
  .describe('Written by `mcp-firewall manifest sign`.');

const jsonSchemaObject = z
  .record(z.string(), z.unknown())
  .describe('A JSON Schema (draft-07 subset). Unsupported keywords are load errors.');

export const stdioServerSchema = z
  .strictObject({
    id: z.string().regex(SERVER_ID, 'a server id is lowercase letters, digits and dashes, at most 32'),
    description: z.string().max(500).optional(),
    transport: z.literal('stdio'),
    command: z
      .string()
      .min(1)
      .describe('Executable. "node" means the Node.js running the firewall; otherwise an absolute path or a name on an inherited PATH.'),
    args: z.array(z.string()).default([]),
    cwd: z.string().optional().describe('Working directory, relative to the manifest file. Defaults to the manifest directory.'),
    env: z
      .record(z.string().regex(ENV_NAME), z.string())
      .default({})
      .describe('Variables set for the server: literal values, or references "env:NAME" / "file:path" for secrets.'),
    inheritEnv: z
      .array(z.string().regex(ENV_NAME))
      .default([])
      .describe('Names of the firewall\'s own variables passed through. Nothing else is inherited.'),
    initTimeoutMs: z.number().int().min(100).max(120_000).default(15_000),
    pins: serverPinsSchema.optional(),
    identity: identitySchema.optional(),
    sandbox: sandboxSchema.optional(),
  })
  .describe('A tool server run as a child process speaking MCP over stdio.');

/** `env:NAME` or `file:path` (relative to the manifest): secrets and key material never sit in the file. */
const reference = z
  .string()
  .regex(/^(env:[A-Za-z_][A-Za-z0-9_]*|file:.+)$/, 'use a reference: "env:NAME" or "file:path" (relative to the manifest)');

const spkiPin = z
  .string()
  .regex(
    /^(sha256\/)?([A-Za-z0-9+/]{43}=|[0-9a-fA-F]{64})$/,
    'a pin is the sha256 of the DER SubjectPublicKeyInfo, base64 (44 characters) or hex (64), e.g. from `openssl x509 -pubkey -noout -in cert.pem | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64`',
  );

export const tlsSchema = z
  .strictObject({
    ca: reference.optional().describe('PEM bundle of the certificate authorities to trust, instead of the system store.'),
    pins: z.array(spkiPin).min(1).max(16).optional().describe('SPKI sha256 pins (base64 or hex). Any match passes; checked on every new connection.'),
    cert: reference.optional().describe('PEM client certificate for mutual TLS (needs `key`).'),
    key: reference.optional().describe('PEM private key of the client certificate.'),
    servername: z.string().min(1).max(253).optional().describe('Name to send (SNI) and verify the certificate against, when it differs from the URL host.'),
  })
  .describe('TLS settings. TLS 1.3 is the minimum and cannot be lowered; the host name is always verified.');

export const signingSchema = z
  .strictObject({
    keys: z
      .array(
        z.strictObject({
          id: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'a key id is 1-64 letters, digits, dot, dash or underscore'),
          secret: reference.describe('The shared HMAC key (at least 32 bytes).'),
        }),
      )
      .min(1)
      .max(2)
      .describe('One or two active keys. Requests are signed with the first; list the next key second while the server learns it, then swap.'),
  })
  .describe('HMAC-SHA256 request signing (see README, "Remote tool servers over HTTPS").');

export const httpServerSchema = z
  .strictObject({
    id: z.string().regex(SERVER_ID, 'a server id is lowercase letters, digits and dashes, at most 32'),
    description: z.string().max(500).optional(),
    transport: z.literal('http'),
    url: z.string().min(1).max(2048).describe('The Streamable HTTP endpoint, https://… (http:// only for loopback with allowInsecureLoopback).'),
    tls: tlsSchema.optional(),
    headers: z
      .record(z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'a header name is letters, digits and dashes'), reference)
      .default({})
      .describe('Static headers sent with every request (e.g. Authorization); values are references, never literals.'),
    signing: signingSchema.optional(),
    allowInsecureLoopback: z.boolean().default(false).describe('Allow a plain http:// URL whose host is loopback (127.0.0.0/8, ::1, localhost).'),
    initTimeoutMs: z.number().int().min(100).max(120_000).default(15_000),
    pins: serverPinsSchema.optional(),
  })
  .describe('A remote tool server reached over MCP Streamable HTTP.');

export const toolPolicySchema = z
  .strictObject({
    clearance: z.string().min(1).describe('The lowest clearance level allowed to see and call this tool.'),
    capabilities: z.array(capabilitySchema).default([]).describe('What the tool can do; an agent needs all of them.'),
    sha256: sha256Hex.describe('sha256 of the canonical JSON of the tool definition as the server announces it. Authoritative.'),
    pins: fieldPinsSchema.optional(),
    arguments: jsonSchemaObject.describe(
      'JSON Schema the arguments must satisfy. Objects are strict. Extensions: "x-path-within" (directories) and "x-url-hosts" (host names) on string properties.',
    ),
    result: z
      .strictObject({
        maxBytes: z.number().int().min(64).optional().describe('Largest serialized result accepted.'),
        structuredContent: jsonSchemaObject.optional().describe('JSON Schema for structuredContent. Without it, structuredContent is refused.'),
      })
      .default({}),
    rateLimit: itemRateLimitSchema.optional().describe('Token bucket per agent and tool.'),
    maxConcurrent: z.number().int().min(1).max(1024).optional().describe('Calls of one agent to this tool in flight.'),
    timeoutMs: z.number().int().min(100).max(3_600_000).optional(),
    review: z.string().max(1000).optional().describe('A note from the owner, e.g. why the bounds are what they are.'),
  })
  .describe('Policy for one approved tool.');

const mimeType = z
  .string()
  .regex(/^([a-z0-9][a-z0-9!#$&^_.+-]{0,63}|\*)\/([a-z0-9][a-z0-9!#$&^_.+-]{0,126}|\*)$/, 'a MIME type is type/subtype in lowercase, e.g. "text/plain"; "text/*" and "*/*" are wildcards');

export const resourcePolicySchema = z
  .strictObject({
    uri: z.string().min(1).max(2048).optional().describe('One concrete resource URI, compared exactly.'),
    uriTemplate: z
      .string()
      .min(1)
      .max(2048)
      .optional()
      .describe('An RFC 6570 level 1 URI template ({name} expressions): every URI it expands to is approved, and the template itself is listed and can be completed.'),
    clearance: z.string().min(1).describe('The lowest clearance level allowed to see and read the resource.'),
    capabilities: z.array(capabilitySchema).default([]).describe('What reading the resource exposes; an agent needs all of them.'),
    mimeTypes: z.array(mimeType).min(1).max(32).describe('MIME types a read may return (text and blob alike); anything else is refused.'),
    maxBytes: z.number().int().min(1).max(64 * 1024 * 1024).describe('Largest content accepted, per item: UTF-8 bytes of a text, decoded bytes of a blob.'),
    sha256: sha256Hex.optional().describe('sha256 of the canonical JSON of the resource (resources/list) or template (resources/templates/list) as the server lists it. A changed definition is quarantined.'),
    pins: fieldPinsSchema.optional(),
    rateLimit: itemRateLimitSchema.optional().describe('Token bucket per agent over reads, subscriptions and completions of this entry.'),
    maxConcurrent: z.number().int().min(1).max(1024).optional().describe('Requests of one agent about this entry in flight.'),
    review: z.string().max(1000).optional(),
  })
  .describe('Policy for approved resources: one concrete URI or one URI template.');

export const promptPolicySchema = z
  .strictObject({
    clearance: z.string().min(1).describe('The lowest clearance level allowed to see and get the prompt.'),
    capabilities: z.array(capabilitySchema).default([]).describe('What the prompt exposes; an agent needs all of them.'),
    sha256: sha256Hex.describe('sha256 of the canonical JSON of the prompt definition as prompts/list announces it. Authoritative.'),
    pins: fieldPinsSchema.optional(),
    arguments: jsonSchemaObject.describe('JSON Schema the prompt arguments (an object of strings) must satisfy. Objects are strict.'),
    rateLimit: itemRateLimitSchema.optional().describe('Token bucket per agent over gets and completions of this prompt.'),
    maxConcurrent: z.number().int().min(1).max(1024).optional().describe('Requests of one agent about this prompt in flight.'),
    review: z.string().max(1000).optional(),
  })
  .describe('Policy for one approved prompt.');

export const manifestSchema = z
  .strictObject({
    $schema: z.string().optional(),
    server: z.discriminatedUnion('transport', [stdioServerSchema, httpServerSchema]),
    tools: z.record(z.string().min(1).max(128), toolPolicySchema).describe('Approved tools by their downstream name. Anything not listed is never exposed.'),
    resources: z
      .record(z.string().min(1).max(128), resourcePolicySchema)
      .default({})
      .describe('Approved resources and resource templates, by a name the owner chooses (audit records show it). Anything not matched is never exposed.'),
    prompts: z.record(z.string().min(1).max(128), promptPolicySchema).default({}).describe('Approved prompts by their downstream name. Anything not listed is never exposed.'),
    clientRequests: clientRequestsSchema.optional(),
    signature: signatureSchema.optional(),
  })
  .describe('mcp-firewall tool-server manifest.');

export type ManifestDocument = z.infer<typeof manifestSchema>;
export type ToolPolicyDocument = z.infer<typeof toolPolicySchema>;
export type ResourcePolicyDocument = z.infer<typeof resourcePolicySchema>;
export type PromptPolicyDocument = z.infer<typeof promptPolicySchema>;
export type StdioServerDocument = z.infer<typeof stdioServerSchema>;
export type HttpServerDocument = z.infer<typeof httpServerSchema>;
