import type { ProgressParams } from '../downstream/link.js';
import type { JsonRpcMessage } from '../jsonrpc/messages.js';
import { newTally, type TextScreen } from './text-screen.js';

/**
 * Progress of one host request, under the HOST's token: the tool server's progress relayed
 * (the link sends its own token downstream and routes the server's progress back by it), and
 * the firewall's own "still alive" notes while the request waits on it (a pending approval).
 * Any request kind can use it: pass the incoming request's params. A progress message is text
 * from the tool server that the host may show the model, so it is scanned: only a passing,
 * capped text is kept.
 */
export interface ProgressChannel {
  relay(progress: ProgressParams): void;
  keepAlive(message: string): void;
}

const MAX_MESSAGE_CHARS = 200;

export function progressChannel(
  params: Record<string, unknown> | undefined,
  send: (message: JsonRpcMessage) => void,
  screen: TextScreen,
): ProgressChannel | undefined {
  const token = (params?._meta as { progressToken?: unknown } | undefined)?.progressToken;
  if (typeof token !== 'string' && typeof token !== 'number') return undefined;
  const notify = (progress: number, total: number | undefined, message: string | undefined): void =>
    send({
      jsonrpc: '2.0',
      method: 'notifications/progress',
      params: { progressToken: token, progress, ...(total !== undefined ? { total } : {}), ...(message !== undefined ? { message } : {}) },
    });
  // Progress must increase with each notification under a token: after k notes of the
  // firewall's own (1..k), the server's progress is shifted past them (a first 0 becomes k + 1).
  let notes = 0;
  return {
    keepAlive(message) {
      notify(++notes, undefined, message);
    },
    relay({ progress, total, message }) {
      let text: string | undefined;
      if (message !== undefined) {
        const tally = newTally();
        const read = screen(message.slice(0, MAX_MESSAGE_CHARS), tally);
        if (tally.verdict === 'pass') text = read;
      }
      const shift = notes === 0 ? 0 : notes + 1;
      notify(shift + progress, total === undefined ? undefined : shift + total, text);
    },
  };
}
