import { describe, expect, it } from "vitest";
import { recognizeActors } from "./index.js";
import { article, byKey, texts } from "./test-article.js";

const places = (title: string, body: string) =>
  recognizeActors(article(title, body))
    .filter((a) => a.kind === "LOCATION")
    .flatMap(texts);

describe("gazetteer places without a locative", () => {
  it("beat the person default in an article naming their country", () => {
    expect(places("Spain", "Spain braced for the storm. Huelva closed its schools on Monday.")).toContain("Huelva");
  });

  it("need a locative when their country is never named, unless a metropolis", () => {
    expect(places("Chile", "Chile's exports grew. Toyota announced a new plant.")).toEqual([]);
    expect(places("Chile", "Chile's exports grew. A plant opened in Toyota.")).toEqual(["Toyota"]);
  });

  it("are never directions named like regions", () => {
    expect(places("Météo", "Le Sud-Est et le Centre-Nord sont touchés, comme l'Afrique de l'Ouest et le Sahel.")).toEqual([]);
    expect(places("Weather", "The storm hit West Africa, the Middle East and Europe.")).toEqual([]);
  });

  it("are no places when the word is also a given name and nothing says place", () => {
    expect(places("France", "La France attend. Nancy a répondu aux questions.")).toEqual([]);
  });

  it("knows national parties and unions named without a head word or by their acronym", () => {
    const fr = recognizeActors(article("Titre", "Hier, le Likoud, LFI et la CGT ont répondu au Fidesz."));
    expect(fr.find((actor) => actor.name === "Likud")?.country).toBe("IL");
    expect(fr.find((actor) => actor.name === "La France insoumise")?.country).toBe("FR");
    expect(fr.find((actor) => actor.name === "Confédération générale du travail")?.country).toBe("FR");
    expect(fr.find((actor) => actor.name === "Fidesz")?.kind).toBe("ORGANIZATION");
  });

  it("reads a seat of power with its article or as a complement as its state, and after a locative as a place", () => {
    const actors = recognizeActors(article("Titre", "L'Élysée a annoncé lundi un remaniement, selon le porte-parole du Kremlin. Il est arrivé au Kremlin mardi."));
    expect(texts(actors.find((actor) => actor.key === "country:FR"))).toContain("Élysée");
    expect(texts(actors.find((actor) => actor.key === "country:RU"))).toEqual(["Kremlin"]);
    expect(actors.find((actor) => actor.kind === "LOCATION")?.name).toBe("Kremlin");
  });

  it("knows West Germany and the European Community, and reads a state before a quantity as the state", () => {
    const actors = recognizeActors(article("Exports rose in the first quarter", "Traders in West Germany 20,000 and the European Community (EC) agreed.\n REUTER"));
    expect(texts(actors.find((actor) => actor.key === "country:DE"))).toEqual(["West Germany"]);
    expect(actors.find((actor) => actor.name === "European Community")?.kind).toBe("ORGANIZATION");
    expect(actors.some((actor) => actor.name === "REUTER")).toBe(false);
  });
});

describe("a capital completing a noun of a state's act or stance", () => {
  it("is its state after 'l'ingérence de', 'les sanctions de', and stays a place after other nouns", () => {
    const actors = recognizeActors(article("Titre", "La Chine a dénoncé l'ingérence de Washington et la position de Moscou. Le maire de Paris a parlé devant la cour d'appel de Paris."));
    expect(texts(byKey(actors, "country:US"))).toEqual(["Washington"]);
    expect(texts(byKey(actors, "country:RU"))).toEqual(["Moscou"]);
    expect(byKey(actors, "country:FR")).toBeUndefined();
    expect(actors.find((actor) => actor.name === "Paris")?.kind).toBe("LOCATION");
  });
});
