import { toPartialDate, type PartialDate } from "@corpus/schema";
import { describe, expect, it } from "vitest";
import { lastWeekday, monthDay, shiftDays, shiftMonths } from "./calendar.js";

const d = (value: string) => toPartialDate(value) as PartialDate;
const v = (date: PartialDate | null) => date?.value;

describe("calendar", () => {
  it("shifts days only as far as the publication date is known", () => {
    expect(v(shiftDays(d("2012-03-01"), -1))).toBe("2012-02-29");
    expect(v(shiftDays(d("2012-07"), -1))).toBe("2012-07");
    expect(v(shiftDays(d("2012"), -2))).toBe("2012");
  });

  it("finds the most recent weekday, the publication day included", () => {
    expect(v(lastWeekday(d("2019-01-23"), 0))).toBe("2019-01-21"); // a Wednesday → Monday
    expect(v(lastWeekday(d("2019-01-23"), 2))).toBe("2019-01-23");
    expect(v(lastWeekday(d("2019-01-23"), 4))).toBe("2019-01-18");
  });

  it("shifts months and years", () => {
    expect(v(shiftMonths(d("2019-01-10"), -1))).toBe("2018-12");
    expect(v(shiftMonths(d("2019"), -12))).toBe("2018");
  });

  it("places a month or a day-month in the latest year not after publication", () => {
    expect(v(monthDay(d("2019-01-23"), 10))).toBe("2018-10");
    expect(v(monthDay(d("2012-07-02"), 6, 30))).toBe("2012-06-30");
    expect(v(monthDay(d("2012"), 6, 19))).toBe("2012-06-19");
    expect(v(monthDay(d("2019-01-23"), 5, 1, 2015))).toBe("2015-05-01");
    expect(monthDay(d("2019-01-23"), 2, 30)).toBeNull();
  });
});
