import { capitalInPair } from "./coordinated-capitals.js";
import type { DictionaryMatch, FieldScan } from "./field-scan.js";
import type { Entry } from "./gazetteer.js";
import type { Mentioning, RawMention } from "./raw-mention.js";
import { roleAfter, roleBefore, roleByVerb } from "./titles.js";

// How dictionary names are read in context: a capital as its state or a place, a small town as a
// possible surname, a known person with the role the text gives them.

/** From this population a city is named without "à", "in"… even in an article about another country. */
const METROPOLIS = 1_000_000;

const DETERMINERS = new Set(["a", "an", "the", "le", "la", "l'", "les", "un", "une"]);

const SKIPPABLE = new Set([",", "the", "le", "la", "l'", "les", "de", "d'", "du", "des", "of"]);

/** The locative word before a name ("à", "in", "province de la"), skipping articles and particles; cities also take "de", "to"… */
export function locativeBefore(scan: FieldScan, from: number, city: boolean): string | undefined {
  for (let k = from - 1; k >= 0 && k >= from - 4; k--) {
    const fold = scan.folds[k]!;
    if (scan.g.locatives[scan.language].has(fold) || (city && scan.g.cityLocatives.has(fold))) return fold;
    if (!SKIPPABLE.has(fold)) return undefined;
  }
  return undefined;
}

const GENITIVES = new Set(["de", "d'", "du", "des", "of"]);

/** "l'ingérence de Washington", "les accusations de Kiev": a capital completing a noun of a state's act or stance. */
function stanceBefore(scan: FieldScan, from: number): boolean {
  return GENITIVES.has(scan.folds[from - 1] ?? "") && scan.g.stanceNouns.has(scan.folds[from - 2] ?? "");
}

/** A known person with the role the text gives them here ("le président russe Vladimir Poutine"). */
export function withRole(scan: FieldScan, m: RawMention, from: number, to: number): RawMention {
  const role = roleBefore(scan, from) ?? roleAfter(scan, to) ?? roleByVerb(scan, to);
  return role === undefined ? m : { ...m, role };
}

/** A name the dictionaries know: the actor, or for a capital or seat of power used as an agent, its state. */
export function fromDictionary(scan: FieldScan, match: DictionaryMatch, mention: Mentioning): RawMention[] | undefined {
  const actor = scan.entryOf(match, "actor");
  if (actor !== undefined) return actor.media ? [] : [mention(actor.identity, "dictionary")];
  const metonym = scan.entryOf(match, "metonym");
  const city = cityOf(scan, match);
  const inPair = metonym !== undefined || (city?.capitalOf ?? null) !== null ? capitalInPair(scan, match) : undefined;
  const stance = (city?.capitalOf ?? null) !== null && inPair !== "place" && stanceBefore(scan, match.from);
  const locative = !stance && (inPair === "place" || (inPair !== "state" && (locativeBefore(scan, match.from, true) !== undefined || DETERMINERS.has(scan.folds[match.from - 1] ?? ""))));
  const seat = metonym === undefined ? undefined : scan.g.identityByKey.get(metonym.target);
  // "le Kremlin a démenti", "the Kremlin said", "le porte-parole de l'Élysée": a seat of power takes its article and
  // a complement's "de" and still speaks for the state; only "à l'Élysée", "at the Kremlin" are places
  const seatAsPlace = inPair === "place" || (inPair !== "state" && locativeBefore(scan, match.from, false) !== undefined);
  if (seat !== undefined && !seatAsPlace) return [mention(seat, "metonym")];
  const country = scan.entryOf(match, "country");
  if (country !== undefined) return [mention(country.identity, "dictionary")];
  if (city !== undefined) {
    if (city.capitalOf !== null && !locative) return [mention(city.capitalOf, "metonym")];
    if (roleBefore(scan, match.from) !== undefined) return undefined;
    if (locative) return [mention(city.identity, "dictionary")];
    return placeWithoutLocative(scan, match, city) ? [mention(city.identity, "pattern")] : match.to - match.from === 1 ? undefined : [];
  }
  const demonym = scan.entryOf(match, "demonym");
  if (demonym !== undefined) return [mention(demonym.country, "dictionary")];
  return undefined;
}

type CityEntry = Extract<Entry, { type: "city" }>;

/** A region (listed without population) ranks below any city of the same name. */
const rank = (city: CityEntry) => (city.population === Number.MAX_SAFE_INTEGER ? 0 : city.population);

/** Of the places sharing a name, the one in a country the article names, else the most populous. */
function cityOf(scan: FieldScan, match: DictionaryMatch): CityEntry | undefined {
  let best: CityEntry | undefined;
  for (const entry of match.entries) {
    if (entry.type !== "city") continue;
    const near = scan.articleCountries.has(entry.identity.country ?? "");
    const bestNear = best !== undefined && scan.articleCountries.has(best.identity.country ?? "");
    if (best === undefined || (near && !bestNear) || (near === bestNear && rank(entry) > rank(best))) best = entry;
  }
  return best;
}

/**
 * A gazetteer place with no locative before it beats the person default, unless the word is also a
 * given name ("Nancy", "Hassan"), the line's case says nothing (a shouted "SALE"), or the place lies in a
 * country the article never names and is no metropolis (a one-word region "Centre", the Uruguayan "Florida").
 */
function placeWithoutLocative(scan: FieldScan, match: DictionaryMatch, city: CityEntry): boolean {
  const oneWord = match.to - match.from === 1;
  if (oneWord && (scan.g.firstNames.has(scan.folds[match.from]!) || scan.inCapitalsLine(match.from))) return false;
  return scan.articleCountries.has(city.identity.country ?? "") || city.population >= METROPOLIS && city.population !== Number.MAX_SAFE_INTEGER;
}

/** The dictionary names inside [from, to), titles aside ("US" and "German" in a title run). */
export function dictionaryMentionsIn(scan: FieldScan, from: number, to: number, mention: Mentioning): RawMention[] {
  const found: RawMention[] = [];
  for (let i = from; i < to; i++) {
    const match = scan.matchAt[i];
    if (match === undefined || match.to > to || scan.entryOf(match, "title") !== undefined) continue;
    found.push(...(fromDictionary(scan, match, (identity, evidence) => mention(identity, evidence, match.from, match.to)) ?? []));
  }
  return found;
}

/** The first country named (or whose demonym is used) inside [from, to). */
export function countryWithin(scan: FieldScan, from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    const match = scan.matchAt[i];
    const country = scan.entryOf(match, "country")?.identity ?? scan.entryOf(match, "demonym")?.country;
    if (country !== undefined) return country.country;
  }
  return null;
}
