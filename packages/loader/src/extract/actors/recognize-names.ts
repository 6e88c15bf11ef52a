import type { TextField } from "@corpus/schema";
import type { FieldScan } from "./field-scan.js";
import { bodyInApposition, bodyOfMembers } from "./body-cues.js";
import { companyCue } from "./company-cues.js";
import { compoundDemonyms } from "./compound-demonyms.js";
import { LEGAL_SUFFIXES } from "./coordinated-names.js";
import { MONTHS } from "./dateline.js";
import { extendFrenchName, findNameChunks, FRENCH_ARTICLES, type NameChunk } from "./find-name-chunks.js";
import { groupName } from "./group-names.js";
import type { Identity } from "./gazetteer.js";
import { namedIdentity } from "./identities.js";
import type { Mentioning, RawMention } from "./raw-mention.js";
import { countryWithin, dictionaryMentionsIn, fromDictionary, locativeBefore, withRole } from "./name-dictionary.js";
import { countryAsGivenName, givenNameAt, givenNameOpensPerson, inPortfolio, isBrand, ofCountryMention, personAt, portfolioHead, PORTFOLIO_HEADS, trailingOfCountry } from "./person-names.js";
import { countryOfRole, roleAfter, roleBefore, roleByVerb, roleInApposition, splitTitle } from "./titles.js";

const MINISTRY_HEADS = new Set(["ministere", "ministry", "departement", "department"]);
const FRENCH_DATIVE = new Set(["a", "au", "aux"]);

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
    if (mediaPossessive(scan, chunk.from) || tagged(scan, chunk.from)) continue;
    const compound = chunk.to - chunk.from === 1 && scan.folds[chunk.from]!.includes("-") ? compoundDemonyms(scan, field, chunk.from) : [];
    if (compound.length > 0) {
      mentions.push(...compound);
      continue;
    }
    const article = scan.language === "fr" && FRENCH_ARTICLES.has(scan.folds[chunk.from - 1] ?? "") ? chunk.from - 1 : undefined;
    for (const found of classifyChunk(scan, field, chunk, coordinatedWithPlace(scan, chunk.from, mentions.at(-1)))) {
      // "l'Observatoire syrien…": the name with its article is a surface form too
      const withArticle = article !== undefined && found.start === scan.tokens[chunk.from]!.start ? scan.text.slice(scan.tokens[article]!.start, found.end) : undefined;
      mentions.push(withArticle && !found.alias ? { ...found, alias: withArticle } : found);
    }
  }
  return mentions;
}

/**
 * Where a given name opens a person's name inside a portfolio's run of capitalised words: the holder right
 * after the portfolio ("Santé | Pierre Durand"), or the master after "de" ("ministre de la Justice de | Nicolas
 * Sarkozy"), who is named but holds no title there.
 */
function nameAfterPortfolio(scan: FieldScan, from: number, to: number): { at: number; holder: boolean } | undefined {
  for (let p = from + 1; p <= to - 2; p++) {
    if (scan.tokens[p]!.cap && scan.g.firstNames.has(scan.folds[p]!) && !scan.g.connectors.has(scan.folds[p + 1]!)) return { at: p, holder: !scan.g.connectors.has(scan.folds[p - 1]!) };
  }
  return undefined;
}

/** Makes mentions of tokens of `run` (by default the whole run). */
function mentioningOf(scan: FieldScan, field: TextField, run: { from: number; to: number }): Mentioning {
  return (identity, evidence, a = run.from, b = run.to) => ({ field, start: scan.tokens[a]!.start, end: scan.tokens[b - 1]!.end, identity, evidence, generic: false });
}

const COORDINATORS = new Set(["and", "et", "or", "ou"]);
const POSSESSIVE = new Set(["'s", "'"]);

/** "BBC's Jonathan Marcus", "Reuters' correspondent": an outlet's reporter is a source cited, not an actor. */
function mediaPossessive(scan: FieldScan, from: number): boolean {
  if (!POSSESSIVE.has(scan.folds[from - 1] ?? "")) return false;
  const outlet = scan.matchCovering(from - 2);
  return outlet !== undefined && outlet.to === from - 1 && outlet.entries.some((entry) => entry.type === "actor" && entry.media);
}

/** "#MeToo", "@Elysee": a hashtag or a handle is a topic or an account, not an actor named. */
function tagged(scan: FieldScan, from: number): boolean {
  const mark = scan.tokens[from - 1];
  return mark !== undefined && mark.end === scan.tokens[from]!.start && (mark.fold === "#" || mark.fold === "@");
}

/** "Tell Tamer and Ain Issa", "entre Damas et Lattaquié": a name joined by "and" to a place just before it. */
function coordinatedWithPlace(scan: FieldScan, from: number, last: RawMention | undefined): boolean {
  const joiner = scan.tokens[from - 1];
  const before = scan.tokens[from - 2];
  return joiner !== undefined && before !== undefined && COORDINATORS.has(joiner.fold) && last?.end === before.end && last.identity.kind === "LOCATION";
}

