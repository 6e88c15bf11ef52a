import type { ActorKind } from "@corpus/schema";
import cities from "../../../data/actors/cities.json" with { type: "json" };
import commonWords from "../../../data/actors/common-words.json" with { type: "json" };
import extraCountryNames from "../../../data/actors/country-names-extra.json" with { type: "json" };
import countries from "../../../data/actors/countries.json" with { type: "json" };
import firstNames from "../../../data/actors/first-names.json" with { type: "json" };
import lexicon from "../../../data/actors/lexicon.json" with { type: "json" };
import organisations from "../../../data/actors/organisations.json" with { type: "json" };
import { charClass, LETTER, NUMBER } from "./char-class.js";
import { foldText } from "./fold.js";
import { TokenTrie } from "./token-trie.js";
import { TOKEN_PATTERN } from "./tokenize.js";

/** Who a dictionary phrase names, before the context decides how it is used. */
export interface Identity {
  key: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  wikidataId: string | null;
}

/** How a name is written in the data: matched exactly (acronyms), or only when capitalised in the text if it is in the data. */
export interface NameSurface {
  surface: string;
  caseSensitive: boolean;
  capitalised: boolean;
}

const nameSurface = (surface: string, caseSensitive = false): NameSurface => ({ surface, caseSensitive, capitalised: /^\p{Lu}/u.test(surface) });

/** What a dictionary phrase is. `surface` is the phrase as written in the data, for case checks. */
export type Entry =
  | ({ type: "actor"; identity: Identity; media: boolean } & NameSurface)
  | ({ type: "country"; identity: Identity } & NameSurface)
  | { type: "demonym"; country: Identity }
  | ({ type: "city"; identity: Identity; capitalOf: Identity | null; population: number } & NameSurface)
  | ({ type: "metonym"; target: string } & NameSurface)
  | { type: "title"; surface: string }
  | { type: "agent"; label: string; kind: ActorKind; foldsIntoCountry: boolean; foldsWhenDescribed: boolean; ownedByDefault: boolean; ownerRequired: boolean; stateBody: boolean; standalone: boolean; surface: string; language: "fr" | "en" };

export interface Gazetteer {
  trie: TokenTrie<Entry>;
  /** The entries that can match a phrase opening in lower case (titles, agent nouns, demonyms, lower-case names): a smaller trie for most tokens. */
  lowerTrie: TokenTrie<Entry>;
  countryByCode: Map<string, Identity>;
  /** The English adjective of a state by ISO code ("NE" → "Nigerien"), to name its collectives. */
  adjectiveOf: Map<string, string>;
  identityByKey: Map<string, Identity>;
  /** Function words, months and weekdays of either language (quotes mix them). */
  functionWords: Set<string>;
  /** The function words and the other words that name no actor on their own (`notActors`). */
  nonNames: Set<string>;
  organisationHeads: Set<string>;
  placeHeadsBefore: Set<string>;
  placeHeadsAfter: Set<string>;
  /** Currency words of ISO 4217 names in English and French ("yen", "peso", "franc", "rouble"), from Intl.DisplayNames (CLDR). */
  currencyWords: Set<string>;
  /** First words of the place heads of two words ("oil" of "oil field"). */
  placeHeadStarts: Set<string>;
  locatives: { fr: Set<string>; en: Set<string> };
  /** Words that, before a city, make it a place rather than its state ("de Damas", "to Kabul"). */
  cityLocatives: Set<string>;
  connectors: Set<string>;
  honorifics: Set<string>;
  firstNames: Set<string>;
  placeVerbs: Set<string>;
  /** Nouns of capture or siege whose complement after "de"/"of" is a place ("la prise de X"). */
  placeNouns: Set<string>;
  /** Nouns that make a name a group of people: "the X family" (after), "la famille X" (before). */
  groupHeads: { after: Set<string>; before: Set<string> };
  notActors: Set<string>;
  /** The `notActors` written in capitals: acronyms of common terms ("ONG", "PCR"), which may be a class noun before a name. */
  commonAcronyms: Set<string>;
  nonActorHeads: Set<string>;
  mediaHeads: Set<string>;
  /** Adjectives that make a collective multinational ("les dirigeants européens", "Western diplomats"). */
  multinational: Set<string>;
  /** Heads naming part of the collective after them ("les leaders de la rébellion"). */
  partOfHeads: Set<string>;
  /** Nouns of members whose complement is a body ("les combattants d'X", "members of X"). */
  memberNouns: Set<string>;
  /** Nouns that make a name a body in an apposition after it ("X, a human rights group"), one or two words. */
  bodyNouns: Set<string>;
  /** Nouns of relations between states ("relations", "talks"): before "entre X et Y" the pair are states. */
  relationNouns: Set<string>;
  /** Nouns of a state's acts or stances: "l'ingérence de Washington" makes the capital its state. */
  stanceNouns: Set<string>;
  /** Definite descriptions of bodies by folded noun ("company", "ambassade"): what a named body must be to be meant. */
  descriptions: Map<string, BodyDescription>;
  /** Company cues: class nouns ("carmaker", "groupe"), list cues ("including", "tels que") as folded token runs, possessed nouns ("shares"). */
  companies: { classNouns: Set<string>; listCues: Set<string>; cueEnds: Set<string>; possessed: Set<string> };
  /** "Yemen-based", "Kurdish-led": capitalised compounds that are adjectives, not names. */
  adjectiveCompound: RegExp;
  /** Crowds that protest (see `protestingCrowds`): folded quantity and people nouns, verb stems and phrases, words allowed before the verb. */
  /** "X a été élu président": verbs giving the person before them a title, and the words allowed between. */
  roleVerbs: { verbs: Set<string>; between: Set<string> };
  /** "the pseudonym Katya", "surnommé X": words after which a lone capitalised word is a person's name. */
  nameCues: Set<string>;
  /** Adjectives between a determiner and its noun ("le nouveau gouvernement", "the new government"). */
  prenominal: Set<string>;
  crowds: { quantities: Set<string>; people: Set<string>; verbs: string[][]; reflexive: Set<string>; between: Set<string> };
}

