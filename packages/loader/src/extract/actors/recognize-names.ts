import type { TextField } from "@corpus/schema";
import type { FieldScan } from "./field-scan.js";
import type { Identity } from "./gazetteer.js";
import { namedIdentity } from "./identities.js";
import type { RawMention } from "./raw-mention.js";

const PORTFOLIO_HEADS = new Set(["ministre", "minister", "secretaire", "secretary", "vice-ministre"]);
const MINISTRY_HEADS = new Set(["ministere", "ministry", "departement", "department"]);
const FRENCH_ADJECTIVE = /(?:aire|iste|ique|ale|ales|aux|al|ien|ienne|iens|iennes|ais|aise|el|elle|if|ive|eux|euse|ain|aine|ains|e|es)$/;
const FRENCH_DATIVE = new Set(["a", "au", "aux"]);

/** A run of capitalised tokens [from, to) that may name an actor. */
interface Chunk {
  from: number;
  to: number;
  honorific: boolean;
}

/**
 * Finds named actors: runs of capitalised words (with name particles such as "de", "of", "al"),
 * classified by the dictionaries they contain, the titles around them and the words that head them.
 * Marks the tokens it uses in `consumed` so that later rules skip them.
 */
export function recognizeNames(scan: FieldScan, field: TextField, consumed: boolean[]): RawMention[] {
  const mentions: RawMention[] = [];
  for (const chunk of findChunks(scan, consumed)) {
    for (let i = chunk.from; i < chunk.to; i++) consumed[i] = true;
    mentions.push(...classifyChunk(scan, field, chunk));
  }
  return mentions;
}

function findChunks(scan: FieldScan, consumed: readonly boolean[]): Chunk[] {
  const { tokens, g } = scan;
  const chunks: Chunk[] = [];
  let honorific = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (consumed[i]) continue;
    if (!token.word || !token.cap) {
      if (token.word) honorific = false;
      continue;
    }
    const nextWord = tokens[i + 1]?.fold === "." ? i + 2 : i + 1;
    if (g.honorifics.has(token.fold) && tokens[nextWord]?.cap) {
      honorific = true;
      i = nextWord - 1;
      continue;
    }
    const startsWithName = scan.matchAt[i]?.entries.some((e) => e.type !== "title" && e.type !== "agent") ?? false;
    if (token.sentenceStart && scan.isCommonWord(i) && !startsWithName) continue;
    let to = i + 1;
    for (;;) {
      if (consumed[to]) break;
      if (tokens[to]?.word && tokens[to]!.cap) {
        to++;
        continue;
      }
      let k = to;
      while (k < tokens.length && k - to < 3 && g.connectors.has(tokens[k]!.fold)) k++;
      if (k > to && tokens[k]?.word && tokens[k]!.cap && !/[,;]/.test(scan.text.slice(tokens[to - 1]!.end, tokens[k]!.start))) {
        to = k + 1;
        continue;
      }
      break;
    }
    to = extendFrenchName(scan, i, to);
    chunks.push({ from: i, to, honorific });
    honorific = false;
    i = to - 1;
  }
  return chunks;
}

/** French names keep lower-case words after their head: "Parti populaire espagnol", "Association des leaders religieux du Mali". */
function extendFrenchName(scan: FieldScan, from: number, to: number): number {
  const { tokens, g } = scan;
  if (scan.language !== "fr" || !g.organisationHeads.has(tokens[from]!.fold)) return to;
  let end = to;
  for (let steps = 0; steps < 8; steps++) {
    const next = tokens[end];
    if (next === undefined || !next.word) break;
    if (!next.cap && FRENCH_ADJECTIVE.test(next.fold) && !scan.isCommonWord(end)) {
      end++;
      continue;
    }
    let k = end;
    while (k < tokens.length && k - end < 3 && g.connectors.has(tokens[k]!.fold)) k++;
    if (k > end && tokens[k]?.word && !scan.isCommonWord(k)) {
      end = k + 1;
      continue;
    }
    break;
  }
  return end;
}

