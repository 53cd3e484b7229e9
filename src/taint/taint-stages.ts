import type { ExchangeContext, Stage } from '../pipeline/stage.js';
import { PASS } from '../pipeline/stage.js';
import type { CallRequest } from '../pipeline/stages/request-stages.js';
import type { CallResult } from '../pipeline/stages/result-shape.js';
import type { HostChannel } from './approval.js';
import { egressStage } from './egress-stage.js';
import type { SessionTaint } from './session-taint.js';

/** What tools/call adds for taint: the egress rule before forwarding, the observer after scanning. */
export interface TaintStages {
  request: Stage<CallRequest>[];
  response: Stage<CallResult>[];
  annotate(ctx: ExchangeContext): void;
}

/** An agent whose mode is `off` gets no stages at all: its calls cost nothing extra. */
export function taintStages(taint: SessionTaint, host: HostChannel): TaintStages {
  if (!taint.enabled) return { request: [], response: [], annotate: () => undefined };
  return { request: [egressStage(taint, host)], response: [observeStage(taint)], annotate: (ctx) => taint.annotate(ctx) };
}

/**
 * Runs after the scanner (a blocked result never gets here, so it labels nothing) and before
 * the result is wrapped: labels come from the tool's capabilities and from a flag, and private
 * text is kept as hashed shingles. It only reads the result.
 */
export function observeStage(taint: SessionTaint): Stage<CallResult> {
  return {
    name: 'taint-observe',
    run(ctx, result) {
      const tool = ctx.tool!;
      const flagged = ctx.decision === 'flag';
      if (tool.capabilities.length === 0 && !flagged) return PASS;
      taint.observe(tool.exposed, tool.capabilities, { flagged, texts: textsOf(result) });
      return PASS;
    },
  };
}

function* textsOf(result: CallResult): Iterable<string> {
  let any = false;
  for (const block of result.content) {
    if (block.type === 'text') {
      any = true;
      yield block.text;
    } else if (block.type === 'resource' && 'text' in block.resource) {
      any = true;
      yield block.resource.text;
    }
  }
  // A result that carries its data only as structuredContent: its JSON holds the same words.
  if (!any && result.structuredContent !== undefined) yield JSON.stringify(result.structuredContent);
}
