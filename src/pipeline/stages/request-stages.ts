import type { z } from 'zod';
import { FirewallError } from '../../errors.js';
import type { CompiledTool, FirewallPolicy } from '../../config/types.js';
import { checkAccess } from '../../policy/access.js';
import { quoteInput } from '../../quote-input.js';
import { PASS, reject, type ExchangeContext, type Stage } from '../stage.js';
import { deferToRecord } from '../record-work.js';

/** A host's tools/call after framing: what the request stages inspect and may rewrite. */
export interface CallRequest {
  name: string;
  arguments: Record<string, unknown>;
}

/** What the request stages need from the live side: is the tool's server up and its pin intact? */
export interface ToolAvailability {
  check(tool: CompiledTool): FirewallError | undefined;
}

export function resolveToolStage(policy: FirewallPolicy): Stage<CallRequest> {
  return {
    name: 'resolve-tool',
    run(ctx, request) {
      ctx.exposed = request.name.slice(0, 128);
      const tool = policy.tools.get(request.name);
      if (!tool) return reject(new FirewallError('NOT_APPROVED', `no approved tool is named "${quoteInput(request.name)}"`));
      ctx.tool = tool;
      return PASS;
    },
  };
}

export const accessStage: Stage<CallRequest> = {
  name: 'access',
  run(ctx) {
    const verdict = checkAccess(ctx.agent, ctx.tool!);
    if (verdict.ok) return PASS;
    ctx.rules.push(...verdict.missing.map((m) => `${verdict.rule}:${m}`));
    const message =
      verdict.rule === 'clearance'
        ? `agent "${ctx.agent.id}" lacks clearance "${verdict.missing[0]}" for this tool`
        : `agent "${ctx.agent.id}" lacks capability ${verdict.missing.map((m) => `"${m}"`).join(', ')} for this tool`;
    return reject(new FirewallError('POLICY_DENIED', message));
  },
};

export function availabilityStage(live: ToolAvailability): Stage<CallRequest> {
  return {
    name: 'availability',
    run(ctx) {
      const problem = live.check(ctx.tool!);
      return problem ? reject(problem) : PASS;
    },
  };
}

/** Deepest nesting of objects and arrays accepted in arguments (`{"a": 1}` is depth 1). */
export const MAX_ARGUMENT_DEPTH = 64;

/** Checks the arguments against the tool's schema; `hashPayload` keys their audit hash. */
export function argumentsStage(hashPayload: (text: string) => string): Stage<CallRequest> {
  return {
    name: 'arguments',
    run(ctx, request) {
      // Before anything recursive (hashing, schema parsing) touches hostile nesting.
      if (depthExceeds(request.arguments, MAX_ARGUMENT_DEPTH)) {
        ctx.rules.push('args:depth');
        return reject(new FirewallError('ARGS_INVALID', `arguments rejected: nested deeper than ${MAX_ARGUMENT_DEPTH} levels`));
      }
      // The hash and size are facts for the record only: taken while the call is in flight.
      const args = request.arguments;
      deferToRecord(ctx, {
        name: 'arguments',
        run() {
          const raw = JSON.stringify(args);
          ctx.argsHash = hashPayload(raw);
          ctx.details.argsBytes = Buffer.byteLength(raw);
        },
      });
      const parsed = ctx.tool!.args.safeParse(request.arguments);
      if (parsed.success) return { kind: 'mutate', message: { ...request, arguments: parsed.data as Record<string, unknown> } };
      // Paths and messages name the problem without echoing input values; keys are capped and escaped.
      const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.length ? i.path.map((p) => quoteInput(String(p))).join('.') : '(arguments)'}: ${issueMessage(i)}`);
      ctx.rules.push(...parsed.error.issues.slice(0, 5).map((i) => `args:${i.code}`));
      return reject(new FirewallError('ARGS_INVALID', `arguments rejected: ${problems.join('; ')}`));
    },
  };
}

/** zod's unrecognized-keys message quotes every key in full; this one caps them. */
function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.slice(0, 3).map((k) => `"${quoteInput(k)}"`);
    const more = issue.keys.length > 3 ? ` and ${issue.keys.length - 3} more` : '';
    return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${keys.join(', ')}${more}`;
  }
  return quoteInput(issue.message, 200);
}

/** Iterative, so hostile nesting cannot exhaust the stack while being measured. */
function depthExceeds(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}
