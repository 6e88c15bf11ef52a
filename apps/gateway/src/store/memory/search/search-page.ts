import { DEFAULT_PAGE_SIZE } from "../../../limits.js";
import { InvalidCursorError, type SearchHit, type SearchPage, type SearchRequest, type SearchType, type TextMatch } from "../../types.js";
import type { Indexes } from "../indexes.js";
import { highlight } from "./highlight.js";
import type { Matches, SearchIndexes } from "./indexes.js";
import { queryTerms } from "./term-index.js";

/** How many ranked results a search can page through (GitHub caps its search the same way). */
export const SEARCH_WINDOW = 1000;

const TYPE_ORDER: Record<SearchType, number> = { ARTICLE: 0, ACTOR: 1, EVENT: 2 };

/** The matches of one type; an item is (pool, index into the pool's arrays). */
interface Pool extends Matches {
  type: SearchType;
  /** The matched terms, as the highlighter takes them. */
  termSet: ReadonlySet<string>;
}
interface Item {
  pool: Pool;
  index: number;
}

/** Whether `a` ranks before `b`: higher score, then type order, then corpus order. */
const precedes = (a: Pool, i: number, b: Pool, j: number): boolean => {
  const x = a.scores[i] ?? 0;
  const y = b.scores[j] ?? 0;
  if (x !== y) return x > y;
  if (a.type !== b.type) return TYPE_ORDER[a.type] < TYPE_ORDER[b.type];
  return (a.ordinals[i] ?? 0) < (b.ordinals[j] ?? 0);
};

/** How many items of `pool` rank before `item`: a binary search when the pool is in ranking order, else a count. */
function countBeforeIn(pool: Pool, item: Item): number {
  if (pool.ranked) {
    let low = 0;
    let high = pool.ordinals.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (precedes(pool, middle, item.pool, item.index)) low = middle + 1;
      else high = middle;
    }
    return low;
  }
  let count = 0;
  for (let i = 0; i < pool.ordinals.length; i++) if (precedes(pool, i, item.pool, item.index)) count++;
  return count;
}

/** How many items rank before `item`. */
const countBefore = (pools: Pool[], item: Item): number => pools.reduce((sum, pool) => sum + countBeforeIn(pool, item), 0);

/**
 * The first `n` items after `after` (or from the start) when every pool is in ranking order: a
 * merge of the pools from their first items after it, so a page costs its size, not the matches.
 */
function selectRanked(pools: Pool[], n: number, after: Item | null): Item[] {
  const heads = pools.map((pool) => (after ? countBeforeIn(pool, after) + (pool === after.pool ? 1 : 0) : 0));
  const items: Item[] = [];
  while (items.length < n) {
    let best = -1;
    pools.forEach((pool, p) => {
      const head = heads[p]!;
      if (head >= pool.ordinals.length) return;
      if (best < 0 || precedes(pool, head, pools[best]!, heads[best]!)) best = p;
    });
    if (best < 0) break;
    items.push({ pool: pools[best]!, index: heads[best]!++ });
  }
  return items;
}

/**
 * The best `n` items (in ranking order) among those `keep` accepts, or the worst `n` with
 * `fromEnd`: one pass over the matches with a small sorted buffer, instead of sorting them all.
 */
function select(pools: Pool[], n: number, keep: (pool: Pool, i: number) => boolean, fromEnd = false): Item[] {
  const best: Item[] = [];
  if (n <= 0) return best;
  const better = (a: Pool, i: number, b: Item) => (fromEnd ? precedes(b.pool, b.index, a, i) : precedes(a, i, b.pool, b.index));
  for (const pool of pools) {
    for (let i = 0; i < pool.ordinals.length; i++) {
      if (best.length === n && !better(pool, i, best[n - 1]!)) continue;
      if (!keep(pool, i)) continue;
      let at = best.length;
      while (at > 0 && better(pool, i, best[at - 1]!)) at--;
      best.splice(at, 0, { pool, index: i });
      if (best.length > n) best.pop();
    }
  }
  return fromEnd ? best.reverse() : best;
}

const recordsOf = (ix: Indexes, type: SearchType) => (type === "ARTICLE" ? ix.articles : type === "ACTOR" ? ix.actors : ix.events);
const ordinalsOf = (ix: Indexes, type: SearchType) => (type === "ARTICLE" ? ix.articleOrdinal : type === "ACTOR" ? ix.actorOrdinal : ix.eventOrdinal);

