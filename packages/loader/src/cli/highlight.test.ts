import pc from "picocolors";
import { describe, expect, test } from "vitest";
import { highlight } from "./highlight.js";

const plain = pc.createColors(false);
const colored = pc.createColors(true);

describe("highlight", () => {
  const text = "La Russie a signé un accord avec le Niger.";
  const base = 100; // the sentence starts at offset 100 of its field
  const marks = [
    { start: 103, end: 109, kind: "source" as const },
    { start: 112, end: 117, kind: "trigger" as const },
    { start: 136, end: 141, kind: "target" as const },
  ];

  test("brackets the trigger and the actors without colours", () => {
    expect(highlight(text, base, marks, plain)).toBe("La {Russie} a <<signé>> un accord avec le [Niger].");
  });

  test("colours them on a terminal and keeps the words", () => {
    const out = highlight(text, base, marks, colored);
    expect(out).toContain("\x1b[");
    expect(out.replace(/\x1b\[\d+m/g, "")).toBe(text);
  });

  test("ignores marks outside the text and keeps the first of two overlapping marks", () => {
    const overlapping = [
      { start: 103, end: 109, kind: "actor" as const },
      { start: 105, end: 111, kind: "target" as const },
      { start: 90, end: 95, kind: "actor" as const },
    ];
    expect(highlight(text, base, overlapping, plain)).toBe("La |Russie| a signé un accord avec le Niger.");
  });
});
