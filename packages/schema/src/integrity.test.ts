import { expect, test } from "vitest";
import { createFixtureCorpus } from "../test/fixture.js";
import { findInconsistencies } from "./integrity.js";

test("a consistent corpus has no inconsistencies", () => {
  expect(findInconsistencies(createFixtureCorpus())).toEqual([]);
});

test("finds dangling references, duplicate ids and spans that do not read their text", () => {
  const corpus = createFixtureCorpus();
  corpus.events[0]!.targetId = "country:XX";
  corpus.actors.push({ ...corpus.actors[0]! });
  corpus.actors[1]!.mentions[1]!.start += 1;
  corpus.actors[1]!.mentions[1]!.end += 1;
  corpus.events[0]!.evidence = { field: "BODY", start: 400, end: 410, text: "0123456789" };
  const found = findInconsistencies(corpus).map((i) => `${i.record}: ${i.message}`);
  expect(found).toEqual([
    "actor:country:DE: mention: span [12, 19) reads \"ermany \", not \"Germany\"",
    "actor:country:FR: duplicate actor id",
    "event:a1#e1: target country:XX is not an actor",
    "event:a1#e1: evidence: span [400, 410) runs past the body (93)",
  ]);
});

test("a mention in an unknown article is reported", () => {
  const corpus = createFixtureCorpus();
  corpus.actors[0]!.mentions[0]!.articleId = "nope";
  expect(findInconsistencies(corpus)).toEqual([{ record: "actor:country:FR", message: "mention in unknown article nope" }]);
});
