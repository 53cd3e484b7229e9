import { CAPABILITY } from '../config/config-schema.js';
import { childPath } from '../config/json-path.js';
import { DRAFT_MARK } from '../config/manifest-schema.js';
import { LoadError } from '../errors.js';

/**
 * `manifest approve`, decided on the parsed manifest before anything runs or is written: the
 * chosen tools get the clearance and capabilities the owner gives, and lose the DRAFT note.
 * Bad input is refused with the JSON path and a fix.
 */
export interface ApproveRequest {
  /** Tools to approve (prompts as "prompt:<name>", resources as "resource:<name>"); everything in the manifest when empty. */
  tools: string[];
  clearance: string;
  /** Replaces the tools' capabilities; undefined keeps what the draft proposed. */
  capabilities: string[] | undefined;
}

export interface ApprovePlan {
  doc: Record<string, any>;
  approved: string[];
  changes: string[];
  /** Draft tools left as drafts (not chosen with --tool): serve still refuses the manifest. */
  stillDraft: string[];
  signatureRemoved: boolean;
}

export function planApprove(file: string, raw: Record<string, any>, levels: readonly string[], request: ApproveRequest): ApprovePlan {
  const doc = structuredClone(raw);
  // Tools by name; prompts and resources as "prompt:<name>" and "resource:<name>".
  const tools: Record<string, Record<string, any>> = { ...((doc.tools ?? {}) as Record<string, Record<string, any>>) };
  for (const [section, prefix] of [['prompts', 'prompt:'], ['resources', 'resource:']] as const) {
    for (const [name, item] of Object.entries((doc[section] ?? {}) as Record<string, Record<string, any>>)) tools[`${prefix}${name}`] = item;
  }
  const names = Object.keys(tools);
  if (!levels.includes(request.clearance)) {
    throw new LoadError(file, '$.tools', `unknown clearance level ${JSON.stringify(request.clearance)}`, `pass --clearance with one of the config's levels, lowest first: ${levels.join(', ')}`);
  }
  const badCap = request.capabilities?.find((c) => !CAPABILITY.test(c));
  if (badCap !== undefined) {
    throw new LoadError(file, '$.tools', `${JSON.stringify(badCap)} is not a capability name`, 'use lowercase dot-separated words such as fs.read, net.egress, data.write or data.private');
  }
  const unknown = request.tools.filter((t) => !Object.hasOwn(tools, t));
  if (unknown.length) {
    throw new LoadError(file, childPath('$', 'tools', unknown[0]!), `the manifest lists no tool ${unknown.map((t) => JSON.stringify(t)).join(', ')}`, `use one of: ${names.join(', ') || '(none: run manifest init again)'}`);
  }
  if (names.length === 0) throw new LoadError(file, '$.tools', 'the manifest approves no tools, prompts or resources', 'run `mcp-firewall manifest init` again, or add them by hand');
  const chosen = request.tools.length ? [...new Set(request.tools)] : names;
  const changes: string[] = [];
  for (const name of chosen) {
    const tool = tools[name]!;
    const before = `${tool.clearance} [${(tool.capabilities ?? []).join(', ')}]`;
    tool.clearance = request.clearance;
    if (request.capabilities) tool.capabilities = [...new Set(request.capabilities)].sort();
    const wasDraft = typeof tool.review === 'string' && tool.review.startsWith(DRAFT_MARK);
    if (wasDraft) delete tool.review;
    changes.push(`${name}: ${before} -> ${tool.clearance} [${(tool.capabilities ?? []).join(', ')}]${wasDraft ? ', DRAFT note removed' : ''}`);
  }
  const stillDraft = names.filter((n) => typeof tools[n]!.review === 'string' && tools[n]!.review.startsWith(DRAFT_MARK));
  const signatureRemoved = doc.signature !== undefined;
  delete doc.signature;
  return { doc, approved: chosen, changes, stillDraft, signatureRemoved };
}
