import type { ProgressParams } from '../downstream/link.js';
import type { JsonRpcMessage } from '../jsonrpc/messages.js';
import { newTally, type TextScreen } from './text-screen.js';

/**
 * Progress of a forwarded request, relayed to the host under the HOST's token (the link sends
 * its own token downstream and routes the server's progress back by it). Any request kind can
 * use it: pass the incoming request's params. A progress message is text from the tool server
 * that the host may show the model, so it is scanned: only a passing, capped text is kept.
 */

const MAX_MESSAGE_CHARS = 200;

export function progressRelay(
  params: Record<string, unknown> | undefined,
  send: (message: JsonRpcMessage) => void,
  screen: TextScreen,
): ((progress: ProgressParams) => void) | undefined {
  const token = (params?._meta as { progressToken?: unknown } | undefined)?.progressToken;
  if (typeof token !== 'string' && typeof token !== 'number') return undefined;
  return ({ progress, total, message }) => {
    let text: string | undefined;
    if (message !== undefined) {
      const tally = newTally();
      const read = screen(message.slice(0, MAX_MESSAGE_CHARS), tally);
      if (tally.verdict === 'pass') text = read;
    }
    send({
      jsonrpc: '2.0',
      method: 'notifications/progress',
      params: { progressToken: token, progress, ...(total !== undefined ? { total } : {}), ...(text !== undefined ? { message: text } : {}) },
    });
  };
}
