import { EventType, type PartialDate } from "@corpus/schema";
import type { Bucket, CountRequest, CountResult, ParticipantRole, PeriodBucket, TypeCount } from "../types.js";
import type { Bitset } from "./bitset.js";
import type { Indexes } from "./indexes.js";
import { TYPE_COUNT, type PeriodIndex } from "./period-index.js";

/** Type counts, largest first, ties by type name. */
export function typeCounts(counts: ReadonlyMap<EventType, number>): TypeCount[] {
  return [...counts]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count || (a.type < b.type ? -1 : 1));
}

/** Type counts from a row of per-type-code counts. */
function typeRow(counts: ArrayLike<number>, offset = 0): TypeCount[] {
  const found = new Map<EventType, number>();
  for (let type = 0; type < TYPE_COUNT; type++) {
    const count = counts[offset + type] ?? 0;
    if (count > 0) found.set(EventType.options[type] as EventType, count);
  }
  return typeCounts(found);
}

const increment = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
const largestFirst = (a: Bucket, b: Bucket) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The events counted, as a set of ordinals (null: all); `types`, when given, says that the set is
 * exactly the events of these type codes, so counts by type or period come from the totals.
 */
export interface Counted {
  members: Bitset | null;
  types?: ReadonlySet<number> | undefined;
}

const forEachMember = (ix: Indexes, members: Bitset | null, visit: (ordinal: number) => void) => {
  if (members) members.forEach(visit);
  else for (let ordinal = 0; ordinal < ix.events.length; ordinal++) visit(ordinal);
};

/**
 * Counts per bucket and undated, for the counted events; counts per (bucket, type) are made only
 * when a bucket's `byType` is read (most timelines show counts alone), with one more pass.
 */
interface PeriodTallies {
  perBucket: Int32Array;
  undated: number;
  perType: () => Int32Array;
}

function periodCounts(ix: Indexes, index: PeriodIndex, counted: Counted): PeriodTallies {
  const buckets = index.values.length;
  const perBucket = new Int32Array(buckets);
  let undated = 0;
  if (counted.types) {
    const types = [...counted.types];
    for (const type of types) undated += index.undatedTotals[type] ?? 0;
    for (let bucket = 0; bucket < buckets; bucket++) {
      let count = 0;
      for (const type of types) count += index.totals[bucket * TYPE_COUNT + type] ?? 0;
      perBucket[bucket] = count;
    }
    const perType = () => {
      const table = new Int32Array(index.totals.length);
      for (const type of types) for (let offset = type; offset < table.length; offset += TYPE_COUNT) table[offset] = index.totals[offset] ?? 0;
      return table;
    };
    return { perBucket, undated, perType };
  }
  const { bucketOf } = index;
  forEachMember(ix, counted.members, (ordinal) => {
    const bucket = bucketOf[ordinal] ?? -1;
    if (bucket < 0) undated++;
    else perBucket[bucket]!++;
  });
  const perType = () => {
    const table = new Int32Array(index.totals.length);
    forEachMember(ix, counted.members, (ordinal) => {
      const bucket = bucketOf[ordinal] ?? -1;
      if (bucket >= 0) table[bucket * TYPE_COUNT + (ix.eventType[ordinal] ?? 0)]!++;
    });
    return table;
  };
  return { perBucket, undated, perType };
}

/**
 * A period bucket whose counts per type are made when first read. A class, not an object literal
 * with a getter: a literal makes a closure and an accessor per bucket (hundreds per timeline).
 */
class TalliedBucket implements PeriodBucket {
  #byType: TypeCount[] | undefined;

  constructor(
    readonly key: string,
    readonly count: number,
    readonly period: PartialDate,
    readonly isCoarserThanUnit: boolean,
    private readonly offset: number,
    private readonly table: () => Int32Array,
  ) {}

  get byType(): TypeCount[] {
    return (this.#byType ??= typeRow(this.table(), this.offset));
  }
}

function periodBuckets(index: PeriodIndex, tallies: PeriodTallies): PeriodBucket[] {
  const buckets: PeriodBucket[] = [];
  let perType: Int32Array | undefined;
  const table = () => (perType ??= tallies.perType());
  for (let bucket = 0; bucket < index.values.length; bucket++) {
    const count = tallies.perBucket[bucket] ?? 0;
    if (count === 0) continue;
    buckets.push(new TalliedBucket(index.values[bucket] as string, count, index.periods[bucket]!, index.coarser[bucket] ?? false, bucket * TYPE_COUNT, table));
  }
  return buckets;
}

/** The participants of an event in a role: source, target or both (deduplicated). */
function participants(ix: Indexes, event: number, role: ParticipantRole): number[] {
  const source = ix.eventSource[event] ?? -1;
  const target = ix.eventTarget[event] ?? -1;
  const all = role === "SOURCE" ? [source] : role === "TARGET" ? [target] : source === target ? [source] : [source, target];
  return all.filter((actor) => actor >= 0);
}

function sum(counts: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i] ?? 0;
  return total;
}

/**
 * Groups the counted events by type, country, actor or period. Period buckets keep partial dates
 * honest: an event dated "2024" asked for by month is counted in a "2024" bucket flagged
 * `isCoarserThanUnit`, never in January; undated events are counted as `unbucketed`. Periods come
 * from `periodIndex` (one bucket per event, made once), so a count is one array increment per
 * event, or a table lookup when the filter is at most a list of types.
 */
export function countEvents(ix: Indexes, periodIndex: () => PeriodIndex, counted: Counted, request: CountRequest): CountResult {
  if (request.groupBy === "PERIOD") {
    const index = periodIndex();
    const tallies = periodCounts(ix, index, counted);
    const buckets = periodBuckets(index, tallies);
    return { total: sum(tallies.perBucket) + tallies.undated, buckets: buckets.slice(0, request.limit), bucketCount: buckets.length, unbucketed: tallies.undated };
  }
  if (request.groupBy === "TYPE") {
    const perType = new Int32Array(TYPE_COUNT);
    if (counted.types) for (const type of counted.types) perType[type] = ix.eventsByType.get(EventType.options[type] as string)?.length ?? 0;
    else forEachMember(ix, counted.members, (ordinal) => void perType[ix.eventType[ordinal] ?? 0]!++);
    const buckets = typeRow(perType).map(({ type, count }) => ({ key: type, count }));
    return { total: sum(perType), buckets, bucketCount: buckets.length, unbucketed: 0 };
  }
  const counts = new Map<string, number>();
  let unbucketed = 0;
  let total = 0;
  forEachMember(ix, counted.members, (ordinal) => {
    total++;
    const actors = participants(ix, ordinal, request.role);
    const keys =
      request.groupBy === "ACTOR"
        ? actors.map((actor) => ix.actors[actor]?.id ?? "")
        : [...new Set(actors.map((actor) => ix.actors[actor]?.country).filter((country): country is string => !!country))];
    if (keys.length === 0) unbucketed++;
    for (const key of keys) increment(counts, key);
  });
  const buckets = [...counts].map(([key, count]) => ({ key, count })).sort(largestFirst);
  return { total, buckets: buckets.slice(0, request.limit), bucketCount: buckets.length, unbucketed };
}
