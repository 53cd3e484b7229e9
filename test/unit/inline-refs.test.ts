import { describe, expect, it } from 'vitest';
import { inlineLocalRefs } from '../../src/config/inline-refs.js';
import { compileJsonSchema } from '../../src/config/json-schema-to-zod.js';

const address = { type: 'object', properties: { street: { type: 'string' }, city: { type: 'string' } } };

describe('inlineLocalRefs (manifest init drafts)', () => {
  const rows: [string, Record<string, unknown>, Record<string, unknown>][] = [
    ['no definitions: unchanged', { type: 'object', properties: { a: { type: 'string' } } }, { type: 'object', properties: { a: { type: 'string' } } }],
    [
      '$defs written out, definitions dropped',
      { type: 'object', $defs: { address }, properties: { home: { $ref: '#/$defs/address' } }, additionalProperties: false },
      { type: 'object', properties: { home: address }, additionalProperties: false },
    ],
    ['draft-07 definitions', { type: 'object', definitions: { address }, properties: { home: { $ref: '#/definitions/address' } } }, { type: 'object', properties: { home: address } }],
    [
      'nested references and annotations beside a reference',
      { type: 'object', $defs: { street: { type: 'string' }, address: { type: 'object', properties: { street: { $ref: '#/$defs/street' } } } }, properties: { home: { $ref: '#/$defs/address', description: 'Home' } } },
      { type: 'object', properties: { home: { type: 'object', properties: { street: { type: 'string' } }, description: 'Home' } } },
    ],
    ['inside items and anyOf', { type: 'array', $defs: { n: { type: 'number' } }, items: { anyOf: [{ $ref: '#/$defs/n' }, { type: 'null' }] } }, { type: 'array', items: { anyOf: [{ type: 'number' }, { type: 'null' }] } }],
    ['a property named like a keyword', { type: 'object', $defs: { n: { type: 'number' } }, properties: { default: { $ref: '#/$defs/n' } } }, { type: 'object', properties: { default: { type: 'number' } } }],
  ];
  it.each(rows)('%s', (_name, input, output) => {
    expect(inlineLocalRefs(input)).toEqual(output);
  });

  const kept: [string, Record<string, unknown>][] = [
    ['a recursive reference', { type: 'object', $defs: { node: { type: 'object', properties: { next: { $ref: '#/$defs/node' } } } }, properties: { head: { $ref: '#/$defs/node' } } }],
    ['a reference beside a constraint (allOf semantics)', { type: 'object', $defs: { s: { type: 'string' } }, properties: { a: { $ref: '#/$defs/s', maxLength: 3 } } }],
    ['a reference to something that is not a definition', { type: 'object', $defs: { s: { type: 'string' } }, properties: { a: { $ref: '#/properties/b' }, b: { type: 'string' } } }],
    ['a reference to a missing definition', { type: 'object', $defs: { s: { type: 'string' } }, properties: { a: { $ref: '#/$defs/t' } } }],
  ];
  it.each(kept)('keeps the schema as it is (so loading names the problem) for %s', (_name, input) => {
    expect(inlineLocalRefs(input)).toBe(input);
  });

  it('treats const, enum, default and examples as data', () => {
    const input = { type: 'object', $defs: { s: { type: 'string' } }, properties: { a: { $ref: '#/$defs/s' }, b: { const: { $ref: '#/$defs/s' } } } };
    expect(inlineLocalRefs(input)).toEqual({ type: 'object', properties: { a: { type: 'string' }, b: { const: { $ref: '#/$defs/s' } } } });
  });

  it('gives a schema the argument compiler loads and enforces', () => {
    const schema = inlineLocalRefs({ type: 'object', $defs: { address }, properties: { name: { type: 'string' }, address: { $ref: '#/$defs/address' } }, additionalProperties: false });
    const args = compileJsonSchema(schema, { file: 'm.json', path: '$.tools.t.arguments', baseDir: '/' });
    expect(args.safeParse({ name: 'n', address: { street: 's', city: 'c' } }).success).toBe(true);
    expect(args.safeParse({ address: { street: 1 } }).success).toBe(false);
  });
});