/** The item a cursor key (`TYPE:id`) names; it must be one of the matches. */
function itemOf(ix: Indexes, pools: Pool[], key: string): Item {
  const colon = key.indexOf(":");
  const pool = pools.find((candidate) => candidate.type === key.slice(0, colon));
  const ordinal = pool && ordinalsOf(ix, pool.type).get(key.slice(colon + 1));
  const index = pool && ordinal !== undefined ? pool.ordinals.indexOf(ordinal) : -1;
  if (pool && index >= 0) return { pool, index };
  throw new InvalidCursorError(`cursor key ${JSON.stringify(key)} is not a result of this search`);
}

const present = (matches: (TextMatch | null)[]): TextMatch[] => matches.filter((match): match is TextMatch => match !== null);

/** A ranked result as an API hit, with its highlights (computed only for the page returned). */
function toHit(ix: Indexes, { pool, index }: Item): SearchHit {
  const terms = pool.termSet;
  const ordinal = pool.ordinals[index] ?? -1;
  const score = pool.scores[index] ?? 0;
  if (pool.type === "ARTICLE") {
    const record = ix.articles[ordinal]!;
    return { type: "ARTICLE", record, score, matches: present([highlight("title", record.title, terms), highlight("body", record.body, terms)]) };
  }
  if (pool.type === "ACTOR") {
    const record = ix.actors[ordinal]!;
    return { type: "ACTOR", record, score, matches: present([highlight("name", record.name, terms), ...record.aliases.map((alias) => highlight("aliases", alias, terms))]) };
  }
  const record = ix.events[ordinal]!;
  return { type: "EVENT", record, score, matches: present([highlight("evidence", record.evidence.text, terms)]) };
}

/**
 * One page of a ranked search over the requested types, merged by score (each index scores within
 * its own type; ties by type, then corpus order), the first {@link SEARCH_WINDOW} results pageable.
 * Nothing is sorted as a whole: a page is selected in one pass over the matches after its cursor,
 * and a cursor's position is a count, so every page costs about the same as the first.
 */
export async function searchPage(ix: Indexes, indexes: SearchIndexes, request: SearchRequest): Promise<SearchPage> {
  const types = [...new Set(request.types)];
  await indexes.ready(types);
  // From here on nothing awaits: the matches are views of buffers the next search reuses.
  const terms = queryTerms(request.query);
  const termSet = new Set(terms);
  const pools: Pool[] = types.map((type) => ({ type, termSet, ...indexes.matchesOf(type, terms) }));
  const countsByType: Record<SearchType, number> = { ARTICLE: 0, ACTOR: 0, EVENT: 0 };
  for (const pool of pools) countsByType[pool.type] = pool.ordinals.length;
  const total = Math.min(SEARCH_WINDOW, pools.reduce((sum, pool) => sum + pool.ordinals.length, 0));

  const { after, before, first, last } = request.page;
  const afterItem = after != null ? itemOf(ix, pools, after) : null;
  const beforeItem = before != null ? itemOf(ix, pools, before) : null;
  const start = Math.min(total, afterItem ? countBefore(pools, afterItem) + 1 : 0);
  const beforeAt = beforeItem ? countBefore(pools, beforeItem) : Infinity;
  const end = Math.max(start, Math.min(total, beforeAt));
  const backward = last != null && first == null;
  const size = Math.max(0, Math.min(backward ? (last ?? 0) : (first ?? DEFAULT_PAGE_SIZE), end - start));
  const pageStart = backward ? end - size : start;

  const isAfter = (pool: Pool, i: number) => !afterItem || precedes(afterItem.pool, afterItem.index, pool, i);
  const isBefore = (pool: Pool, i: number) => !beforeItem || precedes(pool, i, beforeItem.pool, beforeItem.index);
  let items: Item[];
  if (!backward) items = pools.every((pool) => pool.ranked) ? selectRanked(pools, size, afterItem) : select(pools, size, isAfter);
  else if (beforeAt <= total) items = select(pools, size, isBefore, true);
  else items = select(pools, end, () => true).slice(pageStart);

  const keyOf = ({ pool, index }: Item) => `${pool.type}:${recordsOf(ix, pool.type)[pool.ordinals[index] ?? -1]?.id ?? ""}`;
  return {
    nodes: items.map((item) => toHit(ix, item)),
    keys: items.map(keyOf),
    totalCount: total,
    hasNextPage: pageStart + size < total,
    hasPreviousPage: pageStart > 0,
    countsByType,
  };
}
