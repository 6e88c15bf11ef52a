import { LRUCache } from "lru-cache";
import type { ActorFilter, ArticleFilter, EventFilter, Order } from "../types.js";
import type { Bitset } from "./bitset.js";
import type { Compiled, FilterCompiler } from "./filters.js";
import type { Indexes } from "./indexes.js";
import type { Rankings, RecordKind } from "./ordering.js";
import { arraySequence, rankedSequence, type Sequence } from "./pages.js";

type FilterOf = { article: ArticleFilter; actor: ActorFilter; event: EventFilter };

/**
 * Filtered, ordered record lists. A filter becomes a set of slots of the requested sort order
 * (index lists and per-order enum sets, intersected word by word), so a page costs its own size
 * plus one pass over a few kilobytes of words, whatever the number of matches. Results are also
 * kept in an LRU cache (`cacheSize` entries, 0 for none): the corpus never changes while the
 * server runs, so a repeated question gets the same answer.
 */
export function createResultLists(ix: Indexes, rankings: Rankings, compiler: FilterCompiler, cacheSize: number) {
  const cache = cacheSize > 0 ? new LRUCache<string, Sequence<number>>({ max: cacheSize }) : null;
  const records: Record<RecordKind, readonly { id: string }[]> = { article: ix.articles, actor: ix.actors, event: ix.events };
  const ordinals: Record<RecordKind, ReadonlyMap<string, number>> = { article: ix.articleOrdinal, actor: ix.actorOrdinal, event: ix.eventOrdinal };

  function compile<K extends RecordKind>(kind: K, filter: FilterOf[K]): Promise<Compiled> {
    if (kind === "article") return compiler.articles(filter as ArticleFilter);
    if (kind === "actor") return compiler.actors(filter as ActorFilter);
    return compiler.events(filter as EventFilter);
  }

  function byRelevance(kind: RecordKind, compiled: Compiled): Sequence<number> {
    if (!compiled.hits) throw new RangeError("RELEVANCE order needs a text filter");
    const members = compiled.selection.resolve(rankings.natural(kind));
    const position = new Map<number, number>();
    const items: number[] = [];
    for (const hit of compiled.hits) {
      if (position.has(hit.ordinal) || (members !== null && !members.has(hit.ordinal))) continue;
      position.set(hit.ordinal, items.length);
      items.push(hit.ordinal);
    }
    return arraySequence(
      items,
      (ordinal) => position.get(ordinal) ?? -1,
      (key) => position.get(ordinals[kind].get(key) ?? -1),
      (ordinal) => records[kind][ordinal]?.id ?? "",
    );
  }

  function bySortKey(kind: RecordKind, compiled: Compiled, order: Order<string>): Sequence<number> {
    const ranking = rankings.get(kind, order.field as never, order.direction);
    return rankedSequence(
      ranking.sorted,
      ranking.rank,
      compiled.selection.resolve(ranking),
      (key) => ordinals[kind].get(key),
      (ordinal) => records[kind][ordinal]?.id ?? "",
    );
  }

  return {
    async ordered<K extends RecordKind>(kind: K, filter: FilterOf[K], order: Order<string>): Promise<Sequence<number>> {
      const key = cache && JSON.stringify([kind, filter, order]);
      const cached = key && cache?.get(key);
      if (cached) return cached;
      const compiled = await compile(kind, filter);
      const result = order.field === "RELEVANCE" ? byRelevance(kind, compiled) : bySortKey(kind, compiled, order);
      if (key) cache?.set(key, result);
      return result;
    },
    /** The records matching a filter, in corpus order (null: all), for counting and networks. */
    async members<K extends RecordKind>(kind: K, filter: FilterOf[K]): Promise<Bitset | null> {
      return (await compile(kind, filter)).selection.resolve(rankings.natural(kind));
    },
  };
}
export type ResultLists = ReturnType<typeof createResultLists>;
