// ROC metrics for the detector evaluation. Scores are higher for "more likely injection".

export interface Scored {
  score: number;
  y: 0 | 1;
}

/** Area under the ROC curve (Mann-Whitney, ties counted half). */
export function rocAuc(xs: readonly Scored[]): number {
  const sorted = [...xs].sort((a, b) => a.score - b.score);
  let rankSumPos = 0;
  let pos = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]!.score === sorted[i]!.score) j++;
    const rank = (i + j + 1) / 2; // average 1-based rank of the tie group
    for (let k = i; k < j; k++) if (sorted[k]!.y === 1) {
      rankSumPos += rank;
      pos++;
    }
    i = j;
  }
  const neg = sorted.length - pos;
  return (rankSumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** Lowest threshold whose false-positive rate (score >= t) stays within `fpr`. */
export function thresholdAtFpr(xs: readonly Scored[], fpr: number): number {
  const neg = xs.filter((x) => x.y === 0).map((x) => x.score).sort((a, b) => b - a);
  const allowed = Math.floor(fpr * neg.length);
  // Smallest t such that at most `allowed` negatives score >= t.
  const above = neg[allowed];
  return above === undefined ? -Infinity : nextUp(above);
}

function nextUp(x: number): number {
  return x + Math.max(1e-12, Math.abs(x) * 1e-9);
}

export function rate(xs: readonly Scored[], label: 0 | 1, threshold: number): number {
  const sel = xs.filter((x) => x.y === label);
  return sel.length === 0 ? NaN : sel.filter((x) => x.score >= threshold).length / sel.length;
}

export function pct(x: number): string {
  return Number.isNaN(x) ? '   n/a' : `${(100 * x).toFixed(1).padStart(5)}%`;
}