function classifyChunk(scan: FieldScan, field: TextField, chunk: Chunk): RawMention[] {
  const { tokens, g } = scan;
  const { from, to } = chunk;
  const mention = (identity: Identity, evidence: RawMention["evidence"], a = from, b = to, extra: Partial<RawMention> = {}): RawMention => ({
    field,
    start: tokens[a]!.start,
    end: tokens[b - 1]!.end,
    identity,
    evidence,
    generic: false,
    ...extra,
  });
  const previous = tokens[from - 1];
  const beforePrevious = tokens[from - 2];

  // "ministre des Affaires étrangères": a portfolio, part of a title; "ministère de la Défense": a ministry.
  if (previous && beforePrevious && g.connectors.has(previous.fold)) {
    const head = g.connectors.has(beforePrevious.fold) ? tokens[from - 3] : beforePrevious;
    if (head && PORTFOLIO_HEADS.has(head.fold)) return [];
    if (head && MINISTRY_HEADS.has(head.fold)) {
      const headIndex = tokens.indexOf(head);
      return [mention(namedIdentity("ORGANIZATION", scan.textOf(headIndex, to), null), "pattern", headIndex, to)];
    }
  }

  const whole = scan.matchAt[from];
  if (whole !== undefined && whole.to === to) return fromDictionary(scan, whole, mention);

  const split = splitTitle(scan, from, to);
  if (split !== undefined) {
    const prefixMentions = dictionaryMentionsIn(scan, from, split.titleEnd, mention);
    const country = prefixMentions.find((m) => m.identity.kind === "COUNTRY")?.identity.country ?? null;
    const person = personAt(scan, split.titleEnd, to, country, mention);
    if (person === undefined) return prefixMentions;
    return [...prefixMentions, { ...person, role: scan.textOf(from, split.titleEnd) }];
  }

  const last = tokens[to - 1]!.fold;
  const lastTwo = `${tokens[to - 2]?.fold ?? ""} ${last}`;
  const countryInside = countryWithin(scan, from, to);
  if (g.placeHeadsAfter.has(last) || g.placeHeadsAfter.has(lastTwo) || g.placeHeadsBefore.has(tokens[from]!.fold)) {
    return [mention(namedIdentity("LOCATION", scan.textOf(from, to), countryInside), "pattern")];
  }
  for (let i = from; i < to; i++) {
    if (g.organisationHeads.has(tokens[i]!.fold) && tokens[i]!.cap) {
      return [mention(namedIdentity("ORGANIZATION", scan.textOf(from, to), countryInside), "pattern")];
    }
  }
  if (scan.entryOf(whole, "demonym") !== undefined && to - whole!.to >= 1) {
    return [mention(namedIdentity("ORGANIZATION", scan.textOf(from, to), countryInside), "pattern")];
  }
  if (to - from === 1 && tokens[from]!.acronym) {
    return scan.isCommonWord(from) ? [] : [mention(namedIdentity("ORGANIZATION", scan.textOf(from, to), null), "pattern")];
  }
  if (previous && g.locatives[scan.language].has(previous.fold) && !chunk.honorific && !(FRENCH_DATIVE.has(previous.fold) && to - from > 1)) {
    return [mention(namedIdentity("LOCATION", scan.textOf(from, to), null), "pattern")];
  }
  const role = roleBefore(scan, from) ?? roleAfter(scan, to);
  const person = personAt(scan, from, to, null, mention, chunk.honorific || role !== undefined ? "pattern" : undefined);
  return person === undefined ? [] : [{ ...person, ...(role ? { role } : {}) }];
}

type MentionFactory = (identity: Identity, evidence: RawMention["evidence"], a?: number, b?: number, extra?: Partial<RawMention>) => RawMention;

