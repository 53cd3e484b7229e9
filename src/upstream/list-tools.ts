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
  private lastKey = '';

  constructor(
    private readonly firewall: Firewall,
    private readonly agent: CompiledAgent,
  ) {}

  list(ctx: ExchangeContext): { tools: Record<string, unknown>[] } {
    this.cached ??= this.build();
    ctx.details.listed = this.cached.tools.length;
    return this.cached;
  }

  /** Drops the cache; reports whether what this agent sees actually changed. */
  invalidate(): boolean {
    this.cached = this.build();
    const key = this.cached.tools.map((t) => t.name).join('\n');
    const changed = key !== this.lastKey;
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
