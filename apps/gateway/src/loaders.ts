import DataLoader from "dataloader";
import { badUserInput, timeoutError } from "./errors.js";
import { InvalidCursorError, type CorpusStore } from "./store/index.js";

/**
 * Wraps a store batch method: refuses to start after the request's deadline, stops waiting at the
 * deadline (TIMEOUT), and turns a cursor the store does not know into BAD_USER_INPUT.
 */
function guarded<K, V>(batch: (keys: readonly K[]) => Promise<V[]>, deadline: { at: number; ms: number }) {
  return async (keys: readonly K[]): Promise<V[]> => {
    const remaining = deadline.at - Date.now();
    if (remaining <= 0) throw timeoutError(deadline.ms);
    let timer: NodeJS.Timeout | undefined;
    const expiry = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(timeoutError(deadline.ms)), remaining);
    });
    try {
      return await Promise.race([batch(keys), expiry]);
    } catch (error) {
      if (error instanceof InvalidCursorError) throw badUserInput(`Cursor not valid here: ${error.message}.`, "after");
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
}

const byValue = { cacheKeyFn: (key: unknown) => JSON.stringify(key) };

/**
 * One DataLoader per store method, created per request: every resolver at one level of a query
 * asks its loader, and the store receives one batch per level (no N+1), even for paginated
 * relations such as `articles { actors(first: 10) }`.
 */
export function createLoaders(store: CorpusStore, deadline: { at: number; ms: number }) {
  const loader = <K, V>(batch: (keys: readonly K[]) => Promise<V[]>, options: DataLoader.Options<K, V, unknown> = {}) =>
    lazy(() => new DataLoader<K, V, unknown>(guarded(batch, deadline), options));
  const loaders = {
    article: loader((ids: readonly string[]) => store.articlesById(ids)),
    actor: loader((ids: readonly string[]) => store.actorsById(ids)),
    event: loader((ids: readonly string[]) => store.eventsById(ids)),
    actorTotals: loader((ids: readonly string[]) => store.actorTotals(ids)),
    articles: loader(store.findArticles.bind(store), byValue),
    actors: loader(store.findActors.bind(store), byValue),
    events: loader(store.findEvents.bind(store), byValue),
    mentions: loader(store.findMentions.bind(store), byValue),
    ties: loader(store.findTies.bind(store), byValue),
    counts: loader(store.countEvents.bind(store), byValue),
    search: loader(store.search.bind(store), byValue),
  };
  return Object.defineProperties({} as { [K in keyof typeof loaders]: ReturnType<(typeof loaders)[K]> }, Object.fromEntries(
    Object.entries(loaders).map(([name, make]) => [name, { get: make, enumerable: true }]),
  ));
}

/** A value made on first use and then kept: a request builds only the loaders its query needs. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
export type Loaders = ReturnType<typeof createLoaders>;

/**
 * Single-record lookups: synchronous when the store holds records in memory (`store.local`),
 * batched through the loaders otherwise. Resolvers use these, never the record loaders directly.
 */
export function createLookups(store: CorpusStore, loaders: Loaders) {
  const local = store.local;
  if (local) return { article: local.article, actor: local.actor, event: local.event, actorTotals: local.actorTotals };
  return {
    article: (id: string) => loaders.article.load(id),
    actor: (id: string) => loaders.actor.load(id),
    event: (id: string) => loaders.event.load(id),
    actorTotals: (id: string) => loaders.actorTotals.load(id),
  };
}
export type Lookups = ReturnType<typeof createLookups>;
