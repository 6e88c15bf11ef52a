import type { ActorKind } from "@corpus/schema";
import type { FieldScan } from "./field-scan.js";

const APPOSITION_ARTICLES = new Set(["a", "an", "the", "un", "une", "le", "la", "l'"]);
const OF = new Set(["de", "d'", "du", "des", "of"]);
const MAX_MODIFIERS = 4;

/**
 * "Vyasna, an independent Belarusian human rights group": a name with an apposition after it whose head
 * is a body noun is a body; the apposition's demonym gives its country. `undefined` when there is none.
 */
export function bodyInApposition(scan: FieldScan, from: number, to: number): { country: string | null } | undefined {
  const { tokens, folds, g } = scan;
  if (folds[to] !== "," || !APPOSITION_ARTICLES.has(folds[to + 1] ?? "") || g.firstNames.has(folds[from]!)) return undefined;
  let country: string | null = null;
  for (let k = to + 2; k < tokens.length && k <= to + 2 + MAX_MODIFIERS; k++) {
    const token = tokens[k]!;
    if (!token.word) return undefined;
    if (!token.cap) {
      const two = g.bodyNouns.has(`${token.fold} ${folds[k + 1] ?? ""}`);
      if ((two || g.bodyNouns.has(token.fold)) && closesApposition(scan, two ? k + 2 : k + 1)) return { country };
    }
    const match = scan.matchAt[k];
    const demonym = scan.entryOf(match, "demonym")?.country ?? scan.entryOf(match, "country")?.identity;
    if (demonym !== undefined) country = demonym.country;
    else if (token.cap || scan.isCommonWord(k)) return undefined;
  }
  return undefined;
}

/** The body noun heads the apposition: a mark, or a word opening a complement or relative clause, comes next ("a group that…", "a retailer of…"). */
function closesApposition(scan: FieldScan, k: number): boolean {
  const next = scan.tokens[k];
  return next === undefined || !next.word || COMPLEMENT_OPENERS.has(next.fold);
}

const COMPLEMENT_OPENERS = new Set(["of", "de", "du", "des", "d'", "in", "en", "a", "au", "based", "that", "which", "who", "qui", "que", "dont", "founded", "fondee", "fonde", "with", "avec", "for", "pour", "specialised", "specialized", "specialisee"]);

/**
 * "les combattants d'Ansar Eddine", "members of the Vyasna": the complement of a noun of members is a
 * body — a group for fighters and militants, an organisation for leaders, members or soldiers.
 * `undefined` when no such noun comes before, when the dictionaries know the name, or when it opens
 * with a given name ("les partisans de Jean Dupont").
 */
export function bodyOfMembers(scan: FieldScan, from: number): ActorKind | undefined {
  const { folds, g } = scan;
  let k = from - 1;
  if (folds[k] === "the") k--;
  if (!OF.has(folds[k] ?? "") || g.firstNames.has(folds[from]!) || scan.matchAt[from] !== undefined) return undefined;
  const noun = k - 1;
  if (!g.memberNouns.has(folds[noun] ?? "")) return undefined;
  // fighters and militants belong to a group; leaders, members and soldiers to an organisation
  const agent = scan.entryOf(scan.matchCovering(noun), "agent");
  return agent?.kind === "GROUP" && !g.partOfHeads.has(folds[noun]!) ? "GROUP" : "ORGANIZATION";
}
