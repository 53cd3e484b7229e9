import { parseArgs as parseNodeArgs } from 'node:util';

/**
 * The one argument parser of every command, on Node's `util.parseArgs`. Strict: an unknown
 * option is a usage error naming it, never ignored. `--help`/`-h` anywhere before `--` asks
 * for the command's help, which is why every caller must hand over its usage text.
 */
export interface ParsedArgs {
  /** Single options by their long name (`--config`); booleans are `true`. */
  flags: Map<string, string | true>;
  positional: string[];
  /** Repeatable options, in order. */
  lists: Map<string, string[]>;
}

export interface ArgSpec {
  /** What `--help` prints on stdout: usage lines, what the command does, its exit codes. */
  usage: string;
  values?: string[];
  booleans?: string[];
  lists?: string[];
  /** One-letter aliases, e.g. `{ '-n': '--lines' }`. */
  short?: Record<string, string>;
}

/** Bad command line: printed on stderr, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** `--help` was asked for: the usage goes to stdout, exit 0. */
export class HelpRequest extends Error {
  override readonly name = 'HelpRequest';
  constructor(readonly usage: string) {
    super('help requested');
  }
}

type OptionConfig = { type: 'string' | 'boolean'; multiple?: boolean; short?: string };

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const options: Record<string, OptionConfig> = { help: { type: 'boolean', short: 'h' } };
  for (const name of spec.values ?? []) options[bare(name)] = { type: 'string' };
  for (const name of spec.booleans ?? []) options[bare(name)] = { type: 'boolean' };
  for (const name of spec.lists ?? []) options[bare(name)] = { type: 'string', multiple: true };
  for (const [letter, name] of Object.entries(spec.short ?? {})) options[bare(name)]!.short = letter.slice(1);
  // Non-strict so every problem can be named in our words; each token is checked below.
  const { values, positionals, tokens } = parseNodeArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (token.name === 'help') throw new HelpRequest(spec.usage);
    const option = options[token.name];
    if (!option) throw new UsageError(`unknown option ${token.rawName}`);
    if (option.type === 'boolean' && token.value !== undefined) throw new UsageError(`${token.rawName} takes no value`);
    if (option.type === 'string' && token.value === undefined) throw new UsageError(`${token.rawName} needs a value`);
    // `--config --agent x` is a forgotten value, not a file named "--agent".
    if (option.type === 'string' && !token.inlineValue && /^-./.test(token.value!)) {
      throw new UsageError(`${token.rawName} needs a value (to pass one that starts with a dash, write ${token.rawName}=${token.value})`);
    }
  }
  const flags = new Map<string, string | true>();
  const lists = new Map<string, string[]>();
  for (const [name, value] of Object.entries(values)) {
    if (name === 'help' || value === undefined) continue;
    if (Array.isArray(value)) lists.set(`--${name}`, value.map(String));
    else flags.set(`--${name}`, value === true ? true : String(value));
  }
  return { flags, positional: positionals, lists };
}

export function flagValue(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

/** Dispatchers of subcommands (`manifest`, `agent`, `audit`): is this word a request for help? */
export function isHelpWord(word: string | undefined): boolean {
  return word === '--help' || word === '-h' || word === 'help';
}

function bare(name: string): string {
  return name.replace(/^--/, '');
}

/** `usage: a` then further forms aligned under it, as man pages print them. */
export function usageLines(forms: readonly string[]): string {
  return forms.map((form, i) => `${i === 0 ? 'usage: ' : '       '}${form}`).join('\n');
}
