import { describe, expect, test } from "vitest";
import type { Actor } from "@corpus/schema";
import { ActorMerger } from "./merge-actors.js";

/** One article's record of an actor, as `checkArticleRecords` gives them. */
function record(articleId: string, overrides: Partial<Omit<Actor, "mentions">> & { mentions?: Array<[number, string]> }): Actor {
  const { mentions = [], ...rest } = overrides;
  return {
    id: "k", name: "N", kind: "PERSON", country: null, wikidataId: null, aliases: [], roles: [], ...rest,
    mentions: mentions.map(([start, text]) => ({ articleId, field: "BODY" as const, start, end: start + text.length, text, confidence: 0.5 })),
  };
}

describe("ActorMerger", () => {
  test("picks the name most articles use, then the longer one", () => {
    const merger = new ActorMerger();
    merger.add(record("a", { name: "Samaras" }));
    merger.add(record("b", { name: "Antonis Samaras" }));
    expect(merger.build()[0]?.name).toBe("Antonis Samaras");
    merger.add(record("c", { name: "Samaras" }));
    expect(merger.build()[0]).toMatchObject({ name: "Samaras", aliases: ["Antonis Samaras"] });
  });

  test("takes the most frequent non-null kind, country and Wikidata id, first seen on a tie", () => {
    const merger = new ActorMerger();
    merger.add(record("a", { kind: "GROUP", country: null }));
    merger.add(record("b", { kind: "ORGANIZATION", country: "NE", wikidataId: "Q1" }));
    merger.add(record("c", { kind: "ORGANIZATION", country: "ML" }));
    expect(merger.build()[0]).toMatchObject({ kind: "ORGANIZATION", country: "NE", wikidataId: "Q1" });
  });

  test("unions aliases and roles, sorted, without the chosen name", () => {
    const merger = new ActorMerger();
    merger.add(record("a", { name: "Russia", aliases: ["Russie", "Moscou"], roles: [] }));
    merger.add(record("b", { name: "Russia", aliases: ["Moscou", "Russia"], roles: ["b", "a"] }));
    expect(merger.build()[0]).toMatchObject({ aliases: ["Moscou", "Russie"], roles: ["a", "b"] });
  });

  test("keeps each mention once, in article and position order, and sorts actors by id", () => {
    const merger = new ActorMerger();
    merger.add(record("b", { id: "y", mentions: [[10, "X"], [2, "X"]] }));
    merger.add(record("a", { id: "y", mentions: [[5, "X"], [5, "X"]] }));
    merger.add(record("a", { id: "x" }));
    const actors = merger.build();
    expect(actors.map((a) => a.id)).toEqual(["x", "y"]);
    expect(actors[1]?.mentions.map((m) => [m.articleId, m.start])).toEqual([["a", 5], ["b", 2], ["b", 10]]);
  });
});