function fromDictionary(scan: FieldScan, match: NonNullable<FieldScan["matchAt"][number]>, mention: MentionFactory): RawMention[] {
  const actor = scan.entryOf(match, "actor");
  if (actor !== undefined) return actor.media ? [] : [mention(actor.identity, "dictionary")];
  const metonym = scan.entryOf(match, "metonym");
  const city = scan.entryOf(match, "city");
  const previous = scan.tokens[match.from - 1];
  const locative = previous !== undefined && scan.g.locatives[scan.language].has(previous.fold);
  if (metonym !== undefined && !locative) {
    const target = scan.g.identityByKey.get(metonym.target);
    if (target !== undefined) return [mention(target, "metonym")];
  }
  const country = scan.entryOf(match, "country");
  if (country !== undefined) return [mention(country.identity, "dictionary")];
  if (city !== undefined) {
    if (city.capitalOf !== null && !locative) return [mention(city.capitalOf, "metonym")];
    return [mention(city.identity, "dictionary")];
  }
  const demonym = scan.entryOf(match, "demonym");
  if (demonym !== undefined) return [mention(demonym.country, "dictionary")];
  return [];
}

/** In "US President Donald Trump" or "NATO Secretary-General Jens Stoltenberg", where the title ends. */
function splitTitle(scan: FieldScan, from: number, to: number): { titleEnd: number } | undefined {
  let titleEnd: number | undefined;
  for (let i = from; i < to; ) {
    const match = scan.matchAt[i];
    if (match !== undefined && match.to <= to && match.entries.some((e) => e.type !== "city")) {
      if (scan.entryOf(match, "title") !== undefined) titleEnd = match.to;
      else if (match.entries.every((e) => e.type === "agent")) break;
      i = match.to;
      continue;
    }
    if (scan.g.connectors.has(scan.folds[i]!)) {
      i++;
      continue;
    }
    break;
  }
  return titleEnd !== undefined && titleEnd < to ? { titleEnd } : undefined;
}

function dictionaryMentionsIn(scan: FieldScan, from: number, to: number, mention: MentionFactory): RawMention[] {
  const found: RawMention[] = [];
  for (let i = from; i < to; i++) {
    const match = scan.matchAt[i];
    if (match === undefined || match.to > to || scan.entryOf(match, "title") !== undefined) continue;
    found.push(...fromDictionary(scan, match, (identity, evidence) => mention(identity, evidence, match.from, match.to)));
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

function personAt(scan: FieldScan, from: number, to: number, country: string | null, mention: MentionFactory, evidence?: RawMention["evidence"]): RawMention | undefined {
  const match = scan.matchAt[from];
  const actor = scan.entryOf(match, "actor");
  if (actor !== undefined && match!.to === to) return mention(actor.identity, "dictionary", from, to);
  while (from < to && scan.g.connectors.has(scan.folds[from]!)) from++;
  if (from >= to) return undefined;
  if (to - from === 1 && scan.isCommonWord(from)) return undefined;
  if (to - from === 1 && scan.g.notActors.has(scan.folds[from]!)) return undefined;
  return mention(namedIdentity("PERSON", scan.textOf(from, to), country), evidence ?? (to - from > 1 ? "pattern" : "guess"), from, to);
}

/** "le président russe Vladimir Poutine", "le nouveau premier ministre conservateur Antonis Samaras". */
function roleBefore(scan: FieldScan, from: number): string | undefined {
  for (let k = from - 1; k >= 0 && k >= from - 6; k--) {
    const token = scan.tokens[k]!;
    if (!token.word && !scan.g.connectors.has(token.fold)) return undefined;
    const match = scan.matchCovering(k);
    if (match !== undefined && scan.entryOf(match, "title") !== undefined) return scan.textOf(match.from, from).trim();
  }
  return undefined;
}

/** "Barroso, le président de la commission européenne". */
function roleAfter(scan: FieldScan, to: number): string | undefined {
  if (scan.tokens[to]?.fold !== ",") return undefined;
  let k = to + 1;
  if (scan.g.connectors.has(scan.folds[k] ?? "") || ["un", "une", "a", "an"].includes(scan.folds[k] ?? "")) k++;
  const match = scan.matchAt[k];
  if (match === undefined || scan.entryOf(match, "title") === undefined) return undefined;
  let end = match.to;
  while (end < scan.tokens.length && end - match.to < 6 && scan.tokens[end]!.word) end++;
  return scan.textOf(match.from, end);
}
