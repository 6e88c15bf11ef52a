import type { TextField } from "@corpus/schema";
import type { AnalyzedArticle, LocalActor } from "../../document.js";
import { FieldScan } from "./field-scan.js";
import { foldText } from "./fold.js";
import { countryAsGivenName } from "./person-names.js";
import { gazetteer, type Identity } from "./gazetteer.js";
import type { RawMention } from "./raw-mention.js";
import { compoundDemonyms } from "./compound-demonyms.js";
import { datelineTokens } from "./dateline.js";
import { protestingCrowds } from "./protesting-crowds.js";
import { recognizeCollectives } from "./recognize-collectives.js";
import { recognizeNames } from "./recognize-names.js";
import { describedBodies } from "./described-bodies.js";
import type { NameGender } from "./first-name-gender.js";
import { personGenders } from "./person-genders.js";
import { describedPeople } from "./role-coreference.js";
import { resolveActors } from "./resolve-actors.js";
import { sentenceStartsOf, tokenize } from "./tokenize.js";

/**
 * Recognises the actors of an article (countries, people, organisations, groups, places) in its
 * title and body, and resolves their mentions to one identity each. Pure: text in, actors out.
 * Stages: fold and tokenize; one dictionary pass over the tokens; datelines set aside; protesting crowds; described collectives;
 * capitalised names; leftover demonyms; people and bodies described by a definite noun phrase; then
 * within-article coreference.
 */
export function recognizeActors(article: AnalyzedArticle): LocalActor[] {
  const scans: [TextField, FieldScan][] = [
    ["TITLE", scanField(article.title, null, article, true)],
    ["BODY", scanField(article.body, article.sentences, article)],
  ];
  const counts = countryCounts(scans.map(([, scan]) => scan));
  // A French text names French towns without saying France, and one that names no state is about France.
  const france = article.language === "fr" ? (gazetteer().countryByCode.get("FR") ?? null) : null;
  const mainCountry = dominantCountry(counts) ?? france;
  const named = new Set([...counts.keys()].flatMap((identity) => (identity.country === null ? [] : [identity.country])));
  if (article.language === "fr") named.add("FR");
  for (const [, scan] of scans) scan.articleCountries = named;
  const mentions: RawMention[] = [];
  const consumedByField = scans.map(([field, scan]) => {
    const consumed = new Array<boolean>(scan.tokens.length).fill(false);
    if (field === "BODY") {
      const { dateline, storyStarts } = datelineTokens(scan);
      for (const k of dateline) consumed[k] = true;
      for (const k of storyStarts) scan.tokens[k]!.sentenceStart = true;
    }
    mentions.push(...protestingCrowds(scan, field, consumed, mainCountry));
    mentions.push(...recognizeCollectives(scan, field, consumed, mainCountry));
    mentions.push(...recognizeNames(scan, field, consumed));
    mentions.push(...leftoverDemonyms(scan, field, consumed));
    return consumed;
  });
  const people = mentions.filter((m) => m.identity.kind === "PERSON" && m.role !== undefined);
  // Read once, when the first description asks: the descriptions found meanwhile are coreference, which it skips.
  let genders: ReadonlyMap<string, NameGender> | undefined;
  const gendersOf = () => (genders ??= personGenders(mentions, { TITLE: article.title, BODY: article.body }));
  scans.forEach(([field, scan], k) => mentions.push(...describedPeople(scan, field, consumedByField[k]!, people, gendersOf)));
  mentions.push(...describedBodies(scans.map(([field, scan], k) => [field, scan, consumedByField[k]!]), mentions, gazetteer()));
  return resolveActors(mentions, { TITLE: article.title, BODY: article.body });
}

function scanField(text: string, sentences: AnalyzedArticle["sentences"] | null, article: AnalyzedArticle, headline = false): FieldScan {
  const folded = foldText(text);
  const scan = new FieldScan(text, tokenize(text, folded, sentenceStartsOf(sentences)), article.language, gazetteer());
  if (headline) scan.markTitleCase();
  return scan;
}

/**
 * Demonyms used alone ("les intérêts russes") still mention their country, and so do the parts of
 * a compound of demonyms ("Israeli-Cypriot-Greek", "syro-turque" aside, which no dictionary spells).
 */
function leftoverDemonyms(scan: FieldScan, field: TextField, consumed: readonly boolean[]): RawMention[] {
  const found: RawMention[] = [];
  for (let i = 0; i < scan.tokens.length; i++) {
    const token = scan.tokens[i]!;
    if (consumed[i] || !token.word) continue;
    const match = scan.matchAt[i];
    if (match === undefined) {
      if (token.cap && token.fold.includes("-")) found.push(...compoundDemonyms(scan, field, i));
      continue;
    }
    const demonym = scan.entryOf(match, "demonym");
    if (demonym !== undefined && match.to - match.from === 1) {
      found.push({ field, start: token.start, end: token.end, identity: demonym.country, evidence: "dictionary", generic: false });
    }
  }
  return found;
}

/** How often each state or territory is named in the article (by name, demonym or capital). */
function countryCounts(scans: readonly FieldScan[]): Map<Identity, number> {
  const counts = new Map<Identity, number>();
  for (const scan of scans) {
    for (const match of scan.matchAt) {
      if (match === undefined) continue;
      const country = scan.entryOf(match, "country")?.identity ?? scan.entryOf(match, "demonym")?.country ?? scan.entryOf(match, "city")?.capitalOf;
      // "Dominique Voynet", "Jordan Bardella": a state's name used as a given name says nothing of the article's country
      const stated = scan.entryOf(match, "country")?.identity;
      if (stated !== undefined && match.from + 1 === match.to && scan.tokens[match.to]?.word && countryAsGivenName(scan, match.from, match.to + 1, stated)) continue;
      if (country) counts.set(country, (counts.get(country) ?? 0) + 1); // a territory (Hong Kong) counts too
    }
  }
  return counts;
}

/** The state or territory an article is mostly about: the owner of "the government", "la junte", "police" when no other is named. */
function dominantCountry(counts: ReadonlyMap<Identity, number>): Identity | null {
  let best: Identity | null = null;
  let bestCount = 0;
  for (const [country, count] of counts) {
    if (count > bestCount) [best, bestCount] = [country, count];
  }
  return best;
}
