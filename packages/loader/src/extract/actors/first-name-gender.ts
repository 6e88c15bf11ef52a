import firstNames from "../../../data/actors/first-names.json" with { type: "json" };
import { foldText } from "./fold.js";

export type NameGender = "F" | "M";

let genders: Map<string, NameGender> | null = null;

function genderTable(): Map<string, NameGender> {
  if (genders) return genders;
  genders = new Map();
  for (const name of firstNames.female) genders.set(foldText(name), "F");
  for (const name of firstNames.male) genders.set(foldText(name), "M");
  return genders;
}

/** Courtesy titles that say the gender outright, folded and without their final dot. */
const HONORIFIC_GENDER = new Map<string, NameGender>([
  ["m", "M"], ["mr", "M"], ["monsieur", "M"], ["sir", "M"],
  ["mme", "F"], ["mlle", "F"], ["madame", "F"], ["mademoiselle", "F"], ["mrs", "F"], ["ms", "F"], ["miss", "F"], ["dame", "F"],
]);

/** The gender a courtesy title says ("Mme", "Mr."), or undefined for any other word. */
const honorificGender = (word: string): NameGender | undefined => HONORIFIC_GENDER.get(foldText(word).replace(/\.$/u, ""));

/** A courtesy title ending right before a name: "M. ", "Mme ", "Mr. ", "Mrs ", "Madame ", "Sir ". */
const HONORIFIC_BEFORE = /(?:^|[^\p{L}])(M\.|Mr\.?|Mme|Mlle|Mrs\.?|Ms\.?|Miss|Monsieur|Madame|Mademoiselle|Sir|Dame)\s+$/u;

/**
 * The gender a courtesy title right before offset `start` of `text` gives the name there ("M. Samaras",
 * "Mrs Thatcher"); undefined when no title stands there. Shared by actor coreference and pronoun resolution.
 */
export function honorificGenderBefore(text: string, start: number): NameGender | undefined {
  const title = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, start - 14), start))?.[1];
  return title === undefined ? undefined : honorificGender(title);
}

/**
 * The gender a given name usually carries ("Angela" → F, "Nicolas" → M), from faker's female and male
 * name lists (data/actors/first-names.json, gender by vote of the locales); undefined for names used
 * for both ("Dominique", "Kim") or unknown. A French compound takes the gender of its first part
 * ("Jean-Marie" → M, "Marie-Christine" → F). Lets coreference tell whom "il"/"elle", "he"/"she" may name.
 */
export function genderOfFirstName(name: string): NameGender | undefined {
  const key = foldText(name.trim());
  const table = genderTable();
  const whole = table.get(key);
  if (whole !== undefined || !key.includes("-")) return whole;
  return table.get(key.slice(0, key.indexOf("-")));
}

/**
 * The gender of a person named in full ("Mme Lagarde", "Mr. Johnson", "Angela Merkel"): a courtesy title
 * first, else the first word as a given name; undefined when neither tells.
 */
export function genderOfPersonName(fullName: string): NameGender | undefined {
  // the same people are named again and again, in one article and across articles
  if (personGenderCache.size >= PERSON_GENDER_CACHE_SIZE) personGenderCache.clear();
  let gender = personGenderCache.get(fullName);
  if (gender === undefined) {
    gender = readPersonGender(fullName) ?? null;
    personGenderCache.set(fullName, gender);
  }
  return gender ?? undefined;
}

/** Genders already read by full name (null: the name tells none); emptied when full. */
const personGenderCache = new Map<string, NameGender | null>();
const PERSON_GENDER_CACHE_SIZE = 50_000;

function readPersonGender(fullName: string): NameGender | undefined {
  const words = fullName.trim().split(/\s+/u);
  const first = words[0];
  if (first === undefined || first === "") return undefined;
  return honorificGender(first) ?? genderOfFirstName(first);
}
