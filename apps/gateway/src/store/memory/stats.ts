import { EventType } from "@corpus/schema";
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

/** Counts per (bucket, type) and undated per type, for the counted events. */
function periodCounts(ix: Indexes, index: PeriodIndex, counted: Counted): { perType: Int32Array; undated: Int32Array } {
  if (counted.types) {
    const perType = new Int32Array(index.totals.length);
    const undated = new Int32Array(TYPE_COUNT);
    for (const type of counted.types) {
      undated[type] = index.undatedTotals[type] ?? 0;
      for (let offset = type; offset < perType.length; offset += TYPE_COUNT) perType[offset] = index.totals[offset] ?? 0;
    }
    return { perType, undated };
  }
  const perType = new Int32Array(index.totals.length);
  const undated = new Int32Array(TYPE_COUNT);
  forEachMember(ix, counted.members, (ordinal) => {
    const bucket = index.bucketOf[ordinal] ?? -1;
    const type = ix.eventType[ordinal] ?? 0;
    if (bucket < 0) undated[type]!++;
    else perType[bucket * TYPE_COUNT + type]!++;
  });
  return { perType, undated };
}

function periodBuckets(index: PeriodIndex, perType: Int32Array): PeriodBucket[] {
  const buckets: PeriodBucket[] = [];
  for (let bucket = 0; bucket < index.values.length; bucket++) {
    let count = 0;
    for (let type = 0; type < TYPE_COUNT; type++) count += perType[bucket * TYPE_COUNT + type] ?? 0;
    if (count === 0) continue;
    let byType: TypeCount[] | undefined;
    buckets.push({
      key: index.values[bucket] as string,
      count,
      period: index.periods[bucket]!,
      isCoarserThanUnit: index.coarser[bucket] ?? false,
      // Made only when asked for: most timelines show counts alone.
      get byType() {
        return (byType ??= typeRow(perType, bucket * TYPE_COUNT));
      },
    });
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
    const { perType, undated } = periodCounts(ix, index, counted);
    const buckets = periodBuckets(index, perType);
    const unbucketed = sum(undated);
    return { total: sum(perType) + unbucketed, buckets: buckets.slice(0, request.limit), bucketCount: buckets.length, unbucketed };
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