function classifyChunk(scan: FieldScan, field: TextField, chunk: NameChunk, afterPlace = false): RawMention[] {
  const mention = mentioningOf(scan, field, chunk);
  const { tokens, g } = scan;
  const { from, to } = chunk;
  const previous = tokens[from - 1];
  const name = scan.textOf(from, to);

  const head = portfolioHead(scan, from);
  const inTitle = (head !== undefined && PORTFOLIO_HEADS.has(tokens[head]!.fold)) || (previous !== undefined && g.connectors.has(previous.fold) && inPortfolio(scan, from));
  // "ministre de la Santé Pierre Durand": the portfolio's capitalised words run into the holder's name
  const inRun = inTitle ? nameAfterPortfolio(scan, from, to) : undefined;
  if (inRun !== undefined) {
    const { at, holder } = inRun;
    const person = personAt(scan, at, to, holder ? countryOfRole(scan, at, to) : null, mentioningOf(scan, field, { from: at, to }), "pattern");
    const role = holder ? roleBefore(scan, at) : undefined;
    return person === undefined ? [] : [{ ...person, ...(role ? { role } : {}) }];
  }
  // "ministre de l'Action et des Comptes publics": every capitalised word after "ministre de" is its portfolio
  if (inTitle) return [];
  if (head !== undefined && MINISTRY_HEADS.has(tokens[head]!.fold)) {
    const end = extendFrenchName(scan, head, to);
    return [mention(namedIdentity("ORGANIZATION", scan.textOf(head, end), null), "pattern", head, end)];
  }
  if (nonActorName(scan, from, to)) return [];
  // "Jan 15", "Dec. 3": a month's short name before a day is a date
  if (to - from === 1 && MONTHS.has(tokens[from]!.fold) && /^\d{1,2}$/.test(scan.folds[to] === "." ? (scan.folds[to + 1] ?? "") : (scan.folds[to] ?? ""))) return [];
  // "l'ONG Save the Children", "le test PCR Abbott": a common term's acronym before a name is its class noun
  if (to - from > 1 && tokens[from]!.acronym && g.commonAcronyms.has(tokens[from]!.fold)) {
    const rest = { ...chunk, from: from + 1 };
    if (g.bodyNouns.has(tokens[from]!.fold)) return [organisation(scan, rest.from, to, countryWithin(scan, rest.from, to), mentioningOf(scan, field, rest))];
    if (g.firstNames.has(scan.folds[rest.from]!)) return classifyChunk(scan, field, rest, afterPlace);
  }
  const whole = scan.matchAt[from];
  if (whole !== undefined && whole.to === to) {
    // "France 2", "France 24": a country's name with a channel number is a broadcaster
    // ("in West Germany 20,000": a number going on with its digit groups is a quantity)
    if (scan.entryOf(whole, "country") !== undefined && CHANNEL_NUMBER.test(scan.folds[to] ?? "") && !/^[.,]\d/.test(scan.text.slice(tokens[to]!.end, tokens[to]!.end + 2))) {
      return [mention(namedIdentity("ORGANIZATION", scan.textOf(from, to + 1), scan.entryOf(whole, "country")!.identity.country), "pattern", from, to + 1)];
    }
    const found = fromDictionary(scan, whole, mention);
    if (found !== undefined) return found.map((m) => (m.identity.kind === "PERSON" ? withRole(scan, m, from, to) : m));
  }
  // "The United States on Friday", "The Soviet Union's", "Les Etats-Unis": a determiner the run took in before
  // a state or body the dictionary knows, whole, is no part of its name
  const named = to - from > 1 && DETERMINERS[scan.language].has(tokens[from]!.fold) ? scan.matchAt[from + 1] : undefined;
  if (named !== undefined && named.to === to && (scan.entryOf(named, "country") !== undefined || scan.entryOf(named, "actor") !== undefined)) {
    return classifyChunk(scan, field, { ...chunk, from: from + 1 }, afterPlace);
  }
  // a line in capitals ("CHILDREN'S DISCOVERY GETS NEW CHAIRMAN") says nothing through its case
  if (scan.inCapitalsLine(from)) return dictionaryMentionsIn(scan, from, to, mention);
  const demonymAt = (i: number) => scan.entryOf(scan.matchCovering(i), "demonym") !== undefined;
  if (every(from, to, (i) => scan.isCommonWord(i) || g.connectors.has(scan.folds[i]!) || demonymAt(i))) return [];
  if (some(from, to, (i) => g.mediaHeads.has(scan.folds[i]!))) return [];
  const company = chunk.honorific ? undefined : (companyCue(scan, from, to) ?? bodyInApposition(scan, from, to));
  if (company !== undefined) return [organisation(scan, from, to, company.country ?? countryWithin(scan, from, to), mention)];
  // "la Commission", "the Parliament" alone: only a short form of a longer name given elsewhere
  if (to - from === 1 && g.organisationHeads.has(tokens[from]!.fold)) return [mention(namedIdentity("ORGANIZATION", name, null), "guess")];
  const members = chunk.honorific ? undefined : bodyOfMembers(scan, from);
  if (members !== undefined) return [mention(namedIdentity(members, name, countryWithin(scan, from, to)), "pattern")];

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
    const before = { from, to: given, honorific: false };
    return [...classifyChunk(scan, field, before), ...(person ? [person] : [])];
  }

  const countryInside = countryWithin(scan, from, to);
  const last = tokens[to - 1]!.fold;
  if (g.placeHeadsAfter.has(last) || (to >= 2 && placeHeadAfter(scan, to - 2) === 2) || g.placeHeadsBefore.has(tokens[from]!.fold)) {
    return [mention(namedIdentity("LOCATION", name, countryInside), "pattern")];
  }
  const headAfter = to < tokens.length && !tokens[to]!.cap ? placeHeadAfter(scan, to) : undefined;
  if (headAfter !== undefined) {
    return [mention(namedIdentity("LOCATION", scan.textOf(from, to + headAfter), countryInside), "pattern", from, to + headAfter)];
  }
  if (previous !== undefined && !previous.cap && g.placeHeadsBefore.has(previous.fold)) {
    return [mention(namedIdentity("LOCATION", scan.textOf(from - 1, to), countryInside), "pattern", from - 1, to)];
  }
  const group = groupName(scan, from, to, countryInside, mention);
  if (group !== undefined) return [group];
  const headAt = (i: number) => (tokens[i]!.cap || i === to - 1) && g.organisationHeads.has(scan.folds[i]!) && !(i === from && givenNameOpensPerson(scan, from, to));
  if (some(from, to, headAt) || some(from, to, (i) => tokens[i]!.cap && !tokens[i]!.acronym && isBrand(scan.text.slice(tokens[i]!.start, tokens[i]!.end)))) {
    return [organisation(scan, from, to, countryInside, mention)];
  }
  const leadingDemonym = scan.entryOf(whole, "demonym")?.country;
  const leadingCountry = scan.entryOf(whole, "country")?.identity ?? (whole !== undefined && to - whole.to >= 2 ? scan.entryOf(whole, "city")?.identity : undefined);
  // "est à Matignon, le Premier ministre a indiqué", "à Plouzevet, le président": one word after a locative, no given name,
  // is a place, not the holder of the title after it ("une lettre à Gérald Darmanin, le ministre …" stays a person's role)
  const placed = to - from === 1 && !g.firstNames.has(scan.folds[from]!) && locativeBefore(scan, from, false) !== undefined;
  const role = roleBefore(scan, from) ?? (placed ? undefined : roleAfter(scan, to)) ?? roleInApposition(scan, from) ?? roleByVerb(scan, to);
  if (leadingCountry !== undefined && whole!.to - from === 1 && countryAsGivenName(scan, from, to, leadingCountry)) {
    const person = personAt(scan, from, to, null, mention, "pattern");
    return [...(person ? [{ ...person, ...(role ? { role } : {}) }] : [])];
  }
  // "Japanese Yen", "Swiss Franc", "Brazilian Real": a state's currency is no body
  if ((leadingDemonym !== undefined || leadingCountry !== undefined) && to - whole!.to === 1 && g.currencyWords.has(scan.folds[to - 1]!)) return [];
  if (leadingDemonym !== undefined || (leadingCountry !== undefined && to - whole!.to === 1 && role === undefined)) {
    return [mention(namedIdentity("ORGANIZATION", name, (leadingDemonym ?? leadingCountry)!.country), "pattern")];
  }
  if (leadingCountry !== undefined && role === undefined) {
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
  if (chunk.honorific || role !== undefined || g.nameCues.has(previous?.fold ?? "") || ledBy(scan, from)) {
    const person = personAt(scan, from, to, role === undefined ? null : countryOfRole(scan, from, to), mention, "pattern");
    return [...(person === undefined ? [] : [{ ...person, ...(role ? { role } : {}) }]), ...ofCountryMention(scan, from, to, mention)];
  }
  const locative = locativeBefore(scan, from, false);
  if (locative !== undefined && !(FRENCH_DATIVE.has(locative) && to - from > 1)) {
    return [mention(namedIdentity("LOCATION", name, null), "pattern")];
  }
  // "a captured Humvee", "un ancien Boeing": an indefinite article and an adjective introduce a thing too
  // ("un certain Jean Dupont", "une fois Alexandre X": a given name still opens a person's name)
  if (INDEFINITE[scan.language].has(scan.folds[from - 2] ?? "") && previous?.word && !previous.cap && !g.firstNames.has(tokens[from]!.fold)) return [];
  // "entered Tell Tamer": the object of a verb of movement or capture is a place, unless a given name opens it
  const placeObject = previous !== undefined && (g.placeVerbs.has(previous.fold) || (OF.has(previous.fold) && g.placeNouns.has(scan.folds[from - 2] ?? "")));
  if ((placeObject || afterPlace) && !g.firstNames.has(tokens[from]!.fold) && trailingOfCountry(scan, from, to) === undefined) {
    return [mention(namedIdentity("LOCATION", name, null), "pattern")];
  }
  // "a Volvo XC90", "un Boeing 737": an indefinite article introduces a thing or a kind, not a person
  if (INDEFINITE[scan.language].has(previous?.fold ?? "")) return [];
  // "la vidéo « Collateral Murder »": a name that fills a quotation is a work's title
  if (OPENING_QUOTES.has(previous?.fold ?? "") && CLOSING_QUOTES.has(scan.folds[to] ?? "") && to - from > 1 && !g.firstNames.has(tokens[from]!.fold)) return [];
  const person = personAt(scan, from, to, null, mention);
  return [...(person ? [person] : []), ...ofCountryMention(scan, from, to, mention)];
}

