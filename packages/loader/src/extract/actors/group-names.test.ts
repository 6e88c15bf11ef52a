import { describe, expect, it } from "vitest";
import { recognizeActors } from "./index.js";
import { article, byKey, texts } from "./test-article.js";

const actorsOf = (body: string) => recognizeActors(article("Texte", body));
const named = (body: string, name: string) => actorsOf(body).find((a) => a.name === name);

describe("names of groups of people", () => {
  it("are read from a family word after (English) or before (French) the name", () => {
    expect(named("The Valmorin family left the country.", "Valmorin family")).toMatchObject({ kind: "GROUP", generic: true });
    expect(named("La famille Castelbrune a quitté le pays.", "famille Castelbrune")?.kind).toBe("GROUP");
  });

  it("are read from a capitalised plural after a plural article", () => {
    expect(named("Les Tavelins ont quitté la ville.", "Tavelins")?.kind).toBe("GROUP");
    expect(actorsOf("Les Tavelins ont fui. Le préfet rend hommage aux Tavelins.").filter((a) => a.name === "Tavelins").map((a) => a.kind)).toEqual(["GROUP"]);
    expect(named("La neige tombe vers les Valmories.", "Valmories")?.kind).toBe("LOCATION");
    expect(actorsOf("Les ministères des Affaires étrangères et de la Défense ont refusé.").some((a) => a.kind === "GROUP")).toBe(false);
  });

  it("read a people's plural as its state", () => {
    expect(texts(byKey(actorsOf("The Saudis rejected the offer."), "country:SA"))).toEqual(["Saudis"]);
  });

  it("include plural titles as an ownerless described group", () => {
    const ministers = byKey(actorsOf("Several foreign ministers met on Monday. The foreign ministers signed a statement."), "group:foreign-ministers@xx");
    expect(ministers).toMatchObject({ kind: "GROUP", country: null, generic: true });
    expect(ministers?.aliases).toEqual(expect.arrayContaining(["Several foreign ministers", "The foreign ministers"]));
  });
});

describe("people, places and bodies told apart by their context", () => {
  it("keep a person after a bare 'de' following a minister, and after a French 'à'", () => {
    expect(named("L'ancien ministre d'Anton Valmorin a parlé.", "Anton Valmorin")?.kind).toBe("PERSON");
    expect(named("Le portefeuille revient à Anton Valmorin.", "Anton Valmorin")?.kind).toBe("PERSON");
    expect(actorsOf("Le ministre de la Défense a parlé.").some((a) => a.kind === "PERSON")).toBe(false);
  });

  it("give a person the title of the phrase the name is in apposition to", () => {
    const person = named("L'ancien porte-parole de la mission, Kerem Tavelin, a parlé. Plus tard, Kerem Tavelin a démenti.", "Kerem Tavelin");
    expect(person).toMatchObject({ kind: "PERSON", roles: ["porte-parole de la mission"] });
    expect(texts(person)).toHaveLength(2);
  });

  it("read the complement of a noun of capture as a place", () => {
    expect(named("La prise de Valmorin est un revers.", "Valmorin")?.kind).toBe("LOCATION");
  });

  it("make no person of a name after an indefinite article", () => {
    expect(actorsOf("She was driving a Tavelin Kestrel on the wrong side.").some((a) => a.kind === "PERSON")).toBe(false);
  });

  it("read a country's name with a channel number as a broadcaster", () => {
    expect(named("Selon France 24, le vote a eu lieu.", "France 24")).toMatchObject({ kind: "ORGANIZATION", country: "FR" });
  });

  it("reads a capitalised plural after a minister's title or a ministry as its portfolio, not a group", () => {
    const actors = recognizeActors(article("Titre", "La ministre chargée des Transports et le ministère chilien des Armées ont répondu au président des Fauconniers."));
    const names = actors.map((actor) => actor.name);
    expect(names).not.toContain("Transports");
    expect(names).not.toContain("Armées");
    expect(names).toContain("Fauconniers");
  });

  it("read a capitalised plural that the dictionary names with its article as that body", () => {
    const actors = actorsOf("Le président des Républicains a parlé, et chez les Républicains on doute.");
    expect(actors.filter((a) => a.name.includes("Républicains")).map((a) => [a.kind, a.name])).toEqual([["ORGANIZATION", "Les Républicains"]]);
  });
});