/** What a body must be for a description to mean it: a head word in its name, or one of some kinds. */
export type BodyDescription = { heads: string[] } | { kinds: Set<ActorKind> };

/** A phrase as the folded tokens it is looked up by. */
export function phraseTokens(phrase: string): string[] {
  const folded = foldText(phrase);
  return Array.from(folded.matchAll(TOKEN_PATTERN), (match) => match[0]);
}

/** A key part from a name: folded, every run of other characters than letters and digits made one "-", none at the ends. */
export function slug(text: string): string {
  const folded = foldText(text);
  let out = "";
  let gap = false;
  for (let i = 0; i < folded.length; ) {
    const unit = folded.charCodeAt(i);
    const width = unit >= 0xd800 && unit <= 0xdbff ? 2 : 1;
    if (charClass(folded, i) & (LETTER | NUMBER)) {
      if (gap && out !== "") out += "-";
      out += width === 1 ? folded[i] : folded.slice(i, i + 2);
      gap = false;
    } else gap = true;
    i += width;
  }
  return out;
}

/** Region names made of compass words ("Sud-Est", "Centre-Nord", "North East"): in a text they are directions, not places. */
const COMPASS_NAME = /^(?:(?:nord|sud|est|ouest|centre|center|central|north|south|east|west|northern|southern|eastern|western|extreme|far)(?:[- ]|$))+$/;

/** Whether an entry can fit text whose first word is not capitalised (see FieldScan's case rules). */
function matchesLowerCase(entry: Entry): boolean {
  if (entry.type === "title" || entry.type === "agent" || entry.type === "demonym") return true;
  return !entry.caseSensitive && !entry.capitalised;
}