/**
 * "Opération Barkhane", "Tokyo Olympics", "US Open": a name opening with a head word of things (operations, laws,
 * competitions), or closing with one right after another capitalised word; not a body's name that holds the word as
 * a complement ("Française des Jeux", "Autorité de régulation des jeux") or a company's ("Marathon Manufacturing Co").
 */
function nonActorName(scan: FieldScan, from: number, to: number): boolean {
  const { g, folds } = scan;
  const [first, last] = [folds[from]!, folds[to - 1]!];
  if (g.nonActorHeads.has(first)) return !LEGAL_SUFFIXES.has(last);
  return g.nonActorHeads.has(last) && (to - from === 1 || !g.connectors.has(folds[to - 2]!));
}

const LEADING_ARTICLES = new Set(["les", "the"]);
/** The definite articles of each language ("The Island" in a French text is an English title, not Iceland). */
const DETERMINERS: Record<"fr" | "en", Set<string>> = { en: new Set(["the"]), fr: new Set(["le", "la", "les", "l'"]) };
/** French bodies named after their leader, before the name ("cabinet" is also a firm). */
const LED_BODIES = new Set(["gouvernement", "regime", "administration"]);

/** "le gouvernement Papadimos", "le régime Moubarak": the name is the leader's. */
function ledBy(scan: FieldScan, from: number): boolean {
  const head = scan.tokens[from - 1];
  return scan.language === "fr" && head !== undefined && !head.cap && LED_BODIES.has(head.fold) && !ADJECTIVE_PREFIX.test(scan.folds[from]!); // "le gouvernement pro-Pékin"
}

