import type { TextField } from "@corpus/schema";
import type { FieldScan } from "./field-scan.js";
import type { NameGender } from "./first-name-gender.js";
import type { RawMention } from "./raw-mention.js";
import { gendersAgree, titleAgreement, titleSignature } from "./title-signature.js";

const DEFINITE = new Set(["le", "la", "l'", "au", "du", "the", "ce", "cette", "this"]);
const CONTRACTED = new Set(["au", "du"]);
/** "l'ancien ministre", "the former president": another person than the one who holds the title. */
const FORMER = new Set(["ancien", "ancienne", "anciens", "former", "previous", "precedent", "precedente", "outgoing"]);
const COMPLEMENT = new Set(["de", "d'", "du", "des", "of", "a", "au", "aux"]);
/** The gender a French determiner gives an epicene title ("la ministre", "le ministre"). */
const ARTICLE_GENDER = new Map<string, NameGender>([["le", "M"], ["au", "M"], ["du", "M"], ["ce", "M"], ["la", "F"], ["cette", "F"]]);
const PORTFOLIO_PARTICLES = new Set(["de", "d'", "du", "des", "of", "for"]);
const PORTFOLIO_ARTICLES = new Set(["la", "l'", "le", "les", "the"]);

/** "des Armées", "de l'Intérieur", "of Defence": where the portfolio after a title ends (`to` when none), before a given name. */
function portfolioEnd(scan: FieldScan, to: number): number {
  if (!PORTFOLIO_PARTICLES.has(scan.folds[to] ?? "")) return to;
  let k = to + 1;
  if (PORTFOLIO_ARTICLES.has(scan.folds[k] ?? "")) k++;
  const from = k;
  while (scan.tokens[k]?.word && scan.tokens[k]!.cap && !(k > from && scan.g.firstNames.has(scan.folds[k]!))) k++;
  if (k === from && scan.tokens[k]?.word && !scan.isCommonWord(k)) k++;
  return k === from ? to : k;
}

/** Nothing that lengthens the title or names its holder follows it: no complement, no name, no adjective and name. */
function titleEndsThere(scan: FieldScan, end: number): boolean {
  const next = scan.tokens[end];
  if (next === undefined || !next.word) return true;
  if (next.cap || COMPLEMENT.has(next.fold)) return false;
  const after = scan.tokens[end + 1];
  return !(after?.word && after.cap) && !COMPLEMENT.has(after?.fold ?? "");
}

/**
 * Definite descriptions by title: "le président russe a déclaré", "the prime minister said" refer
 * to the person the article last gave that title ("le président russe Vladimir Poutine"). Only a
 * title after a definite article and not followed by a name counts. The holder must hold the same office
 * ("la ministre des Armées" is not "le Premier ministre", nor "le ministre de la Santé") and may be of
 * the gender the article gives ("la ministre" is not "M. Samaras"); a bare title goes to the one holder of
 * that bare title, else to the one holder of it with a portfolio. With no such person, or two, nothing.
 *
 * @param people person mentions with a role already found, in reading order (title first, then body)
 * @param genders the gender the text gives each person, by identity key, where it tells: asked only when a
 *   description is met (most articles have none, and reading the genders costs a pass over every mention)
 */
export function describedPeople(
  scan: FieldScan,
  field: TextField,
  consumed: readonly boolean[],
  people: readonly RawMention[],
  genders: () => ReadonlyMap<string, NameGender> = () => new Map(),
): RawMention[] {
  const found: RawMention[] = [];
  scan.matchAt.forEach((match, i) => {
    // "le président", "au nouveau président": a definite article, perhaps with an adjective before the title
    const adjective = scan.g.prenominal.has(scan.folds[i - 1] ?? "") && !FORMER.has(scan.folds[i - 1]!);
    const article = adjective ? i - 2 : i - 1;
    if (match === undefined || consumed[i] || FORMER.has(scan.folds[i]!) || !DEFINITE.has(scan.folds[article] ?? "") || scan.entryOf(match, "title") === undefined) return;
    // "au ministre de l'Intérieur", "du nouveau président socialiste X": a longer title, or one for a name after it
    if ((adjective || CONTRACTED.has(scan.folds[article]!)) && !titleEndsThere(scan, match.to)) return;
    let to = match.to;
    if (scan.entryOf(scan.matchAt[to], "demonym") !== undefined) to = scan.matchAt[to]!.to;
    const next = scan.tokens[to];
    if (next?.word && next.cap) return; // "le président Vladimir Poutine": a role, handled with the name
    const start = scan.tokens[i]!.start;
    const end = portfolioEnd(scan, to);
    if (end > to && scan.tokens[end]?.cap === true && scan.g.firstNames.has(scan.folds[end]!)) return; // "le ministre de la Santé Olivier Véran": a role, handled with the name
    const description = titleSignature(scan.textOf(i, end), scan.g);
    const gender = ARTICLE_GENDER.get(scan.folds[article]!);
    const before = (m: RawMention) => m.field !== field || m.start < start;
    const candidates = people.filter((m) => m.role !== undefined && before(m) && gendersAgree(gender, genders().get(m.identity.key)));
    const agreeing = (level: "exact" | "head") => candidates.filter((m) => titleAgreement(description, titleSignature(m.role!, scan.g)) === level);
    const exact = agreeing("exact");
    const titled = exact.length > 0 ? exact : agreeing("head");
    const person = titled.at(-1);
    // "le président" after two presidents is ambiguous: only one person given the title may be meant
    if (person === undefined || titled.some((m) => m.identity.key !== person.identity.key)) return;
    found.push({ field, start, end: scan.tokens[to - 1]!.end, identity: person.identity, evidence: "coreference", generic: false });
  });
  return found;
}
