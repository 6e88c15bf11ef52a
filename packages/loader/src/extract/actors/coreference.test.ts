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

  it("makes one actor of a body named the same way as a group and as an organisation", () => {
    const actors = recognizeActors(article("Titre", "Les islamistes d'Ansar Tawhid ont repris la ville. Les membres d'Ansar Tawhid ont justifié ces actes."));
    const named = actors.filter((actor) => actor.name === "Ansar Tawhid");
    expect(named).toHaveLength(1);
    expect(texts(named[0])).toEqual(["Ansar Tawhid", "Ansar Tawhid"]);
  });
});
