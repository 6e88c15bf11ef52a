import { toPartialDate, type Article, type DatePrecision, type Event, type PartialDate } from "@corpus/schema";
import type { DateBasis, DateRangeFilter, TimeUnit } from "./types.js";

const DETAIL: Record<DatePrecision, number> = { YEAR: 0, MONTH: 1, DAY: 2 };
const VALUE_LENGTH: Record<TimeUnit, number> = { YEAR: 4, MONTH: 7, DAY: 10 };

/** Orders precisions from coarse to fine, so sorting by (earliest, detail) puts "2024" before "2024-01". */
export const precisionDetail = (precision: DatePrecision): number => DETAIL[precision];

/**
 * The timeline bucket a date falls in: the date cut to `unit` when it is at least that precise,
 * else the date itself (a "2024" event asked for by month stays "2024", flagged as coarser).
 */
export function periodOf(date: PartialDate, unit: TimeUnit): { value: string; isCoarserThanUnit: boolean } {
  if (DETAIL[date.precision] >= DETAIL[unit]) return { value: date.value.slice(0, VALUE_LENGTH[unit]), isCoarserThanUnit: false };
  return { value: date.value, isCoarserThanUnit: true };
}

/** The bucket value as a {@link PartialDate} (for the API's `period` field). */
export function periodDate(value: string): PartialDate {
  const date = toPartialDate(value);
  if (!date) throw new RangeError(`not a period value: ${value}`);
  return date;
}

/** The date that places an event in time for the given basis; null when there is none. */
export function basisDate(event: Event, article: Article | undefined, basis: DateBasis): PartialDate | null {
  if (basis === "EVENT_DATE") return event.date;
  if (basis === "PUBLICATION_DATE") return article?.published ?? null;
  return event.date ?? article?.published ?? null;
}

/**
 * Whether a partial date passes a range filter. A partial date covers [earliest, latest]:
 * OVERLAPS (the default) keeps it when that range touches the filter's, WITHIN only when it fits inside.
 */
export function inDateRange(date: PartialDate | null, range: DateRangeFilter): boolean {
  if (!date) return false;
  const from = range.from ?? "0000-01-01";
  const to = range.to ?? "9999-12-31";
  return range.match === "WITHIN" ? date.earliest >= from && date.latest <= to : date.latest >= from && date.earliest <= to;
}
