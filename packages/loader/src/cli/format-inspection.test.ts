import pc from "picocolors";
import { describe, expect, test } from "vitest";
import { loadArticleText } from "../corpus/load-corpus.js";
import { testExtractor } from "../corpus/test-extractor.js";
import { formatInspection } from "./format-inspection.js";

const plain = pc.createColors(false);

describe("formatInspection", () => {
  const corpus = loadArticleText("accord.txt", " date 2024-04 Accord\n\nLa Russie signe avec le Niger. Poutine est satisfait.\n", testExtractor);
  const text = formatInspection(corpus, "docs/accord.txt", plain);

  test("shows the header and the segmentation", () => {
    expect(text).toMatch(/^docs\/accord\.txt$/m);
    expect(text).toMatch(/published 2024-04 \(month\)/);
    expect(text).toMatch(/text\s+1 paragraphs, 2 sentences, 10 words/);
  });

  test("lists each actor with kind, country, Wikidata id and mentions", () => {
    expect(text).toMatch(/^ {2}Russia {2}COUNTRY, RU, Q159, id country:RU$/m);
    expect(text).toMatch(/mentions {2}1: "Russie" \(body 3–9\)/);
    expect(text).toMatch(/roles {5}président russe/);
  });

  test("shows each event with source → target and its evidence marked", () => {
    expect(text).toMatch(/1\. AGREE {2}Russia → Niger/);
    expect(text).toMatch(/no date, asserted, confidence 0\.80, rule test\.signe/);
    expect(text).toContain("La {Russie} <<signe>> avec le [Niger].");
  });

  test("lists the problems of a rejected document", () => {
    const bad = loadArticleText("bad.txt", " date 2024-13 X\n\nY.\n");
    expect(formatInspection(bad, "docs/bad.txt", plain)).toContain("docs/bad.txt:1: INVALID_DATE header date 2024-13 does not exist");
  });
});
