import { z } from 'zod';
import { capabilitySchema } from './capability-schema.js';

/**
 * The `taint` section of the config: which capabilities make a result private or untrusted, and
 * which make a tool an egress (a way to send data out); what happens to an egress call once a
 * session holds both labels; how long the user has to approve it.
 */

export const TAINT_MODES = ['deny', 'approve', 'warn', 'off'] as const;
export type TaintMode = (typeof TAINT_MODES)[number];

export const DEFAULT_TAINT_CLASSES = {
  private: ['data.private', 'fs.read'],
  untrusted: ['content.untrusted'],
  egress: ['net.egress', 'message.send', 'exec', 'fs.write'],
} as const;

export const taintModeSchema = z
  .enum(TAINT_MODES)
  .describe('What an egress call does in a session that has seen both private data and untrusted content: "deny" refuses it (TAINT_EGRESS_DENIED), "approve" asks the user through MCP elicitation and refuses without a yes, "warn" forwards it and audits it, "off" neither tracks nor checks labels.');

const capabilityList = (what: string) => z.array(capabilitySchema).max(256).describe(what);

export const taintConfigSchema = z
  .strictObject({
    onEgress: taintModeSchema.default('approve').describe('The mode of agents that do not set "taint" themselves. Default "approve".'),
    classes: z
      .strictObject({
        private: capabilityList(`Capabilities whose results are private data. Default: ${DEFAULT_TAINT_CLASSES.private.join(', ')}.`).optional(),
        untrusted: capabilityList(`Capabilities whose results carry outside content. Default: ${DEFAULT_TAINT_CLASSES.untrusted.join(', ')}. A result the scanner flagged is untrusted whatever its tool.`).optional(),
        egress: capabilityList(`Capabilities that send data out of the session. Default: ${DEFAULT_TAINT_CLASSES.egress.join(', ')}.`).optional(),
      })
      .default({})
      .describe('Capability classes. A class that is given replaces its default list; one that is left out keeps it.'),
    scratchRoots: z
      .array(z.string().min(1).max(4096))
      .max(64)
      .default([])
      .describe('Directories (relative to the config file, or absolute) where writing is not sending data out: a call whose only egress capability is "fs.write" is no egress when every path argument, as its "x-path-within" bounds resolved it, lies inside one of them.'),
    approvalTimeoutSeconds: z.number().int().min(1).max(3600).default(120).describe('How long the user has to answer an approval; no answer in time is a refusal.'),
    approvalProgressSeconds: z
      .number()
      .int()
      .min(1)
      .max(600)
      .default(15)
      .describe('While an approval is pending, how often the host is told the call is still alive (an MCP progress notification, sent only when the host asked for progress on the call), so a host that restarts its request timeout on progress keeps waiting for the user.'),
    maxShinglesPerSession: z
      .number()
      .int()
      .min(1000)
      .max(1_000_000)
      .default(100_000)
      .describe('Hashed 8-word passages of private results kept per session for the argument flow check (about 16 bytes each); the oldest go first.'),
  })
  .describe('Session taint: private data plus untrusted content in one session make egress calls need approval.');

export const DEFAULT_TAINT_CONFIG = { onEgress: 'approve' as const, classes: {}, scratchRoots: [] as string[], approvalTimeoutSeconds: 120, approvalProgressSeconds: 15, maxShinglesPerSession: 100_000 };

export type TaintConfigDocument = z.infer<typeof taintConfigSchema>;
