import type { TextField } from "@corpus/schema";
import type { DictionaryMatch, FieldScan } from "./field-scan.js";
import { compoundDemonyms } from "./compound-demonyms.js";
import { extendFrenchName, findNameChunks, FRENCH_ARTICLES, type NameChunk } from "./find-name-chunks.js";
import type { Identity } from "./gazetteer.js";
import { namedIdentity } from "./identities.js";
import type { RawMention } from "./raw-mention.js";
import { roleAfter, roleBefore, splitTitle } from "./titles.js";

const PORTFOLIO_HEADS = new Set(["ministre", "minister", "secretaire", "secretary", "vice-ministre"]);
const MINISTRY_HEADS = new Set(["ministere", "ministry", "departement", "department"]);
const FRENCH_DATIVE = new Set(["a", "au", "aux"]);
const CAMEL_CASE = /\p{Ll}\p{Lu}/u;
/** "McDonald", "DeSanctis", "MacArthur": capitals inside a surname, not a brand. */
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|O')\p{Lu}/u;
const TOWN = 150_000;
const DETERMINERS = new Set(["a", "an", "the", "le", "la", "l'", "les", "un", "une"]);
const SKIPPABLE = new Set([",", "the", "le", "la", "l'", "les", "de", "d'", "du", "des", "of"]);

/** The locative word before a name ("à", "in", "province de la"), skipping articles and particles; cities also take "de", "to"… */
function locativeBefore(scan: FieldScan, from: number, city: boolean): string | undefined {
  for (let k = from - 1; k >= 0 && k >= from - 4; k--) {
    const fold = scan.folds[k]!;
    if (scan.g.locatives[scan.language].has(fold) || (city && scan.g.cityLocatives.has(fold))) return fold;
    if (!SKIPPABLE.has(fold)) return undefined;
  }
  return undefined;
}

type Mentioning = (identity: Identity, evidence: RawMention["evidence"], a?: number, b?: number) => RawMention;

/**
 * Finds named actors: runs of capitalised words classified by the dictionaries they contain,
 * the titles around them (→ people), the words that head them (→ organisations, places),
 * a locative word before them (→ places), and otherwise read as people's names.
 * Marks the tokens it uses in `consumed` so that later rules skip them.
 */
export function recognizeNames(scan: FieldScan, field: TextField, consumed: boolean[]): RawMention[] {
  const mentions: RawMention[] = [];
  for (const chunk of findNameChunks(scan, consumed)) {
    for (let i = chunk.from; i < chunk.to; i++) consumed[i] = true;
    const compound = chunk.to - chunk.from === 1 && scan.folds[chunk.from]!.includes("-") ? compoundDemonyms(scan, field, chunk.from) : [];
    if (compound.length > 0) {
      mentions.push(...compound);
      continue;
    }
    const mentioning: Mentioning = (identity, evidence, a = chunk.from, b = chunk.to) => ({
      field,
      start: scan.tokens[a]!.start,
      end: scan.tokens[b - 1]!.end,
      identity,
      evidence,
      generic: false,
    });
    const article = scan.language === "fr" && FRENCH_ARTICLES.has(scan.folds[chunk.from - 1] ?? "") ? chunk.from - 1 : undefined;
    for (const found of classifyChunk(scan, chunk, mentioning)) {
      // "l'Observatoire syrien…": the name with its article is a surface form too
      const withArticle = article !== undefined && found.start === scan.tokens[chunk.from]!.start ? scan.text.slice(scan.tokens[article]!.start, found.end) : undefined;
      mentions.push(withArticle && !found.alias ? { ...found, alias: withArticle } : found);
    }
  }
  return mentions;
}

