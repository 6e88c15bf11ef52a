import { describe, expect, it } from "vitest";
import { otherSpelling } from "./coreference.js";
import { recognizeActors } from "./index.js";
import { article, byKey, texts } from "./test-article.js";

describe("otherSpelling", () => {
  it("accepts one vowel changed or a letter doubled inside a surname", () => {
    expect(otherSpelling("kadyrov", "kadirov")).toBe(true);
    expect(otherSpelling("mahmoud", "mahmud")).toBe(true);
    expect(otherSpelling("fillon", "filon")).toBe(true);
  });

  it("rejects consonant changes, inflections at the end, plurals and short names", () => {
    expect(otherSpelling("franck", "france")).toBe(false);
    expect(otherSpelling("louis", "louise")).toBe(false);
    expect(otherSpelling("tamil", "tamils")).toBe(false);
    expect(otherSpelling("rami", "remi")).toBe(false);
  });
});

describe("findCoreference", () => {
  it("gives a surname written another way to the person named in full before", () => {
    const actors = recognizeActors(article("Title", 'The spokesman Ahmed Kadyrov spoke on Monday. "We will answer", Kadirov said.'));
    expect(texts(byKey(actors, "person:ahmed-kadyrov"))).toEqual(["Ahmed Kadyrov", "Kadirov"]);
  });
});
