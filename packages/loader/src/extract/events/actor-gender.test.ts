import { describe, expect, it } from "vitest";
import { actorGenders } from "./actor-gender.js";
import { coded, testActors } from "./test-article.js";

describe("actorGenders", () => {
  it("reads a person's gender from a courtesy title before a mention, else the given name", () => {
    const body = "Mme Vautrin a reçu Paul Girard et la société Orlin.";
    const actors = testActors(body, { "person:v": ["PERSON", "Vautrin"], "person:g": ["PERSON", "Paul Girard"], "org:o": ["ORGANIZATION", "Orlin"] });
    const genderOf = actorGenders(body, new Map(actors.map((actor) => [actor.key, actor])));
    expect(genderOf("person:v")).toBe("F");
    expect(genderOf("person:g")).toBe("M");
    expect(genderOf("org:o")).toBeUndefined();
  });
});

describe("gendered pronouns", () => {
  it("resolves French elle/il and English she/he to a person of that gender", () => {
    const people = { "person:p": ["PERSON", "Pierre Lenoir"], "person:c": ["PERSON", "Claire Dumas"] } as const;
    expect(coded("Pierre Lenoir a reçu Claire Dumas mardi. Elle estime que rien n'est réglé.", "fr", people)).toContain("STATEMENT person:c→-");
    expect(coded("Claire Dumas a reçu Pierre Lenoir mardi. Il a ajouté que rien n'est réglé.", "fr", people)).toContain("STATEMENT person:p→-");
    const en = { "person:p": ["PERSON", "Peter Lane"], "person:c": ["PERSON", "Claire Dunn"] } as const;
    expect(coded("Peter Lane met Claire Dunn on Monday. She said nothing was settled.", "en", en)).toContain("STATEMENT person:c→-");
  });

  it("gives no man to 'elle' when no woman is named", () => {
    const people = { "person:p": ["PERSON", "Pierre Lenoir"] } as const;
    expect(coded("Pierre Lenoir est arrivé mardi. « Rien n'est réglé », a-t-elle ajouté.", "fr", people)).toEqual([]);
  });

  it("gives 'cette dernière' the last woman named and 'ce dernier' the last man", () => {
    const people = { "person:a": ["PERSON", "Claire Dumas"], "person:f": ["PERSON", "Pierre Lenoir"] } as const;
    expect(coded("Claire Dumas a reçu Pierre Lenoir à Lille. Cette dernière a dénoncé la réforme.", "fr", people)).toContain("ACCUSE person:a→-");
    expect(coded("Claire Dumas a reçu Pierre Lenoir à Lille. Ce dernier a dénoncé la réforme.", "fr", people)).toContain("ACCUSE person:f→-");
  });

  it("gives the impersonal 'on' of an inverted speech verb no speaker", () => {
    const people = { "person:p": ["PERSON", "Pierre Lenoir"] } as const;
    expect(coded("Pierre Lenoir est arrivé mardi. « Rien n'est réglé », précise-t-on au ministère.", "fr", people)).toEqual([]);
    expect(coded("Pierre Lenoir est arrivé mardi. « Rien n'est réglé », a-t-on ajouté de même source.", "fr", people)).toEqual([]);
  });
});
