import { describe, expect, test } from "vitest";
import { PartialDate, partialDateRange, toPartialDate } from "./partial-date.js";

describe("toPartialDate", () => {
  test.each([
    ["2024", "YEAR", "2024-01-01", "2024-12-31"],
    ["2024-04", "MONTH", "2024-04-01", "2024-04-30"],
    ["2024-02", "MONTH", "2024-02-01", "2024-02-29"],
    ["2023-02", "MONTH", "2023-02-01", "2023-02-28"],
    ["2024-04-10", "DAY", "2024-04-10", "2024-04-10"],
    ["2024-02-29", "DAY", "2024-02-29", "2024-02-29"],
  ])("%s has precision %s and covers %s..%s", (value, precision, earliest, latest) => {
    const date = toPartialDate(value);
    expect(date).toEqual({ value, precision, earliest, latest });
    expect(PartialDate.parse(date)).toEqual(date);
  });

  test.each(["2024-13", "2024-00", "2023-02-29", "2024-04-31", "24-04", "2024-4", "2024/04", "april"])(
    "rejects %s",
    (value) => {
      expect(toPartialDate(value)).toBeNull();
      expect(partialDateRange(value)).toBeNull();
    },
  );
});

describe("PartialDate schema", () => {
  test("rejects a value that does not match its precision", () => {
    expect(PartialDate.safeParse({ value: "2024-04", precision: "DAY", earliest: "2024-04-01", latest: "2024-04-30" }).success).toBe(false);
  });
  test("rejects a range that does not match the value", () => {
    expect(PartialDate.safeParse({ value: "2024-04", precision: "MONTH", earliest: "2024-04-02", latest: "2024-04-30" }).success).toBe(false);
  });
});
