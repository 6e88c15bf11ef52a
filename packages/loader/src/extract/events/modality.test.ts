import { describe, expect, it } from "vitest";
import { coded } from "./test-article.js";

const FR = { dupont: ["PERSON", "Paul Dupont", "Dupont"], marie: ["PERSON", "Marie Durand"], fr: ["COUNTRY", "France"] } as const;
const EN = { smith: ["PERSON", "Anna Smith"], jones: ["PERSON", "Tom Jones"], uk: ["COUNTRY", "Britain"] } as const;
const fr = (text: string) => coded(text, "fr", FR, true);
const en = (text: string) => coded(text, "en", EN, true);

describe("modalityOf — purpose clauses tell an aim, not an act", () => {
  it("keeps an infinitive after pour / afin de / in order to as hypothetical, whatever verb governs the clause", () => {
    expect(fr("Paul Dupont a décidé de venir à Paris pour rencontrer Marie Durand.")).toContain("CONSULT dupont→marie HYPOTHETICAL");
    expect(fr("Paul Dupont a réussi à venir pour rencontrer Marie Durand.")).toContain("CONSULT dupont→marie HYPOTHETICAL");
    expect(en("Anna Smith decided to fly to London in order to meet Tom Jones.")).toContain("CONSULT smith→jones HYPOTHETICAL");
  });

  it("reads an English infinitive that completes a noun as an aim", () => {
    expect(en("Anna Smith began a campaign to release Tom Jones.")).toContain("CONCEDE smith→jones HYPOTHETICAL");
    // After a phrase of time the infinitive still depends on the verb.
    expect(en("Anna Smith decided last week to release Tom Jones.")).toContain("CONCEDE smith→jones ASSERTED");
  });

  it("reads 'pour avoir' + participle as a past act, the reason of what the sentence tells", () => {
    expect(fr("Paul Dupont a été exclu pour avoir critiqué Marie Durand.")).toContain("ACCUSE dupont→marie ASSERTED");
  });

  it("keeps the modality of the governing verb outside purpose clauses", () => {
    expect(fr("Paul Dupont a décidé de rencontrer Marie Durand.")).toContain("CONSULT dupont→marie ASSERTED");
    expect(en("Anna Smith could meet Tom Jones.")).toContain("CONSULT smith→jones HYPOTHETICAL");
    expect(en("Anna Smith did not meet Tom Jones.")).toContain("CONSULT smith→jones NEGATED");
    expect(fr("Paul Dupont rencontrera Marie Durand.")).toContain("CONSULT dupont→marie FUTURE");
  });
});

describe("modalityOf — French modal verbs in the past", () => {
  it("reads 'a dû' / 'a pu' + infinitive as the act done, 'aurait dû' as a hypothesis", () => {
    expect(fr("Paul Dupont a dû rencontrer Marie Durand.")).toContain("CONSULT dupont→marie ASSERTED");
    expect(fr("Paul Dupont a pu rencontrer Marie Durand.")).toContain("CONSULT dupont→marie ASSERTED");
    expect(fr("Paul Dupont aurait dû rencontrer Marie Durand.")).toContain("CONSULT dupont→marie HYPOTHETICAL");
    expect(fr("Paul Dupont a voulu rencontrer Marie Durand.")).toContain("CONSULT dupont→marie HYPOTHETICAL");
    expect(fr("Paul Dupont doit rencontrer Marie Durand.")).toContain("CONSULT dupont→marie FUTURE");
  });
});

describe("modalityOf — articles spelled like modal forms", () => {
  it("reads 'du' as an article, not the participle 'dû' (which made the infinitive a future)", () => {
    expect(fr("Paul Dupont a parlé du projet de rencontrer Marie Durand.")).toContain("CONSULT dupont→marie HYPOTHETICAL");
  });
});

describe("modalityOf — a noun trigger takes the modality of the verb it depends on", () => {
  it("negates a noun under a negated verb that is no trigger itself", () => {
    expect(fr("La crise n'a pas entraîné la démission de Paul Dupont.")).toContain("CONCEDE dupont→- NEGATED");
    expect(en("The crisis did not lead to the resignation of Tom Jones.")).toContain("CONCEDE jones→- NEGATED");
    // A negated trigger verb negates its own event, not the noun it takes.
    expect(en("Anna Smith did not accept the demands of Tom Jones.")).toContain("REQUEST jones→- ASSERTED");
  });

  it("makes a noun future or hypothetical under a future or conditional verb", () => {
    expect(fr("Paul Dupont annoncera sa démission jeudi.")).toContain("CONCEDE dupont→- FUTURE");
    expect(en("The crisis could lead to the resignation of Tom Jones.")).toContain("CONCEDE jones→- HYPOTHETICAL");
  });
});

describe("modalityOf — litotes", () => {
  it("keeps a noun asserted under a negated 'cacher' / 'hide'", () => {
    expect(fr("Paul Dupont ne cache pas son soutien à Marie Durand.")).toContain("SUPPORT dupont→marie ASSERTED");
    expect(en("Anna Smith did not hide her opposition to Tom Jones.")).toContain("REJECT smith→jones ASSERTED");
  });
});
