import { describe, expect, expectTypeOf, test } from "vitest";
import { createFixtureCorpus } from "../test/fixture.js";
import { Actor, Article, Corpus, Event, Mention, TextSpan } from "./index.js";

describe("records", () => {
  test("a consistent corpus parses unchanged", () => {
    const corpus = createFixtureCorpus();
    expect(Corpus.parse(corpus)).toEqual(corpus);
  });

  test("types are inferred from the schemas", () => {
    expectTypeOf<Event["type"]>().toEqualTypeOf<
      | "AGREE" | "CONSULT" | "SUPPORT" | "CONCEDE" | "COOPERATE" | "AID" | "RETREAT" | "REQUEST"
      | "ACCUSE" | "REJECT" | "THREATEN" | "PROTEST" | "SANCTION" | "MOBILIZE" | "COERCE" | "ASSAULT" | "STATEMENT"
    >();
    expectTypeOf<Actor["country"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Article["published"]["precision"]>().toEqualTypeOf<"YEAR" | "MONTH" | "DAY">();
    expectTypeOf<Corpus["events"]>().toEqualTypeOf<Event[]>();
  });

  test.each([
    ["a lower-case country code", (c: Corpus) => { c.actors[0]!.country = "fr"; }],
    ["an alpha-3 country code", (c: Corpus) => { c.actors[0]!.country = "FRA"; }],
    ["an unknown actor kind", (c: Corpus) => { (c.actors[0] as { kind: string }).kind = "ROBOT"; }],
    ["a malformed Wikidata id", (c: Corpus) => { c.actors[0]!.wikidataId = "142"; }],
    ["a blank name", (c: Corpus) => { c.actors[0]!.name = "  "; }],
    ["an unknown event type", (c: Corpus) => { (c.events[0] as { type: string }).type = "HUG"; }],
    ["a confidence above 1", (c: Corpus) => { c.events[0]!.confidence = 1.2; }],
    ["a span whose text is not its length", (c: Corpus) => { c.events[0]!.trigger.text = "sign"; }],
    ["a body span ending before it starts", (c: Corpus) => { c.articles[0]!.paragraphs[0] = { start: 10, end: 2 }; }],
    ["a three-letter language", (c: Corpus) => { c.articles[0]!.language = "fra"; }],
    ["an impossible publication day", (c: Corpus) => { c.articles[0]!.published = { value: "2021-02-30", precision: "DAY", earliest: "2021-02-30", latest: "2021-02-30" }; }],
    ["another format version", (c: Corpus) => { (c as { formatVersion: number }).formatVersion = 2; }],
  ])("rejects %s", (_label, spoil) => {
    const corpus = createFixtureCorpus();
    spoil(corpus);
    expect(Corpus.safeParse(corpus).success).toBe(false);
  });

  test("a mention's text must be its slice length", () => {
    expect(Mention.safeParse({ articleId: "a", field: "BODY", start: 0, end: 3, text: "ab", confidence: 1 }).success).toBe(false);
    expect(TextSpan.safeParse({ field: "TITLE", start: 4, end: 6, text: "ab" }).success).toBe(true);
  });
});
