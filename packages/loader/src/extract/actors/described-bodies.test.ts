import { describe, expect, it } from "vitest";
import { recognizeActors } from "./index.js";
import { article, texts } from "./test-article.js";

const actorsOf = (body: string) => recognizeActors(article("Texte", body));

describe("definite descriptions", () => {
  it("refer to the one body named earlier whose name holds their head word", () => {
    const actors = actorsOf("Officials of the Kestrel Embassy in Lima met the minister. The embassy later denied it.");
    const embassy = actors.find((a) => a.name.includes("Kestrel Embassy"));
    expect(texts(embassy)).toContain("embassy");
    expect(embassy?.mentions.at(-1)?.confidence).toBeLessThan(0.7);
  });

  it("refer to the only company named before by a class word", () => {
    const actors = actorsOf("German firms including Nordfjell Kraft have left. The company said it would return.");
    expect(texts(actors.find((a) => a.name === "Nordfjell Kraft"))).toEqual(["Nordfjell Kraft", "company"]);
  });

  it("link nothing when two bodies fit", () => {
    const actors = actorsOf("Le Parti de la Terre et le Parti du Ciel ont voté. Le parti a ensuite protesté.");
    expect(actors.flatMap(texts)).not.toContain("parti");
  });

  it("give a person's title back to that person, once it is unambiguous", () => {
    const one = actorsOf("Le cinéaste Pablo Tavelin a reçu un prix. Le cinéaste a remercié le jury.");
    expect(texts(one.find((a) => a.name === "Pablo Tavelin"))).toEqual(["Pablo Tavelin", "cinéaste"]);
    const two = actorsOf("Le cinéaste Pablo Tavelin et le cinéaste Marco Brekka ont parlé. Le cinéaste a remercié le jury.");
    expect(two.filter((a) => a.kind === "PERSON").flatMap(texts)).not.toContain("cinéaste");
  });
});
