import { describe, expect, test } from "vitest";
import { contentHash, countWords } from "./content.js";

describe("countWords", () => {
  test("counts tokens with a letter or digit in title and body, not punctuation", () => {
    expect(countWords("Un titre", "L'armée — « 2,5 % » d'ici 2024 !")).toBe(2 + 4);
  });
});

describe("contentHash", () => {
  test("is a sha256 hex digest that ignores spacing and line breaks but not words", () => {
    const a = contentHash("Titre", "Un.\n\nDeux trois.");
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash("Titre", "Un. Deux   trois.")).toBe(a);
    expect(contentHash("Titre", "Un. Deux quatre.")).not.toBe(a);
    expect(contentHash("Autre", "Un.\n\nDeux trois.")).not.toBe(a);
  });
});
