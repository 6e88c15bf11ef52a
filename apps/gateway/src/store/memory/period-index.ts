import { EventType, type PartialDate } from "@corpus/schema";
import { basisDate, periodDate, periodOf, precisionDetail } from "../periods.js";
import type { DateBasis, TimeUnit } from "../types.js";
import type { Indexes } from "./indexes.js";
import { memoize } from "./memo.js";

/**
 * Every event placed in a timeline bucket once, for one unit and basis: counting by period is then
 * an array increment per event, and the whole corpus's counts per period and type are a table.
 * Buckets are numbered in chronological order ("2024" before "2024-01"), so counts come out sorted.
 */
export interface PeriodIndex {
  /** Per event ordinal: its bucket, or -1 when it has no date on this basis. */
  bucketOf: Int32Array;
  /** Per bucket: its value ("2024-05", or "2024" for an event known only by year). */
  values: string[];
  periods: PartialDate[];
  /** Per bucket: whether it is coarser than the unit asked for. */
  coarser: boolean[];
  /** Whole corpus: events per bucket and type (`bucket * TYPE_COUNT + type`), and undated events per type. */
  totals: Int32Array;
  undatedTotals: Int32Array;
}

export const TYPE_COUNT = EventType.options.length;

function build(ix: Indexes, unit: TimeUnit, basis: DateBasis): PeriodIndex {
  const raw: (string | null)[] = [];
  const found = new Map<string, { coarser: boolean; period: PartialDate }>();
  ix.events.forEach((event, ordinal) => {
    const date = basisDate(event, ix.articles[ix.eventArticle[ordinal] ?? -1], basis);
    if (!date) return void raw.push(null);
    const { value, isCoarserThanUnit } = periodOf(date, unit);
    raw.push(value);
    if (!found.has(value)) found.set(value, { coarser: isCoarserThanUnit, period: periodDate(value) });
  });
  const values = [...found.keys()].sort((a, b) => {
    const x = found.get(a)!.period;
    const y = found.get(b)!.period;
    return x.earliest < y.earliest ? -1 : x.earliest > y.earliest ? 1 : precisionDetail(x.precision) - precisionDetail(y.precision);
  });
  const codeOf = new Map(values.map((value, code) => [value, code]));
  const bucketOf = Int32Array.from(raw, (value) => (value === null ? -1 : (codeOf.get(value) ?? -1)));
  const totals = new Int32Array(values.length * TYPE_COUNT);
  const undatedTotals = new Int32Array(TYPE_COUNT);
  bucketOf.forEach((bucket, ordinal) => {
    const type = ix.eventType[ordinal] ?? 0;
    if (bucket < 0) undatedTotals[type]!++;
    else totals[bucket * TYPE_COUNT + type]!++;
  });
  return {
    bucketOf,
    values,
    periods: values.map((value) => found.get(value)!.period),
    coarser: values.map((value) => found.get(value)!.coarser),
    totals,
    undatedTotals,
  };
}

/** Period indexes per (unit, basis), each built on first use (a fraction of a second at 66k events) and kept. */
export function createPeriodIndexes(ix: Indexes) {
  const made = memoize((key: `${TimeUnit}:${DateBasis}`) => {
    const [unit, basis] = key.split(":") as [TimeUnit, DateBasis];
    return build(ix, unit, basis);
  });
  return (unit: TimeUnit, basis: DateBasis): PeriodIndex => made(`${unit}:${basis}`);
}
export type PeriodIndexes = ReturnType<typeof createPeriodIndexes>;
