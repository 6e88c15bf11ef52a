import { LRUCache } from "lru-cache";
import type { ActorFilter, ArticleFilter, EventFilter, Order } from "../types.js";
import type { Compiled, FilterCompiler } from "./filters.js";
import type { Indexes } from "./indexes.js";
import type { Rankings, RecordKind } from "./ordering.js";
import type { OrderedResult } from "./pages.js";

/** Below this share of the corpus, filtering the candidates and sorting them beats scanning a sorted order. */
const SORT_CANDIDATES_BELOW = 1 / 8;

type FilterOf = { article: ArticleFilter; actor: ActorFilter; event: EventFilter };

/**
 * Filtered, ordered lists of ordinals, memoised in an LRU cache: the corpus never changes while
 * the server runs, so the same filter and order always give the same list. `cacheSize` 0 turns
 * the cache off (the benchmark measures both).
 */
export function createResultLists(ix: Indexes, rankings: Rankings, compiler: FilterCompiler, cacheSize: number) {
  const cache = cacheSize > 0 ? new LRUCache<string, OrderedResult<number>>({ max: cacheSize }) : null;
  const records: Record<RecordKind, readonly { id: string }[]> = { article: ix.articles, actor: ix.actors, event: ix.events };
  const ordinals: Record<RecordKind, ReadonlyMap<string, number>> = { article: ix.articleOrdinal, actor: ix.actorOrdinal, event: ix.eventOrdinal };

  function compile<K extends RecordKind>(kind: K, filter: FilterOf[K]): Promise<Compiled> {
    if (kind === "article") return compiler.articles(filter as ArticleFilter);
    if (kind === "actor") return compiler.actors(filter as ActorFilter);
    return compiler.events(filter as EventFilter);
  }

  function byRelevance(kind: RecordKind, compiled: Compiled): OrderedResult<number> {
    if (!compiled.hits) throw new RangeError("RELEVANCE order needs a text filter");
    const position = new Map<number, number>();
    const items: number[] = [];
    for (const hit of compiled.hits) {
      if (position.has(hit.ordinal) || !compiled.selection.test(hit.ordinal)) continue;
      position.set(hit.ordinal, items.length);
      items.push(hit.ordinal);
    }
    return {
      items,
      rankOf: (ordinal) => position.get(ordinal) ?? -1,
      rankOfKey: (key) => position.get(ordinals[kind].get(key) ?? -1),
      keyOf: (ordinal) => records[kind][ordinal]?.id ?? "",
    };
  }

  function bySortKey(kind: RecordKind, compiled: Compiled, order: Order<string>): OrderedResult<number> {
    const { sorted, rank } = rankings.get(kind, order.field as never, order.direction);
    const { candidates, test, everything } = compiled.selection;
    let items: ArrayLike<number>;
    if (everything) items = sorted;
    else if (candidates !== null && candidates.length < records[kind].length * SORT_CANDIDATES_BELOW) {
      items = candidates.filter(test).sort((a, b) => (rank[a] ?? 0) - (rank[b] ?? 0));
    } else {
      const allowed = candidates === null ? null : new Set(candidates);
      items = sorted.filter((ordinal) => (allowed === null || allowed.has(ordinal)) && test(ordinal));
    }
    return {
      items,
      rankOf: (ordinal) => rank[ordinal] ?? -1,
      rankOfKey: (key) => {
        const ordinal = ordinals[kind].get(key);
        return ordinal === undefined ? undefined : rank[ordinal];
      },
      keyOf: (ordinal) => records[kind][ordinal]?.id ?? "",
    };
  }

  return {
    async ordered<K extends RecordKind>(kind: K, filter: FilterOf[K], order: Order<string>): Promise<OrderedResult<number>> {
      const key = JSON.stringify([kind, filter, order]);
      const cached = cache?.get(key);
      if (cached) return cached;
      const compiled = await compile(kind, filter);
      const result = order.field === "RELEVANCE" ? byRelevance(kind, compiled) : bySortKey(kind, compiled, order);
      cache?.set(key, result);
      return result;
    },
  };
}
export type ResultLists = ReturnType<typeof createResultLists>;
