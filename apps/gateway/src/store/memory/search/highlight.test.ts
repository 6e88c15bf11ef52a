import { describe, expect, it } from "vitest";
import { highlight } from "./highlight.js";
import { fold, toTerm, words } from "./text.js";

describe("folding", () => {
  it("ignores accents and case, and drops one-letter words", () => {
    expect(words("L'armée des États-Unis").map(toTerm)).toEqual([null, "armee", "des", "etats", "unis"]);
    expect(fold("E\u0301TATS")).toBe("etats");
  });
});

describe("highlight", () => {
  const terms = new Set(["etats", "unis"]);

  it("locates every matching word, accented or not, precomposed or decomposed", () => {
    const text = "Les États-Unis et les Etats-Unis, puis les E\u0301tats-Unis.";
    const match = highlight("body", text, terms)!;
    expect(match.fragment).toBe(text);
    expect(match.highlights.map((h) => h.text)).toEqual(["États", "Unis", "Etats", "Unis", "E\u0301tats", "Unis"]);
    for (const h of match.highlights) expect(text.slice(h.start, h.end)).toBe(h.text);
  });

  it("cuts a long text around the first match, at a word start, with offsets into the fragment", () => {
    const text = `${"mot ".repeat(100)}les États-Unis ${"fin ".repeat(100)}`;
    const match = highlight("body", text, terms)!;
    expect(match.fragment.length).toBeLessThanOrEqual(200);
    expect(match.fragment.startsWith("mot ")).toBe(true);
    expect(match.highlights.map((h) => match.fragment.slice(h.start, h.end))).toEqual(["États", "Unis"]);
  });

  it("returns null when nothing matches", () => {
    expect(highlight("title", "Rien à voir", terms)).toBeNull();
  });
});

describe("highlight, both ways of finding words", () => {
  const terms = new Set(["etats", "unis", "macon"]);
  it("finds the same words in a text that folds in place and in one that does not", () => {
    const latin = "« Les États-Unis » — et Mâcon… puis les Etats-Unis.";
    const other = `${latin} 東京`;
    const inPlace = highlight("body", latin, terms)!;
    const wordByWord = highlight("body", other, terms)!;
    expect(inPlace.highlights.map((h) => h.text)).toEqual(["États", "Unis", "Mâcon", "Etats", "Unis"]);
    expect(wordByWord.highlights).toEqual(inPlace.highlights);
    for (const h of inPlace.highlights) expect(latin.slice(h.start, h.end)).toBe(h.text);
  });

  it("finds words in a text with a letter that does not fold in place (İ lower-cases to two characters)", () => {
    const text = "İstanbul et les États-Unis";
    const match = highlight("body", text, new Set(["etats", "istanbul"]))!;
    expect(match.highlights.map((h) => h.text)).toEqual(["İstanbul", "États"]);
    for (const h of match.highlights) expect(text.slice(h.start, h.end)).toBe(h.text);
  });

  it("lists only the matches inside the fragment, up to ten, whatever the term order", () => {
    const text = `Unis ${"mot ".repeat(60)}États ${"x ".repeat(30)}Unis ${"fin ".repeat(80)}États`;
    const match = highlight("body", text, new Set(["etats", "unis"]))!;
    expect(match.fragment.startsWith("Unis")).toBe(true);
    expect(match.highlights.map((h) => h.text)).toEqual(["Unis"]);
    const dense = highlight("body", "unis ".repeat(30), new Set(["unis"]))!;
    expect(dense.highlights).toHaveLength(10);
  });

  it("matches whole words only", () => {
    expect(highlight("body", "Les unisson et réunis", new Set(["unis"]))).toBeNull();
  });
});

describe("highlights located on first read", () => {
  it("gives the same highlights on every read, and in the match's JSON", () => {
    const text = `${"mot ".repeat(40)}les États-Unis et les Etats-Unis ${"fin ".repeat(60)}`;
    const match = highlight("body", text, new Set(["etats", "unis"]))!;
    const once = match.highlights;
    expect(match.highlights).toBe(once);
    expect(once.map((h) => h.text)).toEqual(["États", "Unis", "Etats", "Unis"]);
    expect(JSON.parse(JSON.stringify(match))).toEqual({ field: "body", fragment: match.fragment, highlights: once });
  });

  it("places the fragment by the first occurrence of any term, whichever term comes first", () => {
    const text = `${"mot ".repeat(40)}unis ${"mot ".repeat(10)}etats ${"fin ".repeat(60)}`;
    const match = highlight("body", text, new Set(["etats", "unis"]))!;
    expect(match.fragment.startsWith("mot ")).toBe(true);
    expect(match.highlights.map((h) => match.fragment.slice(h.start, h.end))).toEqual(["unis", "etats"]);
  });
});
