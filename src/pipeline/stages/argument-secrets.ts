import { FirewallError } from '../../errors.js';
import { quoteInput } from '../../quote-input.js';
import { redactSecrets } from '../../scan/secrets.js';
import { forEachArgumentString } from '../argument-strings.js';
import { deferToRecord } from '../record-work.js';
import { PASS, reject, type ExchangeContext, type Stage } from '../stage.js';
import type { CallRequest } from './request-stages.js';

/**
 * Looks for credentials in the arguments a host sends to a tool: a model can be talked into
 * passing a key it has seen to a tool that sends it elsewhere. The audit record gets the
 * secret types and the argument paths, never a value; `block` refuses the call. Runs after
 * the arguments stage, so nesting is already bounded.
 */

const MAX_REPORTED = 10;

export function argumentSecretsStage(mode: 'audit' | 'block'): Stage<CallRequest> {
  return {
    name: 'argument-secrets',
    run(ctx, request) {
      if (mode === 'audit') {
        // Findings that cannot stop the call only inform its record: looked for while the call
        // is in flight (see record-work.ts), off the path the answer waits on.
        const args = request.arguments;
        deferToRecord(ctx, { name: 'argument-secrets', run: () => void noteArgumentSecrets(ctx, findArgumentSecrets(args)) });
        return PASS;
      }
      const hits = findArgumentSecrets(request.arguments);
      if (hits.length === 0) return PASS;
      const types = noteArgumentSecrets(ctx, hits);
      ctx.decision = 'block';
      const paths = [...new Set(hits.map((h) => h.path))];
      const shown = paths.slice(0, 3).join(', ') + (paths.length > 3 ? ` and ${paths.length - 3} more` : '');
      return reject(new FirewallError('ARGS_SECRET', `the call was refused because ${paths.length === 1 ? 'argument' : 'arguments'} ${shown} ${paths.length === 1 ? 'holds' : 'hold'} what looks like a credential (${types.join(', ')}); remove it, or pass a reference the tool resolves itself`));
    },
  };
}

/** Records the credential types and argument paths found (never a value); returns the types. */
function noteArgumentSecrets(ctx: ExchangeContext, hits: readonly ArgumentSecret[]): string[] {
  if (hits.length === 0) return [];
  const types = [...new Set(hits.map((h) => h.type))].sort();
  ctx.rules.push(...types.map((t) => `secret-arg:${t}`));
  ctx.details.argumentSecrets = hits.slice(0, MAX_REPORTED).map((h) => `${h.path} (${h.type})`);
  return types;
}

export interface ArgumentSecret {
  /** Like `headers.Authorization` or `items[2]`; keys capped and escaped. */
  path: string;
  type: string;
}

/** Every credential in the arguments' string values and keys, by type and path. */
export function findArgumentSecrets(args: Record<string, unknown>): ArgumentSecret[] {
  const hits: ArgumentSecret[] = [];
  const name = (key: string, parent: string): string => {
    // A key can carry a credential too; then the path names it without it.
    const keySecrets = redactSecrets(key).secrets;
    const segment = keySecrets.length ? '[key holding a credential]' : quoteInput(key, 40);
    for (const type of keySecrets) hits.push({ path: parent ? `${parent}.${segment}` : segment, type });
    return segment;
  };
  forEachArgumentString(args, name, (value, path) => {
    for (const type of redactSecrets(value).secrets) hits.push({ path, type });
  });
  return hits;
}
