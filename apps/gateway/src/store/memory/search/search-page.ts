import type { SearchHit, SearchPage, SearchRequest, SearchType, TextMatch } from "../../types.js";
import type { Indexes } from "../indexes.js";
import { arraySequence, slicePage, type Sequence } from "../pages.js";
import { highlight } from "./highlight.js";
import type { SearchIndexes } from "./indexes.js";

/** How many ranked results a search can page through (GitHub caps its search the same way). */
export const SEARCH_WINDOW = 1000;

const TYPE_ORDER: Record<SearchType, number> = { ARTICLE: 0, ACTOR: 1, EVENT: 2 };

interface Ranked {
  type: SearchType;
  ordinal: number;
  score: number;
  terms: string[];
}

export interface RankedSearch {
  result: Sequence<Ranked>;
  countsByType: Record<SearchType, number>;
}

/**
 * Runs a query on each requested type and merges the results by BM25 score (each index scores
 * within its own type; ties by type, then corpus order), keeping the first {@link SEARCH_WINDOW}.
 */
export async function rankSearch(ix: Indexes, indexes: SearchIndexes, query: string, types: readonly SearchType[]): Promise<RankedSearch> {
  const countsByType: Record<SearchType, number> = { ARTICLE: 0, ACTOR: 0, EVENT: 0 };
  const merged: Ranked[] = [];
  for (const type of new Set(types)) {
    const hits = await indexes.search(type, query);
    countsByType[type] = hits.length;
    for (const hit of hits.slice(0, SEARCH_WINDOW)) merged.push({ type, ...hit });
  }
  merged.sort((a, b) => b.score - a.score || TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || a.ordinal - b.ordinal);
  const items = merged.slice(0, SEARCH_WINDOW);
  const idOf = (item: Ranked) =>
    `${item.type}:${(item.type === "ARTICLE" ? ix.articles : item.type === "ACTOR" ? ix.actors : ix.events)[item.ordinal]?.id ?? ""}`;
  const position = new Map(items.map((item, i) => [idOf(item), i]));
  return {
    countsByType,
    result: arraySequence(items, (item) => position.get(idOf(item)) ?? -1, (key) => position.get(key), idOf),
  };
}

const present = (matches: (TextMatch | null)[]): TextMatch[] => matches.filter((match): match is TextMatch => match !== null);

/** A ranked result as an API hit, with its highlights (computed only for the page returned). */
function toHit(ix: Indexes, item: Ranked): SearchHit {
  const terms = new Set(item.terms);
  if (item.type === "ARTICLE") {
    const record = ix.articles[item.ordinal]!;
    return { type: "ARTICLE", record, score: item.score, matches: present([highlight("title", record.title, terms), highlight("body", record.body, terms)]) };
  }
  if (item.type === "ACTOR") {
    const record = ix.actors[item.ordinal]!;
    const matches = present([highlight("name", record.name, terms), ...record.aliases.map((alias) => highlight("aliases", alias, terms))]);
    return { type: "ACTOR", record, score: item.score, matches };
  }
  const record = ix.events[item.ordinal]!;
  return { type: "EVENT", record, score: item.score, matches: present([highlight("evidence", record.evidence.text, terms)]) };
}

/** One page of a ranked search. */
export function searchPage(ix: Indexes, ranked: RankedSearch, request: SearchRequest): SearchPage {
  return { ...slicePage(ranked.result, request.page, (item) => toHit(ix, item)), countsByType: ranked.countsByType };
}
