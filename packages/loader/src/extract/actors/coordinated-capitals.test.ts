import { describe, expect, it } from "vitest";
import { recognizeActors } from "./index.js";
import { article, byKey, texts } from "./test-article.js";

describe("capitals in a coordinated pair", () => {
  const actors = recognizeActors(
    article(
      "Diplomatie",
      "Les relations entre le Pérou et Santiago se tendent. L'accord entre Lima et Quito a été signé à Santiago. " +
        "Elle a voyagé à Bogota et Caracas. Les vols entre Asuncion et Montevideo ont repris.",
    ),
  );
  const places = actors.filter((a) => a.kind === "LOCATION").flatMap(texts);

  it("are states beside a country or after a noun of relations and 'entre'", () => {
    expect(texts(byKey(actors, "country:CL"))).toEqual(["Santiago"]);
    expect(texts(byKey(actors, "country:PE"))).toEqual(expect.arrayContaining(["Pérou", "Lima"]));
    expect(texts(byKey(actors, "country:EC"))).toEqual(["Quito"]);
  });

  it("stay places after a locative, or between two places with no relation", () => {
    expect(places).toEqual(expect.arrayContaining(["Santiago", "Bogota", "Caracas", "Asuncion", "Montevideo"]));
    expect(byKey(actors, "country:VE")).toBeUndefined();
  });
});