/** "Japanese Yen", "Mexican Peso", "franc suisse": the noun of each currency's English (last word) and French (first word) name. */
function currencyWords(): Set<string> {
  const [en, fr] = [new Intl.DisplayNames(["en"], { type: "currency" }), new Intl.DisplayNames(["fr"], { type: "currency" })];
  const words = new Set<string>();
  for (const code of Intl.supportedValuesOf("currency")) {
    const last = en.of(code)?.split(" ").at(-1);
    const first = fr.of(code)?.split(" ")[0];
    for (const word of [last, first]) if (word !== undefined && word.length >= 3 && !/\d|\(/.test(word)) words.add(foldText(word));
  }
  return words;
}

/**
 * The feminine plural of a one-word French masculine plural agent noun ("manifestants" → "manifestantes",
 * "lycéens" → "lycéennes", "insurgés" → "insurgées"); undefined when French forms it
 * otherwise or not at all ("agriculteurs", "journalistes").
 */
export function frenchFemininePlural(noun: string): string | undefined {
  if (noun.includes(" ")) return undefined;
  for (const [ending, feminine] of FRENCH_FEMININE_PLURALS) if (noun.endsWith(ending)) return noun.slice(0, -ending.length) + feminine;
  return undefined;
}

const FRENCH_FEMININE_PLURALS: [string, string][] = [["iens", "iennes"], ["éens", "éennes"], ["ants", "antes"], ["ents", "entes"], ["és", "ées"], ["ais", "aises"]];

const isAcronym = (surface: string) => /^[\p{Lu}.&]+$/u.test(surface.replace(/\s/g, "")) && surface.length <= 8;
const foldSet = (words: readonly string[]) => new Set(words.map((w) => foldText(w)));

function buildGazetteer(): Gazetteer {
  const trie = new TokenTrie<Entry>();
  const countryByCode = new Map<string, Identity>();
  const adjectiveOf = new Map<string, string>();
  const identityByKey = new Map<string, Identity>();
  const lowerTrie = new TokenTrie<Entry>();
  const add = (surface: string, entry: Entry, lowerCaseOnly = false) => {
    const tokens = phraseTokens(surface);
    if (!lowerCaseOnly) trie.add(tokens, entry);
    if (matchesLowerCase(entry)) lowerTrie.add(tokens, entry);
  };

  for (const row of countries.countries) {
    const identity: Identity = {
      key: row.kind === "COUNTRY" ? `country:${row.code}` : `place:${row.code.toLowerCase()}`,
      name: row.name,
      kind: row.kind as ActorKind,
      country: row.code,
      wikidataId: row.wikidataId,
    };
    countryByCode.set(row.code, identity);
    if (row.demonyms.en[0] !== undefined) adjectiveOf.set(row.code, row.demonyms.en[0]);
    identityByKey.set(identity.key, identity);
    const extra = (extraCountryNames.names as Record<string, { en: string[]; fr: string[] } | undefined>)[row.code];
    for (const surface of new Set([...row.names.en, ...row.names.fr, ...(extra?.en ?? []), ...(extra?.fr ?? [])])) {
      add(surface, { type: "country", identity, ...nameSurface(surface, isAcronym(surface)) });
    }
    for (const demonym of new Set([...row.demonyms.en, ...row.demonyms.fr])) add(demonym, { type: "demonym", country: identity });
  }

  for (const row of organisations.entries) {
    const key = row.wikidataId ? `wd:${row.wikidataId}` : ("key" in row && row.key ? row.key : `${row.kind === "PERSON" ? "person" : row.kind === "GROUP" ? "group" : "org"}:${slug(row.name)}`);
    const identity: Identity = { key, name: row.name, kind: row.kind as ActorKind, country: row.country, wikidataId: row.wikidataId };
    identityByKey.set(key, identity);
    const media = "media" in row && row.media === true;
    for (const surface of row.aliases) add(surface, { type: "actor", identity, media, ...nameSurface(surface) });
    for (const surface of row.acronyms) add(surface, { type: "actor", identity, media, ...nameSurface(surface, true) });
  }

  // a place named like a common word ("Ouest", "Centre", "Of") would be found in every text
  const common = new Set([...commonWords.fr, ...commonWords.en, ...lexicon.notActors.words].map((w) => foldText(w)));
  const usablePlace = (surface: string) => !common.has(foldText(surface)) && !COMPASS_NAME.test(foldText(surface));
  for (const row of cities.cities) {
    const identity: Identity = { key: `geo:${row.id}`, name: row.name, kind: "LOCATION", country: row.country, wikidataId: null };
    const capitalOf = row.capital ? (countryByCode.get(row.country) ?? null) : null;
    const surfaces = new Set([row.name, ...(row.fr ? [row.fr, row.fr.replace(/^(?:Le |La |Les |L')/, "")] : [])]);
    for (const surface of surfaces) if (usablePlace(surface)) add(surface, { type: "city", identity, capitalOf, population: row.population, ...nameSurface(surface) });
  }
  for (const row of cities.regions) {
    const identity: Identity = { key: `geo:${row.id}`, name: row.fr, kind: "LOCATION", country: row.country, wikidataId: null };
    if (usablePlace(row.fr)) add(row.fr, { type: "city", identity, capitalOf: null, population: Number.MAX_SAFE_INTEGER, ...nameSurface(row.fr) }); // a region is never a surname
  }
  for (const row of lexicon.metonyms.entries) {
    for (const surface of row.surfaces) add(surface, { type: "metonym", target: row.target, ...nameSurface(surface) });
  }
  for (const title of [...lexicon.titles.fr, ...lexicon.titles.en]) add(title, { type: "title", surface: title });
  for (const [language, agents] of [["fr", lexicon.agents.fr], ["en", lexicon.agents.en]] as const) {
    const nouns = Object.entries(agents).flatMap(([noun, agent]) => {
      const feminine = language === "fr" && typeof agent !== "string" && agent.kind === "GROUP" ? frenchFemininePlural(noun) : undefined;
      return feminine === undefined || feminine in agents ? [[noun, agent] as const] : [[noun, agent] as const, [feminine, agent] as const];
    });
    for (const [noun, agent] of nouns) {
      if (typeof agent === "string") continue;
      add(noun, { type: "agent", label: agent.label, kind: agent.kind as ActorKind, foldsIntoCountry: "fold" in agent && agent.fold === "country", foldsWhenDescribed: "fold" in agent && agent.fold === "described", ownedByDefault: !("fallback" in agent && agent.fallback === false), ownerRequired: "owner" in agent && agent.owner === "required", stateBody: agent.kind !== "GROUP" || ("state" in agent && agent.state === true), standalone: "standalone" in agent && agent.standalone === true, surface: noun, language }, "lowercase" in agent && agent.lowercase === true);
    }
  }

  return {
    trie,
    lowerTrie,
    countryByCode,
    adjectiveOf,
    identityByKey,
    functionWords: foldSet([...commonWords.fr, ...commonWords.en]),
    nonNames: common,
    organisationHeads: foldSet(lexicon.organisationHeads),
    placeHeadsBefore: foldSet(lexicon.placeHeads.before),
    placeHeadsAfter: foldSet(lexicon.placeHeads.after),
    currencyWords: currencyWords(),
    placeHeadStarts: new Set(lexicon.placeHeads.after.filter((h) => h.includes(" ")).map((h) => foldText(h).split(" ")[0]!)),
    locatives: { fr: foldSet(lexicon.locativePrepositions.fr), en: foldSet(lexicon.locativePrepositions.en) },
    cityLocatives: foldSet(lexicon.cityLocatives.words),
    connectors: foldSet(lexicon.nameConnectors),
    firstNames: foldSet(firstNames.names),
    placeVerbs: foldSet(lexicon.placeVerbs.words),
    placeNouns: foldSet(lexicon.placeNouns.words),
    groupHeads: { after: foldSet(lexicon.groupHeads.after), before: foldSet(lexicon.groupHeads.before) },
    honorifics: foldSet([...lexicon.honorifics.fr, ...lexicon.honorifics.en].map((h) => h.replace(/\.$/, ""))),
    notActors: foldSet(lexicon.notActors.words),
    commonAcronyms: foldSet(lexicon.notActors.words.filter((word) => isAcronym(word))),
    nonActorHeads: foldSet(lexicon.nonActorHeads.words),
    mediaHeads: foldSet(lexicon.mediaHeads.words),
    multinational: foldSet([...lexicon.collectives.multinational.fr, ...lexicon.collectives.multinational.en]),
    partOfHeads: foldSet(lexicon.collectives.partOf),
    memberNouns: foldSet(lexicon.collectives.members),
    bodyNouns: new Set([...lexicon.bodyNouns.words, ...lexicon.companies.classNouns].map((noun) => phraseTokens(noun).join(" "))),
    relationNouns: foldSet(lexicon.relationNouns.words),
    stanceNouns: foldSet(lexicon.stanceNouns.words),
    descriptions: new Map(
      lexicon.descriptions.entries.flatMap((entry) => {
        const description: BodyDescription = entry.heads !== undefined ? { heads: entry.heads.map((h) => foldText(h)) } : { kinds: new Set((entry.kinds ?? []) as ActorKind[]) };
        return entry.nouns.map((noun) => [foldText(noun), description] as const);
      }),
    ),
    companies: {
      classNouns: foldSet(lexicon.companies.classNouns),
      listCues: new Set(lexicon.companies.listCues.map((cue) => phraseTokens(cue).join(" "))),
      cueEnds: new Set(lexicon.companies.listCues.map((cue) => phraseTokens(cue).at(-1)!)),
      possessed: new Set(lexicon.companies.possessed.map((words) => phraseTokens(words).join(" "))),
    },
    adjectiveCompound: new RegExp(`-(?:${lexicon.adjectiveCompounds.suffixes.join("|")})$`),
    roleVerbs: { verbs: foldSet([...lexicon.roleVerbs.verbs.fr, ...lexicon.roleVerbs.verbs.en]), between: foldSet([...lexicon.roleVerbs.between.fr, ...lexicon.roleVerbs.between.en]) },
    nameCues: foldSet(lexicon.nameCues.words),
    prenominal: foldSet([...lexicon.prenominalAdjectives.fr, ...lexicon.prenominalAdjectives.en]),
    crowds: {
      quantities: foldSet([...lexicon.crowds.quantities.fr, ...lexicon.crowds.quantities.en]),
      people: foldSet([...lexicon.crowds.people.fr, ...lexicon.crowds.people.en]),
      verbs: [...lexicon.crowds.verbs.fr, ...lexicon.crowds.verbs.en].map(phraseTokens),
      reflexive: foldSet(lexicon.crowds.reflexiveVerbs),
      between: foldSet([...lexicon.crowds.between.fr, ...lexicon.crowds.between.en]),
    },
  };
}

let built: Gazetteer | undefined;

/** The dictionaries, built once per process on first use (measured in the benchmark's start-up figure). */
export function gazetteer(): Gazetteer {
  built ??= buildGazetteer();
  return built;
}
