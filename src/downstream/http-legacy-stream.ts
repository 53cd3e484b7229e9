import type { IncomingMessage } from 'node:http';
import type { FirewallError } from '../errors.js';
import { badResponse, header } from './http-body.js';
import type { HttpSender } from './http-sender.js';
import { statusFailure } from './link-failure.js';

export interface LegacyStreamHandlers {
  /** Reads the stream, handing each `endpoint` event's URI to `onEndpoint`. */
  onStream(res: IncomingMessage, onEndpoint: (uri: string) => void): void;
  /** The server named a usable endpoint, and messages are now POSTed there. */
  onEndpoint(): void;
  /** No stream or no usable endpoint: the refused initialize fails, and the link with it. */
  onRefused(error: FirewallError): void;
  onError(err: Error, freshMutualTls: boolean): void;
}

/**
 * The older transport: a GET stream first names the endpoint to POST to (same origin only),
 * then carries every answer. The initialize that was refused is sent again there.
 */
export function openLegacyStream(sender: HttpSender, url: URL, handlers: LegacyStreamHandlers): void {
  let named = false;
  const fail = (problem: string): void => handlers.onRefused(badResponse(problem));
  sender.send(
    'GET',
    '',
    'text/event-stream',
    (res) => {
      const type = header(res, 'content-type') ?? '';
      if (res.statusCode !== 200 || !type.startsWith('text/event-stream')) {
        res.resume();
        const failure = statusFailure(res.statusCode ?? 0, header(res, 'www-authenticate'), sender.signed);
        return handlers.onRefused(failure.error);
      }
      handlers.onStream(res, (uri) => {
        if (named) return;
        named = true;
        let endpoint: URL;
        try {
          endpoint = new URL(uri, url);
        } catch {
          return fail('an invalid endpoint');
        }
        if (endpoint.origin !== url.origin) return fail('an endpoint on another origin');
        sender.postPath = endpoint.pathname + endpoint.search;
        handlers.onEndpoint();
      });
    },
    (err, freshMutualTls) => handlers.onError(err, freshMutualTls),
  );
}
