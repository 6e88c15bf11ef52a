import { EventType, type Actor, type Article, type Corpus, type Event, type Mention } from "@corpus/schema";

/**
 * The corpus laid out for reading: records by ordinal (their position in the corpus arrays),
 * id → ordinal maps, and every reverse index the API navigates through, built once at start-up.
 * Lists of ordinals are sorted ascending and free of duplicates.
 */
export interface Indexes {
  articles: readonly Article[];
  actors: readonly Actor[];
  events: readonly Event[];
  /** Every mention of an article in the corpus, grouped by article (corpus order), then title before body, then offset. */
  mentions: readonly Mention[];
  /** Per mention: the ordinal of the actor it refers to. */
  mentionActor: Int32Array;
  articleOrdinal: ReadonlyMap<string, number>;
  actorOrdinal: ReadonlyMap<string, number>;
  eventOrdinal: ReadonlyMap<string, number>;
  /** Per event: its type as an index into `EventType.options` (filters test it without reading the record). */
  eventType: Uint8Array;
  /** Per event: ordinals of its article, source, target (-1 when none). */
  eventArticle: Int32Array;
  eventSource: Int32Array;
  eventTarget: Int32Array;
  actorsOfArticle: number[][];
  articlesOfActor: number[][];
  mentionsOfArticle: number[][];
  mentionsOfActor: number[][];
  eventsOfArticle: number[][];
  eventsAsSource: number[][];
  eventsAsTarget: number[][];
  /** Events with the actor as source or target. */
  eventsOfActor: number[][];
  actorsOfCountry: ReadonlyMap<string, number[]>;
  /** Records by the value of an enum-like field (event type, modality, language; article language; actor kind). */
  eventsByType: ReadonlyMap<string, number[]>;
  eventsByModality: ReadonlyMap<string, number[]>;
  eventsByLanguage: ReadonlyMap<string, number[]>;
  articlesByLanguage: ReadonlyMap<string, number[]>;
  /** Events whose source or target belongs to the country; articles that mention an actor of it. */
  eventsByCountry: ReadonlyMap<string, number[]>;
  articlesByCountry: ReadonlyMap<string, number[]>;
  actorsByKind: ReadonlyMap<string, number[]>;
}

const ordinals = <T extends { id: string }>(records: readonly T[]) => new Map(records.map((record, i) => [record.id, i]));
const lists = <T = number>(n: number): T[][] => Array.from({ length: n }, () => []);

/** Ordinals grouped by the values of each record (a record may have several; ascending within each group). */
function groupBy<T>(records: readonly T[], valuesOf: (record: T, ordinal: number) => Iterable<string | null | undefined> | string | null | undefined): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  records.forEach((record, ordinal) => {
    const values = valuesOf(record, ordinal);
    for (const value of typeof values === "string" || values == null ? [values] : values) {
      if (value == null) continue;
      const group = groups.get(value);
      if (group) group.push(ordinal);
      else groups.set(value, [ordinal]);
    }
  });
  return groups;
}

/** Appends `value` unless it is already the last element (inputs arrive grouped, so this dedupes). */
function pushUnique(list: number[], value: number): void {
  if (list[list.length - 1] !== value) list.push(value);
}

