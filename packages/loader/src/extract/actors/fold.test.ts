import { describe, expect, it } from "vitest";
import { foldText, nameKey } from "./fold.js";

describe("foldText", () => {
  it.each([
    ["États-Unis", "etats-unis"],
    ["Côte d’Ivoire", "cote d'ivoire"],
    ["Nigérienne", "nigerienne"],
    ["Erdoğan", "erdogan"],
    ["Vučić — Œuvre", "vucic - ouvre"],
    ["a\u00A0b", "a b"],
  ])("folds %s", (input, expected) => {
    const folded = foldText(input);
    expect(folded).toBe(expected);
    expect(folded.length).toBe(input.length);
  });

  it("keeps the length of text with astral characters", () => {
    const text = "Paris 🇫🇷 Moscou";
    expect(foldText(text).length).toBe(text.length);
  });
});

describe("nameKey", () => {
  it("ignores case, accents and spacing", () => {
    expect(nameKey("  Jean-Yves  Le Drian ")).toBe(nameKey("jean-yves le drian"));
    expect(nameKey("José Ramón Bauzà")).toBe(nameKey("Jose Ramon Bauza"));
  });
});
