import { describe, expect, it } from "vitest";
import { coded } from "./test-article.js";


describe("agentAfter — a place after a passive agent phrase", () => {
  it("reads the place as where the act happened, not as its author", () => {
    const specs = { lyon: ["LOCATION", "Lyon"], police: ["ORGANIZATION", "la police"] } as const;
    expect(coded("Un homme a été tué par balle à Lyon.", "fr", specs)).toEqual([]);
    expect(coded("Un homme a été tué par la police à Lyon.", "fr", specs)).toEqual(["ASSAULT police→-"]);
  });
});

describe("subjectBefore — a place before a relative pronoun", () => {
  const specs = { lyon: ["LOCATION", "Lyon"], dupont: ["PERSON", "Paul Dupont"], ir: ["COUNTRY", "Iran"], uk: ["COUNTRY", "Royaume-Uni"] } as const;

  it("does not make a place that completes a noun the subject of 'qui'", () => {
    expect(coded("Le maire de Lyon, qui a dénoncé le Royaume-Uni, est parti.", "fr", specs)).toEqual([]);
    expect(coded("La cour d'appel de Lyon, qui a condamné Paul Dupont, a siégé mardi.", "fr", specs)).toEqual([]);
  });

  it("keeps a person or a state after a preposition as the antecedent", () => {
    expect(coded("Il a répondu à Paul Dupont, qui a dénoncé le Royaume-Uni.", "fr", specs)).toEqual(["ACCUSE dupont→uk"]);
    expect(coded("Elle est détenue en Iran, qui a dénoncé le Royaume-Uni.", "fr", specs)).toEqual(["ACCUSE ir→uk"]);
  });
});

describe("agentAfter — a name past a comma", () => {
  const specs = { fr: ["COUNTRY", "France"], dupont: ["PERSON", "Paul Dupont"], dgsi: ["ORGANIZATION", "la DGSI"] } as const;

  it("takes no agent from the clause that follows the agent phrase", () => {
    expect(coded("Sollicité par un journal, Paul Dupont a confirmé la mesure.", "fr", specs)).toEqual(["STATEMENT dupont→-"]);
    expect(coded("Interrogé par la radio, Paul Dupont n'a pas répondu.", "fr", specs)).toEqual([]);
  });

  it("keeps a name set in apposition to the agent", () => {
    expect(coded("L'homme a été arrêté par les services secrets, la DGSI, mardi.", "fr", specs)).toEqual(["COERCE dgsi→-"]);
  });
});

describe("fillSlots — a speaker described, not named, after the speech verb", () => {
  const specs = { fr: ["COUNTRY", "France"], dupont: ["PERSON", "Paul Dupont"], ml: ["COUNTRY", "Mali"] } as const;

  it("takes no source from what was said", () => {
    expect(coded("La France reste au stade 2, rappelle le ministère.", "fr", specs)).toEqual([]);
    expect(coded("« Paul Dupont est parti », a indiqué la ministre.", "fr", specs)).toEqual([]);
    expect(coded("Mali will vote in May, said the official.", "en", specs)).toEqual([]);
  });

  it("keeps a subject set before an apposition, and a speaker named after the description", () => {
    expect(coded("Paul Dupont, porte-parole du parti, a regretté une erreur.", "fr", specs)).toEqual(["STATEMENT dupont→-"]);
    expect(coded("La France reste au stade 2, a indiqué le ministre Paul Dupont.", "fr", specs)).toEqual(["STATEMENT dupont→-"]);
  });
});
