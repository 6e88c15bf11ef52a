import { z } from "zod";
import { LocalDate } from "./primitives.js";

export const DatePrecision = z.enum(["YEAR", "MONTH", "DAY"]).meta({
  id: "DatePrecision",
  description: "How much of a date is known.",
  values: {
    YEAR: "Only the year is known (`2024`).",
    MONTH: "The year and month are known (`2024-04`).",
    DAY: "The exact day is known (`2024-04-10`).",
  },
});
export type DatePrecision = z.infer<typeof DatePrecision>;

const VALUE_BY_PRECISION: Record<DatePrecision, RegExp> = {
  YEAR: /^\d{4}$/,
  MONTH: /^\d{4}-\d{2}$/,
  DAY: /^\d{4}-\d{2}-\d{2}$/,
};

/**
 * A date known to a year, a month or a day, never more precise than its source.
 * `earliest` and `latest` are the first and last days it may denote, so that ranges
 * and sorting work without inventing a day.
 */
export const PartialDate = z
  .object({
    value: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .meta({ graphql: "String" })
      .describe("The date as known, in EDTF level 0: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`."),
    precision: DatePrecision.describe("Which parts of `value` are known."),
    earliest: LocalDate.describe("First day the date may denote (inclusive)."),
    latest: LocalDate.describe("Last day the date may denote (inclusive)."),
  })
  .superRefine((date, ctx) => {
    if (!VALUE_BY_PRECISION[date.precision].test(date.value)) {
      ctx.addIssue({ code: "custom", path: ["value"], message: `value ${date.value} does not have precision ${date.precision}` });
      return;
    }
    const expected = partialDateRange(date.value);
    if (!expected || expected.earliest !== date.earliest || expected.latest !== date.latest) {
      ctx.addIssue({ code: "custom", path: ["earliest"], message: `earliest/latest do not match ${date.value}` });
    }
  })
  .meta({
    id: "PartialDate",
    description: "A date known to a year, a month or a day, with the range of days it covers.",
  });
export type PartialDate = z.infer<typeof PartialDate>;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The first and last day covered by `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `null` when the date does not exist. */
export function partialDateRange(value: string): { earliest: string; latest: string } | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month === undefined) return { earliest: `${pad(year, 4)}-01-01`, latest: `${pad(year, 4)}-12-31` };
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  const prefix = `${pad(year, 4)}-${pad(month)}`;
  if (day === undefined) return { earliest: `${prefix}-01`, latest: `${prefix}-${pad(last)}` };
  if (day < 1 || day > last) return null;
  return { earliest: `${prefix}-${pad(day)}`, latest: `${prefix}-${pad(day)}` };
}

/**
 * Builds a {@link PartialDate} from `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * Returns `null` for malformed or impossible dates (`2024-13`, `2023-02-29`).
 *
 * @example toPartialDate("2024-04") // { value: "2024-04", precision: "MONTH", earliest: "2024-04-01", latest: "2024-04-30" }
 */
export function toPartialDate(value: string): PartialDate | null {
  const range = partialDateRange(value);
  if (!range) return null;
  const precision: DatePrecision = value.length === 4 ? "YEAR" : value.length === 7 ? "MONTH" : "DAY";
  return { value, precision, ...range };
}
