// The catalogue of ReDoS attacks on src/'s patterns (test/fixtures/pattern-attacks.json),
// written by `npm run check:redos -- --write` and read by the tests.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CATALOGUE_FILE = fileURLToPath(new URL('../test/fixtures/pattern-attacks.json', import.meta.url));

/** recheck's attack: each part's prefix, then its pump repeated; then the suffix. */
export interface Attack {
  pumps: Array<{ prefix: string; pump: string }>;
  suffix: string;
}

export interface Entry {
  where: string;
  status: 'safe' | 'vulnerable' | 'unknown';
  /** For `vulnerable`: recheck's estimate, e.g. "polynomial 2". */
  complexity?: string;
  attack?: Attack;
  /** For `unknown`: recheck's reason (timeout, unsupported syntax). */
  error?: string;
}

export interface Catalogue {
  checker: string;
  /** Patterns with a longer source are not in it (see check-redos.ts). */
  maxSource: number;
  /** By pattern key (pattern-inventory.ts patternKey). */
  patterns: Record<string, Entry>;
}

export function readCatalogue(): Catalogue | undefined {
  return existsSync(CATALOGUE_FILE) ? (JSON.parse(readFileSync(CATALOGUE_FILE, 'utf8')) as Catalogue) : undefined;
}

/** The attack at about `size` characters: every pump repeated as often as that takes. */
export function attackOfSize(attack: Attack, size: number): string {
  const fixed = attack.pumps.reduce((n, p) => n + p.prefix.length, attack.suffix.length);
  const perRound = attack.pumps.reduce((n, p) => n + p.pump.length, 0);
  const rounds = Math.max(1, Math.ceil((size - fixed) / Math.max(1, perRound)));
  return attack.pumps.map((p) => p.prefix + p.pump.repeat(rounds)).join('') + attack.suffix;
}
