import type { FieldScan } from "./field-scan.js";
import type { Identity } from "./gazetteer.js";

/** Whose a described collective is: a state or territory, or `null` for a multinational one ("European leaders"). */
export interface CollectiveOwner {
  owner: Identity | null;
  /** The token where the owner's words start (before the noun) or end (after it, exclusive). */
  at: number;
}

const MAX_MODIFIERS = 2;

/**
 * The owner written before the noun, over up to two lower-case modifiers: "Serbian protesters",
 * "Russian military instructors", "Hong Kong student groups", "Syrian government forces", "European leaders".
 */
export function ownerBefore(scan: FieldScan, index: number): CollectiveOwner | undefined {
  let modifiers = 0;
  let agentModifiers = 0;
  for (let k = index - 1; k >= 0; ) {
    const match = scan.matchCovering(k);
    if (match !== undefined && match.to === k + 1) {
      const country = scan.entryOf(match, "demonym")?.country ?? scan.entryOf(match, "country")?.identity;
      if (country !== undefined) return { owner: country, at: match.from };
    }
    const token = scan.tokens[k]!;
    if (scan.g.multinational.has(token.fold) && token.word) return (k > 0 ? statedBefore(scan, k - 1) : undefined) ?? { owner: null, at: k }; // "Iraqi Shiite militias"
    const agent = match !== undefined && match.to === k + 1 && scan.entryOf(match, "agent") !== undefined;
    // "Russian military instructors": a noun modifies the next; "settlers attacked villagers": a word between ends the phrase
    if (agent && modifiers > agentModifiers) return undefined;
    if (agent) agentModifiers++;
    const modifier = agent || (token.word && !token.cap && !scan.isCommonWord(k) && !/^\d/.test(token.fold));
    if (!modifier || ++modifiers > MAX_MODIFIERS) return undefined;
    k = agent ? match!.from - 1 : k - 1;
  }
  return undefined;
}

/** A demonym or country ending at token `k`, as the owner it names. */
function statedBefore(scan: FieldScan, k: number): CollectiveOwner | undefined {
  const match = scan.matchCovering(k);
  if (match === undefined || match.to !== k + 1) return undefined;
  const found = scan.entryOf(match, "demonym")?.country ?? scan.entryOf(match, "country")?.identity;
  return found === undefined ? undefined : { owner: found, at: match.from };
}

/** A demonym or country right at `k`, as the owner it names. */
function statedAfter(scan: FieldScan, k: number): CollectiveOwner | undefined {
  const match = scan.matchAt[k];
  const found = scan.entryOf(match, "demonym")?.country ?? scan.entryOf(match, "country")?.identity;
  return found === undefined ? undefined : { owner: found, at: match!.to };
}

/** French puts the owner after the noun: "les forces (de sécurité) afghanes", "les dirigeants européens", "habitants de l'Algérie". */
export function ownerAfter(scan: FieldScan, to: number): CollectiveOwner | undefined {
  const { tokens, g } = scan;
  for (let k = to; k < tokens.length && k <= to + 3; k++) {
    const match = scan.matchAt[k];
    const found = scan.entryOf(match, "demonym")?.country ?? scan.entryOf(match, "country")?.identity;
    if (found !== undefined) return { owner: found, at: match!.to };
    const token = tokens[k]!;
    // "les combattants kurdes syriens": a people or faith across borders, then the state
    if (g.multinational.has(token.fold) && !token.cap) return statedAfter(scan, k + 1) ?? { owner: null, at: k + 1 };
    if (!token.word || (token.cap && !g.connectors.has(token.fold)) || (scan.isCommonWord(k) && !g.connectors.has(token.fold))) return undefined;
  }
  return undefined;
}

const OF = new Set(["de", "du", "des", "d'", "of"]);
const ARTICLE = new Set(["la", "le", "l'", "les", "the"]);

/** "les leaders de la rébellion", "members of the opposition": the head names part of the collective after it. */
export function partOfCollective(scan: FieldScan, head: number, to: number): boolean {
  if (!scan.g.partOfHeads.has(scan.folds[head]!) || !OF.has(scan.folds[to] ?? "")) return false;
  const k = ARTICLE.has(scan.folds[to + 1] ?? "") ? to + 2 : to + 1;
  return scan.entryOf(scan.matchAt[k], "agent") !== undefined;
}

/** "les combattants d'Ansar Eddine", "members of the Vyasna": members of a named body are that body (see `bodyOfMembers`), not a collective. */
export function membersOfNamedBody(scan: FieldScan, head: number, to: number): boolean {
  if (!scan.g.memberNouns.has(scan.folds[head]!) || !OF.has(scan.folds[to] ?? "")) return false;
  const k = scan.folds[to + 1] === "the" ? to + 2 : to + 1;
  const next = scan.tokens[k];
  if (next === undefined || !next.cap || next.sentenceStart) return false;
  const match = scan.matchAt[k];
  return scan.entryOf(match, "country") === undefined && scan.entryOf(match, "city") === undefined && !scan.g.firstNames.has(next.fold);
}

/** "the government of Syria", "the ministry of internal affairs of Belarus": an English owner after "of". */
export function ofCountryAfter(scan: FieldScan, to: number): CollectiveOwner | undefined {
  if (scan.folds[to] !== "of") return undefined;
  const match = scan.matchAt[scan.folds[to + 1] === "the" ? to + 2 : to + 1];
  const country = scan.entryOf(match, "country")?.identity;
  return country === undefined ? undefined : { owner: country, at: match!.to };
}

