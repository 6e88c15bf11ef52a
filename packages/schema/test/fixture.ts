import type { Corpus } from "../src/index.js";
import { toPartialDate } from "../src/index.js";

const title = "Paris and Berlin sign a water treaty";
const body = "France and Germany signed a treaty on Monday.\n\nThe French president said: \"It is a good day.\"";

const span = (field: "TITLE" | "BODY", text: string, from = 0) => {
  const source = field === "TITLE" ? title : body;
  const start = source.indexOf(text, from);
  if (start < 0) throw new Error(`fixture: ${text} not found`);
  return { field, start, end: start + text.length, text };
};
const mention = (field: "TITLE" | "BODY", text: string) => ({ articleId: "a1", ...span(field, text), confidence: 0.9 });

/** A small, consistent corpus written for these tests. */
export function createFixtureCorpus(): Corpus {
  const published = toPartialDate("2021-03-17");
  if (!published) throw new Error("fixture date");
  return {
    formatVersion: 1,
    articles: [
      {
        id: "a1",
        file: "a1.txt",
        title,
        language: "en",
        published,
        body,
        paragraphs: [
          { start: 0, end: 45 },
          { start: 47, end: body.length },
        ],
        sentences: [
          { start: 0, end: 45, paragraph: 0 },
          { start: 47, end: body.length, paragraph: 1 },
        ],
        wordCount: 22,
        contentHash: "0".repeat(64),
      },
    ],
    actors: [
      { id: "country:FR", name: "France", kind: "COUNTRY", country: "FR", wikidataId: "Q142", aliases: ["Paris", "French"], roles: [], mentions: [mention("TITLE", "Paris"), mention("BODY", "France")] },
      { id: "country:DE", name: "Germany", kind: "COUNTRY", country: "DE", wikidataId: "Q183", aliases: ["Berlin"], roles: [], mentions: [mention("TITLE", "Berlin"), mention("BODY", "Germany")] },
    ],
    events: [
      {
        id: "a1#e1",
        type: "AGREE",
        sourceId: "country:FR",
        targetId: "country:DE",
        placeId: null,
        articleId: "a1",
        date: toPartialDate("2021-03-15"),
        dateText: span("BODY", "on Monday"),
        trigger: span("BODY", "signed"),
        evidence: span("BODY", "France and Germany signed a treaty on Monday."),
        quote: null,
        modality: "ASSERTED",
        confidence: 0.8,
        rule: "en.sign",
      },
    ],
    problems: [{ file: "bad.txt", line: 1, code: "INVALID_DATE", severity: "ERROR", message: "month 13 does not exist" }],
  };
}
