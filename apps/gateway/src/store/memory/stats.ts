import type { EventType } from "@corpus/schema";
import { basisDate, periodDate, periodOf, precisionDetail } from "../periods.js";
import type { Bucket, CountRequest, CountResult, ParticipantRole, PeriodBucket, TypeCount } from "../types.js";
import type { Indexes } from "./indexes.js";

/** Type counts, largest first, ties by type name. */
export function typeCounts(counts: ReadonlyMap<EventType, number>): TypeCount[] {
  return [...counts]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count || (a.type < b.type ? -1 : 1));
}

const increment = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
const largestFirst = (a: Bucket, b: Bucket) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The participants of an event in a role: source, target or both (deduplicated). */
function participants(ix: Indexes, event: number, role: ParticipantRole): number[] {
  const source = ix.eventSource[event] ?? -1;
  const target = ix.eventTarget[event] ?? -1;
  const all = role === "SOURCE" ? [source] : role === "TARGET" ? [target] : source === target ? [source] : [source, target];
  return all.filter((actor) => actor >= 0);
}

/**
 * Groups the given events (ordinals) by type, country, actor or period. Period buckets keep
 * partial dates honest: an event dated "2024" asked for by month is counted in a "2024" bucket
 * flagged `isCoarserThanUnit`, never in January; undated events are counted as `unbucketed`.
 */
export function countEvents(ix: Indexes, events: ArrayLike<number>, request: CountRequest): CountResult {
  const total = events.length;
  let unbucketed = 0;
  const counts = new Map<string, number>();
  const periodTypes = new Map<string, Map<EventType, number>>();
  const coarser = new Set<string>();

  for (let i = 0; i < total; i++) {
    const ordinal = events[i] as number;
    const event = ix.events[ordinal];
    if (!event) continue;
    if (request.groupBy === "TYPE") {
      increment(counts, event.type);
    } else if (request.groupBy === "PERIOD") {
      const date = basisDate(event, ix.articles[ix.eventArticle[ordinal] ?? -1], request.basis);
      if (!date) {
        unbucketed++;
        continue;
      }
      const { value, isCoarserThanUnit } = periodOf(date, request.unit);
      increment(counts, value);
      if (isCoarserThanUnit) coarser.add(value);
      const types = periodTypes.get(value) ?? new Map<EventType, number>();
      periodTypes.set(value, increment(types, event.type));
    } else {
      const actors = participants(ix, ordinal, request.role);
      const keys =
        request.groupBy === "ACTOR"
          ? actors.map((actor) => ix.actors[actor]?.id ?? "")
          : [...new Set(actors.map((actor) => ix.actors[actor]?.country).filter((country): country is string => !!country))];
      if (keys.length === 0) unbucketed++;
      for (const key of keys) increment(counts, key);
    }
  }

  let buckets: Bucket[] | PeriodBucket[];
  if (request.groupBy === "PERIOD") {
    buckets = [...counts]
      .map(([key, count]) => {
        const period = periodDate(key);
        return { key, count, period, isCoarserThanUnit: coarser.has(key), byType: typeCounts(periodTypes.get(key) ?? new Map()) };
      })
      .sort((a, b) => (a.period.earliest < b.period.earliest ? -1 : a.period.earliest > b.period.earliest ? 1 : 0) || precisionDetail(a.period.precision) - precisionDetail(b.period.precision));
  } else {
    buckets = [...counts].map(([key, count]) => ({ key, count })).sort(largestFirst);
  }
  const bucketCount = buckets.length;
  if ("limit" in request) buckets = buckets.slice(0, request.limit);
  return { total, buckets, bucketCount, unbucketed };
}
