import type { z } from 'zod';
import type { ScanPolicy } from '../scan/types.js';

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
  args: z.ZodType;
  maxResultBytes: number;
  structuredContent: z.ZodType | undefined;
  rateLimit: { perMinute: number; burst: number } | undefined;
  maxConcurrent: number | undefined;
  timeoutMs: number;
}

export interface LaunchSpec {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
}

export interface CompiledServer {
  id: string;
  manifestFile: string;
  launch: LaunchSpec;
  initTimeoutMs: number;
  /** Approved tools by downstream name. */
  tools: ReadonlyMap<string, CompiledTool>;
}

export interface CompiledAgent {
  id: string;
  clearance: string;
  clearanceRank: number;
  capabilities: ReadonlySet<string>;
}

export interface FirewallPolicy {
  configFile: string;
  clearanceLevels: readonly string[];
  agents: ReadonlyMap<string, CompiledAgent>;
  stdioAgent: string | undefined;
  servers: readonly CompiledServer[];
  /** Approved tools by exposed name. */
  tools: ReadonlyMap<string, CompiledTool>;
  auditFile: string;
  scan: ScanPolicy & { enabled: boolean; scanDescriptions: boolean };
  limits: { maxMessageBytes: number; maxResultBytes: number; defaultTimeoutMs: number; maxConcurrentCalls: number };
  delimiter: 'xml' | 'external-data';
  logLevel: string;
}
