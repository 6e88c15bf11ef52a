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
    new DataLoader<K, V, unknown>(guarded(batch, deadline), options);
  return {
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
}
export type Loaders = ReturnType<typeof createLoaders>;
