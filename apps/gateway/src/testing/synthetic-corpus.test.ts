import { Corpus, findInconsistencies } from "@corpus/schema";
import { describe, expect, it } from "vitest";
import { syntheticCorpus } from "./synthetic-corpus.js";

describe("syntheticCorpus", () => {
  const corpus = syntheticCorpus(300, 7);

  it("is a valid, consistent corpus of the requested size", () => {
    expect(() => Corpus.parse(corpus)).not.toThrow();
    expect(findInconsistencies(corpus)).toEqual([]);
    expect(corpus.articles).toHaveLength(300);
    expect(corpus.events).toHaveLength(900);
  });

  it("is deterministic for a seed and differs across seeds", () => {
    expect(syntheticCorpus(20, 7)).toEqual(syntheticCorpus(20, 7));
    expect(syntheticCorpus(20, 8).articles[0]!.body).not.toBe(syntheticCorpus(20, 7).articles[0]!.body);
  });

  it("has a long tail: a few actors get most mentions", () => {
    const counts = corpus.actors.map((actor) => actor.mentions.length).sort((a, b) => b - a);
    const top = counts.slice(0, 10).reduce((sum, n) => sum + n, 0);
    expect(top / counts.reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0.3);
  });
});
