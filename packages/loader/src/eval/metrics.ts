/** True positives, false positives and false negatives of one slice of the evaluation. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** Precision, recall and F1 from counts; an empty side scores 0 rather than NaN, so figures stay printable. */
export function toPrf(counts: Counts): Prf {
  const precision = counts.tp + counts.fp === 0 ? 0 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 0 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

/** Adds counts into a keyed tally (by kind, type or language), creating the slice on first use. */
export function tally(into: Map<string, Counts>, key: string, field: keyof Counts, amount = 1): void {
  const counts = into.get(key) ?? emptyCounts();
  counts[field] += amount;
  into.set(key, counts);
}
