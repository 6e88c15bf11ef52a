import { describe, expect, it } from "vitest";
import { coded } from "./test-article.js";

describe("a passive participle opening the sentence", () => {
  it("has the main clause's subject as its target", () => {
    const specs = { "person:b": ["PERSON", "Paul Bernard"], "person:l": ["PERSON", "Anne Leroy"] } as const;
    expect(coded("Accusé de fraude par Anne Leroy, Paul Bernard a démissionné mardi.", "fr", specs)).toContain("ACCUSE person:l→person:b");
    expect(coded("Critiquée par Anne Leroy, la réforme a été retirée.", "fr", specs)).toEqual(["ACCUSE person:l→-"]);
  });
});
