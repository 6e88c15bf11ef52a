import { EventType } from "@corpus/schema";
import type { Tie, TypeCount } from "../types.js";
import type { Indexes } from "./indexes.js";
import { arraySequence, type Sequence } from "./pages.js";
import { TYPE_COUNT } from "./period-index.js";
import { typeCounts } from "./stats.js";

/**
 * An actor's network: one {@link Tie} per other actor it has events with (as source or target),
 * most events first, ties broken by the other actor's id. Events with no other party
 * (no target, or the actor acting on itself) are left out. Counts go into flat arrays (one row
 * of type counts per tie); a tie's `byType` list is made only when it is read.
 */
export function buildTies(ix: Indexes, actor: number, forEachEvent: (visit: (event: number) => void) => void): Sequence<Tie> {
  const actorId = ix.actors[actor]?.id ?? "";
  const slotOf = new Map<number, number>();
  const others: number[] = [];
  const counts: number[] = [];
  const outgoing: number[] = [];
  const types: number[] = [];
  forEachEvent((event) => {
    const source = ix.eventSource[event] ?? -1;
    const target = ix.eventTarget[event] ?? -1;
    const other = source === actor ? target : source;
    if (other < 0 || other === actor) return;
    let slot = slotOf.get(other);
    if (slot === undefined) {
      slot = others.length;
      slotOf.set(other, slot);
      others.push(other);
      counts.push(0);
      outgoing.push(0);
      for (let t = 0; t < TYPE_COUNT; t++) types.push(0);
    }
    counts[slot]!++;
    if (source === actor) outgoing[slot]!++;
    types[slot * TYPE_COUNT + (ix.eventType[event] ?? 0)]!++;
  });
  const ties: Tie[] = others.map((other, slot) => {
    let byType: TypeCount[] | undefined;
    return {
      actorId,
      otherActorId: ix.actors[other]?.id ?? "",
      count: counts[slot]!,
      outgoing: outgoing[slot]!,
      incoming: counts[slot]! - outgoing[slot]!,
      get byType() {
        if (byType) return byType;
        const row = new Map<EventType, number>();
        for (let t = 0; t < TYPE_COUNT; t++) if (types[slot * TYPE_COUNT + t]) row.set(EventType.options[t] as EventType, types[slot * TYPE_COUNT + t]!);
        return (byType = typeCounts(row));
      },
    };
  });
  ties.sort((a, b) => b.count - a.count || (a.otherActorId < b.otherActorId ? -1 : 1));
  const position = new Map(ties.map((tie, i) => [tie.otherActorId, i]));
  return arraySequence(
    ties,
    (tie) => position.get(tie.otherActorId) ?? -1,
    (key) => position.get(key),
    (tie) => tie.otherActorId,
  );
}