function classifyChunk(scan: FieldScan, chunk: NameChunk, mention: Mentioning): RawMention[] {
  const { tokens, g } = scan;
  const { from, to } = chunk;
  const previous = tokens[from - 1];
  const name = scan.textOf(from, to);

  const head = portfolioHead(scan, from);
  if (head !== undefined && PORTFOLIO_HEADS.has(tokens[head]!.fold)) return [];
  // "ministre de l'Action et des Comptes publics": every capitalised word after "ministre de" is its portfolio
  if (previous !== undefined && g.connectors.has(previous.fold) && inPortfolio(scan, from)) return [];
  if (head !== undefined && MINISTRY_HEADS.has(tokens[head]!.fold)) {
    const end = extendFrenchName(scan, head, to);
    return [mention(namedIdentity("ORGANIZATION", scan.textOf(head, end), null), "pattern", head, end)];
  }
  if (g.nonActorHeads.has(tokens[from]!.fold) || g.nonActorHeads.has(tokens[to - 1]!.fold)) return [];
  const whole = scan.matchAt[from];
  if (whole !== undefined && whole.to === to) {
    const found = fromDictionary(scan, whole, mention);
    if (found !== undefined) return found.map((m) => (m.identity.kind === "PERSON" ? withRole(scan, m, from, to) : m));
  }
  // a line in capitals ("CHILDREN'S DISCOVERY GETS NEW CHAIRMAN") says nothing through its case
  if (scan.inCapitalsLine(from)) return dictionaryMentionsIn(scan, from, to, mention);
  const demonymAt = (i: number) => scan.entryOf(scan.matchCovering(i), "demonym") !== undefined;
  if (every(from, to, (i) => scan.isCommonWord(i) || g.connectors.has(scan.folds[i]!) || demonymAt(i))) return [];
  if (some(from, to, (i) => g.mediaHeads.has(scan.folds[i]!))) return [];
  // "la Commission", "the Parliament" alone: only a short form of a longer name given elsewhere
  if (to - from === 1 && g.organisationHeads.has(tokens[from]!.fold)) return [mention(namedIdentity("ORGANIZATION", name, null), "guess")];

  const split = splitTitle(scan, from, to);
  if (split !== undefined) {
    const prefix = dictionaryMentionsIn(scan, from, split.titleEnd, mention);
    if (split.titleEnd >= to) return prefix;
    const country = prefix.find((m) => m.identity.kind === "COUNTRY")?.identity.country ?? null;
    const person = personAt(scan, split.titleEnd, to, country, mention, "pattern");
    return [...prefix, ...(person ? [{ ...person, role: scan.textOf(from, split.titleEnd), alias: name }] : []), ...ofCountryMention(scan, from, to, mention)];
  }

  // "directeur général de la Santé Jérôme Salomon": a given name starts a person inside a longer run
  const given = givenNameAt(scan, from, to);
  if (given !== undefined) {
    const person = personAt(scan, given, to, null, mention, "pattern");
    return [...classifyChunk(scan, { from, to: given, honorific: false }, mention), ...(person ? [person] : [])];
  }

  const countryInside = countryWithin(scan, from, to);
  const last = tokens[to - 1]!.fold;
  if (g.placeHeadsAfter.has(last) || g.placeHeadsAfter.has(`${scan.folds[to - 2]} ${last}`) || g.placeHeadsBefore.has(tokens[from]!.fold)) {
    return [mention(namedIdentity("LOCATION", name, countryInside), "pattern")];
  }
  const headAfter = [2, 1].find((n) => to + n <= tokens.length && !tokens[to]!.cap && g.placeHeadsAfter.has(scan.folds.slice(to, to + n).join(" ")));
  if (headAfter !== undefined) {
    return [mention(namedIdentity("LOCATION", scan.textOf(from, to + headAfter), countryInside), "pattern", from, to + headAfter)];
  }
  if (previous !== undefined && !previous.cap && g.placeHeadsBefore.has(previous.fold)) {
    return [mention(namedIdentity("LOCATION", scan.textOf(from - 1, to), countryInside), "pattern", from - 1, to)];
  }
  if (some(from, to, (i) => (tokens[i]!.cap || i === to - 1) && g.organisationHeads.has(scan.folds[i]!)) || some(from, to, (i) => tokens[i]!.cap && !tokens[i]!.acronym && isBrand(scan.text.slice(tokens[i]!.start, tokens[i]!.end)))) {
    return [organisation(scan, from, to, countryInside, mention)];
  }
  const leadingDemonym = scan.entryOf(whole, "demonym")?.country;
  const leadingCountry = scan.entryOf(whole, "country")?.identity ?? (whole !== undefined && to - whole.to >= 2 ? scan.entryOf(whole, "city")?.identity : undefined);
  if (leadingDemonym !== undefined || (leadingCountry !== undefined && to - whole!.to === 1)) {
    return [mention(namedIdentity("ORGANIZATION", name, (leadingDemonym ?? leadingCountry)!.country), "pattern")];
  }
  if (leadingCountry !== undefined) {
    const person = personAt(scan, whole!.to, to, null, mention);
    return [mention(leadingCountry, "dictionary", from, whole!.to), ...(person ? [person] : [])];
  }
  if (to - from === 1 && tokens[from]!.acronym) return [mention(namedIdentity("ORGANIZATION", name, null), "pattern")];

  // "Les Républicains", "The Elders": a name opening with a plural or English article is no person's
  if (LEADING_ARTICLES.has(tokens[from]!.fold) && to - from > 1) return [mention(namedIdentity("ORGANIZATION", name, countryInside), "pattern")];
  // French puts no article before a person's name: "la Quadrature du Net", "le Figaro", "l'April" are bodies
  if (scan.language === "fr" && previous !== undefined && FRENCH_ARTICLES.has(previous.fold) && !chunk.honorific && to - from > 1) {
    return [mention(namedIdentity("ORGANIZATION", name, countryInside), "pattern")];
  }
  const role = roleBefore(scan, from) ?? roleAfter(scan, to);
  if (chunk.honorific || role !== undefined) {
    const person = personAt(scan, from, to, null, mention, "pattern");
    return [...(person === undefined ? [] : [{ ...person, ...(role ? { role } : {}) }]), ...ofCountryMention(scan, from, to, mention)];
  }
  const locative = locativeBefore(scan, from, false);
  if (locative !== undefined && !(FRENCH_DATIVE.has(locative) && to - from > 1)) {
    return [mention(namedIdentity("LOCATION", name, null), "pattern")];
  }
  const person = personAt(scan, from, to, null, mention);
  return [...(person ? [person] : []), ...ofCountryMention(scan, from, to, mention)];
}

