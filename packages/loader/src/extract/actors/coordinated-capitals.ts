import type { DictionaryMatch, FieldScan } from "./field-scan.js";

const BETWEEN = new Set(["entre", "between"]);
const AND = new Set(["et", "and"]);
const ARTICLES = new Set(["le", "la", "l'", "les", "the"]);

/**
 * How a capital in a coordinated pair is read: "les relations entre le Niger et Moscou", "talks between
 * Bamako and Moscow" make it its state (a country beside it, or a noun of relations before "entre");
 * "à Paris et Moscou", "flights between Lagos and Accra" (two cities, no relation) keep it a place;
 * `undefined` when it is in no pair.
 */
export function capitalInPair(scan: FieldScan, match: DictionaryMatch): "state" | "place" | undefined {
  const pair = pairOf(scan, match);
  if (pair === undefined) return undefined;
  const lead = scan.folds[pair.lead] ?? "";
  if (BETWEEN.has(lead)) {
    const relation = scan.g.relationNouns.has(scan.folds[pair.lead - 1] ?? "") || scan.g.relationNouns.has(scan.folds[pair.lead - 2] ?? "");
    return relation || isState(scan, pair.other) ? "state" : "place";
  }
  if (pair.second && scan.g.locatives[scan.language].has(lead)) return "place";
  return undefined;
}

/** The other member of "X et Y" and the word before the pair ("entre", "à"…), skipping articles. */
function pairOf(scan: FieldScan, match: DictionaryMatch): { lead: number; other: DictionaryMatch | undefined; second: boolean } | undefined {
  const { folds } = scan;
  const skipArticle = (k: number, step: number) => (ARTICLES.has(folds[k] ?? "") ? k + step : k);
  const before = skipArticle(match.from - 1, -1);
  if (AND.has(folds[before] ?? "")) {
    const other = scan.matchCovering(before - 1);
    if (other === undefined || other.to !== before) return undefined;
    return { lead: skipArticle(other.from - 1, -1), other, second: true };
  }
  if (!AND.has(folds[match.to] ?? "")) return undefined;
  return { lead: before, other: scan.matchAt[skipArticle(match.to + 1, 1)], second: false };
}

function isState(scan: FieldScan, match: DictionaryMatch | undefined): boolean {
  return scan.entryOf(match, "country") !== undefined || scan.entryOf(match, "metonym") !== undefined;
}
