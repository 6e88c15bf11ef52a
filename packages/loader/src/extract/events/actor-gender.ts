/**
 * The gender of a person actor as the article tells it, so that "elle"/"she" does not resolve to a
 * man nor "il"/"he" to a woman: a courtesy title before one of its mentions ("Mme Dati", "Mr. Lee")
 * first, else its given name (data/actors/first-names.json via genderOfPersonName).
 */
import type { LocalActor } from "../../document.js";
import { genderOfPersonName, honorificGenderBefore, type NameGender } from "../actors/first-name-gender.js";

function titleGender(body: string, actor: LocalActor): NameGender | undefined {
  for (const mention of actor.mentions) {
    if (mention.field !== "BODY") continue;
    const gender = honorificGenderBefore(body, mention.start);
    if (gender !== undefined) return gender;
  }
  return undefined;
}

/** Gender by actor key, worked out once per actor and only when a pronoun asks. */
export function actorGenders(body: string, actors: ReadonlyMap<string, LocalActor>): (key: string) => NameGender | undefined {
  const cache = new Map<string, NameGender | undefined>();
  return (key) => {
    if (cache.has(key)) return cache.get(key);
    const actor = actors.get(key);
    const gender = actor?.kind === "PERSON" ? (titleGender(body, actor) ?? genderOfPersonName(actor.name)) : undefined;
    cache.set(key, gender);
    return gender;
  };
}
