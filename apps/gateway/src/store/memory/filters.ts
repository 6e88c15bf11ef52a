import { inDateRange } from "../periods.js";
import type { ActorFilter, ArticleFilter, EventFilter } from "../types.js";
import type { Indexes } from "./indexes.js";
import type { PeriodIndexes } from "./period-index.js";
import type { Hit, SearchIndexes } from "./search/indexes.js";
import { fold } from "./search/text.js";
import { ordinalsOf, Selection, type FixedList } from "./selection.js";

/** A compiled filter, with the ranked text-search hits when the filter had `text`. */
export interface Compiled {
  selection: Selection;
  hits: Hit[] | null;
}

const isSet = <T>(list: readonly T[] | null | undefined): list is readonly T[] => list !== null && list !== undefined;

async function withText(selection: Selection, text: string | null | undefined, search: () => Promise<Hit[]>): Promise<Compiled> {
  if (text == null) return { selection, hits: null };
  const hits = await search();
  selection.within(hits.map((hit) => hit.ordinal));
  return { selection, hits };
}

/** The fixed lists of some values of an enum-like field (`kind` names the field in the set's name). */
const fixedLists = (kind: string, values: readonly string[], groups: ReadonlyMap<string, number[]>): FixedList[] =>
  values.map((value) => ({ name: `${kind}:${value}`, list: () => groups.get(value) ?? [] }));

/** Compiles filters into index lookups and predicates; the one place that knows what each filter field means. */
export function createFilterCompiler(ix: Indexes, search: SearchIndexes, periods: PeriodIndexes) {
  let names: string[][] | undefined;
  const foldedNames = () => (names ??= ix.actors.map((actor) => [actor.name, ...actor.aliases].map(fold)));

  function articles(filter: ArticleFilter): Promise<Compiled> {
    const builder = new Selection();
    if (isSet(filter.ids)) builder.within(ordinalsOf(filter.ids, ix.articleOrdinal));
    if (isSet(filter.actorIds)) {
      const known = ordinalsOf(filter.actorIds, ix.actorOrdinal);
      if (known.length < new Set(filter.actorIds).size) builder.within([]);
      for (const actor of known) builder.within(ix.articlesOfActor[actor] ?? []);
    }
    if (isSet(filter.countries)) builder.withinFixed(fixedLists("country", filter.countries, ix.articlesByCountry));
    if (isSet(filter.languages)) builder.withinFixed(fixedLists("language", filter.languages, ix.articlesByLanguage));
    const published = filter.published;
    if (published) builder.where((i) => inDateRange(ix.articles[i]?.published ?? null, published));
    return withText(builder, filter.text, () => search.search("ARTICLE", filter.text ?? ""));
  }

  function actors(filter: ActorFilter): Promise<Compiled> {
    const builder = new Selection();
    if (isSet(filter.ids)) builder.within(ordinalsOf(filter.ids, ix.actorOrdinal));
    if (isSet(filter.countries)) builder.withinFixed(fixedLists("country", filter.countries, ix.actorsOfCountry));
    if (isSet(filter.articleIds)) builder.withinAny(ordinalsOf(filter.articleIds, ix.articleOrdinal).map((a) => ix.actorsOfArticle[a] ?? []));
    if (isSet(filter.kinds)) builder.withinFixed(fixedLists("kind", filter.kinds, ix.actorsByKind));
    if (isSet(filter.wikidataIds)) {
      const ids = new Set(filter.wikidataIds);
      builder.where((i) => ids.has(ix.actors[i]?.wikidataId ?? ""));
    }
    if (filter.namePrefix != null) {
      const prefix = fold(filter.namePrefix);
      const names = foldedNames();
      builder.where((i) => (names[i] ?? []).some((name) => name.startsWith(prefix)));
    }
    return withText(builder, filter.text, () => search.search("ACTOR", filter.text ?? ""));
  }

  function events(filter: EventFilter): Promise<Compiled> {
    const builder = new Selection();
    const eventsOf = (ids: readonly string[], lists: number[][]) => ordinalsOf(ids, ix.actorOrdinal).map((actor) => lists[actor] ?? []);
    if (isSet(filter.ids)) builder.within(ordinalsOf(filter.ids, ix.eventOrdinal));
    if (isSet(filter.sourceIds)) builder.withinAny(eventsOf(filter.sourceIds, ix.eventsAsSource));
    if (isSet(filter.targetIds)) builder.withinAny(eventsOf(filter.targetIds, ix.eventsAsTarget));
    if (isSet(filter.actorIds)) builder.withinAny(eventsOf(filter.actorIds, ix.eventsOfActor));
    if (isSet(filter.articleIds)) builder.withinAny(ordinalsOf(filter.articleIds, ix.articleOrdinal).map((a) => ix.eventsOfArticle[a] ?? []));
    if (isSet(filter.countries)) builder.withinFixed(fixedLists("country", filter.countries, ix.eventsByCountry));
    if (filter.participant) {
      const { actorId, role } = filter.participant;
      const lists = role === "SOURCE" ? ix.eventsAsSource : role === "TARGET" ? ix.eventsAsTarget : ix.eventsOfActor;
      builder.within(lists[ix.actorOrdinal.get(actorId) ?? -1] ?? []);
    }
    if (filter.between) {
      const a = ix.actorOrdinal.get(filter.between.actorId) ?? -2;
      const b = ix.actorOrdinal.get(filter.between.otherActorId) ?? -2;
      const directed = filter.between.directed;
      builder.within(ix.eventsOfActor[a] ?? []);
      builder.where((i) => {
        const source = ix.eventSource[i];
        const target = ix.eventTarget[i];
        return (source === a && target === b) || (!directed && source === b && target === a);
      });
    }
    if (isSet(filter.types)) builder.withinFixed(fixedLists("type", filter.types, ix.eventsByType));
    if (isSet(filter.modalities)) builder.withinFixed(fixedLists("modality", filter.modalities, ix.eventsByModality));
    if (isSet(filter.languages)) builder.withinFixed(fixedLists("language", filter.languages, ix.eventsByLanguage));
    const articleOf = (i: number) => ix.articles[ix.eventArticle[i] ?? -1];
    const { date, published, period, minConfidence } = filter;
    if (date) builder.where((i) => inDateRange(ix.events[i]?.date ?? null, date));
    if (published) builder.where((i) => inDateRange(articleOf(i)?.published ?? null, published));
    if (minConfidence != null) builder.where((i) => (ix.events[i]?.confidence ?? 0) >= minConfidence);
    if (period) {
      const index = periods(period.unit, period.basis);
      const bucket = index.values.indexOf(period.value);
      builder.where((i) => bucket >= 0 && index.bucketOf[i] === bucket);
    }
    return withText(builder, filter.text, () => search.search("EVENT", filter.text ?? ""));
  }

  return { articles, actors, events };
}
export type FilterCompiler = ReturnType<typeof createFilterCompiler>;
