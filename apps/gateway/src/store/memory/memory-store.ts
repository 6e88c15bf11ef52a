import type { Corpus } from "@corpus/schema";
import { LRUCache } from "lru-cache";
import type { CorpusStore, CountResult, EventFilter, LocalLookups, MentionRecord, Order, Tie } from "../types.js";
import { createFilterCompiler } from "./filters.js";
import { buildIndexes } from "./indexes.js";
import { createRankings } from "./ordering.js";
import { slicePage, type OrderedResult } from "./pages.js";
import { createResultLists } from "./results.js";
import { createSearchIndexes } from "./search/indexes.js";
import { rankSearch, searchPage, type RankedSearch } from "./search/search-page.js";
import { countEvents } from "./stats.js";
import { buildTies } from "./ties.js";

export interface MemoryStoreOptions {
  /** Filtered result lists, networks, counts and searches kept in memory (LRU); 0 disables caching. */
  cacheSize?: number;
}

/** Any order works for counting; this one is sorted once and then shared by every count. */
const COUNT_ORDER: Order<string> = { field: "DATE", direction: "ASC" };

/**
 * A {@link CorpusStore} over a corpus held in memory: reverse indexes and sort orders are built
 * at start-up (search indexes on first use, or when `warmSearch()` is called), and answers to
 * repeated questions are cached, since the corpus does not change while the process runs.
 */
export function createMemoryStore(corpus: Corpus, options: MemoryStoreOptions = {}): CorpusStore & { warmSearch(): Promise<void> } {
  const cacheSize = options.cacheSize ?? 500;
  const ix = buildIndexes(corpus);
  const rankings = createRankings(ix);
  const search = createSearchIndexes(ix);
  const lists = createResultLists(ix, rankings, createFilterCompiler(ix, search), cacheSize);
  const memo = cacheSize > 0 ? new LRUCache<string, Promise<unknown>>({ max: cacheSize }) : null;

  /** Runs `compute` once per key while the key stays in the cache. */
  function remember<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const cached = memo?.get(key) as Promise<T> | undefined;
    if (cached) return cached;
    const value = compute();
    memo?.set(key, value);
    value.catch(() => memo?.delete(key));
    return value;
  }

  const one = <T>(records: readonly T[], ordinal: ReadonlyMap<string, number>) => (id: string) => records[ordinal.get(id) ?? -1] ?? null;
  const local: LocalLookups = {
    article: one(ix.articles, ix.articleOrdinal),
    actor: one(ix.actors, ix.actorOrdinal),
    event: one(ix.events, ix.eventOrdinal),
    actorTotals: (id) => {
      const actor = ix.actorOrdinal.get(id);
      if (actor === undefined) return null;
      const count = (lists: number[][]) => lists[actor]?.length ?? 0;
      return { mentions: count(ix.mentionsOfActor), articles: count(ix.articlesOfActor), events: count(ix.eventsOfActor) };
    },
  };

  const ties = (actorId: string, filter: EventFilter): Promise<OrderedResult<Tie>> =>
    remember(JSON.stringify(["ties", actorId, filter]), async () => {
      const actor = ix.actorOrdinal.get(actorId) ?? -1;
      const events = await lists.ordered("event", { ...filter, participant: { actorId, role: "ANY" } }, COUNT_ORDER);
      return buildTies(ix, actor, events.items);
    });

  return {
    warmSearch: () => search.warm(),
    counts: async () => ({ articles: ix.articles.length, actors: ix.actors.length, events: ix.events.length, mentions: ix.mentions.length }),
    local,
    articlesById: async (ids) => ids.map(local.article),
    actorsById: async (ids) => ids.map(local.actor),
    eventsById: async (ids) => ids.map(local.event),
    findArticles: (queries) =>
      Promise.all(queries.map(async (q) => slicePage(await lists.ordered("article", q.filter, q.orderBy), q.page, (i) => ix.articles[i]!))),
    findActors: (queries) =>
      Promise.all(queries.map(async (q) => slicePage(await lists.ordered("actor", q.filter, q.orderBy), q.page, (i) => ix.actors[i]!))),
    findEvents: (queries) =>
      Promise.all(queries.map(async (q) => slicePage(await lists.ordered("event", q.filter, q.orderBy), q.page, (i) => ix.events[i]!))),
    findMentions: async (queries) =>
      queries.map((q) => {
        const byActor = q.actorId == null ? null : (ix.mentionsOfActor[ix.actorOrdinal.get(q.actorId) ?? -1] ?? []);
        const byArticle = q.articleId == null ? null : (ix.mentionsOfArticle[ix.articleOrdinal.get(q.articleId) ?? -1] ?? []);
        const inArticle = byArticle && new Set(byArticle);
        const items = byActor && inArticle ? byActor.filter((m) => inArticle.has(m)) : (byActor ?? byArticle ?? ix.mentions.map((_, i) => i));
        const result: OrderedResult<number> = {
          items,
          rankOf: (m) => m,
          rankOfKey: (key) => (/^\d+$/.test(key) && Number(key) < ix.mentions.length ? Number(key) : undefined),
          keyOf: String,
        };
        return slicePage(result, q.page, (m): MentionRecord => ({ ...ix.mentions[m]!, actorId: ix.actors[ix.mentionActor[m] ?? -1]?.id ?? "" }));
      }),
    actorTotals: async (ids) => ids.map(local.actorTotals),
    findTies: (queries) => Promise.all(queries.map(async (q) => slicePage(await ties(q.actorId, q.filter), q.page, (tie) => tie))),
    countEvents: (requests) =>
      Promise.all(
        requests.map((request) =>
          remember<CountResult>(JSON.stringify(["count", request]), async () => countEvents(ix, (await lists.ordered("event", request.filter, COUNT_ORDER)).items, request)),
        ),
      ),
    search: (requests) =>
      Promise.all(
        requests.map((request) => {
          const types = [...request.types].sort();
          return remember(JSON.stringify(["search-page", request.query, types, request.page]), async () => {
            const ranked = await remember<RankedSearch>(JSON.stringify(["search", request.query, types]), () => rankSearch(ix, search, request.query, types));
            return searchPage(ix, ranked, request);
          });
        }),
      ),
  };
}
