import { z } from 'zod';
import { configSchema } from './config-schema.js';
import { manifestSchema } from './manifest-schema.js';

/** JSON Schemas for editors, generated from the zod schemas so the two can never disagree. */
export function renderSchemas(): Record<string, string> {
  const render = (schema: z.ZodType, id: string, title: string): string =>
    `${JSON.stringify({ $id: id, title, ...z.toJSONSchema(schema, { io: 'input', target: 'draft-7' }) }, null, 2)}\n`;
  return {
    'config.schema.json': render(configSchema, 'https://mcp-firewall.dev/schemas/config.schema.json', 'mcp-firewall configuration'),
    'manifest.schema.json': render(manifestSchema, 'https://mcp-firewall.dev/schemas/manifest.schema.json', 'mcp-firewall tool-server manifest'),
  };
}
