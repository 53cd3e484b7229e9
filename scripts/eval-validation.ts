// Scores the locked validation split (../shared/data/injection/validation.jsonl) with the shipped
// model and default policy, and prints aggregate figures only. The split is for measuring, never
// for tuning: this script prints no row, no id and no per-row outcome, and nothing in the
// detector reads it. `npm run eval:validation`, and the last section of `npm run eval:detector`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prepareScanner, DEFAULT_SCAN_POLICY, scanText } from '../src/scan/index.js';
import { pct, rate, rocAuc, thresholdAtFpr, type Scored } from './detector-metrics.js';

// many texts in one process: the scanner's patterns compiled first stay fast (src/scan/prepare.ts)
await prepareScanner();

export const VALIDATION = process.env.DETECTOR_VALIDATION ?? fileURLToPath(new URL('../../shared/data/injection/validation.jsonl', import.meta.url));

export interface LockedRow {
  text: string;
  label: 'injection' | 'benign';
  hard_negative?: boolean;
}

export interface LockedFigures {
  rows: number;
  auc: number;
  tprAt1: number;
  hardFprAt1: number;
  flaggedInjections: number;
  blockedInjections: number;
  benignFlagged: number;
  benignBlocked: number;
  hardFlagged: number;
  hardBlocked: number;
}

export function scoreLocked(path = VALIDATION): LockedFigures | undefined {
  if (!existsSync(path)) return undefined;
  const rows = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as LockedRow);
  return figuresOf(rows);
}

/** Aggregate figures of labelled rows scanned with the shipped model and default policy. */
export function figuresOf(rows: readonly LockedRow[]): LockedFigures {
  const policy = DEFAULT_SCAN_POLICY;
  const all: Scored[] = [];
  const hard: Scored[] = [];
  for (const row of rows) {
    const s: Scored = { score: scanText(row.text, policy).score, y: row.label === 'injection' ? 1 : 0 };
    all.push(s);
    if (row.hard_negative === true) hard.push(s);
  }
  const t1 = thresholdAtFpr(all, 0.01);
  return {
    rows: all.length,
    auc: rocAuc(all),
    tprAt1: rate(all, 1, t1),
    hardFprAt1: rate(hard, 0, t1),
    flaggedInjections: rate(all, 1, policy.flagThreshold),
    blockedInjections: rate(all, 1, policy.blockThreshold),
    benignFlagged: rate(all, 0, policy.flagThreshold),
    benignBlocked: rate(all, 0, policy.blockThreshold),
    hardFlagged: rate(hard, 0, policy.flagThreshold),
    hardBlocked: rate(hard, 0, policy.blockThreshold),
  };
}

export function reportLocked(f: LockedFigures | undefined, title = 'Locked validation split (aggregate only; never tuned on)'): void {
  console.log(`\n## ${title}\n`);
  if (!f) {
    console.log(`not found: ${VALIDATION}`);
    return;
  }
  console.log('| measure | value |');
  console.log('| --- | ---: |');
  console.log(`| rows | ${f.rows} |`);
  console.log(`| ROC AUC | ${f.auc.toFixed(3)} |`);
  console.log(`| TPR at 1% FPR | ${pct(f.tprAt1)} |`);
  console.log(`| hard-negative FPR at that point | ${pct(f.hardFprAt1)} |`);
  console.log(`| injections flagged / blocked at the defaults | ${pct(f.flaggedInjections)} / ${pct(f.blockedInjections)} |`);
  console.log(`| benign rows flagged / blocked at the defaults | ${pct(f.benignFlagged)} / ${pct(f.benignBlocked)} |`);
  console.log(`| hard negatives flagged / blocked at the defaults | ${pct(f.hardFlagged)} / ${pct(f.hardBlocked)} |`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) reportLocked(scoreLocked());
