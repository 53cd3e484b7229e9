/**
 * RFC 6570 level 1 URI templates (`demo://items/{id}`): simple `{name}` expressions between
 * literal text. A template compiles once, at load, into an anchored matcher. A variable's value
 * is what level 1 expansion can produce: unreserved characters and percent-escapes, at least
 * one, so a value never spans a `/`, `?` or `#` and a template cannot approve more than its
 * shape. Operators (`{+x}`, `{#x}`, `{/x}`, …), modifiers and adjacent expressions are refused
 * at load: they are either not level 1 or make matching ambiguous.
 */

export interface UriTemplate {
  readonly source: string;
  readonly variables: readonly string[];
  /** The variable values when `uri` is an expansion of this template, else undefined. */
  match(uri: string): Record<string, string> | undefined;
}

export class UriTemplateError extends Error {}

const EXPRESSION = /\{([^{}]*)\}/g;
const VARNAME = /^(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})+$/;
// Unreserved characters or a percent-escape; one token per character, so matching is linear.
const VALUE = '((?:[A-Za-z0-9\\-._~]|%[0-9A-Fa-f]{2})+)';
const MAX_VARIABLES = 16;

export function compileUriTemplate(source: string): UriTemplate {
  const variables: string[] = [];
  let pattern = '^';
  let last = 0;
  for (const match of source.matchAll(EXPRESSION)) {
    const literal = source.slice(last, match.index);
    if (match.index > 0 && literal === '' && variables.length > 0) {
      throw new UriTemplateError(`expressions "{${variables.at(-1)}}" and "{${match[1]}}" are adjacent; separate them with literal text`);
    }
    pattern += literalPattern(literal);
    const name = match[1]!;
    if (/^[+#./;?&=,!@|]/.test(name)) throw new UriTemplateError(`"{${name}}" uses an operator; only level 1 expressions "{name}" are supported`);
    if (!VARNAME.test(name)) throw new UriTemplateError(`"{${name}}" is not a single variable name (letters, digits and _; no lists or modifiers)`);
    if (variables.includes(name)) throw new UriTemplateError(`variable "${name}" appears twice`);
    variables.push(name);
    pattern += VALUE;
    last = match.index + match[0].length;
  }
  pattern += `${literalPattern(source.slice(last))}$`;
  if (variables.length > MAX_VARIABLES) throw new UriTemplateError(`more than ${MAX_VARIABLES} variables`);
  const regex = new RegExp(pattern);
  return {
    source,
    variables,
    match(uri) {
      const found = regex.exec(uri);
      if (!found) return undefined;
      return Object.fromEntries(variables.map((name, i) => [name, found[i + 1]!]));
    },
  };
}

function literalPattern(literal: string): string {
  if (/[{}]/.test(literal)) throw new UriTemplateError('a "{" or "}" is not part of a complete expression');
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
