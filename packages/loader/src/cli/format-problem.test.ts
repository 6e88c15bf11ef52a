import pc from "picocolors";
import { expect, test } from "vitest";
import { formatProblem } from "./format-problem.js";

const plain = pc.createColors(false);

test.each([
  [{ file: "a/b.txt", line: 3, code: "NOT_UTF8", severity: "ERROR", message: "bad byte" }, "docs", "docs/a/b.txt:3: NOT_UTF8 bad byte"],
  [{ file: "b.txt", line: null, code: "DUPLICATE", severity: "ERROR", message: "same as a.txt" }, "docs", "docs/b.txt: DUPLICATE same as a.txt"],
  [{ file: "c.txt", line: 2, code: "MALFORMED_HEADER", severity: "WARNING", message: "no blank line" }, null, "c.txt:2: MALFORMED_HEADER (warning) no blank line"],
  [{ file: "(corpus)", line: null, code: "INVALID_RECORD", severity: "ERROR", message: "x" }, "docs", "(corpus): INVALID_RECORD x"],
] as const)("%j", (problem, dir, expected) => {
  expect(formatProblem(problem, dir, plain)).toBe(expected);
});
