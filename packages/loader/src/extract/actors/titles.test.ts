import { describe, expect, it } from "vitest";
import { recognizeActors } from "./index.js";
import { article, byKey } from "./test-article.js";

describe("countryOfRole", () => {
  it("gives a person the state their title names, before or after the name", () => {
    const actors = recognizeActors(
      article(
        "Title",
        "On Monday, Chilean foreign minister Rosa Vidal met them. Peru's president Ana Quispe said no. Mark Olden, the mayor of Lyon, spoke.",
      ),
    );
    expect(byKey(actors, "person:rosa-vidal")?.country).toBe("CL");
    expect(byKey(actors, "person:ana-quispe")?.country).toBe("PE");
    expect(byKey(actors, "person:mark-olden")?.country).toBe("FR");
  });

  it("takes no state from the sentence before, nor from a clause after the title", () => {
    const actors = recognizeActors(article("Title", "They flew to Peru. President Ana Quispe spoke. Rosa Vidal, the spokeswoman, said Chile lied."));
    expect(byKey(actors, "person:ana-quispe")?.country).toBeNull();
    expect(byKey(actors, "person:rosa-vidal")?.country).toBeNull();
  });

  it("prefers a state named in a French title over a town's name", () => {
    const actors = recognizeActors(article("Titre", "Claire Vautrin, directrice exécutive Orange France, a confirmé."));
    expect(byKey(actors, "person:claire-vautrin")?.country).toBe("FR");
  });

  it("reads a title in apposition after one modifier, with the state it names", () => {
    const actors = recognizeActors(article("Title", "On Thursday, Ana Diaz, an opposition candidate for the Chilean presidential election, held a rally."));
    expect(byKey(actors, "person:ana-diaz")).toMatchObject({ country: "CL", roles: ["opposition candidate for the Chilean presidential election"] });
  });
});
