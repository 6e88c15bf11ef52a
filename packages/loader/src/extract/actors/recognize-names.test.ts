import { describe, expect, it } from "vitest";
import { recognizeActors } from "./index.js";
import { article, byKey, texts } from "./test-article.js";

describe("recognizeNames", () => {
  it("splits a body's name from the person's name right after it, each with its own span", () => {
    const actors = recognizeActors(article("Titre", "Selon la fondatrice de DataNest Claire Vautrin, le projet avance."));
    expect(texts(byKey(actors, "org:datanest"))).toEqual(["DataNest"]);
    expect(texts(byKey(actors, "person:claire-vautrin"))).toEqual(["Claire Vautrin"]);
  });
});
