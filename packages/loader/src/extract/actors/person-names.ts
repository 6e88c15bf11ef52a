import type { FieldScan } from "./field-scan.js";
import type { Identity } from "./gazetteer.js";
import { namedIdentity } from "./identities.js";
import type { Mentioning, RawMention } from "./raw-mention.js";

// Where people's names start and end inside runs of capitalised words.

export const PORTFOLIO_HEADS = new Set(["ministre", "minister", "secretaire", "secretary", "vice-ministre"]);

const CAMEL_CASE = /\p{Ll}\p{Lu}/u;

/** "McDonald", "DeSanctis", "MacArthur": capitals inside a surname, not a brand. */
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|O')\p{Lu}/u;

/** The country of a closing "of Benin" is mentioned too. */
export function ofCountryMention(scan: FieldScan, from: number, to: number, mention: Mentioning): RawMention[] {
  const ofCountry = trailingOfCountry(scan, from, to);
  return ofCountry === undefined ? [] : [mention(ofCountry.country, "dictionary", ofCountry.at + 1, to)];
}

const COMPLEMENT_ARTICLES = new Set(["la", "le", "l'", "les", "du", "des", "the"]);

const COORDINATION = new Set(["et", "and", ","]);

/**
 * Where a given name starts a person's name inside a run that follows a particle ("de la Santé Jérôme
 * Salomon"): the words before it are a complement, not part of the name.
 */
export function givenNameAt(scan: FieldScan, from: number, to: number): number | undefined {
  const { g, folds } = scan;
  if (g.firstNames.has(folds[from]!)) return undefined;
  const afterArticle = COMPLEMENT_ARTICLES.has(folds[from - 1] ?? "");
  for (let p = from + 1; p <= to - 2; p++) {
    // "WikiLeaks Julian Assange", "AFP Jean Dupont": a body's name before a person's
    const bodyBefore = scan.tokens[p - 1]!.acronym || isBrand(scan.text.slice(scan.tokens[p - 1]!.start, scan.tokens[p - 1]!.end));
    if (!afterArticle && !bodyBefore) continue;
    if (g.organisationHeads.has(folds[p - 1]!) || g.connectors.has(folds[p - 1]!)) return undefined;
    if (g.firstNames.has(folds[p]!) && !g.connectors.has(folds[p + 1]!)) return p;
  }
  return undefined;
}

/** Whether only particles, "et" and capitalised words separate the name from a "ministre" before it. */
export function inPortfolio(scan: FieldScan, from: number): boolean {
  if (portfolioHead(scan, from) === undefined && BARE_DE.has(scan.folds[from - 1] ?? "")) return false;
  for (let k = from - 1; k >= 0 && k >= from - 8; k--) {
    const token = scan.tokens[k]!;
    // "Selon le ministre, la France …": a comma right after the head ends the title; a portfolio follows it directly
    if (PORTFOLIO_HEADS.has(token.fold)) return scan.folds[k + 1] !== ",";
    if (!(token.cap || scan.g.connectors.has(token.fold) || COORDINATION.has(token.fold))) return false;
  }
  return false;
}

/** A capital inside a word ("WikiLeaks", "YouTube") marks a brand or body, unless it is a surname prefix. */
export const isBrand = (word: string) => CAMEL_CASE.test(word) && !SURNAME_PREFIX.test(word);

/** "ministre des Affaires étrangères", "ministère de la Défense": the head word before the name's particles. */
export function portfolioHead(scan: FieldScan, from: number): number | undefined {
  let k = from - 1;
  while (k >= 0 && from - k <= 2 && scan.g.connectors.has(scan.folds[k]!)) k--;
  // "ministre d'Hosni Moubarak", "ministre de Jean Dupont": a bare French "de" before a name gives the minister's master
  if (k === from - 2 && BARE_DE.has(scan.folds[from - 1]!)) return undefined;
  return k < from - 1 && k >= 0 ? k : undefined;
}

const BARE_DE = new Set(["de", "d'"]);

/** "Patrice Talon of Benin", "Islamic Revolutionary Guard Corps of Iran": a closing "of" + country. */
export function trailingOfCountry(scan: FieldScan, from: number, to: number): { at: number; country: Identity } | undefined {
  for (let k = to - 2; k > from; k--) {
    if (scan.folds[k] !== "of" && scan.folds[k] !== "de" && scan.folds[k] !== "du") continue;
    const match = scan.matchAt[k + 1];
    const country = scan.entryOf(match, "country")?.identity;
    return country !== undefined && match!.to === to ? { at: k, country } : undefined;
  }
  return undefined;
}

/** A person's name over [from, to) (a closing "of Benin" aside), or nothing for a lone common word. */
export function personAt(scan: FieldScan, from: number, to: number, country: string | null, mention: Mentioning, evidence?: RawMention["evidence"]): RawMention | undefined {
  while (from < to && scan.g.connectors.has(scan.folds[from]!)) from++;
  if (from >= to) return undefined;
  const ofCountry = trailingOfCountry(scan, from, to);
  if (ofCountry !== undefined) to = ofCountry.at;
  const match = scan.matchAt[from];
  const actor = scan.entryOf(match, "actor");
  if (actor !== undefined && match!.to === to) return mention(actor.identity, "dictionary", from, to);
  if (to - from === 1 && (scan.isCommonWord(from) || scan.g.notActors.has(scan.folds[from]!))) return undefined;
  const knownGiven = to - from === 1 && scan.g.firstNames.has(scan.folds[from]!); // "the pseudonym Katya"
  return mention(namedIdentity("PERSON", scan.textOf(from, to), country), evidence ?? (to - from > 1 || knownGiven ? "pattern" : "guess"), from, to);
}

/**
 * "Marine Le Pen", "Marine Tondelier": a head word that is also a given name ("Marine" the navy) opens a
 * person's name when a capitalised surname, not another head word, closes the run ("Marine Corps" stays a body).
 */
export function givenNameOpensPerson(scan: FieldScan, from: number, to: number): boolean {
  const last = scan.tokens[to - 1]!;
  return to - from >= 2 && scan.g.firstNames.has(scan.folds[from]!) && last.cap && !scan.g.organisationHeads.has(last.fold) && !scan.isCommonWord(to - 1);
}

/** "France Inter", "France Télévisions": France before a name makes a state brand, not a person's given name. */
const BRAND_COUNTRIES = new Set(["FR"]);

/**
 * "Jordan Bardella", "Chad Smith", "Dominique de Villepin": a state's name that is also a given name opens a
 * person's name when a capitalised surname follows, maybe after a particle, and no head word makes it a body.
 */
export function countryAsGivenName(scan: FieldScan, from: number, to: number, country: Identity): boolean {
  if (country.kind !== "COUNTRY" || BRAND_COUNTRIES.has(country.country ?? "") || !givenNameOpensPerson(scan, from, to)) return false;
  for (let k = from + 1; k < to; k++) if (scan.g.organisationHeads.has(scan.folds[k]!) || scan.matchAt[k] !== undefined || scan.folds[k] === "of") return false;
  return true;
}
