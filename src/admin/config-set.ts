import { LoadError } from '../errors.js';
import type { EditOp } from './agent-json-splice.js';

/**
 * `config set`: the few settings an admin changes after setup, each with how its value is read.
 * Anything else (agents, clearance levels, audit keys, trusted keys) has its own command or is
 * edited by hand: a generic setter would make a typo in a security setting one command away.
 */
type Kind = 'string' | 'boolean' | 'integer' | 'number' | readonly string[];

export const SETTABLE: Readonly<Record<string, Kind>> = {
  stdioAgent: 'string',
  delimiter: ['xml', 'external-data'],
  logLevel: ['fatal', 'error', 'warn', 'info', 'debug', 'silent'],
  'scan.enabled': 'boolean',
  'scan.redactSecrets': 'boolean',
  'scan.scanDescriptions': 'boolean',
  'scan.flagThreshold': 'number',
  'scan.blockThreshold': 'number',
  'limits.maxMessageBytes': 'integer',
  'limits.maxResultBytes': 'integer',
  'limits.defaultTimeoutMs': 'integer',
  'limits.maxConcurrentCalls': 'integer',
};

export interface SettingPlan {
  key: string;
  ops: EditOp[];
  change: string;
  unchanged: boolean;
}

export function planSetting(file: string, doc: Record<string, any>, key: string, text: string): SettingPlan {
  const kind = Object.hasOwn(SETTABLE, key) ? SETTABLE[key]! : undefined;
  if (kind === undefined) {
    throw new LoadError(file, `$.${key}`, `"${key}" cannot be set with config set`, `settable keys: ${Object.keys(SETTABLE).join(', ')}; agents have \`mcp-firewall agent\`, anything else is edited by hand`);
  }
  const value = parseValue(file, key, kind, text);
  const path = key.split('.');
  const parent = path.length > 1 ? doc[path[0]!] : doc;
  const before = parent && typeof parent === 'object' ? parent[path.at(-1)!] : undefined;
  const change = `${key}: ${before === undefined ? '(default)' : JSON.stringify(before)} -> ${JSON.stringify(value)}`;
  // A missing section is added whole, so the edit never needs a parent that is not there.
  const ops: EditOp[] = parent && typeof parent === 'object' ? [{ path, value }] : [{ path: [path[0]!], value: { [path[1]!]: value } }];
  return { key, ops, change, unchanged: before === value };
}

function parseValue(file: string, key: string, kind: Kind, text: string): unknown {
  const fail = (expected: string): never => {
    throw new LoadError(file, `$.${key}`, `${JSON.stringify(text)} is not ${expected}`, `give ${key} ${expected}`);
  };
  if (Array.isArray(kind)) return kind.includes(text) ? text : fail(`one of ${kind.join(', ')}`);
  switch (kind) {
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : fail('true or false');
    case 'integer':
      return /^[0-9]{1,15}$/.test(text) ? Number(text) : fail('a whole number');
    case 'number':
      return /^[0-9]+(\.[0-9]+)?$/.test(text) ? Number(text) : fail('a number such as 0.5');
    default:
      return text;
  }
}
