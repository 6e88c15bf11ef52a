/**
 * Calendar arithmetic on partial dates, never more precise than the publication date allows: "hier"
 * in an article dated only `2012` is `2012`, in one dated `2012-06-21` it is `2012-06-20`.
 */
import { toPartialDate, type PartialDate } from "@corpus/schema";

const pad = (n: number) => String(n).padStart(2, "0");

/** Year, month and day of a partial date (month and day absent when not known). */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

export function partsOf(date: PartialDate): DateParts {
  const [year, month, day] = date.value.split("-").map(Number) as [number, number?, number?];
  return { year, month, day };
}

/** The partial date for known parts; null when they do not make a real date. */
export function fromParts(parts: DateParts): PartialDate | null {
  if (parts.month === undefined) return toPartialDate(String(parts.year).padStart(4, "0"));
  const prefix = `${String(parts.year).padStart(4, "0")}-${pad(parts.month)}`;
  return toPartialDate(parts.day === undefined ? prefix : `${prefix}-${pad(parts.day)}`);
}

/** `published` moved by `days` days, at the publication date's own precision. */
export function shiftDays(published: PartialDate, days: number): PartialDate | null {
  const parts = partsOf(published);
  if (parts.day === undefined) return published;
  const date = new Date(Date.UTC(parts.year, parts.month! - 1, parts.day + days));
  return fromParts({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/** The most recent given weekday (0 = Monday) on or before the publication day. */
export function lastWeekday(published: PartialDate, weekday: number): PartialDate | null {
  const parts = partsOf(published);
  if (parts.day === undefined) return published;
  const today = (new Date(Date.UTC(parts.year, parts.month! - 1, parts.day)).getUTCDay() + 6) % 7;
  return shiftDays(published, -((today - weekday + 7) % 7));
}

/** `published` moved by whole months, to month precision (year precision stays a year, moved by whole years). */
export function shiftMonths(published: PartialDate, months: number): PartialDate | null {
  const parts = partsOf(published);
  if (parts.month === undefined) return fromParts({ year: parts.year + Math.floor(months / 12) });
  const index = parts.year * 12 + parts.month - 1 + months;
  return fromParts({ year: Math.floor(index / 12), month: (index % 12) + 1 });
}

/**
 * A month (1-12), with a day when the text gives one, in the year the text gives or else in the
 * latest year that does not put it after the publication date (a week of slack for late reports).
 */
export function monthDay(published: PartialDate, month: number, day?: number, year?: number): PartialDate | null {
  if (year !== undefined) return fromParts({ year, month, day });
  const pub = partsOf(published);
  let inferred = pub.year;
  if (pub.month !== undefined) {
    const after = month > pub.month || (month === pub.month && day !== undefined && pub.day !== undefined && day > pub.day + 7);
    if (after) inferred--;
  }
  return fromParts({ year: inferred, month, day });
}
