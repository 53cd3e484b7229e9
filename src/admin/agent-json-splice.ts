/**
 * Targeted edits of JSON text: replace, insert or delete one object member and leave every
 * other byte alone, so an admin's diff shows only what the command changed (a whole-document
 * re-render would also reflow inline arrays and objects). Callers re-parse the result and fall
 * back to serializeLike() if it is not exactly the intended document.
 */

export type EditOp = { path: readonly string[]; value: unknown } | { path: readonly string[]; delete: true };

type JsonNode =
  | { kind: 'object'; start: number; end: number; members: JsonMember[] }
  | { kind: 'array'; start: number; end: number; items: JsonNode[] }
  | { kind: 'scalar'; start: number; end: number };

interface JsonMember {
  key: string;
  start: number;
  /** The text between the key and its value, e.g. `: `, reused for inserted members. */
  colon: string;
  value: JsonNode;
}

interface Style {
  unit: string;
  eol: string;
  /** Whether this file writes arrays of strings and numbers on one line. */
  inlineArrays: boolean;
}

/** Applies the ops in order; undefined when a parent is missing or not an object. */
export function spliceEdits(text: string, ops: readonly EditOp[], format: { indent: string; eol: string }): string | undefined {
  const style: Style = { unit: format.indent, eol: format.eol, inlineArrays: detectInlineArrays(text, parse(text)) };
  let out = text;
  for (const op of ops) {
    const parent = descend(parse(out), op.path.slice(0, -1));
    const key = op.path.at(-1);
    if (!parent || key === undefined) return undefined;
    const index = parent.members.findLastIndex((m) => m.key === key);
    if ('delete' in op) out = index < 0 ? out : deleteMember(out, parent, index);
    else out = index < 0 ? insertMember(out, parent, key, op.value, style) : replaceValue(out, parent.members[index]!.value, op.value, style);
  }
  return out;
}

function replaceValue(text: string, node: JsonNode, value: unknown, style: Style): string {
  const multiline = text.slice(node.start, node.end).includes('\n');
  return text.slice(0, node.start) + render(value, lineIndent(text, node.start), style, multiline) + text.slice(node.end);
}

function insertMember(text: string, parent: Extract<JsonNode, { kind: 'object' }>, key: string, value: unknown, style: Style): string {
  const last = parent.members.at(-1);
  if (!last) {
    const whole = render({ [key]: value }, lineIndent(text, parent.start), style, style.unit !== '');
    return text.slice(0, parent.start) + whole + text.slice(parent.end);
  }
  // Copy the whitespace that precedes the last member, so the new one lines up with its siblings.
  let from = last.start;
  while (from > 0 && /\s/.test(text[from - 1]!)) from--;
  const sep = text.slice(from, last.start);
  const indent = sep.slice(sep.lastIndexOf('\n') + 1);
  const member = `,${sep}${JSON.stringify(key)}${last.colon}${render(value, indent, style, sep.includes('\n'))}`;
  return text.slice(0, last.value.end) + member + text.slice(last.value.end);
}

function deleteMember(text: string, parent: Extract<JsonNode, { kind: 'object' }>, index: number): string {
  const members = parent.members;
  if (members.length === 1) return text.slice(0, parent.start) + '{}' + text.slice(parent.end);
  const next = members[index + 1];
  if (next) return text.slice(0, members[index]!.start) + text.slice(next.start);
  return text.slice(0, members[index - 1]!.value.end) + text.slice(members[index]!.value.end);
}

function render(value: unknown, indent: string, style: Style, multiline: boolean): string {
  if (style.unit === '') return JSON.stringify(value);
  const inner = indent + style.unit;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const scalars = value.every((v) => typeof v !== 'object' || v === null);
    if (!multiline || (scalars && style.inlineArrays)) return `[${value.map((v) => render(v, indent, style, false)).join(', ')}]`;
    return `[${style.eol}${value.map((v) => inner + render(v, inner, style, true)).join(`,${style.eol}`)}${style.eol}${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    if (!multiline) return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${render(v, indent, style, false)}`).join(', ')} }`;
    const lines = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${render(v, inner, style, true)}`);
    return `{${style.eol}${lines.join(`,${style.eol}`)}${style.eol}${indent}}`;
  }
  return JSON.stringify(value);
}

function descend(node: JsonNode, path: readonly string[]): Extract<JsonNode, { kind: 'object' }> | undefined {
  let current: JsonNode | undefined = node;
  for (const key of path) {
    if (current?.kind !== 'object') return undefined;
    current = current.members.findLast((m) => m.key === key)?.value;
  }
  return current?.kind === 'object' ? current : undefined;
}

function lineIndent(text: string, pos: number): string {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, pos))![0];
}

function detectInlineArrays(text: string, root: JsonNode): boolean {
  const stack: JsonNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.kind === 'array' && node.items.length > 0 && node.items.every((n) => n.kind === 'scalar')) {
      return !text.slice(node.start, node.end).includes('\n');
    }
    if (node.kind === 'array') stack.push(...node.items);
    if (node.kind === 'object') stack.push(...node.members.map((m) => m.value));
  }
  return true;
}

/** A positions-only parser for text JSON.parse has already accepted (so it never sees bad input). */
function parse(text: string): JsonNode {
  JSON.parse(text);
  let i = 0;
  const skipSpace = (): void => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const skipString = (): void => {
    for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
    i++;
  };
  const value = (): JsonNode => {
    skipSpace();
    const start = i;
    const open = text[i];
    if (open === '{' || open === '[') {
      i++;
      const members: JsonMember[] = [];
      const items: JsonNode[] = [];
      skipSpace();
      while (text[i] !== '}' && text[i] !== ']') {
        if (open === '{') {
          skipSpace();
          const keyStart = i;
          skipString();
          const key = JSON.parse(text.slice(keyStart, i)) as string;
          const colonStart = i;
          skipSpace();
          i++;
          skipSpace();
          members.push({ key, start: keyStart, colon: text.slice(colonStart, i), value: value() });
        } else items.push(value());
        skipSpace();
        if (text[i] === ',') i++;
        skipSpace();
      }
      i++;
      return open === '{' ? { kind: 'object', start, end: i, members } : { kind: 'array', start, end: i, items };
    }
    if (open === '"') skipString();
    else while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
    return { kind: 'scalar', start, end: i };
  };
  return value();
}
