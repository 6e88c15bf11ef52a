import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize.js";

const texts = (text: string) => tokenize(text).map((token) => token.text);

describe("tokenize", () => {
  it("splits French elisions and keeps hyphenated words", () => {
    expect(texts("L'armée a signé un cessez-le-feu qu'elle respecte.")).toEqual([
      "L'", "armée", "a", "signé", "un", "cessez-le-feu", "qu'", "elle", "respecte", ".",
    ]);
  });

  it("splits inverted subject pronouns and keeps aujourd'hui whole", () => {
    expect(texts("« Non », a-t-il dit aujourd’hui.")).toEqual(["«", "Non", "»", ",", "a", "-t-il", "dit", "aujourd’hui", "."]);
  });

  it("splits English clitics and keeps dotted acronyms", () => {
    expect(texts("The U.S. didn't accept Iran's offer.")).toEqual(["The", "U.S.", "did", "n't", "accept", "Iran", "'s", "offer", "."]);
  });

  it("gives exact offsets and folded forms", () => {
    const text = "Les États-Unis ont condamné";
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokenize(text)[1]).toMatchObject({ lower: "états-unis", fold: "etats-unis", word: true });
  });

  it("tokenizes a slice with offsets into the whole text", () => {
    const text = "Intro. Le Mali a protesté.";
    const tokens = tokenize(text, undefined, 7, text.length);
    expect(tokens[0]).toMatchObject({ text: "Le", start: 7 });
  });
});
