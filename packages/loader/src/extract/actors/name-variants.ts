import type { NamedIdentity } from "./coreference.js";
import type { Gazetteer, Identity } from "./gazetteer.js";

/**
 * Other forms of a name within one article, added to `redirect` (identity key → the identity it names):
 * a body named like a person the text gives a role ("porte-parole …, Timor Goksel" then "Timor Goksel"
 * read as a body), a guessed person or a guessed place named like a body; a body's name (or a guessed person's) inside a longer one, plurals aside
 * ("Revolutionary Guards" in "Islamic Revolutionary Guard Corps"); a place with and without its head
 * word ("Maidan Wardak province").
 */
export function linkNameVariants(named: readonly NamedIdentity[], rolePeople: ReadonlySet<string>, g: Gazetteer, redirect: Map<string, Identity>): void {
  const people = new Map<string, Identity>();
  for (const n of named) if (n.identity.kind === "PERSON" && rolePeople.has(n.identity.key) && !people.has(n.key)) people.set(n.key, n.identity);
  const bodies = named.filter((n) => n.identity.kind === "ORGANIZATION" || n.identity.kind === "GROUP");
  const singulars = new Map<NamedIdentity, string[]>();
  const singularOf = (n: NamedIdentity) => {
    let words = singulars.get(n);
    if (words === undefined) singulars.set(n, (words = n.words.map((word) => (word.length > 3 ? word.replace(/s$/, "") : word))));
    return words;
  };
  for (const n of named) {
    const { identity, key } = n;
    if (redirect.has(identity.key) || identity.wikidataId !== null || identity.key.startsWith("country:")) continue;
    if (identity.kind !== "PERSON") {
      const person = people.get(key);
      if (person !== undefined) {
        redirect.set(identity.key, person);
        continue;
      }
    }
    // a guessed person's name inside a body's name is that body's short form too ("the Harbour Defence")
    const guessedPerson = identity.kind === "PERSON" && !rolePeople.has(identity.key) && !g.firstNames.has(n.words[0]!);
    const sameBody = guessedPerson ? bodies.find((b) => b.key === key) : undefined;
    if (sameBody !== undefined) {
      redirect.set(identity.key, sameBody.identity); // "Ansar Eddine a menacé" after "les membres d'Ansar Eddine"
      continue;
    }
    if ((identity.kind === "ORGANIZATION" || identity.kind === "GROUP" || guessedPerson) && n.words.length >= 2) {
      const words = singularOf(n);
      const longer = bodies.find((b) => b !== n && b.words.length > words.length && containsNotAsPrefix(singularOf(b), words));
      if (longer !== undefined) redirect.set(identity.key, longer.identity);
    } else if (identity.kind === "LOCATION" && identity.key.startsWith("place:") && bodies.some((b) => b.key === key)) {
      redirect.set(identity.key, bodies.find((b) => b.key === key)!.identity); // "rendre hommage aux Harkis" after "les Harkis"
    } else if (identity.kind === "LOCATION") {
      const bare = withoutPlaceHead(n.words, g);
      const place = bare === key ? undefined : named.find((i) => i !== n && i.identity.kind === "LOCATION" && i.key === bare);
      if (place !== undefined) redirect.set(identity.key, place.identity);
    }
  }
}

/** Whether `part` runs inside `whole` somewhere after its first word (a prefix is the other rule's case). */
function containsNotAsPrefix(whole: readonly string[], part: readonly string[]): boolean {
  for (let at = 1; at + part.length <= whole.length; at++) {
    if (part.every((word, k) => whole[at + k] === word)) return true;
  }
  return false;
}

/** "maidan wardak province" → "maidan wardak", "province de kapisa" → "kapisa"; the name itself otherwise. */
function withoutPlaceHead(words: readonly string[], g: Gazetteer): string {
  if (words.length > 1 && g.placeHeadsAfter.has(words.at(-1)!)) return words.slice(0, -1).join(" ");
  if (words.length > 2 && g.placeHeadsBefore.has(words[0]!) && (words[1] === "de" || words[1] === "of")) return words.slice(2).join(" ");
  return words.join(" ");
}
