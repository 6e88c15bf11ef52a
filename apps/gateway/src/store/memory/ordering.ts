import type { PartialDate } from "@corpus/schema";
import { precisionDetail } from "../periods.js";
import type { ActorOrderField, ArticleOrderField, EventOrderField, OrderDirection } from "../types.js";
import { Bitset } from "./bitset.js";
import type { Indexes } from "./indexes.js";
import { memoize } from "./memo.js";
import type { SlotSpace } from "./selection.js";

/** A total order over the records of one kind: ordinals in order, and each ordinal's position. */
export interface Ranking extends SlotSpace {
  sorted: Int32Array;
  rank: Int32Array;
}

/** A slot space whose fixed sets are made once and kept (they are few: one per enum value). */
function withFixedSets<T extends Omit<SlotSpace, "fixedSet">>(space: T): T & { fixedSet: SlotSpace["fixedSet"] } {
  const sets = new Map<string, Bitset>();
  return {
    ...space,
    fixedSet(name, list) {
      const made = sets.get(name) ?? Bitset.of(space.size, list(), space.rank ?? undefined);
      sets.set(name, made);
      return made;
    },
  };
}

export type RecordKind = "article" | "actor" | "event";
type SortableField = Exclude<ArticleOrderField | ActorOrderField | EventOrderField, "RELEVANCE">;

/** Compares two ordinals on the order's own key; `null` keys are reported by `isNull`. */
interface SortKey {
  compare: (a: number, b: number) => number;
  isNull?: (ordinal: number) => boolean;
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
const byNumber = (values: ArrayLike<number>) => (a: number, b: number) => (values[a] ?? 0) - (values[b] ?? 0);
const lengths = (lists: number[][]) => Int32Array.from(lists, (list) => list.length);

function byDate(dateOf: (ordinal: number) => PartialDate | null): (a: number, b: number) => number {
  return (a, b) => {
    const x = dateOf(a);
    const y = dateOf(b);
    if (!x || !y) return 0;
    return x.earliest < y.earliest ? -1 : x.earliest > y.earliest ? 1 : precisionDetail(x.precision) - precisionDetail(y.precision);
  };
}

function sortKeys(ix: Indexes): Record<RecordKind, Partial<Record<SortableField, SortKey>>> {
  const published = (article: number) => ix.articles[article]?.published ?? null;
  return {
    article: {
      PUBLISHED: { compare: byDate(published) },
      TITLE: { compare: (a, b) => collator.compare(ix.articles[a]?.title ?? "", ix.articles[b]?.title ?? "") },
      MENTION_COUNT: { compare: byNumber(lengths(ix.mentionsOfArticle)) },
    },
    actor: {
      NAME: { compare: (a, b) => collator.compare(ix.actors[a]?.name ?? "", ix.actors[b]?.name ?? "") },
      MENTION_COUNT: { compare: byNumber(lengths(ix.mentionsOfActor)) },
      ARTICLE_COUNT: { compare: byNumber(lengths(ix.articlesOfActor)) },
      EVENT_COUNT: { compare: byNumber(lengths(ix.eventsOfActor)) },
    },
    event: {
      DATE: { compare: byDate((event) => ix.events[event]?.date ?? null), isNull: (event) => !ix.events[event]?.date },
      PUBLISHED: { compare: byDate((event) => published(ix.eventArticle[event] ?? -1)) },
      CONFIDENCE: { compare: byNumber(Float64Array.from(ix.events, (event) => event.confidence)) },
    },
  };
}

/**
 * Lazily sorted orders for every (kind, field, direction). Ties are broken by record id, ascending,
 * in both directions, and records without a key (undated events) come last in both directions,
 * so every order is total and keyset cursors are stable.
 */
export function createRankings(ix: Indexes) {
  const keys = sortKeys(ix);
  const made = memoize((key: `${RecordKind}:${SortableField}:${OrderDirection}`) => {
    const [kind, field, direction] = key.split(":") as [RecordKind, SortableField, OrderDirection];
    return build(kind, field, direction);
  });
  const idsOf: Record<RecordKind, readonly { id: string }[]> = { article: ix.articles, actor: ix.actors, event: ix.events };

  function build(kind: RecordKind, field: SortableField, direction: OrderDirection): Ranking {
    const key = keys[kind][field];
    if (!key) throw new RangeError(`no ${field} order for ${kind}s`);
    const records = idsOf[kind];
    const sign = direction === "ASC" ? 1 : -1;
    const isNull = key.isNull ?? (() => false);
    const byId = (a: number, b: number) => {
      const x = records[a]?.id ?? "";
      const y = records[b]?.id ?? "";
      return x < y ? -1 : x > y ? 1 : 0;
    };
    const sorted = Int32Array.from(records, (_, i) => i).sort(
      (a, b) => Number(isNull(a)) - Number(isNull(b)) || sign * key.compare(a, b) || byId(a, b),
    );
    const rank = new Int32Array(records.length);
    sorted.forEach((ordinal, position) => (rank[ordinal] = position));
    return withFixedSets({ sorted, rank, size: records.length });
  }
  const natural = {
    article: withFixedSets({ sorted: null, rank: null, size: ix.articles.length }),
    actor: withFixedSets({ sorted: null, rank: null, size: ix.actors.length }),
    event: withFixedSets({ sorted: null, rank: null, size: ix.events.length }),
  };

  return {
    /** Corpus order: where sets are made when the order does not matter (counts, networks, relevance). */
    natural: (kind: RecordKind): SlotSpace => natural[kind],
    get: (kind: RecordKind, field: SortableField, direction: OrderDirection): Ranking => made(`${kind}:${field}:${direction}`),
    /** Every order there is, each as a thunk that sorts it (for warming up in the background). */
    all: (): (() => Ranking)[] =>
      (Object.entries(keys) as [RecordKind, Partial<Record<SortableField, SortKey>>][]).flatMap(([kind, fields]) =>
        (Object.keys(fields) as SortableField[]).flatMap((field) => (["ASC", "DESC"] as const).map((direction) => () => made(`${kind}:${field}:${direction}`))),
      ),
  };
}
export type Rankings = ReturnType<typeof createRankings>;
