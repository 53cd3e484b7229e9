/** A small, strict argv parser: unknown flags are errors, never ignored. */
export interface ParsedArgs {
  flags: Map<string, string | true>;
  positional: string[];
  /** Repeatable options, in order. */
  lists: Map<string, string[]>;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseArgs(argv: readonly string[], spec: { values?: string[]; booleans?: string[]; lists?: string[] }): ParsedArgs {
  const values = new Set(spec.values ?? []);
  const booleans = new Set(spec.booleans ?? []);
  const repeatable = new Set(spec.lists ?? []);
  const lists = new Map<string, string[]>();
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (repeatable.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      lists.set(name, [...(lists.get(name) ?? []), value]);
    } else if (values.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      flags.set(name, value);
    } else if (booleans.has(name) && inline === undefined) flags.set(name, true);
    else throw new UsageError(`unknown option ${name}`);
  }
  return { flags, positional, lists };
}

export function flagValue(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

/** Collects every value of a flag that may repeat (the shared parser keeps one per flag). */
export function takeRepeated(argv: readonly string[], name: string): { values: string[]; rest: string[] } {
  const values: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg.startsWith(`${name}=`)) values.push(arg.slice(name.length + 1));
    else if (arg === name) {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      values.push(value);
    } else rest.push(arg);
  }
  return { values, rest };
}
