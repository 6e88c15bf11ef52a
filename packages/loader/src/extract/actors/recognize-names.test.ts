import { describe, expect, it } from "vitest";
import { recognizeActors } from "./index.js";
import { article, byKey, texts } from "./test-article.js";

describe("recognizeNames", () => {
  it("splits a body's name from the person's name right after it, each with its own span", () => {
    const actors = recognizeActors(article("Titre", "Selon la fondatrice de DataNest Claire Vautrin, le projet avance."));
    expect(texts(byKey(actors, "org:datanest"))).toEqual(["DataNest"]);
    expect(texts(byKey(actors, "person:claire-vautrin"))).toEqual(["Claire Vautrin"]);
  });

  it("leaves out a news outlet's reporter cited as a source, not the person of a state", () => {
    const actors = recognizeActors(article("Title", "CNN's Mark Olden said the talks failed. Chile's Rosa Vidal spoke."));
    expect(actors.find((actor) => actor.name === "Mark Olden")).toBeUndefined();
    expect(texts(byKey(actors, "person:rosa-vidal"))).toEqual(["Rosa Vidal"]);
  });
});