/** Builds every lookup table of the memory store; O(records + mentions). */
export function buildIndexes(corpus: Corpus): Indexes {
  const { articles, actors, events } = corpus;
  const articleOrdinal = ordinals(articles);
  const actorOrdinal = ordinals(actors);
  const eventOrdinal = ordinals(events);

  // Mentions are grouped by article with a bucket per article, then each small bucket is sorted:
  // a global sort of hundreds of thousands of mentions with map lookups in the comparator is seconds.
  const found: Mention[] = [];
  const foundActor: number[] = [];
  const byArticle = lists(articles.length);
  actors.forEach((actor, actorIndex) => {
    for (const mention of actor.mentions) {
      const article = articleOrdinal.get(mention.articleId);
      if (article === undefined) continue;
      byArticle[article]?.push(found.length);
      found.push(mention);
      foundActor.push(actorIndex);
    }
  });
  const fieldOrder = (m: Mention) => (m.field === "TITLE" ? 0 : 1);
  const inReadingOrder = (x: number, y: number) => {
    const a = found[x] as Mention;
    const b = found[y] as Mention;
    return fieldOrder(a) - fieldOrder(b) || a.start - b.start || a.end - b.end;
  };

  const mentions: Mention[] = [];
  const mentionActor = new Int32Array(found.length);
  const actorsOfArticle = lists(articles.length);
  const articlesOfActor = lists(actors.length);
  const mentionsOfArticle = lists(articles.length);
  const mentionsOfActor = lists(actors.length);
  byArticle.forEach((list, article) => {
    for (const index of list.sort(inReadingOrder)) {
      const actor = foundActor[index] as number;
      mentionActor[mentions.length] = actor;
      mentionsOfArticle[article]?.push(mentions.length);
      mentionsOfActor[actor]?.push(mentions.length);
      pushUnique(articlesOfActor[actor] ?? [], article);
      mentions.push(found[index] as Mention);
    }
  });
  articlesOfActor.forEach((articleList, actor) => articleList.forEach((article) => actorsOfArticle[article]?.push(actor)));

  const typeCode = new Map<string, number>(EventType.options.map((type, i) => [type, i]));
  const eventType = Uint8Array.from(events, (event) => typeCode.get(event.type) ?? 0);
  const eventArticle = new Int32Array(events.length);
  const eventSource = new Int32Array(events.length);
  const eventTarget = new Int32Array(events.length);
  const eventsOfArticle = lists(articles.length);
  const eventsAsSource = lists(actors.length);
  const eventsAsTarget = lists(actors.length);
  const eventsOfActor = lists(actors.length);
  events.forEach((event, i) => {
    const article = articleOrdinal.get(event.articleId) ?? -1;
    const source = actorOrdinal.get(event.sourceId) ?? -1;
    const target = event.targetId === null ? -1 : (actorOrdinal.get(event.targetId) ?? -1);
    eventArticle[i] = article;
    eventSource[i] = source;
    eventTarget[i] = target;
    if (article >= 0) eventsOfArticle[article]?.push(i);
    if (source >= 0) {
      eventsAsSource[source]?.push(i);
      eventsOfActor[source]?.push(i);
    }
    if (target >= 0) {
      eventsAsTarget[target]?.push(i);
      if (target !== source) eventsOfActor[target]?.push(i);
    }
  });

  const actorsOfCountry = groupBy(actors, (actor) => actor.country);
  const countryOf = (actor: number) => (actor >= 0 ? (actors[actor]?.country ?? null) : null);
  const eventsByCountry = groupBy(events, (_, i) => new Set([countryOf(eventSource[i] ?? -1), countryOf(eventTarget[i] ?? -1)]));
  const articlesByCountry = groupBy(actorsOfArticle, (list) => new Set(list.map(countryOf)));

  return {
    articles,
    actors,
    events,
    mentions,
    mentionActor,
    articleOrdinal,
    actorOrdinal,
    eventOrdinal,
    eventType,
    eventArticle,
    eventSource,
    eventTarget,
    actorsOfArticle,
    articlesOfActor,
    mentionsOfArticle,
    mentionsOfActor,
    eventsOfArticle,
    eventsAsSource,
    eventsAsTarget,
    eventsOfActor,
    actorsOfCountry,
    eventsByType: groupBy(events, (event) => event.type),
    eventsByModality: groupBy(events, (event) => event.modality),
    eventsByLanguage: groupBy(events, (_, i) => articles[eventArticle[i] ?? -1]?.language),
    articlesByLanguage: groupBy(articles, (article) => article.language),
    eventsByCountry,
    articlesByCountry,
    actorsByKind: groupBy(actors, (actor) => actor.kind),
  };
}