const ADJECTIVE_PREFIX = /^(?:pro|anti|ex|post|pre|neo)-/;
const OPENING_QUOTES = new Set(["«", "“", '"']);
const CLOSING_QUOTES = new Set(["»", "”", '"']);

/** The number of tokens (2 or 1) of a place head word starting at `at` ("oil field", "province"), if any. */
function placeHeadAfter(scan: FieldScan, at: number): number | undefined {
  const { placeHeadsAfter, placeHeadStarts } = scan.g;
  if (at + 1 < scan.folds.length && placeHeadStarts.has(scan.folds[at]!) && placeHeadsAfter.has(`${scan.folds[at]} ${scan.folds[at + 1]}`)) return 2;
  return placeHeadsAfter.has(scan.folds[at]!) ? 1 : undefined;
}
const CHANNEL_NUMBER = /^\d{1,2}$/;
const INDEFINITE = { en: new Set(["a", "an"]), fr: new Set(["un", "une"]) }; // folded "à" is "a"
const OF = new Set(["de", "d'", "du", "of"]);

function every(from: number, to: number, test: (i: number) => boolean): boolean {
  for (let i = from; i < to; i++) if (!test(i)) return false;
  return true;
}
const some = (from: number, to: number, test: (i: number) => boolean) => !every(from, to, (i) => !test(i));

function organisation(scan: FieldScan, from: number, to: number, country: string | null, mention: Mentioning): RawMention {
  const ofCountry = trailingOfCountry(scan, from, to);
  const name = scan.textOf(from, to);
  if (ofCountry === undefined) return mention(namedIdentity("ORGANIZATION", name, country), "pattern");
  const short = scan.textOf(from, ofCountry.at);
  const identity = { ...namedIdentity("ORGANIZATION", short, ofCountry.country.country), name };
  return { ...mention(identity, "pattern"), alias: short };
}

