import { describe, expect, it } from "vitest";
import { maxMatching } from "./max-matching.js";

describe("maxMatching", () => {
  it("finds the pairing a greedy pass would miss", () => {
    // left 0 likes both, left 1 only likes right 0: greedy would give 0→0 and leave 1 unmatched
    expect(maxMatching([[0, 1], [0]], 2)).toEqual([1, 0]);
  });

  it("leaves items without candidates unmatched", () => {
    expect(maxMatching([[], [0], [0]], 1)).toEqual([-1, 0, -1]);
  });

  it("never pairs one right item twice", () => {
    const result = maxMatching([[0], [0], [0]], 1);
    expect(result.filter((right) => right === 0)).toHaveLength(1);
  });
});
