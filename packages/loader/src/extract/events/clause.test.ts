import { describe, expect, it } from "vitest";
import { coded } from "./test-article.js";

describe("an object relative clause", () => {
  it("gives the verb its antecedent as object", () => {
    const fr = { "person:p": ["PERSON", "Paul Bernard"], "person:l": ["PERSON", "Anne Leroy"] } as const;
    expect(coded("Anne Leroy s'est exprimée sur Paul Bernard, qu'elle accuse de fraude.", "fr", fr)).toContain("ACCUSE person:l→person:p");
    expect(coded("Paul Bernard, que Anne Leroy accuse de fraude, a répondu.", "fr", fr)).toContain("ACCUSE person:l→person:p");
    const en = { "person:p": ["PERSON", "Paul Barnes"], "person:l": ["PERSON", "Anne Lee"] } as const;
    expect(coded("Anne Lee spoke about Paul Barnes, whom she accused of fraud.", "en", en)).toContain("ACCUSE person:l→person:p");
  });

  it("leaves a complement clause after an indirect object alone", () => {
    const fr = { "person:p": ["PERSON", "Paul Bernard"], "person:l": ["PERSON", "Anne Leroy"], "org:b": ["ORGANIZATION", "Banque Orlin"] } as const;
    expect(coded("Anne Leroy a écrit à Paul Bernard que la Banque Orlin accuse de fraude.", "fr", fr)).not.toContain("ACCUSE org:b→person:p");
  });
});
