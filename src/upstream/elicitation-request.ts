import { PrimitiveSchemaDefinitionSchema } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { FirewallError } from '../errors.js';
import { quoteInput } from '../quote-input.js';
import { categoriesOf, newTally, type ScreenTally, type TextScreen } from './text-screen.js';

/**
 * A tool server's `elicitation/create`, rebuilt for the host. Only form mode is forwarded, and
 * only with the flat schema the spec allows (an object of primitive properties: string,
 * number, integer, boolean, enums); keywords outside that subset are dropped by the SDK's own
 * schema. The message is scanned (a block refuses it, secrets are redacted) and opens with
 * the server's id, so the user knows who is asking.
 */

const MAX_PROPERTIES = 32;
const MAX_MESSAGE_CHARS = 4000;

const requestedSchema = z.object({
  type: z.literal('object'),
  properties: z.record(z.string().min(1).max(64), PrimitiveSchemaDefinitionSchema),
  required: z.array(z.string()).optional(),
});

export interface PreparedElicitation {
  params: Record<string, unknown>;
  tally: ScreenTally;
}

export function prepareElicitation(params: Record<string, unknown>, server: string, screen: TextScreen): PreparedElicitation {
  if (params.mode !== undefined && params.mode !== 'form') throw invalid('only form mode is forwarded');
  if (typeof params.message !== 'string' || params.message.length > MAX_MESSAGE_CHARS) throw invalid(`message must be a string of at most ${MAX_MESSAGE_CHARS} characters`);
  const schema = requestedSchema.safeParse(params.requestedSchema);
  if (!schema.success) throw invalid('requestedSchema must be a flat object of primitive properties (string, number, integer, boolean, enum)');
  const properties = Object.keys(schema.data.properties);
  if (properties.length > MAX_PROPERTIES) throw invalid(`requestedSchema may have at most ${MAX_PROPERTIES} properties`);
  const required = schema.data.required?.filter((name) => properties.includes(name));
  const tally = newTally();
  const read = (text: string): string => screen(text, tally);
  const message = read(params.message);
  // Titles and descriptions are shown to the user as much as the message is.
  const shown = JSON.parse(JSON.stringify(schema.data.properties), (key, value) => (typeof value === 'string' && (key === 'title' || key === 'description') ? read(value) : value)) as Record<string, unknown>;
  if (tally.verdict === 'block') {
    throw new FirewallError('SCAN_BLOCKED', `the elicitation request was refused because it contains content that resembles a prompt-injection attempt (${categoriesOf(tally)})`);
  }
  return {
    params: {
      mode: 'form',
      message: `[Request from tool server "${quoteInput(server)}", relayed by mcp-firewall]\n${message}`,
      requestedSchema: { type: 'object', properties: shown, ...(required?.length ? { required } : {}) },
    },
    tally,
  };
}

/** The user's answer, passed back with the fields of an elicitation result only. */
export function elicitationAnswer(result: Record<string, unknown>): Record<string, unknown> {
  const action = result.action;
  if (action !== 'accept' && action !== 'decline' && action !== 'cancel') throw new FirewallError('HOST_ERROR', 'the host answered the elicitation request without a valid action');
  const content = result.content;
  if (action !== 'accept' || typeof content !== 'object' || content === null || Array.isArray(content)) return { action };
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(content)) {
    if (['string', 'number', 'boolean'].includes(typeof value) || (Array.isArray(value) && value.every((v) => typeof v === 'string'))) values[key] = value;
  }
  return { action, content: values };
}

function invalid(message: string): FirewallError {
  return new FirewallError('ARGS_INVALID', `elicitation/create: ${message}`);
}
