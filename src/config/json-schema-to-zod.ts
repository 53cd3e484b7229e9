import { canonicalJson } from '../canonical-json.js';
import { z } from 'zod';
import { LoadError } from '../errors.js';
import { childPath } from './json-path.js';
import { num, type CompileContext, type Fail } from './json-schema-context.js';
import { compileString } from './json-schema-strings.js';

export type { CompileContext } from './json-schema-context.js';

// Compiles the JSON Schema subset a manifest may use into a zod schema, once, at load time.
// Anything outside the subset is a load error: a keyword silently ignored is a constraint
// silently dropped. Objects are strict unless the owner explicitly allows more. String
// keywords: json-schema-strings.ts.

const ANNOTATIONS = new Set(['$schema', '$id', '$comment', 'title', 'description', 'default', 'examples', 'deprecated', 'readOnly', 'writeOnly']);
const BY_TYPE: Record<string, Set<string>> = {
  object: new Set(['properties', 'required', 'additionalProperties', 'minProperties', 'maxProperties']),
  array: new Set(['items', 'minItems', 'maxItems', 'uniqueItems']),
  string: new Set(['minLength', 'maxLength', 'pattern', 'format', 'x-path-within', 'x-url-hosts']),
  number: new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']),
  integer: new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']),
  boolean: new Set(),
  null: new Set(),
};
const GENERIC = new Set(['type', 'enum', 'const', 'anyOf']);
const SUPPORTED_LIST = 'type, properties, required, additionalProperties, items, enum, const, anyOf, min/max(Length|Items|Properties), minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, pattern, format, uniqueItems, x-path-within, x-url-hosts';

export function compileJsonSchema(schema: unknown, ctx: CompileContext): z.ZodType {
  const fail = (path: string, problem: string, fix: string): never => {
    throw new LoadError(ctx.file, path, problem, fix);
  };
  if (schema === true) return z.unknown();
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) {
    return fail(ctx.path, 'a schema must be a JSON object', 'write a JSON Schema object such as {"type": "string"}');
  }
  const s = schema as Record<string, unknown>;
  const types = typeList(s, ctx, fail);

  for (const key of Object.keys(s)) {
    if (ANNOTATIONS.has(key) || GENERIC.has(key)) continue;
    if (types.some((t) => BY_TYPE[t]?.has(key))) continue;
    const known = Object.values(BY_TYPE).some((set) => set.has(key));
    fail(
      childPath(ctx.path, key),
      known ? `keyword "${key}" does not apply to type ${types.join('|') || '(none)'}` : `unsupported JSON Schema keyword "${key}"`,
      known ? `set "type" so the keyword applies, or remove it` : `remove it or express the constraint with: ${SUPPORTED_LIST}`,
    );
  }

  if ('const' in s) return literalOf([s.const], ctx);
  if ('enum' in s) {
    if (!Array.isArray(s.enum) || s.enum.length === 0) fail(childPath(ctx.path, 'enum'), '"enum" must be a non-empty array', 'list the allowed values');
    return literalOf(s.enum as unknown[], ctx);
  }
  if ('anyOf' in s) {
    if (!Array.isArray(s.anyOf) || s.anyOf.length === 0) fail(childPath(ctx.path, 'anyOf'), '"anyOf" must be a non-empty array', 'list the alternative schemas');
    const options = (s.anyOf as unknown[]).map((sub, i) => compileJsonSchema(sub, { ...ctx, path: childPath(ctx.path, 'anyOf', i) }));
    return options.length === 1 ? options[0]! : z.union(options as [z.ZodType, z.ZodType, ...z.ZodType[]]);
  }
  if (types.length === 0) {
    fail(ctx.path, 'the schema has no "type"', 'add "type" (string, number, integer, boolean, object, array or null), "enum", "const" or "anyOf"');
  }
  const compiled = types.map((t) => compileTyped(t, s, ctx, fail));
  return compiled.length === 1 ? compiled[0]! : z.union(compiled as [z.ZodType, z.ZodType, ...z.ZodType[]]);
}

function typeList(s: Record<string, unknown>, ctx: CompileContext, fail: Fail): string[] {
  if (!('type' in s)) return [];
  const raw = Array.isArray(s.type) ? s.type : [s.type];
  for (const t of raw) {
    if (typeof t !== 'string' || !(t in BY_TYPE)) {
      fail(childPath(ctx.path, 'type'), `unknown type ${JSON.stringify(t)}`, `use one of ${Object.keys(BY_TYPE).join(', ')}`);
    }
  }
  return raw as string[];
}

