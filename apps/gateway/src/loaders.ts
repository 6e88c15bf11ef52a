import type { Event } from "@corpus/schema";
import DataLoader from "dataloader";
import { badUserInput, timeoutError } from "./errors.js";
import {
  InvalidCursorError,
  type ActorQuery,
  type ArticleQuery,
  type CorpusStore,
  type CountRequest,
  type EventQuery,
  type MentionQuery,
  type ProblemQuery,
  type SearchRequest,
  type TieQuery,
} from "./store/index.js";

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
 * One DataLoader per store method, created per request and only when first used: every resolver
 * at one level of a query asks its loader, and the store receives one batch per level (no N+1),
 * even for paginated relations such as `articles { actors(first: 10) }`.
 */
export class Loaders {
  readonly #made = new Map<string, DataLoader<never, unknown, unknown>>();

  constructor(
    private readonly store: CorpusStore,
    private readonly deadline: { at: number; ms: number },
  ) {}

  #loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>, options: DataLoader.Options<K, V, unknown> = {}): DataLoader<K, V, unknown> {
    let made = this.#made.get(name) as DataLoader<K, V, unknown> | undefined;
    if (!made) {
      made = new DataLoader<K, V, unknown>(guarded(batch, this.deadline), options);
      this.#made.set(name, made as unknown as DataLoader<never, unknown, unknown>);
    }
    return made;
  }

  get article() {
    return this.#loader("article", (ids: readonly string[]) => this.store.articlesById(ids));
  }
  get actor() {
    return this.#loader("actor", (ids: readonly string[]) => this.store.actorsById(ids));
  }
  get event() {
    return this.#loader("event", (ids: readonly string[]) => this.store.eventsById(ids));
  }
  get actorTotals() {
    return this.#loader("actorTotals", (ids: readonly string[]) => this.store.actorTotals(ids));
  }
  get articles() {
    return this.#loader("articles", (queries: readonly ArticleQuery[]) => this.store.findArticles(queries), byValue);
  }
  get actors() {
    return this.#loader("actors", (queries: readonly ActorQuery[]) => this.store.findActors(queries), byValue);
  }
  get events() {
    return this.#loader("events", (queries: readonly EventQuery[]) => this.store.findEvents(queries), byValue);
  }
  get mentions() {
    return this.#loader("mentions", (queries: readonly MentionQuery[]) => this.store.findMentions(queries), byValue);
  }
  get ties() {
    return this.#loader("ties", (queries: readonly TieQuery[]) => this.store.findTies(queries), byValue);
  }
  get counts() {
    return this.#loader("counts", (requests: readonly CountRequest[]) => this.store.countEvents(requests), byValue);
  }
  get problems() {
    return this.#loader("problems", (queries: readonly ProblemQuery[]) => this.store.findProblems(queries), byValue);
  }
  get search() {
    return this.#loader("search", (requests: readonly SearchRequest[]) => this.store.search(requests), byValue);
  }
}

/**
 * Single-record lookups: synchronous when the store holds records in memory (`store.local`),
 * batched through the loaders otherwise. Resolvers use these, never the record loaders directly.
 */
export function createLookups(store: CorpusStore, loaders: Loaders) {
  const local = store.local;
  if (local) return { article: local.article, actor: local.actor, event: local.event, actorTotals: local.actorTotals, eventSource: local.eventSource, eventTarget: local.eventTarget };
  return {
    article: (id: string) => loaders.article.load(id),
    actor: (id: string) => loaders.actor.load(id),
    eventSource: (event: Event) => loaders.actor.load(event.sourceId),
    eventTarget: (event: Event) => (event.targetId === null ? null : loaders.actor.load(event.targetId)),
    event: (id: string) => loaders.event.load(id),
    actorTotals: (id: string) => loaders.actorTotals.load(id),
  };
}
export type Lookups = ReturnType<typeof createLookups>;
