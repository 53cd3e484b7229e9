/**
 * Writes a JSON Schema's local references (`{"$ref": "#/$defs/X"}`, or `#/definitions/X`) out
 * in place, for `manifest init`: argument schemas are compiled without references, and schemas
 * generated from typed models (pydantic, zod) put every nested object behind one. A reference
 * is kept, and loading then names it for the owner, when it cannot be written out faithfully:
 * it is recursive, points elsewhere, or sits beside a constraint (which would mean allOf).
 * Definitions are dropped once nothing refers to them.
 */

type Json = Record<string, unknown>;

const ANNOTATIONS = new Set(['title', 'description', 'default', 'examples', 'deprecated', 'readOnly', 'writeOnly', '$comment']);
const LOCAL_REF = /^#\/(\$defs|definitions)\/([^/~]+)$/;

export function inlineLocalRefs(schema: Json): Json {
  const defs = new Map<string, unknown>();
  for (const section of ['$defs', 'definitions'] as const) {
    const group = schema[section];
    if (group && typeof group === 'object' && !Array.isArray(group)) {
      for (const [name, def] of Object.entries(group)) defs.set(`#/${section}/${name}`, def);
    }
  }
  if (defs.size === 0) return schema;
  const { $defs: _defs, definitions: _definitions, ...rest } = schema;
  const inlined = inline(rest, defs, []) as Json;
  return hasRef(inlined) ? schema : inlined;
}

function inline(node: unknown, defs: Map<string, unknown>, stack: string[]): unknown {
  if (Array.isArray(node)) return node.map((n) => inline(n, defs, stack));
  if (!node || typeof node !== 'object') return node;
  const { $ref, ...siblings } = node as Json;
  if (typeof $ref === 'string' && LOCAL_REF.test($ref) && defs.has($ref) && !stack.includes($ref) && Object.keys(siblings).every((k) => ANNOTATIONS.has(k))) {
    const target = inline(defs.get($ref), defs, [...stack, $ref]);
    return target && typeof target === 'object' && !Array.isArray(target) ? { ...(target as Json), ...siblings } : node;
  }
  return mapSchema(node as Json, (child) => inline(child, defs, stack));
}

/** Values are data, never schemas: a `$ref` inside them is not a reference. */
const DATA = new Set(['const', 'enum', 'default', 'examples']);

/** Applies `f` to every subschema of `schema` (the values of `properties` are subschemas, its keys are names). */
function mapSchema(schema: Json, f: (child: unknown) => unknown): Json {
  return Object.fromEntries(
    Object.entries(schema).map(([k, v]) => {
      if (DATA.has(k)) return [k, v];
      if (k === 'properties' && v && typeof v === 'object' && !Array.isArray(v)) return [k, Object.fromEntries(Object.entries(v).map(([name, s]) => [name, f(s)]))];
      return [k, f(v)];
    }),
  );
}

function hasRef(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasRef);
  if (!node || typeof node !== 'object') return false;
  if (typeof (node as Json).$ref === 'string') return true;
  let found = false;
  mapSchema(node as Json, (child) => (found ||= hasRef(child)));
  return found;
}