/** The country of a closing "of Benin" is mentioned too. */
function ofCountryMention(scan: FieldScan, from: number, to: number, mention: Mentioning): RawMention[] {
  const ofCountry = trailingOfCountry(scan, from, to);
  return ofCountry === undefined ? [] : [mention(ofCountry.country, "dictionary", ofCountry.at + 1, to)];
}

const LEADING_ARTICLES = new Set(["les", "the"]);
const COMPLEMENT_ARTICLES = new Set(["la", "le", "l'", "les", "du", "des", "the"]);
const COORDINATION = new Set(["et", "and", ","]);

/**
 * Where a given name starts a person's name inside a run that follows a particle ("de la Santé Jérôme
 * Salomon"): the words before it are a complement, not part of the name.
 */
function givenNameAt(scan: FieldScan, from: number, to: number): number | undefined {
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
function inPortfolio(scan: FieldScan, from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 8; k--) {
    const token = scan.tokens[k]!;
    if (PORTFOLIO_HEADS.has(token.fold)) return true;
    if (!(token.cap || scan.g.connectors.has(token.fold) || COORDINATION.has(token.fold))) return false;
  }
  return false;
}

/** A known person with the role the text gives them here ("le président russe Vladimir Poutine"). */
function withRole(scan: FieldScan, m: RawMention, from: number, to: number): RawMention {
  const role = roleBefore(scan, from) ?? roleAfter(scan, to);
  return role === undefined ? m : { ...m, role };
}

const isBrand = (word: string) => CAMEL_CASE.test(word) && !SURNAME_PREFIX.test(word);

