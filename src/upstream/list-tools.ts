import type { CompiledAgent } from '../config/types.js';
import { checkAccess } from '../policy/access.js';
import type { ExchangeContext } from '../pipeline/stage.js';
import type { Firewall } from './firewall.js';

/**
 * tools/list for one agent: exactly the tools a call would allow (same access function, same
 * pin and availability check), renamed to their exposed names. Cached until the verified tool
 * set changes.
 */
export class ToolLister {
  private cached: { tools: Record<string, unknown>[] } | undefined;
  /** The names in the list this agent was last given or last compared against. */
  private lastKey: string | undefined;

  constructor(
    private readonly firewall: Firewall,
    private readonly agent: CompiledAgent,
  ) {}

  list(ctx: ExchangeContext): { tools: Record<string, unknown>[] } {
    if (!this.cached) {
      this.cached = this.build();
      this.lastKey = keyOf(this.cached);
    }
    ctx.details.listed = this.cached.tools.length;
    return this.cached;
  }

  /**
   * Rebuilds the list; reports whether what this agent sees changed since it was last listed
   * or compared (an agent that never listed has nothing to be told about).
   */
  invalidate(): boolean {
    this.cached = this.build();
    const key = keyOf(this.cached);
    const changed = this.lastKey !== undefined && key !== this.lastKey;
    this.lastKey = key;
    return changed;
  }

  private build(): { tools: Record<string, unknown>[] } {
    const tools: Record<string, unknown>[] = [];
    for (const tool of this.firewall.policy.tools.values()) {
      if (!checkAccess(this.agent, tool).ok) continue;
      if (this.firewall.availability.check(tool)) continue;
      const definition = this.firewall.definitionOf(tool);
      if (definition) tools.push({ ...definition, name: tool.exposed });
    }
    return { tools };
  }
}

/** Names and definitions: a tool whose visible definition changed is a change of the list. */
function keyOf(list: { tools: Record<string, unknown>[] }): string {
  return JSON.stringify(list.tools);
}
