import { FirewallError } from '../errors.js';
import type { FirewallPolicy } from '../config/types.js';
import { runStages } from '../pipeline/runner.js';
import type { ExchangeContext, Stage } from '../pipeline/stage.js';
import { exfilStage } from '../pipeline/stages/exfil-stage.js';
import type { CallResult, ContentBlock } from '../pipeline/stages/result-shape.js';
import { FIREWALL_AUTHORED, scanStage } from '../pipeline/stages/scan-stage.js';
import type { StructuredOptions } from '../pipeline/stages/structured-withhold.js';
import { wrapStage } from '../pipeline/stages/wrap-stage.js';
import { scanText } from '../scan/index.js';

/**
 * The tool-result response stages (scan with secret redaction and hidden-character stripping,
 * exfiltration defang, delimiter wrapping) applied to the content of a resource read or a
 * prompt: the same stages, built once, so a resource or prompt text reaches the model exactly
 * as guarded as a tool result. A `block` verdict refuses the whole answer (SCAN_BLOCKED); a
 * `flag` returns the firewall's warning separately, for the caller to put where its message
 * shape allows.
 */

export interface Guarded {
  blocks: ContentBlock[];
  /** The firewall's warning text when the scanner flagged the content. */
  warning?: string;
}

export class ContentGuard {
  private readonly stages: Stage<CallResult>[] = [];

  constructor(policy: FirewallPolicy) {
    // Resources and prompts carry no structuredContent: the option is never consulted.
    const structured: StructuredOptions = { policy: policy.scan.onFlaggedStructuredContent, declaresOutputSchema: () => false };
    if (policy.scan.enabled) this.stages.push(scanStage((text) => scanText(text, policy.scan), structured));
    if (policy.scan.exfiltration.mode === 'defang') this.stages.push(exfilStage(policy.scan.exfiltration.allow, structured));
    this.stages.push(wrapStage(policy.delimiter));
  }

  async guard(ctx: ExchangeContext, blocks: ContentBlock[]): Promise<Guarded> {
    const outcome = await runStages(this.stages, ctx, { content: blocks });
    if (!outcome.ok) {
      if (outcome.error.code === 'SCAN_BLOCKED') ctx.decision = 'block';
      throw outcome.error instanceof FirewallError ? outcome.error : new FirewallError('INTERNAL');
    }
    const warnings = outcome.message.content.filter((b) => FIREWALL_AUTHORED.has(b));
    const rest = outcome.message.content.filter((b) => !FIREWALL_AUTHORED.has(b));
    const warning = warnings.map((b) => (b.type === 'text' ? b.text : '')).join('\n');
    return warning ? { blocks: rest, warning } : { blocks: rest };
  }
}
