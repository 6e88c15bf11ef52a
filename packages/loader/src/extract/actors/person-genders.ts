import type { TextField } from "@corpus/schema";
import { genderOfPersonName, honorificGenderBefore, type NameGender } from "./first-name-gender.js";
import type { RawMention } from "./raw-mention.js";

/**
 * The gender the text gives each person, by identity key: a courtesy title before any of their mentions
 * ("M. Samaras"), else their given name ("Angela Merkel"); none when the text says both or neither.
 * Lets a gendered description ("la ministre", "le président") pass over a holder of the other gender.
 */
export function personGenders(mentions: readonly RawMention[], texts: Record<TextField, string>): Map<string, NameGender> {
  const said = new Map<string, Set<NameGender>>();
  const note = (key: string, gender: NameGender | undefined) => {
    if (gender === undefined) return;
    const set = said.get(key) ?? new Set<NameGender>();
    set.add(gender);
    said.set(key, set);
  };
  for (const m of mentions) {
    if (m.identity.kind !== "PERSON" || m.evidence === "coreference") continue;
    note(m.identity.key, honorificGenderBefore(texts[m.field], m.start));
    note(m.identity.key, genderOfPersonName(m.identity.name));
  }
  const genders = new Map<string, NameGender>();
  for (const [key, set] of said) if (set.size === 1) genders.set(key, [...set][0]!);
  return genders;
}
