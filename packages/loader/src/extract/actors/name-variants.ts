import type { Gazetteer, Identity } from "./gazetteer.js";

/**
 * Other forms of a name within one article, added to `redirect` (identity key → the identity it names):
 * a body named like a person the text gives a role ("porte-parole …, Timor Goksel" then "Timor Goksel"
 * read as a body); a body's name (or a guessed person's) inside a longer one, plurals aside ("Revolutionary Guards" in
 * "Islamic Revolutionary Guard Corps"); a place with and without its head word ("Maidan Wardak province").
 */
export function linkNameVariants(
  identities: readonly Identity[],
  nameKey: (name: string) => string,
  rolePeople: ReadonlySet<string>,
  g: Gazetteer,
  redirect: Map<string, Identity>,
): void {
  const people = identities.filter((i) => i.kind === "PERSON" && rolePeople.has(i.key));
  const bodies = identities.filter((i) => i.kind === "ORGANIZATION" || i.kind === "GROUP");
  for (const identity of identities) {
    if (redirect.has(identity.key) || identity.wikidataId !== null || identity.key.startsWith("country:")) continue;
    const key = nameKey(identity.name);
    if (identity.kind !== "PERSON") {
      const person = people.find((p) => nameKey(p.name) === key);
      if (person !== undefined) {
        redirect.set(identity.key, person);
        continue;
      }
    }
    // a guessed person's name inside a body's name is that body's short form too ("the Harbour Defence")
    const guessedPerson = identity.kind === "PERSON" && !rolePeople.has(identity.key) && !g.firstNames.has(key.split(" ")[0]!);
    if (identity.kind === "ORGANIZATION" || identity.kind === "GROUP" || guessedPerson) {
      const words = singular(key);
      const longer = words.length < 2 ? undefined : bodies.find((b) => b !== identity && containsNotAsPrefix(singular(nameKey(b.name)), words));
      if (longer !== undefined) redirect.set(identity.key, longer);
    } else if (identity.kind === "LOCATION") {
      const bare = withoutPlaceHead(key, g);
      const place = bare === key ? undefined : identities.find((i) => i !== identity && i.kind === "LOCATION" && nameKey(i.name) === bare);
      if (place !== undefined) redirect.set(identity.key, place);
    }
  }
}

const singular = (key: string) => key.split(" ").map((word) => (word.length > 3 ? word.replace(/s$/, "") : word));

/** Whether `part` runs inside `whole` somewhere after its first word (a prefix is the other rule's case). */
function containsNotAsPrefix(whole: readonly string[], part: readonly string[]): boolean {
  for (let at = 1; at + part.length <= whole.length; at++) {
    if (part.every((word, k) => whole[at + k] === word)) return true;
  }
  return false;
}

/** "maidan wardak province" → "maidan wardak", "province de kapisa" → "kapisa". */
function withoutPlaceHead(key: string, g: Gazetteer): string {
  const words = key.split(" ");
  if (words.length > 1 && g.placeHeadsAfter.has(words.at(-1)!)) return words.slice(0, -1).join(" ");
  if (words.length > 2 && g.placeHeadsBefore.has(words[0]!) && (words[1] === "de" || words[1] === "of")) return words.slice(2).join(" ");
  return key;
}
