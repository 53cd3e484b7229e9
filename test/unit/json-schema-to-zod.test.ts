import { describe, expect, it } from 'vitest';
import { compileJsonSchema } from '../../src/config/json-schema-to-zod.js';

const CTX = { file: '/virtual/manifests/demo.json', path: '$.tools.t.arguments', baseDir: '/virtual/manifests' };

type Row = [name: string, schema: unknown, value: unknown, accepted: boolean];

const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ type: 'object', properties, ...extra });

const ROWS: Row[] = [
  // --- objects: strict unless the owner says otherwise ---
  ['strict object accepts declared keys', obj({ a: { type: 'string' } }), { a: 'x' }, true],
  ['strict object rejects an unknown key by default', obj({ a: { type: 'string' } }), { a: 'x', b: 1 }, false],
  ['additionalProperties: false rejects an unknown key', obj({ a: { type: 'string' } }, { additionalProperties: false }), { b: 1 }, false],
  ['additionalProperties: true accepts an unknown key', obj({ a: { type: 'string' } }, { additionalProperties: true }), { a: 'x', b: [1] }, true],
  ['additionalProperties: true still validates declared keys', obj({ a: { type: 'string' } }, { additionalProperties: true }), { a: 1 }, false],
  ['additionalProperties schema accepts matching extras', obj({ a: { type: 'string' } }, { additionalProperties: { type: 'number' } }), { a: 'x', b: 1, c: 2.5 }, true],
  ['additionalProperties schema rejects mismatching extras', obj({ a: { type: 'string' } }, { additionalProperties: { type: 'number' } }), { a: 'x', b: 'one' }, false],
  ['additionalProperties schema still validates declared keys', obj({ a: { type: 'string' } }, { additionalProperties: { type: 'number' } }), { a: 5 }, false],
  ['required key present', obj({ a: { type: 'string' } }, { required: ['a'] }), { a: '' }, true],
  ['required key missing', obj({ a: { type: 'string' } }, { required: ['a'] }), {}, false],
  ['optional key may be absent', obj({ a: { type: 'string' }, b: { type: 'number' } }, { required: ['a'] }), { a: 'x' }, true],
  ['optional key with the wrong type', obj({ a: { type: 'string' }, b: { type: 'number' } }, { required: ['a'] }), { a: 'x', b: '1' }, false],
  ['object schema rejects an array', obj({}), [], false],
  ['object schema rejects null', obj({}), null, false],
  ['minProperties met', { type: 'object', additionalProperties: true, minProperties: 1 }, { x: 1 }, true],
  ['minProperties not met', { type: 'object', additionalProperties: true, minProperties: 1 }, {}, false],
  ['maxProperties exceeded', { type: 'object', additionalProperties: true, maxProperties: 1 }, { x: 1, y: 2 }, false],
  ['nested object accepts valid data', obj({ a: obj({ b: obj({ c: { type: 'integer' } }) }) }), { a: { b: { c: 1 } } }, true],
  ['nested object is strict at depth 1', obj({ a: obj({ b: obj({ c: { type: 'integer' } }) }) }), { a: { b: { c: 1 }, x: 1 } }, false],
  ['nested object is strict at depth 2', obj({ a: obj({ b: obj({ c: { type: 'integer' } }) }) }), { a: { b: { c: 1, x: 1 } } }, false],
  ['objects inside array items are strict', { type: 'array', items: obj({ id: { type: 'string' } }) }, [{ id: 'a' }, { id: 'b', x: 1 }], false],
  ['objects inside anyOf are strict', { anyOf: [obj({ a: { type: 'string' } }), obj({ b: { type: 'number' } })] }, { a: 'x', b: 1 }, false],

  // --- strings ---
  ['minLength met', { type: 'string', minLength: 2 }, 'ab', true],
  ['minLength not met', { type: 'string', minLength: 2 }, 'a', false],
  ['minLength counts code points, not UTF-16 units', { type: 'string', minLength: 2 }, '😀', false],
  ['maxLength met', { type: 'string', maxLength: 3 }, 'abc', true],
  ['maxLength exceeded', { type: 'string', maxLength: 3 }, 'abcd', false],
  ['maxLength counts code points, not UTF-16 units', { type: 'string', maxLength: 3 }, '😀😀😀', true],
  ['maxLength counts each astral character once', { type: 'string', maxLength: 3 }, '😀😀😀😀', false],
  ['maxLength counts a lone surrogate as one code point', { type: 'string', maxLength: 2 }, '\ud800\ud800\ud800', false],
  ['minLength counts a lone surrogate as one code point', { type: 'string', minLength: 2 }, 'a\ud83d', true],
  ['minLength: astral characters mixed with text', { type: 'string', minLength: 4 }, 'a😀b😀', true],
  ['minLength: astral characters are one code point each', { type: 'string', minLength: 5 }, 'a😀b😀', false],
  ['pattern matches', { type: 'string', pattern: '^[a-z]+$' }, 'abc', true],
  ['pattern does not match', { type: 'string', pattern: '^[a-z]+$' }, 'abc1', false],
  ['pattern is unanchored like JSON Schema', { type: 'string', pattern: '[0-9]' }, 'abc1def', true],
  ['pattern uses Unicode semantics', { type: 'string', pattern: '^.$' }, '😀', true],
  ['string schema rejects a number', { type: 'string' }, 1, false],

  // --- formats: one accept and one reject each ---
  ['format uri accepts an absolute URI', { type: 'string', format: 'uri' }, 'https://example.com/a?b=c', true],
  ['format uri rejects a relative reference', { type: 'string', format: 'uri' }, '/a/b', false],
  ['format url accepts an absolute URL', { type: 'string', format: 'url' }, 'mailto:a@example.com', true],
  ['format url rejects plain text', { type: 'string', format: 'url' }, 'example.com', false],
  ['format email accepts an address', { type: 'string', format: 'email' }, 'user.name@example.com', true],
  ['format email rejects a missing domain', { type: 'string', format: 'email' }, 'user@', false],
  ['format date-time accepts UTC', { type: 'string', format: 'date-time' }, '2024-05-01T12:30:00Z', true],
  ['format date-time accepts an offset', { type: 'string', format: 'date-time' }, '2024-05-01T12:30:00.123+02:00', true],
  ['format date-time rejects a date alone', { type: 'string', format: 'date-time' }, '2024-05-01', false],
  ['format date-time rejects an impossible month', { type: 'string', format: 'date-time' }, '2024-13-01T00:00:00Z', false],
  ['format date accepts a date', { type: 'string', format: 'date' }, '2024-02-29', true],
  ['format date rejects a date-time', { type: 'string', format: 'date' }, '2024-02-29T00:00:00Z', false],
  ['format time accepts a time', { type: 'string', format: 'time' }, '12:30:00', true],
  ['format time rejects 25 hours', { type: 'string', format: 'time' }, '25:00:00', false],
  ['format uuid accepts a v4 uuid', { type: 'string', format: 'uuid' }, '3f2b8c1e-9d4a-4e6b-8f0a-1c2d3e4f5a6b', true],
  ['format uuid rejects a short id', { type: 'string', format: 'uuid' }, '3f2b8c1e-9d4a-4e6b', false],
  ['format hostname accepts a host', { type: 'string', format: 'hostname' }, 'api.example.com', true],
  ['format hostname rejects a URL', { type: 'string', format: 'hostname' }, 'https://example.com', false],
  ['format ipv4 accepts an address', { type: 'string', format: 'ipv4' }, '192.168.0.1', true],
  ['format ipv4 rejects an octet over 255', { type: 'string', format: 'ipv4' }, '256.1.1.1', false],
  ['format ipv6 accepts an address', { type: 'string', format: 'ipv6' }, '2001:db8::1', true],
  ['format ipv6 rejects an ipv4 address', { type: 'string', format: 'ipv6' }, '10.0.0.1', false],
  ['format combines with maxLength', { type: 'string', format: 'email', maxLength: 10 }, 'longer.name@example.com', false],

  // --- numbers ---
  ['number accepts a float', { type: 'number' }, 1.5, true],
  ['number rejects a numeric string', { type: 'number' }, '1', false],
  ['integer accepts 2', { type: 'integer' }, 2, true],
  ['integer rejects 1.5', { type: 'integer' }, 1.5, false],
  ['minimum is inclusive (equal)', { type: 'number', minimum: 0 }, 0, true],
  ['minimum rejects below', { type: 'number', minimum: 0 }, -0.1, false],
  ['maximum is inclusive (equal)', { type: 'number', maximum: 10 }, 10, true],
  ['maximum rejects above', { type: 'number', maximum: 10 }, 10.01, false],
  ['exclusiveMinimum rejects equal', { type: 'number', exclusiveMinimum: 0 }, 0, false],
  ['exclusiveMinimum accepts above', { type: 'number', exclusiveMinimum: 0 }, 0.001, true],
  ['exclusiveMaximum rejects equal', { type: 'number', exclusiveMaximum: 10 }, 10, false],
  ['exclusiveMaximum accepts below', { type: 'number', exclusiveMaximum: 10 }, 9.999, true],
  ['multipleOf accepts a multiple', { type: 'integer', multipleOf: 5 }, 15, true],
  ['multipleOf rejects a non-multiple', { type: 'integer', multipleOf: 5 }, 16, false],
  ['multipleOf with a decimal step', { type: 'number', multipleOf: 0.5 }, 2.5, true],
  ['multipleOf with a decimal step rejects', { type: 'number', multipleOf: 0.5 }, 2.25, false],
  ['integer with minimum', { type: 'integer', minimum: 1, maximum: 20 }, 0, false],

  // --- enum, const, anyOf, type lists ---
  ['enum accepts a listed value', { type: 'string', enum: ['a', 'b'] }, 'b', true],
  ['enum rejects an unlisted value', { type: 'string', enum: ['a', 'b'] }, 'c', false],
  ['enum of mixed scalars accepts null', { enum: ['a', 1, null] }, null, true],
  ['enum is type-exact', { enum: [1] }, '1', false],
  ['const accepts its value', { const: 'fixed' }, 'fixed', true],
  ['const rejects another value', { const: 'fixed' }, 'Fixed', false],
  ['anyOf accepts the first alternative', { anyOf: [{ type: 'string' }, { type: 'integer', minimum: 0 }] }, 'x', true],
  ['anyOf accepts the second alternative', { anyOf: [{ type: 'string' }, { type: 'integer', minimum: 0 }] }, 3, true],
  ['anyOf rejects what matches none', { anyOf: [{ type: 'string' }, { type: 'integer', minimum: 0 }] }, -1, false],
  ['type ["string","null"] accepts a string', { type: ['string', 'null'] }, 'x', true],
  ['type ["string","null"] accepts null', { type: ['string', 'null'] }, null, true],
  ['type ["string","null"] rejects a number', { type: ['string', 'null'] }, 0, false],
  ['type ["string","null"] keeps string constraints', { type: ['string', 'null'], maxLength: 2 }, 'abc', false],
  ['boolean accepts false', { type: 'boolean' }, false, true],
  ['boolean rejects "true"', { type: 'boolean' }, 'true', false],
  ['null accepts null', { type: 'null' }, null, true],
  ['null rejects undefined', { type: 'null' }, undefined, false],

  // --- arrays ---
  ['items validates every element', { type: 'array', items: { type: 'string' } }, ['a', 'b'], true],
  ['items rejects a bad element', { type: 'array', items: { type: 'string' } }, ['a', 2], false],
  ['array without items accepts anything inside', { type: 'array' }, [1, 'a', null, {}], true],
  ['minItems met', { type: 'array', minItems: 1 }, [0], true],
  ['minItems not met', { type: 'array', minItems: 1 }, [], false],
  ['maxItems exceeded', { type: 'array', maxItems: 2 }, [1, 2, 3], false],
  ['uniqueItems accepts distinct scalars', { type: 'array', uniqueItems: true }, [1, '1', true], true],
  ['uniqueItems rejects duplicate scalars', { type: 'array', uniqueItems: true }, ['a', 'a'], false],
  ['uniqueItems rejects duplicate objects', { type: 'array', uniqueItems: true }, [{ a: 1 }, { a: 1 }], false],
  ['uniqueItems rejects equal objects written with different key order', { type: 'array', uniqueItems: true }, [{ a: 1, b: 2 }, { b: 2, a: 1 }], false],
  ['uniqueItems: false allows duplicates', { type: 'array', uniqueItems: false }, [1, 1], true],
  ['array schema rejects an object', { type: 'array' }, { 0: 'a' }, false],

  // --- true schema ---
  ['true schema accepts an object', true, { anything: [1, 2] }, true],
  ['true schema accepts null', true, null, true],
  ['true as a property schema accepts anything for that key', obj({ a: true }), { a: { deep: [null] } }, true],
  ['true as a property schema still keeps the object strict', obj({ a: true }), { a: 1, b: 2 }, false],
  ['annotations are ignored', { type: 'string', title: 'T', description: 'D', default: 'x', examples: ['y'], $comment: 'c' }, 'ok', true],
];

describe('compileJsonSchema accepts and rejects values like the JSON Schema it came from', () => {
  it.each(ROWS)('%s', (_name, schema, value, accepted) => {
    const zod = compileJsonSchema(schema, CTX);
    const result = zod.safeParse(value);
    expect(result.success).toBe(accepted);
  });
});

describe('compileJsonSchema output', () => {
  it('does not fill in defaults or reorder: a valid value comes out equal', () => {
    const schema = obj({ a: { type: 'string', default: 'x' }, b: { type: 'array', items: { type: 'integer' } } });
    const zod = compileJsonSchema(schema, CTX);
    expect(zod.parse({ b: [3, 1] })).toEqual({ b: [3, 1] });
  });

  it('reports issues by path without echoing the value', () => {
    const zod = compileJsonSchema(obj({ token: { type: 'string', pattern: '^[a-f0-9]+$' } }), CTX);
    const result = zod.safeParse({ token: 'sk-SECRET-VALUE' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['token']);
    expect(JSON.stringify(result.error!.issues)).not.toContain('SECRET');
  });
});
