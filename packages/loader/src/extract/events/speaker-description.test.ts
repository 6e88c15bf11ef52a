import { describe, expect, it } from "vitest";
import { coded } from "./test-article.js";

describe("a speaker described by the body it speaks for", () => {
  it("gives the statement to the body after 'le directeur de', 'a spokesman for'", () => {
    const morel = { "person:m": ["PERSON", "Anne Morel"] } as const;
    expect(coded("« Anne Morel est responsable », a indiqué le directeur de la Banque alimentaire.", "fr", { "org:ba": ["ORGANIZATION", "Banque alimentaire"], ...morel })).toEqual(["ACCUSE org:ba→person:m"]);
    expect(coded('"Anne Morel is to blame," said a spokesman for the Food Bank.', "en", { "org:fb": ["ORGANIZATION", "Food Bank"], ...morel })).toEqual(["ACCUSE org:fb→person:m"]);
  });

  it("prefers a person named in apposition after the body", () => {
    const specs = { "org:ba": ["ORGANIZATION", "Banque alimentaire"], "person:r": ["PERSON", "Paul Roux"], "person:m": ["PERSON", "Anne Morel"] } as const;
    expect(coded("« Anne Morel est responsable », a indiqué le directeur de la Banque alimentaire, Paul Roux.", "fr", specs)).toEqual(["ACCUSE person:r→person:m"]);
  });

  it("gives nothing to a place, a person or a country the speaker is only related to", () => {
    const morel = { "person:m": ["PERSON", "Anne Morel"] } as const;
    expect(coded("« Anne Morel est responsable », a raconté un habitant de Lyon.", "fr", { "place:lyon": ["LOCATION", "Lyon"], ...morel })).toEqual([]);
    expect(coded("« Anne Morel est responsable », a raconté la fille de Paul Roux.", "fr", { "person:r": ["PERSON", "Paul Roux"], ...morel })).toEqual([]);
    expect(coded('"Anne Morel is to blame," said a resident of Niger.', "en", { "country:NE": ["COUNTRY", "Niger"], ...morel })).toEqual([]);
  });

  it("gives the act of a subject described by its body to that body, not when former or in apposition", () => {
    const bank = { "org:fb": ["ORGANIZATION", "Food Bank"] } as const;
    expect(coded("A spokesman for the Food Bank said the stocks were falling.", "en", bank)).toEqual(["STATEMENT org:fb→-"]);
    expect(coded("Le directeur de la Banque alimentaire a dénoncé la hausse des prix.", "fr", { "org:ba": ["ORGANIZATION", "Banque alimentaire"] })).toEqual(["ACCUSE org:ba→-"]);
    expect(coded("L'ancien directeur de la Banque alimentaire a dénoncé la hausse des prix.", "fr", { "org:ba": ["ORGANIZATION", "Banque alimentaire"] })).toEqual([]);
    const two = { "org:ac": ["ORGANIZATION", "Acme Holdings"], "org:fb": ["ORGANIZATION", "Food Bank"] } as const;
    expect(coded("Acme Holdings, the parent of the Food Bank, said the stocks were falling.", "en", two)).toEqual(["STATEMENT org:ac→-"]);
  });

  it("takes the person a speaker's phrase names after the country or body that describes them", () => {
    const specs = { "country:RU": ["COUNTRY", "russe"], "person:l": ["PERSON", "Sergueï Lavrov"], "country:UA": ["COUNTRY", "Ukraine"] } as const;
    expect(coded("« L'Ukraine est responsable », a déclaré le ministre russe des Affaires étrangères Sergueï Lavrov.", "fr", specs)).toEqual(["ACCUSE person:l→country:UA"]);
    expect(coded("« L'Ukraine est responsable », a déclaré le chef de la diplomatie russe, Sergueï Lavrov.", "fr", specs)).toEqual(["ACCUSE person:l→country:UA"]);
    expect(coded("« L'Ukraine est responsable », a déclaré le chef de la diplomatie russe, citant Sergueï Lavrov.", "fr", specs)).toEqual(["ACCUSE country:RU→country:UA"]);
  });
});