/**
 * "le gouvernement de Donald Trump", "the regime of Bashar al-Assad": a government named by the person
 * who leads it belongs to that person's state, when the dictionary knows it.
 */
export function leaderStateAfter(scan: FieldScan, to: number): CollectiveOwner | undefined {
  if (!OF.has(scan.folds[to] ?? "") || scan.folds[to] === "des") return undefined;
  const match = scan.matchAt[to + 1];
  const person = scan.entryOf(match, "actor")?.identity;
  if (person === undefined || person.kind !== "PERSON" || person.country === null) return undefined;
  const owner = scan.g.countryByCode.get(person.country);
  return owner === undefined ? undefined : { owner, at: to };
}

const GENITIVE = new Set(["de", "d'", "du", "of"]);

/**
 * "les rebelles de Homs", "residents of Aleppo": a city after "de"/"of" gives the collective its
 * state. The city stays a mention of its own (`at` is the noun's end: nothing after it is taken).
 */
export function cityOwnerAfter(scan: FieldScan, to: number): CollectiveOwner | undefined {
  if (!GENITIVE.has(scan.folds[to] ?? "")) return undefined;
  const city = scan.entryOf(scan.matchAt[to + 1], "city");
  const owner = city?.identity.country == null ? undefined : scan.g.countryByCode.get(city.identity.country);
  return owner === undefined ? undefined : { owner, at: to };
}

const RELATIVE_WHERE = new Set(["ou", "where"]);

/** The state whose name ends at token `k` (not a demonym: that belongs to its own noun group). */
function stateEndingAt(scan: FieldScan, k: number): Identity | undefined {
  const match = scan.matchCovering(k);
  if (match === undefined || match.to !== k + 1) return undefined;
  const state = scan.entryOf(match, "country")?.identity;
  return state?.kind === "COUNTRY" ? state : undefined;
}

const LOCATIVES = new Set(["au", "aux", "en", "a", "dans", "in"]);
const STATE_ARTICLES = new Set(["le", "la", "l'", "les", "the"]);

/**
 * The state a clause is about, for a state's body named without an owner ("la junte", "the police") at token
 * `from` (its determiner): the antecedent of a relative "où"/"where" ("ont quitté le Niger, où la junte…": Niger),
 * or a state the sentence opens on as its frame ("Au Sénégal, les autorités…", "In Ghana, the soldiers…").
 * Only by name: a demonym belongs to its own noun group ("les forces françaises ont quitté le Niger"), and a
 * state merely named earlier in the sentence is often the place of something else ("en Belgique, souligne le
 * gouvernement"). `relative` says the first case.
 */
export function stateOfClause(scan: FieldScan, from: number): { owner: Identity; relative: boolean } | undefined {
  const where = from - 1;
  if (RELATIVE_WHERE.has(scan.folds[where] ?? "")) {
    const end = scan.folds[where - 1] === "," ? where - 2 : where - 1;
    const owner = end >= 0 ? stateEndingAt(scan, end) : undefined;
    if (owner !== undefined) return { owner, relative: true };
  }
  if (scan.tokens[from]?.sentenceStart) return undefined;
  let start = from - 1;
  while (start > 0 && !scan.tokens[start]!.sentenceStart) start--;
  if (start < 0 || !LOCATIVES.has(scan.folds[start] ?? "")) return undefined;
  const name = STATE_ARTICLES.has(scan.folds[start + 1] ?? "") ? start + 2 : start + 1;
  const match = scan.matchAt[name];
  if (match === undefined || scan.folds[match.to] !== "," || match.to >= from) return undefined;
  const owner = stateEndingAt(scan, match.to - 1);
  return owner === undefined ? undefined : { owner, relative: false };
}

/** How many words after a collective its act's place may stand ("arrested three opposition leaders in Dhaka"). */
const PLACE_REACH = 10;
const SENTENCE_STOPS = new Set([".", ";", "!", "?"]);
/** Locatives of a way, not of a place: "poussés à fuir vers le Bangladesh" says where they went, not whose the army is. */
const DIRECTIONS = new Set(["vers", "depuis", "jusqu'a", "via", "into", "towards", "toward", "across", "through"]);

/**
 * The state where the clause after an ownerless collective says it acted: a city or state after a locative
 * preposition, in the same sentence, within a few words ("Police arrested three leaders in Dhaka", "des
 * manifestants ont défilé à Tbilissi"). Only after the noun: a state named before it is often the place of
 * something else. The caller prefers the owner last named for the same noun ("les forces françaises … l'armée").
 */
export function placeAfter(scan: FieldScan, to: number): Identity | undefined {
  const locatives = scan.g.locatives[scan.language];
  for (let k = to + 1; k < scan.tokens.length && k <= to + PLACE_REACH; k++) {
    if (scan.tokens[k]!.sentenceStart || SENTENCE_STOPS.has(scan.folds[k - 1]!)) return undefined;
    if (!locatives.has(scan.folds[k - 1]!) || DIRECTIONS.has(scan.folds[k - 1]!)) continue;
    const state = stateNamedAt(scan, STATE_ARTICLES.has(scan.folds[k]!) ? k + 1 : k);
    if (state !== undefined) return state;
  }
  return undefined;
}

/** The state of the city or state whose name starts at token `k` ("Dhaka" → Bangladesh, "Mali" → Mali). */
export function stateNamedAt(scan: FieldScan, k: number): Identity | undefined {
  const match = scan.matchAt[k];
  const code = scan.entryOf(match, "city")?.identity.country ?? scan.entryOf(match, "country")?.identity.country;
  return code == null ? undefined : scan.g.countryByCode.get(code);
}
