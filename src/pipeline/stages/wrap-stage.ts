import { newNonce, wrapText, type DelimiterTemplate } from '../../scan/delimiters.js';
import type { Stage } from '../stage.js';
import type { CallResult } from './result-shape.js';
import { FIREWALL_AUTHORED } from './scan-stage.js';

/** Wraps every text the model reads in this response's own markers, one fresh id per response. */
export function wrapStage(template: DelimiterTemplate): Stage<CallResult> {
  return {
    name: 'wrap',
    run(ctx, result) {
      const nonce = newNonce();
      const source = ctx.exposed ?? 'tool';
      const content = result.content.map((block) => {
        if (FIREWALL_AUTHORED.has(block)) return block;
        if (block.type === 'text') return { ...block, text: wrapText(block.text, source, nonce, template) };
        if (block.type === 'resource' && 'text' in block.resource) {
          return { ...block, resource: { ...block.resource, text: wrapText(block.resource.text, source, nonce, template) } };
        }
        return block;
      });
      return { kind: 'mutate', message: { ...result, content } };
    },
  };
}
