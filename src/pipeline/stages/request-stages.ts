import { FirewallError } from '../../errors.js';
import type { CompiledTool, FirewallPolicy } from '../../config/types.js';
import { checkAccess } from '../../policy/access.js';
import { PASS, reject, type ExchangeContext, type Stage } from '../stage.js';

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
      if (!tool) return reject(new FirewallError('NOT_APPROVED', `no approved tool is named "${ctx.exposed}"`));
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

/** Checks the arguments against the tool's schema; `hashPayload` keys their audit hash. */
export function argumentsStage(hashPayload: (text: string) => string): Stage<CallRequest> {
  return {
    name: 'arguments',
    run(ctx, request) {
      const raw = JSON.stringify(request.arguments);
      ctx.argsHash = hashPayload(raw);
      ctx.details.argsBytes = Buffer.byteLength(raw);
      const parsed = ctx.tool!.args.safeParse(request.arguments);
      if (parsed.success) return { kind: 'mutate', message: { ...request, arguments: parsed.data as Record<string, unknown> } };
      // Paths and zod's messages name the problem without echoing the input values.
      const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.length ? i.path.join('.') : '(arguments)'}: ${i.message}`);
      ctx.rules.push(...parsed.error.issues.slice(0, 5).map((i) => `args:${i.code}`));
      return reject(new FirewallError('ARGS_INVALID', `arguments rejected: ${problems.join('; ')}`));
    },
  };
}
