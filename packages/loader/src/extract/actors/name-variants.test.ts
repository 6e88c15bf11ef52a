import { describe, expect, it } from "vitest";
import { recognizeActors } from "./index.js";
import { article, texts } from "./test-article.js";

describe("variants of a name in one article", () => {
  it("join a body's shorter name, plurals aside, to the longer one it runs inside", () => {
    const actors = recognizeActors(article("Talks", "The Northern Harbour Defence Corps denied it. Later the Harbour Defence said it had no plan."));
    const corps = actors.find((a) => a.name === "Northern Harbour Defence Corps");
    expect(texts(corps)).toEqual(["Northern Harbour Defence Corps", "Harbour Defence"]);
  });

  it("join a guessed person to the body of the same name", () => {
    const actors = recognizeActors(article("Mali", "Les membres de Kel Tavelin ont détruit la porte. Kel Tavelin avait menacé la ville."));
    expect(actors.filter((a) => a.name === "Kel Tavelin").map((a) => [a.kind, texts(a).length])).toEqual([["ORGANIZATION", 2]]);
  });

  it("join a place named with and without its head word", () => {
    const actors = recognizeActors(article("Attack", "Fighting spread in Valmora Kesh province. Officials in Valmora Kesh said it was over."));
    expect(actors.filter((a) => a.kind === "LOCATION").map((a) => a.name)).toEqual(["Valmora Kesh"]);
  });
});
