import { describe, expect, it } from "vitest";
import { recognizeActors } from "./index.js";
import { article, texts } from "./test-article.js";

const mentionTexts = (body: string, title = "Title") => recognizeActors(article(title, body)).flatMap((actor) => texts(actor));

describe("datelines", () => {
  it("makes no actor of the place, state, date and agency that open a paragraph before a dash", () => {
    const found = mentionTexts("TOLEDO, Ohio, May 4 - Harlow Pumps Inc said it hired staff.\n\nBERLIN (Reuters) -- Germany and Poland met.");
    expect(found).not.toContain("TOLEDO");
    expect(found).not.toContain("BERLIN");
    expect(found).toEqual(expect.arrayContaining(["Harlow Pumps Inc", "Germany", "Poland"]));
  });

  it("reads a dateline after a wire's asterisks, and its story's first sentence after the dash", () => {
    const found = mentionTexts("***OSLO, March 9 - The Fisheries Office said catches fell.");
    expect(found).not.toContain("OSLO");
    expect(found).toContain("Fisheries Office");
  });

  it("reads French datelines and rubrics the same way", () => {
    const found = mentionTexts("MADRID, 3 mars (AFP) — L'Espagne a répondu.\n\nSOCIAL - Les syndicats de Lyon ont protesté.", "Titre");
    expect(found).not.toContain("MADRID");
    expect(found).not.toContain("SOCIAL");
    expect(found).toContain("Espagne");
  });

  it("keeps a capitalised name that opens a paragraph without a dash, or with words in lower case before it", () => {
    const found = mentionTexts("NATO said on Monday that its ships left.\n\nWashington officials - and Rome - agreed.");
    expect(found).toContain("NATO");
    expect(found).toContain("Washington");
  });

  it("opens the story's first sentence after the dash, so its article is no part of a name", () => {
    const actors = recognizeActors(article("Title", "TOLEDO, Ohio, May 4 - The Bank of Lorvania said it would act."));
    expect(actors.map((actor) => actor.name)).toContain("Bank of Lorvania");
  });
});
