import type { ExchangeContext } from '../pipeline/stage.js';
import { ShingleStore } from './shingles.js';
import { labelsOf, type CompiledTaintPolicy, type TaintLabel, type TaintMode } from './taint-policy.js';

/** Names kept per label, to say where it came from (exposed names: manifest-approved, not model text). */
const MAX_SOURCES = 3;

export interface Observation {
  /** The scanner flagged the content and it was delivered anyway: untrusted, whatever its tool. */
  flagged?: boolean;
  /** The text the model was shown; kept as hashed shingles when it is private. */
  texts?: Iterable<string>;
}

/** How a handler that shows the model content reports it (SessionTaint.observe, bound). */
export type Observe = (source: string, capabilities: readonly string[], observation: Observation) => void;

/**
 * The taint of one host session: which labels what its agent has been shown carries, where
 * they came from, and hashed shingles of its private text. Lives as long as the host session,
 * so downstream list_changed and reconnects do not clear it; a new host session starts clean.
 *
 * Every handler that shows the model content calls `observe` (tools/call does it in its
 * response stages; resources/read and prompts/get call it with their capabilities).
 */
export class SessionTaint {
  private readonly held = new Set<TaintLabel>();
  private readonly from = new Map<TaintLabel, string[]>();
  private shingles: ShingleStore | undefined;
  /** Off: nothing is tracked and no egress is checked for this session. */
  readonly enabled: boolean;

  constructor(
    readonly policy: CompiledTaintPolicy,
    readonly mode: TaintMode,
  ) {
    this.enabled = mode !== 'off';
  }

  get labels(): ReadonlySet<TaintLabel> {
    return this.held;
  }

  /** Both labels: an egress call could now carry private data on an attacker's instruction. */
  get tainted(): boolean {
    return this.held.size === 2;
  }

  /** Where each label came from, e.g. `private ← filesystem__read_text_file`. */
  sourcesOf(label: TaintLabel): readonly string[] {
    return this.from.get(label) ?? [];
  }

  /**
   * Records what a delivered result, resource or prompt gives the session. `source` names it
   * for the audit and the approval prompt (an exposed name or a resource's server).
   */
  observe(source: string, capabilities: readonly string[], observation: Observation = {}): void {
    if (!this.enabled) return;
    const labels = labelsOf(this.policy, capabilities);
    if (observation.flagged && !labels.includes('untrusted')) labels.push('untrusted');
    for (const label of labels) this.add(label, source);
    if (labels.includes('private') && observation.texts) {
      this.shingles ??= new ShingleStore(this.policy.maxShinglesPerSession);
      for (const text of observation.texts) this.shingles.add(text);
    }
  }

  /** How much of `text` repeats private text this session has read. */
  privateOverlap(text: string): { matched: number; total: number } {
    return this.shingles ? this.shingles.match(text) : { matched: 0, total: 0 };
  }

  /** Puts the session's labels on the exchange's audit record. */
  annotate(ctx: ExchangeContext): void {
    if (this.held.size) ctx.details.taintLabels = [...this.held].sort();
  }

  private add(label: TaintLabel, source: string): void {
    this.held.add(label);
    const sources = this.from.get(label) ?? [];
    if (sources.length < MAX_SOURCES && !sources.includes(source)) sources.push(source);
    this.from.set(label, sources);
  }
}
