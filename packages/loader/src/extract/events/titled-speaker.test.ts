import { describe, expect, it } from "vitest";
import { codeEvents } from "./index.js";
import { testActors, testArticle } from "./test-article.js";

/** Events of a text whose person actors carry the roles given. */
function codedWithRoles(body: string, roles: Record<string, string[]>): string[] {
  const actors = testActors(body, { "person:r": ["PERSON", "Paul Roux"], "person:m": ["PERSON", "Anne Morel"], "place:lyon": ["LOCATION", "Lyon"] }).map((actor) => ({ ...actor, roles: roles[actor.key] ?? [] }));
  return codeEvents(testArticle(body, "fr"), actors).map((event) => `${event.type} ${event.sourceKey}`);
}

describe("a speaker described by a title the article gave one person", () => {
  const body = "Paul Roux est arrivé mardi. « Anne Morel est responsable », a précisé le directeur de la Banque alimentaire.";

  it("is that person, also when named in apposition", () => {
    expect(codedWithRoles(body, { "person:r": ["directeur de la Banque alimentaire"] })).toEqual(["ACCUSE person:r"]);
    const named = "« Anne Morel est responsable », a précisé le directeur de la Banque alimentaire, Paul Roux.";
    expect(codedWithRoles(named, { "person:r": ["directeur de la Banque alimentaire"] })).toEqual(["ACCUSE person:r"]);
  });

  it("is nobody when two people hold the title or none does", () => {
    expect(codedWithRoles(body, { "person:r": ["directeur de la Banque alimentaire"], "person:m": ["directeur de la Banque alimentaire"] })).toEqual([]);
    expect(codedWithRoles(body, { "person:r": ["directeur du musée"] })).toEqual([]);
  });
});
