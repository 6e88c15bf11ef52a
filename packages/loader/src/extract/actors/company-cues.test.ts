import { describe, expect, it } from "vitest";
import { recognizeActors } from "./index.js";
import { article } from "./test-article.js";

const kindOf = (body: string, name: string) => recognizeActors(article("Économie", body)).find((a) => a.name === name);

describe("companies without a head word", () => {
  it("are read from a list after a class noun and a cue, with the class noun's country", () => {
    const body = "Swedish firms including Nordfjell Kraft, Tavelund and Brekka have left the market.";
    for (const name of ["Nordfjell Kraft", "Tavelund", "Brekka"]) expect(kindOf(body, name)).toMatchObject({ kind: "ORGANIZATION", country: "SE" });
    const fr = "Des groupes tels que Valmorin et Castelbrune ont réagi.";
    expect(kindOf(fr, "Valmorin")?.kind).toBe("ORGANIZATION");
    expect(kindOf(fr, "Castelbrune")?.kind).toBe("ORGANIZATION");
  });

  it("are read from a class noun in apposition or a possession after them", () => {
    expect(kindOf("Le constructeur suédois Tavelund Motor a annoncé des pertes.", "Tavelund Motor")).toMatchObject({ kind: "ORGANIZATION", country: "SE" });
    expect(kindOf("Brekka Nord's shares fell on Monday.", "Brekka Nord")?.kind).toBe("ORGANIZATION");
  });

  it("leave a name that opens with a given name to the people", () => {
    expect(kindOf("Le président du groupe Jean Valmorin a répondu.", "Jean Valmorin")?.kind).toBe("PERSON");
  });
});

describe("bodies named by their context", () => {
  it("are read from an apposition headed by a body noun, with its demonym's country", () => {
    expect(kindOf("Brekka, an independent Swedish human rights group, counted the arrests.", "Brekka")).toMatchObject({ kind: "ORGANIZATION", country: "SE" });
    expect(kindOf("Brekka, the company's chairman, resigned.", "Brekka")?.kind).not.toBe("ORGANIZATION");
    expect(kindOf("Later, Brekka, the agency said, left.", "Brekka")?.kind).not.toBe("ORGANIZATION");
  });

  it("are read from the complement of a noun of members", () => {
    expect(kindOf("Les combattants de Kel Tavelin ont détruit la porte.", "Kel Tavelin")?.kind).toBe("GROUP");
    expect(kindOf("Les membres de Kel Tavelin ont voté.", "Kel Tavelin")?.kind).toBe("ORGANIZATION");
    expect(kindOf("Les partisans de Jean Valmorin ont voté.", "Jean Valmorin")?.kind).toBe("PERSON");
  });
});
