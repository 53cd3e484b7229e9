import { z } from 'zod';
import { FirewallError } from '../../errors.js';
import { quoteInput } from '../../quote-input.js';
import { PASS, reject, type Stage } from '../stage.js';

/**
 * A CallToolResult rebuilt from what the spec defines. Unknown fields (including `_meta`) are
 * dropped rather than passed on unexamined; unknown content types are refused.
 */

const annotations = z.object({ audience: z.array(z.enum(['user', 'assistant'])).optional(), priority: z.number().optional(), lastModified: z.string().optional() }).optional();

export const contentBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string(), annotations }),
  z.object({ type: z.literal('image'), data: z.string(), mimeType: z.string().max(200), annotations }),
  z.object({ type: z.literal('audio'), data: z.string(), mimeType: z.string().max(200), annotations }),
  z.object({
    type: z.literal('resource'),
    resource: z.union([
      z.object({ uri: z.string().max(4096), mimeType: z.string().max(200).optional(), text: z.string() }),
      z.object({ uri: z.string().max(4096), mimeType: z.string().max(200).optional(), blob: z.string() }),
    ]),
    annotations,
  }),
  z.object({
    type: z.literal('resource_link'),
    uri: z.string().max(4096),
    name: z.string().max(1000),
    title: z.string().max(1000).optional(),
    description: z.string().max(10_000).optional(),
    mimeType: z.string().max(200).optional(),
    size: z.number().optional(),
    annotations,
  }),
]);

export const callResultSchema = z.object({
  content: z.array(contentBlockSchema).max(10_000).default([]),
  structuredContent: z.record(z.string(), z.unknown()).optional(),
  isError: z.boolean().optional(),
});

/** `_meta` is never taken from the tool server (the shape drops it); only the firewall sets it. */
export type CallResult = z.infer<typeof callResultSchema> & { _meta?: Record<string, unknown> };
export type ContentBlock = z.infer<typeof contentBlockSchema>;

export const resultShapeStage: Stage<unknown> = {
  name: 'result-shape',
  run(ctx, result) {
    const parsed = callResultSchema.safeParse(result);
    if (parsed.success) return { kind: 'mutate', message: parsed.data };
    ctx.rules.push(...parsed.error.issues.slice(0, 3).map((i) => `result:${i.code}`));
    return reject(new FirewallError('RESULT_INVALID', 'the tool result is not a valid MCP tool result'));
  },
};

export const structuredContentStage: Stage<CallResult> = {
  name: 'structured-content',
  run(ctx, result) {
    if (result.structuredContent === undefined) return PASS;
    const schema = ctx.tool!.structuredContent;
    if (!schema) {
      ctx.rules.push('result:structured-undeclared');
      return reject(new FirewallError('RESULT_INVALID', 'the tool returned structuredContent but its manifest declares no schema for it'));
    }
    const parsed = schema.safeParse(result.structuredContent);
    if (parsed.success) return PASS;
    ctx.rules.push(...parsed.error.issues.slice(0, 3).map((i) => `result:${i.code}`));
    const where = parsed.error.issues.slice(0, 3).map((i) => `${i.path.map((p) => quoteInput(String(p))).join('.') || '(root)'}: ${quoteInput(i.message, 200)}`);
    return reject(new FirewallError('RESULT_INVALID', `structuredContent rejected: ${where.join('; ')}`));
  },
};
