import { describe, expect, it } from "vitest";
import { recognizeActors } from "./index.js";
import { article, byKey, texts } from "./test-article.js";

describe("protestingCrowds", () => {
  it("reads a plural demonym that protests as that country's protesters, not the state", () => {
    const actors = recognizeActors(article("Title", "On Monday, Bolivians protested against the new tax. The Peruvians say nothing."));
    expect(texts(byKey(actors, "group:protesters@BO"))).toEqual(["Bolivians"]);
    expect(byKey(actors, "country:BO")).toBeUndefined();
    expect(texts(byKey(actors, "country:PE"))).toEqual(["Peruvians"]);
  });

  it("reads a vague quantity of people that protests as protesters, with the country of the place named", () => {
    const actors = recognizeActors(
      article("Titre", "Le gouvernement chilien hésite. Plus de 12.000 personnes ont manifesté dimanche à Lima. Des centaines de personnes se sont rassemblées."),
    );
    expect(texts(byKey(actors, "group:protesters@PE"))).toEqual(["12.000 personnes"]);
    const chilean = byKey(actors, "group:protesters@CL");
    expect(texts(chilean)).toEqual(["centaines de personnes"]);
    expect(chilean?.aliases).toContain("Des centaines de personnes");
  });

  it("leaves a quantity of people that does not protest, and a crowd gathered by others, alone", () => {
    const actors = recognizeActors(article("Titre", "Des milliers de personnes ont regardé le match. Les Chiliens avaient rassemblé des vivres."));
    expect(actors.filter((actor) => actor.key.startsWith("group:protesters"))).toEqual([]);
  });
});
