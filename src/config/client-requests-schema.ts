import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { LoadError } from '../errors.js';
import { childPath } from './json-path.js';

/**
 * The manifest's `clientRequests` section: which requests a tool server may send to the host
 * through the firewall. Nothing is allowed unless listed here; each entry narrows further.
 */

export const clientRequestsSchema = z
  .strictObject({
    sampling: z
      .strictObject({
        maxTokens: z
          .number()
          .int()
          .min(1)
          .max(1_000_000)
          .describe('Upper bound on `maxTokens` of every sampling request; larger requests are lowered to it.'),
      })
      .optional()
      .describe('Allow `sampling/createMessage`: the server asks the host\'s model for a completion. Its messages are scanned like tool results.'),
    elicitation: z
      .boolean()
      .default(false)
      .describe('Allow `elicitation/create` (form mode): the server asks the user for input. The message is shown as coming from this server.'),
    roots: z
      .array(
        z.union([
          z.string().min(1),
          z.strictObject({ path: z.string().min(1), name: z.string().min(1).max(200).optional() }),
        ]),
      )
      .max(64)
      .optional()
      .describe('The roots the firewall answers to `roots/list` (directories, relative to the manifest; `${manifestDir}` expands). The host\'s own roots are never shown.'),
    timeoutMs: z
      .number()
      .int()
      .min(1000)
      .max(3_600_000)
      .default(120_000)
      .describe('How long a forwarded sampling or elicitation request may wait for the host (the user may be answering).'),
  })
  .describe('Requests this tool server may send to the host. Each also needs the host to declare the capability, and a call of this server in flight.');

export type ClientRequestsDocument = z.infer<typeof clientRequestsSchema>;

export interface CompiledClientRequests {
  sampling: { maxTokens: number } | undefined;
  elicitation: boolean;
  /** `roots/list` answers, as file:// URIs; undefined: `roots/list` is refused. */
  roots: readonly { uri: string; name?: string }[] | undefined;
  timeoutMs: number;
}

/** Nothing allowed: what a manifest without `clientRequests` compiles to. */
export const NO_CLIENT_REQUESTS: CompiledClientRequests = Object.freeze({ sampling: undefined, elicitation: false, roots: undefined, timeoutMs: 120_000 });

export function compileClientRequests(file: string, dir: string, doc: ClientRequestsDocument | undefined): CompiledClientRequests {
  if (!doc) return NO_CLIENT_REQUESTS;
  const roots = doc.roots?.map((entry, index) => {
    const { path, name } = typeof entry === 'string' ? { path: entry, name: undefined } : entry;
    const expanded = path.replaceAll('${manifestDir}', dir);
    if (expanded.includes('\0') || /^[a-z][a-z0-9+.-]*:/i.test(expanded)) {
      throw new LoadError(file, childPath('$', 'clientRequests', 'roots', index), `"${path.slice(0, 80)}" is not a directory path`, 'write a directory path (absolute, or relative to the manifest), not a URI');
    }
    const absolute = isAbsolute(expanded) ? expanded : resolve(dir, expanded);
    return { uri: pathToFileURL(absolute).href, ...(name ? { name } : {}) };
  });
  return Object.freeze({ sampling: doc.sampling, elicitation: doc.elicitation, roots, timeoutMs: doc.timeoutMs });
}
