import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CompiledAgent, CompiledTool } from '../../src/config/types.js';
import { checkAccess, reachableTools, type AccessVerdict } from '../../src/policy/access.js';
import { changedFields, definitionHash } from '../../src/policy/pin.js';
import { ConcurrencyGate, TokenBucket } from '../../src/policy/rate-limit.js';

const LEVELS = ['public', 'internal', 'confidential', 'secret'];

function agent(clearance: string, capabilities: string[]): CompiledAgent {
  return { id: `agent-${clearance}`, clearance, clearanceRank: LEVELS.indexOf(clearance), capabilities: new Set(capabilities) };
}

function tool(name: string, clearance: string, capabilities: string[]): CompiledTool {
  return {
    exposed: `demo__${name}`,
    server: 'demo',
    tool: name,
    manifestFile: '/virtual/demo.json',
    clearance,
    clearanceRank: LEVELS.indexOf(clearance),
    capabilities: [...capabilities].sort(),
    pin: '0'.repeat(64),
    fieldPins: undefined,
    args: z.strictObject({}),
    maxResultBytes: 1024,
    structuredContent: undefined,
    rateLimit: undefined,
    maxConcurrent: undefined,
    timeoutMs: 1000,
  };
}

describe('checkAccess', () => {
  type Row = [name: string, agent: CompiledAgent, tool: CompiledTool, expected: AccessVerdict];
  const ROWS: Row[] = [
    ['clearance above, no capabilities needed', agent('confidential', []), tool('t', 'internal', []), { ok: true }],
    ['clearance equal, no capabilities needed', agent('internal', []), tool('t', 'internal', []), { ok: true }],
    ['clearance one below', agent('public', []), tool('t', 'internal', []), { ok: false, rule: 'clearance', missing: ['internal'] }],
    ['clearance far below', agent('public', []), tool('t', 'secret', []), { ok: false, rule: 'clearance', missing: ['secret'] }],
    ['capabilities exactly granted', agent('internal', ['fs.read', 'fs.write']), tool('t', 'internal', ['fs.read', 'fs.write']), { ok: true }],
    ['capabilities a strict subset of the grant', agent('internal', ['fs.read', 'fs.write', 'exec']), tool('t', 'internal', ['fs.read']), { ok: true }],
    ['one capability missing', agent('internal', ['fs.read']), tool('t', 'internal', ['fs.read', 'fs.write']), { ok: false, rule: 'capability', missing: ['fs.write'] }],
    ['several capabilities missing, all named', agent('internal', ['fs.read']), tool('t', 'internal', ['exec', 'fs.read', 'net.egress']), { ok: false, rule: 'capability', missing: ['exec', 'net.egress'] }],
    ['no capabilities granted at all', agent('secret', []), tool('t', 'public', ['data.private']), { ok: false, rule: 'capability', missing: ['data.private'] }],
    ['capability names are exact (no prefix match)', agent('internal', ['fs']), tool('t', 'internal', ['fs.read']), { ok: false, rule: 'capability', missing: ['fs.read'] }],
    ['both short: clearance is reported first', agent('public', []), tool('t', 'confidential', ['fs.write']), { ok: false, rule: 'clearance', missing: ['confidential'] }],
    ['clearance enough and capabilities granted beyond need', agent('secret', ['fs.read', 'data.private']), tool('t', 'secret', ['data.private']), { ok: true }],
  ];

  it.each(ROWS)('%s', (_name, a, t, expected) => {
    expect(checkAccess(a, t)).toEqual(expected);
  });

  it('reachableTools keeps exactly the tools checkAccess allows', () => {
    const tools = [tool('a', 'public', []), tool('b', 'internal', ['fs.read']), tool('c', 'internal', ['fs.write']), tool('d', 'secret', [])];
    const a = agent('internal', ['fs.read']);
    expect(reachableTools(a, tools).map((t) => t.tool)).toEqual(['a', 'b']);
    expect(reachableTools(a, tools)).toEqual(tools.filter((t) => checkAccess(a, t).ok));
  });
});

describe('TokenBucket', () => {
  type Row = [name: string, perMinute: number, burst: number, takes: Array<[at: number, granted: boolean]>];
  const ROWS: Row[] = [
    ['starts full: burst calls at once, then refused', 60, 3, [[0, true], [0, true], [0, true], [0, false], [0, false]]],
    ['refills one token per 60000/perMinute ms', 60, 3, [[0, true], [0, true], [0, true], [0, false], [999, false], [1000, true], [1000, false]]],
    ['refills at the perMinute rate (30/min: one per 2 s)', 30, 1, [[0, true], [1999, false]]],
    ['refills exactly one token after 2 s at 30/min', 30, 1, [[0, true], [2000, true], [2000, false]]],
    ['a full minute refills to burst, never beyond', 60, 3, [[0, true], [0, true], [0, true], [600_000, true], [600_000, true], [600_000, true], [600_000, false]]],
    ['burst below perMinute caps the saved tokens', 600, 2, [[0, true], [0, true], [60_000, true], [60_000, true], [60_000, false]]],
    ['a clock that goes backwards refills nothing', 60, 1, [[10_000, true], [5_000, false], [4_000, false]]],
    ['steady calls at the rate are all granted', 60, 1, [[0, true], [1000, true], [2000, true], [3000, true], [3500, false]]],
  ];

  it.each(ROWS)('%s', (_name, perMinute, burst, takes) => {
    const bucket = new TokenBucket(perMinute, burst, takes[0]![0]);
    expect(takes.map(([at]) => bucket.take(at))).toEqual(takes.map(([, granted]) => granted));
  });
});