function literalOf(values: unknown[], ctx: CompileContext): z.ZodType {
  const literals = values.map((v) => {
    if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) return z.literal(v as string | number | boolean | null);
    throw new LoadError(ctx.file, ctx.path, 'enum/const values must be strings, numbers, booleans or null', 'list only scalar values');
  });
  return literals.length === 1 ? literals[0]! : z.union(literals as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]]);
}


function compileTyped(type: string, s: Record<string, unknown>, ctx: CompileContext, fail: Fail): z.ZodType {
  switch (type) {
    case 'null':
      return z.null();
    case 'boolean':
      return z.boolean();
    case 'number':
    case 'integer':
      return compileNumber(type, s, ctx, fail);
    case 'string':
      return compileString(s, ctx, fail);
    case 'array':
      return compileArray(s, ctx, fail);
    default:
      return compileObject(s, ctx, fail);
  }
}

function compileNumber(type: string, s: Record<string, unknown>, ctx: CompileContext, fail: Fail): z.ZodType {
  let n = type === 'integer' ? z.number().int() : z.number();
  const min = num(s, 'minimum', ctx, fail);
  const max = num(s, 'maximum', ctx, fail);
  const xmin = num(s, 'exclusiveMinimum', ctx, fail);
  const xmax = num(s, 'exclusiveMaximum', ctx, fail);
  const step = num(s, 'multipleOf', ctx, fail);
  if (min !== undefined) n = n.gte(min);
  if (max !== undefined) n = n.lte(max);
  if (xmin !== undefined) n = n.gt(xmin);
  if (xmax !== undefined) n = n.lt(xmax);
  if (step !== undefined) {
    if (step <= 0) fail(childPath(ctx.path, 'multipleOf'), '"multipleOf" must be positive', 'set a positive number');
    n = n.multipleOf(step);
  }
  return n;
}

function compileArray(s: Record<string, unknown>, ctx: CompileContext, fail: Fail): z.ZodType {
  if (Array.isArray(s.items)) fail(childPath(ctx.path, 'items'), 'tuple-form "items" is not supported', 'use a single schema for "items"');
  const items = 'items' in s ? compileJsonSchema(s.items, { ...ctx, path: childPath(ctx.path, 'items') }) : z.unknown();
  let arr = z.array(items);
  const minItems = num(s, 'minItems', ctx, fail);
  const maxItems = num(s, 'maxItems', ctx, fail);
  if (minItems !== undefined) arr = arr.min(minItems);
  if (maxItems !== undefined) arr = arr.max(maxItems);
  if (s.uniqueItems === true) {
    return arr.refine((values) => new Set(values.map((v) => canonicalJson(v ?? null))).size === values.length, 'items must be unique');
  }
  return arr;
}

function compileObject(s: Record<string, unknown>, ctx: CompileContext, fail: Fail): z.ZodType {
  const props = (s.properties ?? {}) as Record<string, unknown>;
  if (typeof props !== 'object' || Array.isArray(props)) fail(childPath(ctx.path, 'properties'), '"properties" must be an object', 'map property names to schemas');
  const required = new Set<string>();
  if ('required' in s) {
    if (!Array.isArray(s.required) || s.required.some((r) => typeof r !== 'string')) {
      fail(childPath(ctx.path, 'required'), '"required" must be an array of property names', 'list the required property names');
    }
    for (const name of s.required as string[]) {
      if (!Object.hasOwn(props, name)) fail(childPath(ctx.path, 'required'), `required property "${name}" is not declared in "properties"`, 'declare it in "properties" or remove it from "required"');
      required.add(name);
    }
  }
  const shape: Record<string, z.ZodType> = {};
  for (const [name, sub] of Object.entries(props)) {
    const compiled = compileJsonSchema(sub, { ...ctx, path: childPath(ctx.path, 'properties', name) });
    shape[name] = required.has(name) ? compiled : compiled.optional();
  }
  const extra = s.additionalProperties;
  let obj: z.ZodType;
  if (extra === undefined || extra === false) obj = z.strictObject(shape);
  else if (extra === true) obj = z.looseObject(shape);
  else obj = z.object(shape).catchall(compileJsonSchema(extra, { ...ctx, path: childPath(ctx.path, 'additionalProperties') }));
  const minP = num(s, 'minProperties', ctx, fail);
  const maxP = num(s, 'maxProperties', ctx, fail);
  if (minP === undefined && maxP === undefined) return obj;
  return obj.refine((value) => {
    const n = Object.keys(value as object).length;
    return (minP === undefined || n >= minP) && (maxP === undefined || n <= maxP);
  }, 'wrong number of properties');
}
