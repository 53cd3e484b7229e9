import { DEFAULT_TAINT_CLASSES, type TaintConfigDocument, type TaintMode } from '../config/taint-schema.js';

export type { TaintMode } from '../config/taint-schema.js';

/** What a session can have been shown. Labels only accumulate during a host session. */
export type TaintLabel = 'private' | 'untrusted';

/** The `taint` section compiled once at load: capability → class lookups the hot path reads. */
export interface CompiledTaintPolicy {
  onEgress: TaintMode;
  privateCapabilities: ReadonlySet<string>;
  untrustedCapabilities: ReadonlySet<string>;
  egressCapabilities: ReadonlySet<string>;
  approvalTimeoutMs: number;
  /** How often a pending approval tells the host the call is alive (when the host asked for progress). */
  approvalProgressMs: number;
  maxShinglesPerSession: number;
  /** Resolved real paths: `fs.write` calls that stay inside them are no egress. */
  scratchRoots: readonly string[];
}

export function compileTaintPolicy(doc: TaintConfigDocument, scratchRoots: readonly string[] = []): CompiledTaintPolicy {
  return {
    onEgress: doc.onEgress,
    privateCapabilities: new Set(doc.classes.private ?? DEFAULT_TAINT_CLASSES.private),
    untrustedCapabilities: new Set(doc.classes.untrusted ?? DEFAULT_TAINT_CLASSES.untrusted),
    egressCapabilities: new Set(doc.classes.egress ?? DEFAULT_TAINT_CLASSES.egress),
    approvalTimeoutMs: doc.approvalTimeoutSeconds * 1000,
    approvalProgressMs: doc.approvalProgressSeconds * 1000,
    maxShinglesPerSession: doc.maxShinglesPerSession,
    scratchRoots,
  };
}

/** The labels a result of something with these capabilities gives the session that reads it. */
export function labelsOf(policy: CompiledTaintPolicy, capabilities: readonly string[]): TaintLabel[] {
  const labels: TaintLabel[] = [];
  if (capabilities.some((c) => policy.privateCapabilities.has(c))) labels.push('private');
  if (capabilities.some((c) => policy.untrustedCapabilities.has(c))) labels.push('untrusted');
  return labels;
}

/** The capabilities that make a tool an egress, in manifest order (empty: not an egress). */
export function egressCapabilitiesOf(policy: CompiledTaintPolicy, capabilities: readonly string[]): string[] {
  return capabilities.filter((c) => policy.egressCapabilities.has(c));
}

/** The mode an agent runs under: its own `taint`, else the config's `taint.onEgress`. */
export function taintModeOf(policy: CompiledTaintPolicy, agent: { taint?: TaintMode | undefined }): TaintMode {
  return agent.taint ?? policy.onEgress;
}
