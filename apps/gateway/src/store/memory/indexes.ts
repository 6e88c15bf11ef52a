import type { Actor, Article, Corpus, Event } from "@corpus/schema";
import type { MentionRecord } from "../types.js";

/**
 * The corpus laid out for reading: records by ordinal (their position in the corpus arrays),
 * id → ordinal maps, and every reverse index the API navigates through, built once at start-up.
 * Lists of ordinals are sorted ascending and free of duplicates.
 */
export interface Indexes {
  articles: readonly Article[];
  actors: readonly Actor[];
  events: readonly Event[];
  /** Every mention, grouped by article (corpus order), then title before body, then offset. */
  mentions: readonly MentionRecord[];
  articleOrdinal: ReadonlyMap<string, number>;
  actorOrdinal: ReadonlyMap<string, number>;
  eventOrdinal: ReadonlyMap<string, number>;
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
}

const ordinals = <T extends { id: string }>(records: readonly T[]) => new Map(records.map((record, i) => [record.id, i]));
const lists = (n: number): number[][] => Array.from({ length: n }, () => []);

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

  const mentions: MentionRecord[] = [];
  actors.forEach((actor) => actor.mentions.forEach((mention) => mentions.push({ ...mention, actorId: actor.id })));
  const fieldOrder = (m: MentionRecord) => (m.field === "TITLE" ? 0 : 1);
  const articleOf = (m: MentionRecord) => articleOrdinal.get(m.articleId) ?? -1;
  mentions.sort((a, b) => articleOf(a) - articleOf(b) || fieldOrder(a) - fieldOrder(b) || a.start - b.start || a.end - b.end);

  const actorsOfArticle = lists(articles.length);
  const articlesOfActor = lists(actors.length);
  const mentionsOfArticle = lists(articles.length);
  const mentionsOfActor = lists(actors.length);
  mentions.forEach((mention, i) => {
    const article = articleOf(mention);
    const actor = actorOrdinal.get(mention.actorId) ?? -1;
    if (article < 0 || actor < 0) return;
    mentionsOfArticle[article]?.push(i);
    mentionsOfActor[actor]?.push(i);
    pushUnique(articlesOfActor[actor] ?? [], article);
  });
  articlesOfActor.forEach((articleList, actor) => articleList.forEach((article) => actorsOfArticle[article]?.push(actor)));

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

  const actorsOfCountry = new Map<string, number[]>();
  actors.forEach((actor, i) => {
    if (actor.country === null) return;
    const list = actorsOfCountry.get(actor.country) ?? [];
    list.push(i);
    actorsOfCountry.set(actor.country, list);
  });

  return {
    articles,
    actors,
    events,
    mentions,
    articleOrdinal,
    actorOrdinal,
    eventOrdinal,
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
  };
}