describe('ConcurrencyGate', () => {
  type Op = 'acquire' | 'release';
  type Row = [name: string, cap: number, ops: Op[], results: Array<boolean | undefined>];
  const ROWS: Row[] = [
    ['grants up to the cap, then refuses', 2, ['acquire', 'acquire', 'acquire'], [true, true, false]],
    ['a release frees one slot', 2, ['acquire', 'acquire', 'acquire', 'release', 'acquire', 'acquire'], [true, true, false, undefined, true, false]],
    ['a cap of one is a mutex', 1, ['acquire', 'acquire', 'release', 'acquire'], [true, false, undefined, true]],
    ['extra releases never create more slots than the cap', 1, ['release', 'release', 'acquire', 'acquire'], [undefined, undefined, true, false]],
  ];

  it.each(ROWS)('%s', (_name, cap, ops, results) => {
    const gate = new ConcurrencyGate(cap);
    expect(ops.map((op) => (op === 'acquire' ? gate.acquire() : gate.release()))).toEqual(results);
  });
});

/** RFC 8785 for the values used here (strings, integers, booleans, null): keys sorted by UTF-16 code units. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const record = value as Record<string, unknown>;
  return `{${Object.keys(record).sort().map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(',')}}`;
}
const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

describe('definitionHash', () => {
  const definition = {
    name: 'read_file',
    description: 'Reads a file. Ünïcode “quotes”.',
    inputSchema: { type: 'object', required: ['path'], properties: { path: { type: 'string', maxLength: 10 } } },
    annotations: { readOnlyHint: true, title: null },
  };
  const reordered = {
    inputSchema: { properties: { path: { maxLength: 10, type: 'string' } }, required: ['path'], type: 'object' },
    annotations: { title: null, readOnlyHint: true },
    description: 'Reads a file. Ünïcode “quotes”.',
    name: 'read_file',
  };

  it('is the sha256 of the RFC 8785 canonical JSON', () => {
    const expectedText =
      '{"annotations":{"readOnlyHint":true,"title":null},"description":"Reads a file. Ünïcode “quotes”.",' +
      '"inputSchema":{"properties":{"path":{"maxLength":10,"type":"string"}},"required":["path"],"type":"object"},"name":"read_file"}';
    expect(canonical(definition)).toBe(expectedText);
    expect(definitionHash(definition)).toBe(sha256(expectedText));
    expect(definitionHash(definition)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on key order at any depth', () => {
    expect(definitionHash(reordered)).toBe(definitionHash(definition));
  });

  type Change = [name: string, edit: (d: any) => void];
  const CHANGES: Change[] = [
    ['the name', (d) => { d.name = 'read_files'; }],
    ['the description, by one character', (d) => { d.description = d.description.replace('.', '!'); }],
    ['a nested schema constraint', (d) => { d.inputSchema.properties.path.maxLength = 11; }],
    ['a nested type', (d) => { d.inputSchema.properties.path.maxLength = '10'; }],
    ['the order of an array', (d) => { d.inputSchema.required = ['path', 'other']; }],
    ['an added field', (d) => { d._meta = {}; }],
    ['a removed field', (d) => { delete d.annotations; }],
    ['null replaced by a value', (d) => { d.annotations.title = ''; }],
    ['a boolean flipped', (d) => { d.annotations.readOnlyHint = false; }],
    ['trailing whitespace in the description', (d) => { d.description += ' '; }],
  ];

  it.each(CHANGES)('changes when %s changes', (_name, edit) => {
    const changed = structuredClone(definition);
    edit(changed);
    expect(definitionHash(changed)).not.toBe(definitionHash(definition));
    expect(definitionHash(changed)).toBe(sha256(canonical(changed)));
  });

  it('refuses a value that is not JSON', () => {
    expect(() => definitionHash(undefined)).toThrow(/not JSON-serializable/);
  });
});

describe('changedFields', () => {
  type Row = [name: string, pinned: Record<string, unknown> | undefined, live: Record<string, unknown>, expected: string[]];
  const ROWS: Row[] = [
    ['no pinned definition: the whole definition is new', undefined, { name: 't' }, ['(definition)']],
    ['identical definitions', { name: 't', description: 'd' }, { name: 't', description: 'd' }, []],
    ['nested key order does not count as a change', { inputSchema: { a: 1, b: 2 } }, { inputSchema: { b: 2, a: 1 } }, []],
    ['a changed description', { name: 't', description: 'd' }, { name: 't', description: 'D' }, ['description']],
    ['a nested change names the top-level field', { name: 't', inputSchema: { a: 1 } }, { name: 't', inputSchema: { a: 2 } }, ['inputSchema']],
    ['an added field', { name: 't' }, { name: 't', annotations: { destructiveHint: true } }, ['annotations']],
    ['a removed field', { name: 't', title: 'T' }, { name: 't' }, ['title']],
    ['several changes, sorted', { name: 't', title: 'a', description: 'b' }, { name: 'u', title: 'a', description: 'c', _meta: {} }, ['_meta', 'description', 'name']],
  ];

  it.each(ROWS)('%s', (_name, pinned, live, expected) => {
    expect(changedFields(pinned, live)).toEqual(expected);
  });
});