function every(from: number, to: number, test: (i: number) => boolean): boolean {
  for (let i = from; i < to; i++) if (!test(i)) return false;
  return true;
}
const some = (from: number, to: number, test: (i: number) => boolean) => !every(from, to, (i) => !test(i));

/** "ministre des Affaires étrangères", "ministère de la Défense": the head word before the name's particles. */
function portfolioHead(scan: FieldScan, from: number): number | undefined {
  let k = from - 1;
  while (k >= 0 && from - k <= 2 && scan.g.connectors.has(scan.folds[k]!)) k--;
  return k < from - 1 && k >= 0 ? k : undefined;
}

function organisation(scan: FieldScan, from: number, to: number, country: string | null, mention: Mentioning): RawMention {
  const ofCountry = trailingOfCountry(scan, from, to);
  const name = scan.textOf(from, to);
  if (ofCountry === undefined) return mention(namedIdentity("ORGANIZATION", name, country), "pattern");
  const short = scan.textOf(from, ofCountry.at);
  const identity = { ...namedIdentity("ORGANIZATION", short, ofCountry.country.country), name };
  return { ...mention(identity, "pattern"), alias: short };
}

/** "Patrice Talon of Benin", "Islamic Revolutionary Guard Corps of Iran": a closing "of" + country. */
function trailingOfCountry(scan: FieldScan, from: number, to: number): { at: number; country: Identity } | undefined {
  for (let k = to - 2; k > from; k--) {
    if (scan.folds[k] !== "of" && scan.folds[k] !== "de" && scan.folds[k] !== "du") continue;
    const match = scan.matchAt[k + 1];
    const country = scan.entryOf(match, "country")?.identity;
    return country !== undefined && match!.to === to ? { at: k, country } : undefined;
  }
  return undefined;
}

/** A name the dictionaries know: the actor, or for a capital or seat of power used as an agent, its state. */
function fromDictionary(scan: FieldScan, match: DictionaryMatch, mention: Mentioning): RawMention[] | undefined {
  const actor = scan.entryOf(match, "actor");
  if (actor !== undefined) return actor.media ? [] : [mention(actor.identity, "dictionary")];
  const locative = locativeBefore(scan, match.from, true) !== undefined || DETERMINERS.has(scan.folds[match.from - 1] ?? "");
  const metonym = scan.entryOf(match, "metonym");
  const seat = metonym === undefined ? undefined : scan.g.identityByKey.get(metonym.target);
  if (seat !== undefined && !locative) return [mention(seat, "metonym")];
  const country = scan.entryOf(match, "country");
  if (country !== undefined) return [mention(country.identity, "dictionary")];
  const city = scan.entryOf(match, "city");
  if (city !== undefined) {
    if (city.capitalOf !== null && !locative) return [mention(city.capitalOf, "metonym")];
    if (roleBefore(scan, match.from) !== undefined) return undefined;
    // a small town's name without "à", "in"… is as likely a surname ("ajoute Hassan")
    if (!locative && city.population < TOWN) return undefined;
    return [mention(city.identity, "dictionary")];
  }
  const demonym = scan.entryOf(match, "demonym");
  if (demonym !== undefined) return [mention(demonym.country, "dictionary")];
  return undefined;
}

function dictionaryMentionsIn(scan: FieldScan, from: number, to: number, mention: Mentioning): RawMention[] {
  const found: RawMention[] = [];
  for (let i = from; i < to; i++) {
    const match = scan.matchAt[i];
    if (match === undefined || match.to > to || scan.entryOf(match, "title") !== undefined) continue;
    found.push(...(fromDictionary(scan, match, (identity, evidence) => mention(identity, evidence, match.from, match.to)) ?? []));
  }
  return found;
}

function countryWithin(scan: FieldScan, from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    const match = scan.matchAt[i];
    const country = scan.entryOf(match, "country")?.identity ?? scan.entryOf(match, "demonym")?.country;
    if (country !== undefined) return country.country;
  }
  return null;
}

function personAt(scan: FieldScan, from: number, to: number, country: string | null, mention: Mentioning, evidence?: RawMention["evidence"]): RawMention | undefined {
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
