import type { FieldScan } from "./field-scan.js";
import { namedIdentity } from "./identities.js";
import { PORTFOLIO_HEADS } from "./person-names.js";
import type { Mentioning, RawMention } from "./raw-mention.js";

const PLURAL_ARTICLES = new Set(["les", "des", "aux", "the"]);
const PLURAL = /[sx]$/;

/**
 * Names that stand for a group of people rather than one person: "the Shinawatra family", "la famille
 * Kouachi", and a capitalised plural after a plural article ("les Harkis", "des Pieds-Noirs"), which
 * no person's name takes. `undefined` when neither applies.
 */
export function groupName(scan: FieldScan, from: number, to: number, country: string | null, mention: Mentioning): RawMention | undefined {
  const { tokens, folds, g } = scan;
  const next = tokens[to];
  if (next !== undefined && next.word && !next.cap && g.groupHeads.after.has(next.fold)) {
    return { ...mention(namedIdentity("GROUP", scan.textOf(from, to + 1), country), "pattern", from, to + 1), generic: true };
  }
  const previous = tokens[from - 1];
  if (previous !== undefined && previous.word && !previous.cap && g.groupHeads.before.has(previous.fold)) {
    return { ...mention(namedIdentity("GROUP", scan.textOf(from - 1, to), country), "pattern", from - 1, to), generic: true };
  }
  const plural = to - from === 1 && PLURAL_ARTICLES.has(folds[from - 1] ?? "") && PLURAL.test(folds[from]!) && !tokens[from]!.acronym;
  // "vers les Ardennes", "aux Pyrénées": after a locative the plural is a place's name
  if (!plural || complementOfHead(scan, from - 1) || scan.g.locatives[scan.language].has(folds[from - 2] ?? "") || folds[from - 1] === "aux") return undefined;
  // "chez les Républicains", "le président des Républicains": a body the dictionary names with its plural article
  const withArticle = scan.g.trie.longest(["les", folds[from]!], 0, (_, entries) => {
    for (const e of entries) if (e.type === "actor" && !e.media) return e.identity;
    return undefined;
  });
  if (withArticle !== undefined) return mention(withArticle, "dictionary");
  // "the Saudis": a people's plural that the dictionaries give only in the singular is its state
  const people = scan.g.trie.longest([folds[from]!.slice(0, -1)], 0, (_, entries) => {
    for (const e of entries) if (e.type === "demonym" || (e.type === "country" && !e.caseSensitive)) return e.type === "demonym" ? e.country : e.identity;
    return undefined;
  });
  if (people !== undefined) return mention(people, "dictionary");
  return mention(namedIdentity("GROUP", scan.textOf(from, to), country), "pattern");
}

/**
 * "les ministères des Affaires étrangères", "le ministère français des Armées", "la ministre (chargée) des
 * Transports": the article after an institution's head word or a minister's title opens its complement.
 */
function complementOfHead(scan: FieldScan, article: number): boolean {
  let k = article - 1;
  while (k > 0 && (CHARGED.has(scan.folds[k]!) || scan.entryOf(scan.matchCovering(k), "demonym") !== undefined)) k--;
  const head = scan.folds[k] ?? "";
  return scan.g.organisationHeads.has(head) || scan.g.organisationHeads.has(head.replace(/s$/, "")) || PORTFOLIO_HEADS.has(head);
}

const CHARGED = new Set(["charge", "chargee", "charges", "chargees", "delegue", "deleguee"]);
